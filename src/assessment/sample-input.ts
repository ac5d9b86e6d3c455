/**
 * A plain, healthy starting input for tests and examples: an adult with no red flags, no pain
 * and no self-tests done. Override what a case needs.
 */
import type { AnswersInput } from './answers.js';
import type { AssessmentInput } from './input.js';
import { parseAssessmentInput } from './input.js';
import type { Tests } from './self-test-results.js';

export const SAMPLE_ANSWERS: AnswersInput = {
  acutePain: false,
  severePersistentPain: false,
  givingWay: false,
  fixedDeformity: false,
  ageGroup: 'adult',
  sidesAffected: 'not-sure',
  painAreas: ['none'],
  onset: 'gradual',
  equipment: ['none'],
  minutesPerSession: 20,
  daysPerWeek: 3,
};

/** A parsed input from the sample answers with `answers` and `tests` overridden. */
export function sampleInput(answers: Partial<AnswersInput> = {}, tests: Tests = {}): AssessmentInput {
  return parseAssessmentInput({ answers: { ...SAMPLE_ANSWERS, ...answers }, tests });
}

/** Right knee caves in, right arch flattens; 15 minutes, three days a week, a band and a wall. */
export const RIGHT_KNEE_FLAT_FOOT: { readonly answers: AnswersInput; readonly tests: Tests } = {
  answers: { ...SAMPLE_ANSWERS, sidesAffected: 'right', equipment: ['band', 'wall'], minutesPerSession: 15 },
  tests: {
    standingKnee: { left: 'in-line', right: 'in' },
    singleLegSquat: { left: { observed: 'holds' }, right: { observed: 'caves' } },
    foot: {
      left: { archCollapsesStanding: false, canHoldShortFoot: true },
      right: { archCollapsesStanding: true, canHoldShortFoot: false },
    },
  },
};
