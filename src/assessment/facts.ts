/**
 * Turns an `AssessmentInput` into named facts the rules read (`kneeToWall.left.cm`), each with
 * the question or self-test it came from and a sentence the person can check (the evidence).
 * Lengths in inches become centimetres here, with src/units.ts, before any rule sees them.
 */
import { centimetres, inches, inchesToCm } from '../units.js';
import type { Answers } from './answers.js';
import type { FactValue } from './conditions.js';
import type { AssessmentInput } from './input.js';
import type { Tests } from './self-test-results.js';
import type { Side } from './types.js';

export interface Fact {
  readonly value: FactValue;
  /** The question or self-test id, e.g. 'knee-to-wall'. */
  readonly source: string;
  readonly detail: string;
}
export type Facts = ReadonlyMap<string, Fact>;

const SIDES: readonly Side[] = ['left', 'right'];
const Side = (side: Side): string => (side === 'left' ? 'Left' : 'Right');
const yes = (value: boolean): string => (value ? 'yes' : 'no');

/** What each answer means, for evidence lines ("Knee gives way: yes"). */
const ANSWER_LABELS: Readonly<Record<keyof Answers, string>> = {
  acutePain: 'Sudden pain or swelling after an injury',
  severePersistentPain: 'Severe pain that does not settle',
  givingWay: 'Knee gives way or feels unstable',
  fixedDeformity: 'A leg that cannot be straightened into line',
  ageGroup: 'Age group',
  childAgeYears: 'Age of the child (years)',
  sex: 'Sex',
  sidesAffected: 'Knees that cave in (your answer)',
  painAreas: 'Pain',
  painLevel: 'Pain today (0-10)',
  painDuring: 'Pain during',
  onset: 'Started',
  surgeryWeeksAgo: 'Weeks since the operation',
  surgeryCleared: 'Cleared to exercise by surgeon or physio',
  familyHistory: 'Knock knees in the family',
  weeksOfExerciseSoFar: 'Weeks of corrective exercise so far',
  improvedSoFar: 'That exercise made a difference',
  sports: 'Sports',
  equipment: 'Equipment',
  minutesPerSession: 'Minutes per session',
  daysPerWeek: 'Days per week',
  oneAreaOnly: 'Can work on one area only',
  ageYears: 'Age (years)',
  injurySigns: 'After the injury',
  swellingWithoutInjury: 'Knee swells without an injury',
  warmOrRed: 'Knee warm or red',
  feverOrUnwell: 'Fever or feeling unwell',
  footNumbOrCold: 'Foot numb, cold or changing colour',
  locking: 'Knee locks or catches',
  bearsWeight: 'Can walk on the leg',
  nightPain: 'Pain at night',
  weightLossOrCancer: 'Unexplained weight loss or a history of cancer',
  kneecapSlips: 'Kneecap slips out of place',
  shapeChanging: 'Shape of the legs getting worse',
  diagnoses: 'Diagnosed with',
  clearedForExercise: 'Seen and cleared for exercise by a professional',
  fallsLastYear: 'A fall in the last year or a walking aid',
  painNextDay: 'Worse the morning after activity',
  pregnant: 'Pregnant',
};

/** Facts worked out from other facts before the triage runs (see `derivedFacts`). */
export const DERIVED_FACT_NAMES: readonly string[] = ['age.years', 'valgus.oneSided', 'kneePain'];

