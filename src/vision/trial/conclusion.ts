/**
 * The answer every trial report leads with: valgus, no valgus, or can't tell and why, per leg and
 * overall, with the measure and norm it rests on. Pure; the one place the decision is made, for
 * the CLI, the live camera and the upload path alike.
 */
import type { LegSide } from '../geometry/legs.js';
import type { TrialTest } from '../geometry/types.js';
import { describeQualityIssue, describeVerdict } from './describe.js';
import type { QualityIssue } from './quality-gates.js';
import { blocksVerdict } from './quality-gates.js';
import type { StanceReading } from './standing-stance.js';
import { MIN_REPS } from './test-profiles.js';
import type {
  Conclusion,
  ConclusionBasis,
  ConclusionKind,
  Repetition,
  SideSummary,
  TrialSide,
} from './types.js';

/**
 * Knees closer together than the ankles at the bottom, KASR below 1, is the knee-medial-to-foot
 * pattern of dynamic valgus: the seed 000 test's rule (knees nearer the midline than the ankles)
 * read as KASR, the knee-to-ankle separation ratio of 2D screening (Mizner et al. 2012; Gray et
 * al. 2017). No published cut-off beyond the geometric 1 is used: a rule of thumb, shown as one.
 */
export const KASR_VALGUS_BELOW = 1;

/** What `concludeTrial` reads from the report being built. */
export interface ConclusionInput {
  readonly test: TrialTest;
  readonly side: TrialSide;
  readonly sex: 'female' | 'male' | null;
  readonly quality: readonly QualityIssue[];
  readonly repetitions: readonly Repetition[];
  readonly sides: readonly SideSummary[];
  /** Standing test: the stance as read, or null when the legs were never all seen. */
  readonly stance: StanceReading | null;
  readonly usableFrameCount: number;
}

/** Dynamic tests need at least this many frames with the legs in view to find repetitions (an app choice). */
export const MIN_DYNAMIC_FRAMES = 10;

const STANDING_WORDS: Readonly<Record<string, string>> = {
  'knock-knee': 'knock knee (knee inside the hip-ankle line)',
  straight: 'straight',
  'bow-leg': 'bow leg (knee outside the hip-ankle line)',
};

/** The conclusion for a trial. */
export function concludeTrial(input: ConclusionInput): Conclusion {
  const measured: LegSide[] = input.side === 'both' ? ['left', 'right'] : [input.side];
  const blocking = input.quality.filter(blocksVerdict);
  if (blocking.length > 0) {
    return inconclusive(measured, 'none', blocking.map(describeQualityIssue).join(' '));
  }
  if (input.test === 'standing') {
    return concludeStanding(measured, input.stance);
  }
  if (input.usableFrameCount < MIN_DYNAMIC_FRAMES) {
    return inconclusive(
      measured,
      'none',
      `Too few frames with the legs in view (${input.usableFrameCount}, at least ${MIN_DYNAMIC_FRAMES} needed).`,
    );
  }
  const kasrTest = input.test === 'squat' || (input.test === 'drop-landing' && input.sex === null);
  return kasrTest ? concludeKasr(measured, input) : concludeFppa(measured, input);
}

function concludeStanding(measured: readonly LegSide[], stance: StanceReading | null): Conclusion {
  const basis = 'standing-knee-ankle-separation';
  if (stance === null) {
    return inconclusive(measured, basis, 'Hips, knees and ankles of both legs were never all in view.');
  }
  if (stance.kind === 'feet-too-wide') {
    return inconclusive(
      measured,
      basis,
      `Not a standing stance: the ankles are ${stance.ankleSeparationPerLegLength.toFixed(2)} leg lengths apart; ` +
        'stand with the feet about hip width apart, knees straight.',
    );
  }
  if (stance.kind === 'implausible-angle') {
    return inconclusive(
      measured,
      basis,
      `The ${stance.side} knee angle (${stance.fppaDegrees.toFixed(0)}°) is not a leg seen from the front: ` +
        'stand facing the camera, knees straight.',
    );
  }
  const call = (side: LegSide): ConclusionKind => {
    const leg = stance.legs[side];
    return leg === null ? 'inconclusive' : leg === 'knock-knee' ? 'valgus' : 'no-valgus';
  };
  const words = measured.map((side) => {
    const leg = stance.legs[side];
    return `${side}: ${leg === null ? 'not seen' : STANDING_WORDS[leg]}`;
  });
  const gap =
    stance.ankleGap === null
      ? ''
      : stance.ankleGap.kind === 'estimate'
        ? ` Ankle gap with the knees together about ${stance.ankleGap.cm} cm (beyond 8 cm is more than normal in adults, Heath & Staheli 1993).`
        : ` The knees were about ${stance.ankleGap.kneeGapCm} cm apart, so no ankle gap is estimated.`;
  return decide(
    measured,
    call,
    basis,
    `Standing alignment ${words.join(', ')} (healthy 1° valgus to 3.2° varus, Radiopaedia, ` +
      `with 3° allowed for measurement error, Munro 2012).${gap}`,
  );
}

