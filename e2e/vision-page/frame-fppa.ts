/**
 * The per-frame FPPA the trial analysis reads, shared by the Node side of the e2e tests and the
 * browser harness so both sides run literally the same geometry: the filtering chain of
 * analyzeTrial (prepareFrames), its standing reference and its gated per-frame measures.
 */
import type { PoseFrame } from '../../src/vision/geometry/types.js';
import { measureFrame } from '../../src/vision/trial/frame-measures.js';
import { prepareFrames } from '../../src/vision/trial/prepare-frames.js';
import { findStandingReference } from '../../src/vision/trial/standing-reference.js';
import { DEFAULT_MIN_SCORE } from '../../src/vision/trial/analyze-trial.js';

/** One frame's gated FPPA per knee (null where not measured) and its KASR. */
export interface FrameFppa {
  readonly frame: number;
  readonly left: number | null;
  readonly right: number | null;
  readonly kasr: number | null;
}

/** Gated FPPA of every frame of a double-leg squat clip, unmirrored. */
export function squatFrameFppa(poses: readonly PoseFrame[]): FrameFppa[] {
  const { frames } = prepareFrames(poses, { mirrored: false, minScore: DEFAULT_MIN_SCORE });
  const reference = findStandingReference(frames, 'both', 0.05);
  if (reference === null) {
    return [];
  }
  return frames.map((frame) => {
    const measures = measureFrame(frame, reference, { mirrored: false, ankleSide: 'both', doubleLeg: true });
    const value = (side: 'left' | 'right'): number | null => {
      const reading = measures.fppa[side];
      return reading.kind === 'measured' ? reading.fppaDegrees : null;
    };
    return { frame: frame.index, left: value('left'), right: value('right'), kasr: measures.kasr };
  });
}
