/**
 * First-to-latest change of each measurement, judged against how much the measurement itself
 * varies from day to day, so a person is never told noise is progress.
 */
import type { Side } from '../assessment/types.js';
import type { TrialTest } from '../vision/geometry/types.js';
import type { ChangeVerdict, MeasureChange, Point, Trends } from './types.js';

/**
 * FPPA changes smaller than this (degrees) are within measurement noise: smallest detectable
 * difference 7.5-8.9° between days (Munro, Herrington & Carolan 2012; NORMS.md).
 */
export const FPPA_NOISE_DEGREES = 8;

/** Knee-to-wall target: toe more than 10 cm (4 in) from the wall (seed 000, ankle mobility test). */
export const KNEE_TO_WALL_TARGET_CM = 10;

/**
 * Knee-to-wall changes smaller than this (cm) are within measurement noise: intra-rater minimal
 * detectable change 1.9 cm (Powden, Hoch & Hoch 2015, systematic review, Man Ther 20:524).
 */
export const KNEE_TO_WALL_NOISE_CM = 1.9;

const TEST_WORDS: Readonly<Record<TrialTest, string>> = {
  'single-leg-squat': 'single-leg squat',
  squat: 'squat',
  'step-down': 'step-down',
  'drop-landing': 'drop landing',
  standing: 'standing test',
};

const round = (value: number): number => Math.round(value * 10) / 10;

function ends(series: readonly Point[]): { first: number | null; latest: number | null } {
  return {
    first: series[0]?.value ?? null,
    latest: series.length > 1 ? (series.at(-1)?.value ?? null) : null,
  };
}

/** Knee-to-wall of one leg: past the 10 cm target, or better/worse/same beyond noise. */
export function kneeToWallChange(series: readonly Point[], side: Side): MeasureChange {
  const { first, latest } = ends(series);
  const now = latest ?? first;
  const change = first !== null && latest !== null ? round(latest - first) : null;
  const base = { measure: 'knee-to-wall' as const, side, first, latest, change };
  const ankle = `${side === 'left' ? 'Left' : 'Right'} ankle`;
  if (first !== null && first > KNEE_TO_WALL_TARGET_CM && now !== null && now > KNEE_TO_WALL_TARGET_CM) {
    return {
      ...base,
      verdict: 'at-target',
      message: `${ankle}: toe ${now} cm from the wall, past the ${KNEE_TO_WALL_TARGET_CM} cm target from the start: keep it there.`,
    };
  }
  if (now !== null && now > KNEE_TO_WALL_TARGET_CM) {
    return {
      ...base,
      verdict: 'reached-target',
      message: `${ankle}: toe ${now} cm from the wall, past the ${KNEE_TO_WALL_TARGET_CM} cm target.`,
    };
  }
  if (change === null) {
    return {
      ...base,
      verdict: 'not-enough-data',
      message: `${ankle}: re-test the knee-to-wall test to see a change.`,
    };
  }
  const verdict = judge(change, KNEE_TO_WALL_NOISE_CM, 'higher-is-better');
  const words: Record<Exclude<ChangeVerdict, 'reached-target' | 'at-target' | 'not-enough-data'>, string> = {
    improved: `${ankle} moves better: ${first} cm to ${latest} cm from the wall (target more than ${KNEE_TO_WALL_TARGET_CM} cm).`,
    'within-noise': `${ankle}: ${first} cm to ${latest} cm, a change under ${KNEE_TO_WALL_NOISE_CM} cm is within measurement noise.`,
    worse: `${ankle}: ${first} cm to ${latest} cm from the wall, less than before; check the test set-up and keep stretching.`,
  };
  return { ...base, verdict, message: words[verdict] };
}

/** FPPA of one leg in one test: less valgus, more valgus, or within noise. */
export function fppaChange(series: readonly Point[], side: Side, test: TrialTest | null): MeasureChange {
  const { first, latest } = ends(series);
  const change = first !== null && latest !== null ? round(latest - first) : null;
  const base = { measure: 'fppa' as const, side, first, latest, change };
  const knee = `${side === 'left' ? 'Left' : 'Right'} knee`;
  const inTest = test === null ? '' : ` in the ${TEST_WORDS[test]}`;
  if (change === null) {
    return {
      ...base,
      verdict: 'not-enough-data',
      message: `${knee}: record the test again to see a change.`,
    };
  }
  const verdict = judge(change, FPPA_NOISE_DEGREES, 'lower-is-better');
  const size = Math.abs(change);
  const words: Record<typeof verdict, string> = {
    improved: `${knee} caves in ${size}° less${inTest} (${first}° to ${latest}°), more than measurement noise.`,
    'within-noise': `${knee}${inTest}: ${first}° to ${latest}°. A change under ${FPPA_NOISE_DEGREES}° is within measurement noise, so not a clear change yet.`,
    worse: `${knee} caves in ${size}° more${inTest} (${first}° to ${latest}°); check the recording set-up and your technique.`,
  };
  return { ...base, verdict, message: words[verdict] };
}

function judge(
  change: number,
  noise: number,
  direction: 'higher-is-better' | 'lower-is-better',
): 'improved' | 'within-noise' | 'worse' {
  if (Math.abs(change) < noise) {
    return 'within-noise';
  }
  const better = direction === 'higher-is-better' ? change > 0 : change < 0;
  return better ? 'improved' : 'worse';
}

/** Every measured change, knee-to-wall then FPPA, left then right; unmeasured legs left out. */
export function measureChanges(trends: Trends): MeasureChange[] {
  const sides: Side[] = ['left', 'right'];
  return [
    ...sides
      .filter((s) => trends.kneeToWallCm[s].length > 0)
      .map((s) => kneeToWallChange(trends.kneeToWallCm[s], s)),
    ...sides
      .filter((s) => trends.fppaDegrees[s].length > 0)
      .map((s) => fppaChange(trends.fppaDegrees[s], s, trends.fppaTest)),
  ];
}
