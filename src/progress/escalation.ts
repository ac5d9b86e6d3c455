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
    readonly kind: 'refer' | 'reassure' | 'retest';
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
    id: 'no-retest-by-week-6',
    when: (f) => f.weeksDone >= STRUCTURAL_CHECK_WEEKS && !f.retested,
    then: {
      kind: 'retest',
      to: [],
      message:
        `It is week ${STRUCTURAL_CHECK_WEEKS} or later and there is no re-test since the start, so we cannot judge ` +
        'your progress yet. Please do the re-test now (knee-to-wall and the single-leg squat recording).',
    },
    source: 'seed 000, author reply 48 (judge after 6-12 weeks); issue 9: the 6-week check cannot be skipped',
  },
  {
    id: 'no-change-after-regular-work',
    when: (f) => noChangeYet(f) && f.regular && !f.seenPhysicalTherapist,
    then: {
      kind: 'refer',
      to: ['physical-therapist'],
      message:
        `After ${STRUCTURAL_CHECK_WEEKS} weeks or more of regular work, nothing we measure has changed beyond ` +
        'measurement noise. Please see a physical therapist: they can check your technique and whether the bone ' +
        'shape is part of it, and refer you to an orthopaedic specialist if so. Keep strengthening meanwhile.',
    },
    source:
      'seed 002 (no improvement after several weeks: physical therapist); seed 000, author reply 48 (6-12 weeks)',
  },
  {
    id: 'no-change-after-physical-therapist',
    when: (f) => noChangeYet(f) && f.regular && f.seenPhysicalTherapist,
    then: {
      kind: 'refer',
      to: ['orthopedic-specialist'],
      message:
        'You have seen a physical therapist and regular work has still not changed what we measure: an orthopaedic ' +
        'specialist can check the bone shape (an X-ray shows it). Strength still protects the knee whatever its shape.',
    },
    source: 'seed 002 (orthopedic specialist for a fixed deformity); seed 000, author reply 48 (X-ray)',
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
