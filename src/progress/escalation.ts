/**
 * When to send the person to someone, as data: each rule names its condition, what to say,
 * who to see and where the rule comes from. One small interpreter runs them.
 */
import type { Professional } from '../assessment/types.js';
import type { Escalation } from './types.js';
import type { ProgressFacts } from './facts.js';

/** Weeks of correct, regular work after which no change suggests a structural cause (seed 000). */
export const STRUCTURAL_CHECK_WEEKS = 6;

export interface EscalationRule {
  readonly id: string;
  readonly when: (facts: ProgressFacts) => boolean;
  readonly then: {
    readonly kind: 'refer' | 'reassure';
    readonly to: readonly Professional[];
    readonly message: string;
  };
  readonly source: string;
}

const noChangeYet = (f: ProgressFacts): boolean =>
  f.weeksDone >= STRUCTURAL_CHECK_WEEKS && f.comparable && !f.anyImproved;

export const ESCALATION_RULES: readonly EscalationRule[] = [
  {
    id: 'pain-persists-or-rises',
    when: (f) => f.painPersistsOrRises,
    then: {
      kind: 'refer',
      to: ['physical-therapist'],
      message:
        'Your pain has stayed up or got worse for two weeks. Please see a physical therapist before you push on; ' +
        'until then, keep only the exercises that do not hurt.',
    },
    source:
      'USER-NEEDS.md (pain already present: calm symptoms first); seed 002 (persistent pain: see a physical therapist)',
  },
  {
    id: 'no-change-after-regular-work',
    when: (f) => noChangeYet(f) && f.regular,
    then: {
      kind: 'refer',
      to: ['doctor'],
      message:
        `After ${STRUCTURAL_CHECK_WEEKS} weeks or more of regular work, nothing we measure has changed. ` +
        'That can mean the bone shape itself is part of it. A doctor can check with an X-ray. ' +
        'A physical therapist watching you train can also rule out a technique problem. ' +
        'Keep strengthening meanwhile: strong legs help whatever the shape.',
    },
    source:
      'seed 000, author reply 48: no improvement within 6-12 weeks of correct work suggests a structural component',
  },
  {
    id: 'no-change-not-enough-work',
    when: (f) => noChangeYet(f) && !f.regular,
    then: {
      kind: 'reassure',
      to: [],
      message:
        'Nothing has changed yet, but fewer than 3 in 4 planned sessions were done. That is not enough time yet ' +
        'to judge: give it a few weeks of regular sessions before drawing conclusions.',
    },
    source: 'USER-NEEDS.md (no results: structural, technique, or not enough time yet)',
  },
];

/** The escalations whose conditions hold, in rule order. */
export function escalate(
  facts: ProgressFacts,
  rules: readonly EscalationRule[] = ESCALATION_RULES,
): Escalation[] {
  return rules
    .filter((rule) => rule.when(facts))
    .map((rule) => ({ ruleId: rule.id, ...rule.then, source: rule.source }));
}
