/**
 * Builds the report's repetitions from rep windows and per-frame measures: per knee the FPPA at
 * the bottom and the largest valid FPPA in the rep, and KASR at the bottom for double-leg tests.
 */
import type { LegSide } from '../geometry/legs.js';
import type { FrameMeasures } from './frame-measures.js';
import type { RepWindow } from './segment-repetitions.js';
import type { FppaReading, KneeRepetition, Repetition } from './types.js';

type Measured = Extract<FppaReading, { kind: 'measured' }>;

/** One Repetition per window; `measures` are aligned with the windows' positions. */
export function buildRepetitions(
  windows: readonly RepWindow[],
  measures: readonly FrameMeasures[],
  sides: readonly LegSide[],
  doubleLeg: boolean,
): Repetition[] {
  return windows.flatMap((window, number) => {
    const start = measures[window.start];
    const bottom = measures[window.bottom];
    const end = measures[window.end];
    if (!start || !bottom || !end) {
      return [];
    }
    const inRep = measures.slice(window.start, window.end + 1);
    const knees = sides.map((side): KneeRepetition => ({
      side,
      atBottom: bottom.fppa[side],
      maxInRep: maxFppa(inRep, side),
      kneeFlexionProxyDegrees: bottom.kneeFlexion[side],
    }));
    return [
      {
        number: number + 1,
        startFrame: start.frame,
        bottomFrame: bottom.frame,
        endFrame: end.frame,
        cutOffAtEnd: window.cutOffAtEnd,
        cutOffAtStart: window.cutOffAtStart,
        bottomReached: window.bottomReached,
        depth: bottom.depth ?? 0,
        knees,
        kasrAtBottom: doubleLeg ? bottom.kasr : null,
      },
    ];
  });
}

/** The most valgus (largest signed) measured FPPA of a leg among the frames, or null. */
function maxFppa(frames: readonly FrameMeasures[], side: LegSide): Measured | null {
  let best: Measured | null = null;
  for (const measures of frames) {
    const reading = measures.fppa[side];
    if (reading.kind === 'measured' && (best === null || reading.fppaDegrees > best.fppaDegrees)) {
      best = reading;
    }
  }
  return best;
}
