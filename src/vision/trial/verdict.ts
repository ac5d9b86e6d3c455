/**
 * The verdict on one leg's FPPA against published norms, or the reason there is none.
 * FPPA is presented as a movement-quality measure, not an injury forecast (NORMS.md).
 */
import type { Degrees } from '../../units.js';
import type { Sex, TrialTest } from '../geometry/types.js';
import type { FppaNorm } from './norms.js';
import { FPPA_NORMS, findFppaNorm } from './norms.js';
import type { QualityIssue } from './quality-gates.js';
import type { FppaGap } from './fppa-gap.js';
import { blocksVerdict } from './quality-gates.js';

/** Why a leg got no verdict. */
export type NoVerdictReason =
  | { readonly kind: 'no-norm-for-test'; readonly test: TrialTest }
  | { readonly kind: 'sex-needed'; readonly test: TrialTest }
  | { readonly kind: 'too-few-reps'; readonly found: number; readonly needed: number }
  | { readonly kind: 'fppa-not-measured'; readonly reason: FppaGap }
  | { readonly kind: 'recording-quality'; readonly issues: readonly QualityIssue['kind'][] };

/** The norm a verdict was judged against, as stored with the report. */
export type NormReference = Pick<FppaNorm, 'id' | 'lowDegrees' | 'highDegrees' | 'description' | 'source'>;

/** A leg's verdict. `below-healthy-range`: less valgus than the healthy range, not a valgus concern. */
export type Verdict =
  | {
      readonly kind: 'within-healthy-range' | 'above-healthy-range' | 'below-healthy-range';
      readonly medianPeakFppaDegrees: Degrees;
      readonly norm: NormReference;
    }
  | { readonly kind: 'no-verdict'; readonly reason: NoVerdictReason };

/** What `judgeFppa` needs about one leg. */
export interface VerdictInput {
  readonly test: TrialTest;
  readonly sex: Sex | null;
  readonly medianPeakFppaDegrees: Degrees | null;
  readonly repCount: number;
  readonly minReps: number;
  /** Why the bottoms were not measured, when none was. */
  readonly unmeasuredReason: FppaGap;
  readonly quality: readonly QualityIssue[];
}

/** Judges a leg's median peak FPPA against `FPPA_NORMS`; every refusal says why. */
export function judgeFppa(input: VerdictInput): Verdict {
  const blocking = input.quality.filter(blocksVerdict).map((issue) => issue.kind);
  if (blocking.length > 0) {
    return noVerdict({ kind: 'recording-quality', issues: blocking });
  }
  const norm = findFppaNorm(input.test, input.sex);
  if (norm === null) {
    const needsSex = FPPA_NORMS.some((row) => row.test === input.test);
    return noVerdict({ kind: needsSex ? 'sex-needed' : 'no-norm-for-test', test: input.test });
  }
  if (input.repCount < input.minReps) {
    return noVerdict({ kind: 'too-few-reps', found: input.repCount, needed: input.minReps });
  }
  const median = input.medianPeakFppaDegrees;
  if (median === null) {
    return noVerdict({ kind: 'fppa-not-measured', reason: input.unmeasuredReason });
  }
  const reference: NormReference = {
    id: norm.id,
    lowDegrees: norm.lowDegrees,
    highDegrees: norm.highDegrees,
    description: norm.description,
    source: norm.source,
  };
  const kind =
    median > norm.highDegrees
      ? 'above-healthy-range'
      : norm.lowDegrees !== null && median < norm.lowDegrees
        ? 'below-healthy-range'
        : 'within-healthy-range';
  return { kind, medianPeakFppaDegrees: median, norm: reference };
}

function noVerdict(reason: NoVerdictReason): Verdict {
  return { kind: 'no-verdict', reason };
}
