/**
 * The quick start: the few answers and the three self-tests that give a first finding and a first
 * program in about ten minutes. Every other question keeps its default until the person answers
 * it, and every other test is offered later, inside the first sessions, each one adding to the
 * findings. The same findings engine reads both paths.
 */

/**
 * Asked on the quick start's one page, in this order (follow-ups only when their `askIf` holds).
 * Every question the triage reads to stop or adapt a program is here (locking, walking on the
 * leg, diagnoses, falls, pregnancy...): a short path must not skip a reason to refer.
 * Left out, with their defaults: sports (none), family history, exercise so far (0 weeks),
 * one area only (no), and "cleared for exercise": unanswered it counts as not cleared, so a
 * fixed deformity or a diagnosis is referred (the safe side) until the full questionnaire says so.
 */
export const QUICK_QUESTION_IDS = [
  'ageGroup',
  'childAgeYears',
  'ageYears',
  'sex',
  'pregnant',
  'sidesAffected',
  'painAreas',
  'painLevel',
  'painDuring',
  'onset',
  'surgeryWeeksAgo',
  'surgeryCleared',
  'painNextDay',
  'locking',
  'bearsWeight',
  'kneecapSlips',
  'weightLossOrCancer',
  'fixedDeformity',
  'shapeChanging',
  'diagnoses',
  'fallsLastYear',
  'equipment',
  'minutesPerSession',
  'daysPerWeek',
] as const;

/**
 * The three key tests: the standing knee test (is the valgus there at rest, and can the person
 * move out of it), the single-leg squat (dynamic valgus, by eye or with the camera) and
 * knee-to-wall (how far the ankle bends, the driver below the knee). Seed 000 opens with the
 * standing knee valgus test and checks ankle mobility with knee-to-wall ("Test For Ankle
 * Mobility"); seed 001 names the single-leg squat as where dynamic valgus shows.
 */
export const QUICK_TEST_IDS = ['standing-knee', 'single-leg-squat', 'knee-to-wall'] as const;

/**
 * Honest minutes per part, timed by walking through it as a beginner would (reading the steps,
 * fetching a tape measure, both legs): a rule of thumb, not a measurement.
 */
export const MINUTES = {
  safety: 1,
  quickQuestions: 3,
  quickTests: 6,
  /** The full questionnaire: about twenty short questions. */
  allQuestions: 5,
  /** All sixteen self-tests with a mirror, a wall, a tape measure, floor space and a chair. */
  allTestsLow: 25,
  allTestsHigh: 35,
  /** One later test, each leg: the average of the thirteen not in the quick start. */
  laterTest: 2,
} as const;

/** Minutes to a first program on the quick start: about 10. */
export const QUICK_START_MINUTES = MINUTES.safety + MINUTES.quickQuestions + MINUTES.quickTests;

/** The ids of the tests not done yet (no result saved), in the assessment's order. */
export function testsStillToDo(
  allTests: readonly { readonly id: string; readonly key: string }[],
  savedResults: Readonly<Record<string, unknown>>,
): readonly string[] {
  return allTests.filter((test) => savedResults[test.key] === undefined).map((test) => test.id);
}