function show(value: FactValue): string {
  if (typeof value === 'boolean') {
    return yes(value);
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function answerFacts(answers: Answers, into: Map<string, Fact>): void {
  for (const [key, value] of Object.entries(answers) as [keyof Answers, FactValue | undefined][]) {
    if (value !== undefined) {
      into.set(key, { value, source: key, detail: `${ANSWER_LABELS[key]}: ${show(value)}` });
    }
  }
}

type Add = (name: string, value: FactValue, source: string, detail: string) => void;

const KNEE_WORDS = {
  in: 'sits closer to the middle than the ankle',
  'in-line': 'sits straight above the ankle',
  out: 'sits further out than the ankle',
} as const;

/** Facts of how one leg lines up: standing knee and ankle bend. */
function alignmentFacts(tests: Tests, side: Side, add: Add): void {
  const S = Side(side);
  const knee = tests.standingKnee?.[side];
  if (knee !== undefined) {
    add(`standingKnee.${side}`, knee, 'standing-knee', `${S} knee ${KNEE_WORDS[knee]} when standing`);
  }
  const wall = tests.kneeToWall?.[side];
  if (wall !== undefined) {
    const cm = wall.unit === 'cm' ? centimetres(wall.value) : inchesToCm(inches(wall.value));
    const shown = wall.unit === 'cm' ? `${wall.value} cm` : `${wall.value} in = ${cm.toFixed(1)} cm`;
    // Target: more than 10 cm / 4 in (seed 000, step 6A; NORMS.md "Ankle and hip").
    add(
      `kneeToWall.${side}.cm`,
      cm,
      'knee-to-wall',
      `${S} knee-to-wall ${shown} (target: more than 10 cm / 4 in)`,
    );
  }
}

/** Facts of the tests that load one leg: single-leg squat and balance. */
function loadedFacts(tests: Tests, side: Side, add: Add): void {
  const S = Side(side);
  const squat = tests.singleLegSquat?.[side];
  if (squat !== undefined) {
    if ('observed' in squat) {
      const caves = squat.observed === 'caves';
      add(
        `singleLegSquat.${side}.caves`,
        caves,
        'single-leg-squat',
        `${S} single-leg squat: the knee ${caves ? 'caved in' : 'stayed over the foot'}`,
      );
    } else {
      const detail = `${S} single-leg squat: camera FPPA ${squat.fppaDegrees}° (verdict: ${squat.verdict})`;
      add(`singleLegSquat.${side}.fppaDegrees`, squat.fppaDegrees, 'single-leg-squat', detail);
      if (squat.verdict !== 'no-verdict') {
        add(`singleLegSquat.${side}.caves`, squat.verdict === 'valgus', 'single-leg-squat', detail);
      }
    }
  }
  const balance = tests.singleLegBalance?.[side];
  if (balance !== undefined) {
    add(
      `singleLegBalance.${side}.seconds`,
      balance.seconds,
      'single-leg-balance',
      `${S} single-leg balance held ${balance.seconds} s (seed 000's aim: 30 s)`,
    );
    add(
      `singleLegBalance.${side}.kneeCaved`,
      balance.kneeCaved,
      'single-leg-balance',
      `${S} knee drifted in while balancing: ${yes(balance.kneeCaved)}`,
    );
  }
}

/** Facts of the foot, muscle-length, strength and position-sense tests. */
function footAndMuscleFacts(tests: Tests, side: Side, add: Add): void {
  const S = Side(side);
  const foot = tests.foot?.[side];
  if (foot !== undefined) {
    add(
      `foot.${side}.archCollapsesStanding`,
      foot.archCollapsesStanding,
      'foot-arch',
      `${S} arch flattens when standing: ${yes(foot.archCollapsesStanding)}`,
    );
    add(
      `foot.${side}.canHoldShortFoot`,
      foot.canHoldShortFoot,
      'foot-arch',
      `${S} can lift and hold the arch: ${yes(foot.canHoldShortFoot)}`,
    );
  }
  const choices: readonly [keyof Tests, string, string][] = [
    ['bigToe', 'big-toe-extension', 'big-toe bend'],
    ['footAngle', 'foot-angle', 'foot points'],
    ['activeCorrection', 'active-correction', 'knee can be brought into line'],
    ['groinStretch', 'groin-stretch', 'inner thigh'],
    ['legDrop', 'leg-drop', 'leg in the side-lying drop'],
  ];
  for (const [key, source, words] of choices) {
    const value = (tests[key] as Partial<Record<Side, string>> | undefined)?.[side];
    if (value !== undefined) {
      add(`${key}.${side}`, value, source, `${S} ${words}: ${value}`);
    }
  }
  const sense = tests.kneePositionSense?.[side];
  if (sense !== undefined) {
    add(
      `kneePositionSense.${side}.errorDegrees`,
      sense.errorDegrees,
      'knee-position-sense',
      `${S} knee placed ${sense.errorDegrees}° off the line with eyes closed`,
    );
  }
  const raise = tests.straightLegRaise?.[side];
  if (raise !== undefined) {
    add(
      `straightLegRaise.${side}.reps`,
      raise.reps,
      'straight-leg-raise',
      `${S} straight-leg raises: ${raise.reps} of 30`,
    );
  }
}

function wholeBodyFacts(tests: Tests, add: Add): void {
  if (tests.intermalleolar !== undefined) {
    const cm = tests.intermalleolar.cm;
    // Over 8 cm is abnormal at any age (NORMS.md: Perth Children's Hospital); children's norms by age in triage-children.ts.
    add(
      'intermalleolarCm',
      cm,
      'intermalleolar',
      `Ankles ${cm} cm apart with the knees touching (over 8 cm is beyond normal at any age)`,
    );
  }
  if (tests.anteriorPelvicTilt !== undefined) {
    add(
      'anteriorPelvicTilt',
      tests.anteriorPelvicTilt.tilted,
      'anterior-pelvic-tilt',
      `Pelvis tips forwards: ${yes(tests.anteriorPelvicTilt.tilted)}`,
    );
  }
  if (tests.pelvisPosition !== undefined) {
    const { rotatedTowards, shiftedTowards } = tests.pelvisPosition;
    add(
      'pelvis.rotatedTowards',
      rotatedTowards,
      'pelvis-position',
      `Pelvis turned towards: ${rotatedTowards}`,
    );
    add(
      'pelvis.shiftedTowards',
      shiftedTowards,
      'pelvis-position',
      `Pelvis shifted towards: ${shiftedTowards}`,
    );
  }
  if (tests.kneeHyperextension !== undefined) {
    const lock = tests.kneeHyperextension.kneesLockBack;
    add('kneesLockBack', lock, 'knee-hyperextension', `Knees bow backwards when standing: ${yes(lock)}`);
  }
}

/** All facts of one assessment; a skipped answer or test gives no fact (rules read it as unknown). */
export function factsFrom(input: AssessmentInput): Facts {
  const facts = new Map<string, Fact>();
  answerFacts(input.answers, facts);
  const add: Add = (name, value, source, detail) => facts.set(name, { value, source, detail });
  for (const side of SIDES) {
    alignmentFacts(input.tests, side, add);
    loadedFacts(input.tests, side, add);
    footAndMuscleFacts(input.tests, side, add);
  }
  wholeBodyFacts(input.tests, add);
  derivedFacts(input, facts);
  return facts;
}

/**
 * The age in years from either answer; pain in the knee itself (pain elsewhere does not set the
 * knee's load); and whether only one knee is seen or said to cave in (children's referral, NORMS.md).
 */
function derivedFacts(input: AssessmentInput, facts: Map<string, Fact>): void {
  const years = input.answers.ageYears ?? input.answers.childAgeYears;
  if (years !== undefined) {
    facts.set('age.years', { value: years, source: 'ageYears', detail: `Age: ${years} years` });
  }
  const kneePain = input.answers.painAreas.includes('knee');
  facts.set('kneePain', { value: kneePain, source: 'painAreas', detail: `Knee pain: ${yes(kneePain)}` });
  const inward = SIDES.filter(
    (side) =>
      input.tests.standingKnee?.[side] === 'in' || facts.get(`singleLegSquat.${side}.caves`)?.value === true,
  );
  const told = input.answers.sidesAffected;
  const oneSided = inward.length === 1 || (inward.length === 0 && (told === 'left' || told === 'right'));
  if (inward.length > 0 || told !== 'not-sure') {
    const which = inward.length === 1 ? inward[0] : told;
    facts.set('valgus.oneSided', {
      value: oneSided,
      source: inward.length > 0 ? 'standing-knee' : 'sidesAffected',
      detail: oneSided ? `Only the ${which} knee caves in` : 'Both knees cave in, or neither',
    });
  }
}

/** Every fact name a rule may read; `{side}` stands for left or right. Checked when rules load. */
export const FACT_NAMES: readonly string[] = [
  ...Object.keys(ANSWER_LABELS),
  ...DERIVED_FACT_NAMES,
  'standingKnee.{side}',
  'kneeToWall.{side}.cm',
  'singleLegSquat.{side}.caves',
  'singleLegSquat.{side}.fppaDegrees',
  'singleLegBalance.{side}.seconds',
  'singleLegBalance.{side}.kneeCaved',
  'foot.{side}.archCollapsesStanding',
  'foot.{side}.canHoldShortFoot',
  'bigToe.{side}',
  'footAngle.{side}',
  'activeCorrection.{side}',
  'groinStretch.{side}',
  'legDrop.{side}',
  'kneePositionSense.{side}.errorDegrees',
  'straightLegRaise.{side}.reps',
  'intermalleolarCm',
  'anteriorPelvicTilt',
  'pelvis.rotatedTowards',
  'pelvis.shiftedTowards',
  'kneesLockBack',
];
