/**
 * Published FPPA reference values as data, each with its source (NORMS.md). Read by `judgeFppa`;
 * a clinician can change a row without reading control flow (STYLE.md §6).
 */
import type { Degrees } from '../../units.js';
import { degrees } from '../../units.js';
import type { Sex, TrialTest } from '../geometry/types.js';

/** Tests with published FPPA values: the trial tests plus landings Kneeline does not record yet. */
export type NormTest = TrialTest | 'step-landing' | 'single-leg-landing';

/** A healthy FPPA range for a test and sex; `sex: 'any'` applies when no sex-specific row fits. */
export interface FppaNorm {
  readonly id: string;
  readonly test: NormTest;
  readonly sex: Sex | 'any';
  /** Lowest and highest peak FPPA of the healthy range, degrees (+ valgus); null: no lower bound. */
  readonly lowDegrees: Degrees | null;
  readonly highDegrees: Degrees;
  /** What the range is, in a sentence a user can read. */
  readonly description: string;
  readonly source: string;
}

/** Every FPPA norm Kneeline judges against. */
export const FPPA_NORMS: readonly FppaNorm[] = [
  {
    id: 'sls-women-herrington-2014',
    test: 'single-leg-squat',
    sex: 'female',
    // Healthy women 8.4 ± 5.1°, women with patellofemoral pain 16.8 ± 5.4° (Herrington 2014).
    // The healthy range here is the healthy mean ± 1 SD.
    lowDegrees: degrees(8.4 - 5.1),
    highDegrees: degrees(8.4 + 5.1),
    description: 'healthy women 8.4 ± 5.1° (with patellofemoral pain 16.8 ± 5.4°)',
    source: 'Herrington 2014',
  },
  {
    id: 'sls-cut-off-bmc-2020',
    test: 'single-leg-squat',
    sex: 'any',
    // A 6° cut-off separated visually rated valgus (AUC 0.82, sensitivity 0.86, specificity 0.78;
    // Kinect study, BMC Sports Sci Med Rehabil 2020).
    lowDegrees: null,
    highDegrees: degrees(6),
    description: 'at most 6°, the cut-off that matched visually rated valgus',
    source: 'BMC Sports Sci Med Rehabil 2020',
  },
  ...landingNorm('drop-landing', 'female', 7, 13, 'drop jump, women 7-13°'),
  ...landingNorm('drop-landing', 'male', 3, 8, 'drop jump, men 3-8°'),
  ...landingNorm('step-landing', 'female', 5, 12, 'step landing, women 5-12°'),
  ...landingNorm('step-landing', 'male', 1, 9, 'step landing, men 1-9°'),
  {
    id: 'sll-women-herrington-2014',
    test: 'single-leg-landing',
    sex: 'female',
    // Single-leg landing, women: 13.5 ± 5.7° healthy vs 21.7 ± 3.6° with pain (Herrington 2014).
    lowDegrees: degrees(13.5 - 5.7),
    highDegrees: degrees(13.5 + 5.7),
    description: 'healthy women 13.5 ± 5.7° (with patellofemoral pain 21.7 ± 3.6°)',
    source: 'Herrington 2014',
  },
  {
    id: 'lsd-valgus-over-10',
    test: 'step-down',
    sex: 'any',
    // Lateral step-down: valgus when > 10° (a reliability/validity study of males and females; NORMS.md).
    lowDegrees: null,
    highDegrees: degrees(10),
    description: 'at most 10°; more counts as valgus in a lateral step-down',
    source: 'lateral step-down reliability/validity study (NORMS.md)',
  },
];

/** Drop jump and step landing ranges, n = 100, 18-28 years (Herrington & Munro 2010). */
function landingNorm(test: NormTest, sex: Sex, low: number, high: number, description: string): FppaNorm[] {
  return [
    {
      id: `${test}-${sex}-herrington-munro-2010`,
      test,
      sex,
      lowDegrees: degrees(low),
      highDegrees: degrees(high),
      description,
      source: 'Herrington & Munro 2010',
    },
  ];
}

/**
 * The smallest detectable difference in FPPA between two sessions: 7.5-8.9° (Munro 2012).
 * A change smaller than this is within measurement noise; progress reports use it.
 */
export const FPPA_SMALLEST_DETECTABLE_DIFFERENCE: {
  readonly degrees: Degrees;
  readonly rangeDegrees: readonly [Degrees, Degrees];
  readonly source: string;
} = {
  degrees: degrees(8),
  rangeDegrees: [degrees(7.5), degrees(8.9)],
  source: 'Munro, Herrington & Carolan 2012',
};

/** What every FPPA shown to a user carries (Räisänen 2018; 2D explains 0-64% of 3D abduction). */
export const FPPA_CAUTION =
  'FPPA is a movement-quality measure, not an injury forecast: high FPPA did not predict injury well ' +
  '(AUC 0.59, Räisänen 2018), and a 2D angle explains only part of the 3D knee motion.';

/** The norm for a test and sex: the sex-specific row first, then an 'any' row, else null. */
export function findFppaNorm(test: NormTest, sex: Sex | null): FppaNorm | null {
  const rows = FPPA_NORMS.filter((norm) => norm.test === test);
  return (
    rows.find((norm) => sex !== null && norm.sex === sex) ?? rows.find((norm) => norm.sex === 'any') ?? null
  );
}