function concludeKasr(measured: readonly LegSide[], input: ConclusionInput): Conclusion {
  const basis = input.test === 'squat' ? 'kasr-squat' : 'kasr-landing';
  const bottoms = input.repetitions.filter((rep) => rep.bottomReached);
  const values = bottoms.flatMap((rep) => (rep.kasrAtBottom === null ? [] : [rep.kasrAtBottom]));
  if (values.length < MIN_REPS) {
    return inconclusive(
      measured,
      basis,
      `KASR was read at ${values.length} bottom(s) of ${input.repetitions.length} repetition(s) found; ` +
        `at least ${MIN_REPS} are needed.`,
    );
  }
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const caving = median < KASR_VALGUS_BELOW;
  // KASR measures both knees together, so it speaks for both legs at once.
  return decide(
    measured,
    () => (caving ? 'valgus' : 'no-valgus'),
    basis,
    `Median KASR at ${values.length} bottoms ${median.toFixed(2)}: ` +
      (caving
        ? 'the knees came closer together than the ankles (below 1: knees caving in).'
        : 'the knees stayed at least as far apart as the ankles (no sign of knees caving in).') +
      ' Rule of thumb: knees inside the feet (seed 000; KASR, Mizner 2012).' +
      (input.test === 'drop-landing' ? ' Tell us your sex to compare the FPPA with landing norms.' : ''),
  );
}

function concludeFppa(measured: readonly LegSide[], input: ConclusionInput): Conclusion {
  const basis: ConclusionBasis = `fppa-${input.test as Exclude<TrialTest, 'standing' | 'squat'>}-norm`;
  const summaryOf = (side: LegSide): SideSummary | undefined => input.sides.find((s) => s.side === side);
  const call = (side: LegSide): ConclusionKind => {
    const verdict = summaryOf(side)?.verdict;
    if (verdict === undefined || verdict.kind === 'no-verdict') {
      return 'inconclusive';
    }
    return verdict.kind === 'above-healthy-range' ? 'valgus' : 'no-valgus';
  };
  const words = measured.map((side) => {
    const summary = summaryOf(side);
    const median = summary?.medianPeakFppaDegrees;
    const value = median === null || median === undefined ? '' : ` median peak FPPA ${median.toFixed(1)}°,`;
    return `${side}:${value} ${summary === undefined ? 'not measured' : describeVerdict(summary.verdict)}`;
  });
  return decide(measured, call, basis, `${words.join('; ')}.`);
}

/** Combines the legs: valgus when any measured leg shows it, no valgus when all measured show none. */
function decide(
  measured: readonly LegSide[],
  call: (side: LegSide) => ConclusionKind,
  basis: ConclusionBasis,
  reason: string,
): Conclusion {
  const of = (side: LegSide): ConclusionKind => (measured.includes(side) ? call(side) : 'inconclusive');
  const calls = measured.map(of);
  const kind: ConclusionKind = calls.includes('valgus')
    ? 'valgus'
    : calls.every((c) => c === 'no-valgus')
      ? 'no-valgus'
      : 'inconclusive';
  const unmeasured = (['left', 'right'] as const).filter((side) => !measured.includes(side));
  const note = unmeasured.length === 0 ? '' : ` The ${unmeasured[0]} leg was not part of this test.`;
  return { kind, left: of('left'), right: of('right'), basis, reason: `${reason}${note}` };
}

function inconclusive(measured: readonly LegSide[], basis: ConclusionBasis, reason: string): Conclusion {
  return decide(measured, () => 'inconclusive', basis, reason);
}
