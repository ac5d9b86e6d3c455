/**
 * The 4-week review: what changed, what to keep, what to change. The advice is a table of rules
 * (USER-NEEDS.md, "where to start": do everything at first, then keep what works; weakness →
 * strengthening, tightness → releases and stretches; skip the blocks you no longer need).
 */
import type { Review, ReviewAdvice } from './types.js';
import { KNEE_TO_WALL_TARGET_CM } from './changes.js';
import { REGULAR_ADHERENCE } from './facts.js';
import type { ProgressFacts } from './facts.js';

/** The review is due from the last day of week 4 (day 28 counting the start as day 1). */
export const REVIEW_AFTER_DAYS = 27;

export interface ReviewRule {
  readonly id: string;
  readonly when: (facts: ProgressFacts) => boolean;
  readonly then: { readonly kind: 'keep' | 'change'; readonly message: (facts: ProgressFacts) => string };
  readonly source: string;
}

/** "No change yet" in words that fit the week the person is in (issue 9: no "within 6 weeks" at week 13). */
export function noChangeWords(week: number): string {
  if (week < 6) {
    return `No clear change yet in week ${week}. First results usually show within about 6 weeks, more over 3 months.`;
  }
  if (week <= 12) {
    return `No clear change yet in week ${week}: by now a first change usually shows. Check the re-test set-up, and see a physical therapist if the next re-test shows no change either.`;
  }
  return `Still no clear change in week ${week}, past the 6-12 weeks in which one usually shows: have a physical therapist check your technique and whether the bone shape is part of it.`;
}

const words = (drivers: readonly string[]): string => drivers.map((d) => d.replaceAll('-', ' ')).join(', ');
const WHERE_TO_START = 'USER-NEEDS.md (where to start, overwhelmed)';

export const REVIEW_RULES: readonly ReviewRule[] = [
  {
    id: 'regress-painful-exercises',
    when: (f) => f.flagged.length > 0,
    then: {
      kind: 'change',
      message: (f) =>
        `Swap to the easier version of: ${f.flagged.join(', ')}. They hurt; pain is a stop sign.`,
    },
    source: 'USER-NEEDS.md (pain from the exercises: stop or make it easier)',
  },
  {
    id: 'favour-strengthening',
    when: (f) => f.weakness.length > 0,
    then: {
      kind: 'keep',
      message: (f) =>
        `Keep strengthening at the heart of each session: you were found weak in ${words(f.weakness)}.`,
    },
    source: WHERE_TO_START,
  },
  {
    id: 'favour-releases-and-stretches',
    when: (f) => f.tightness.length > 0 && !f.ankleTargetReached,
    then: {
      kind: 'keep',
      message: (f) => `Keep the releases and stretches: you were found tight in ${words(f.tightness)}.`,
    },
    source: WHERE_TO_START,
  },
  {
    id: 'skip-ankle-work-once-mobile',
    when: (f) => f.ankleTargetReached,
    then: {
      kind: 'change',
      message: () =>
        `Your ankles pass the knee-to-wall test (more than ${KNEE_TO_WALL_TARGET_CM} cm): the calf releases and ` +
        'ankle stretches can drop to once a week to keep it, leaving time for strength.',
    },
    source: `${WHERE_TO_START}; seed 000 (knee-to-wall target)`,
  },
  {
    id: 'progress-what-works',
    when: (f) => f.anyImproved && f.flagged.length === 0,
    then: {
      kind: 'keep',
      message: () =>
        'Something has improved: keep the same blocks and move to the harder versions as they get easy.',
    },
    source: WHERE_TO_START,
  },
  {
    id: 'build-toward-daily',
    when: (f) => f.regular && !f.painPersistsOrRises,
    then: {
      kind: 'change',
      message: () => 'You kept to the plan: add a session a week, building toward daily as your knees allow.',
    },
    source: 'USER-NEEDS.md (frequency and order: start 2-3 a week, build toward daily)',
  },
  {
    id: 'make-room-for-sessions',
    when: (f) => f.adherence !== null && f.adherence < REGULAR_ADHERENCE,
    then: {
      kind: 'change',
      message: (f) =>
        `You did ${Math.round((f.adherence ?? 0) * 100)}% of the planned sessions. Shorter sessions you can keep ` +
        'beat longer ones you skip: pick days you can protect.',
    },
    source: 'USER-NEEDS.md (no results: not enough time yet)',
  },
  {
    id: 'too-early-to-judge',
    when: (f) => !f.anyImproved,
    then: { kind: 'keep', message: (f) => noChangeWords(f.week) },
    source:
      'USER-NEEDS.md (how long: first results within about 6 weeks; structural if no change in 6-12 weeks)',
  },
];

/** Run the rules: the changes measured, then what to keep and what to change. */
export function buildReview(facts: ProgressFacts, rules: readonly ReviewRule[] = REVIEW_RULES): Review {
  const advice: ReviewAdvice[] = rules
    .filter((rule) => rule.when(facts))
    .map((rule) => ({
      ruleId: rule.id,
      kind: rule.then.kind,
      message: rule.then.message(facts),
      source: rule.source,
    }));
  return {
    changed: facts.changes.filter((c) => c.verdict !== 'not-enough-data').map((c) => c.message),
    keep: advice.filter((a) => a.kind === 'keep').map((a) => a.message),
    change: advice.filter((a) => a.kind === 'change').map((a) => a.message),
    advice,
  };
}
