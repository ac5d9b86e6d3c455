/**
 * Live camera feedback: turn per-frame FPPA samples into rare, useful "knee out" cues. A cue
 * fires only when a knee stays past the threshold for longer than `holdMs` (one noisy frame is
 * not a cave-in) and never within `cooldownMs` of the last cue for that knee (cues never nag).
 */
import { DomainError } from '../errors.js';
import type { Side } from '../assessment/types.js';
import type { Degrees, Milliseconds } from '../units.js';

/** One frame's FPPA for one knee; null when the frame gave no trustworthy angle. */
export interface FppaSample {
  readonly timeMs: Milliseconds;
  readonly side: Side;
  /** + valgus (knee inside the hip-ankle line), − varus; null when not measurable. */
  readonly fppaDegrees: Degrees | null;
}

export interface KneeCaveCueOptions {
  /** FPPA above this counts as caving in (e.g. a norm from NORMS.md for the exercise at hand). */
  readonly thresholdDegrees: Degrees;
  /**
   * How long the knee must stay past the threshold, in ms. 150 ms is about 5 frames at 30 fps:
   * long enough to ignore a single-frame keypoint jump, short enough to cue within the rep.
   */
  readonly holdMs?: Milliseconds;
  /** Quiet time after a cue for the same knee, in ms (default 3000). */
  readonly cooldownMs?: Milliseconds;
}

export const DEFAULT_CAVE_HOLD_MS = 150;
export const DEFAULT_CAVE_COOLDOWN_MS = 3000;

interface SideTrack {
  /** When the knee last went past the threshold, if it is still past it. */
  readonly pastSinceMs: number | null;
  readonly lastCueMs: number | null;
  readonly lastSampleMs: number | null;
}

/** Per-knee memory of the filter. */
export type KneeCaveCueState = Readonly<Record<Side, SideTrack>>;

/** The cue the filter lets through; feed it to the player as a `kneeCaveIn` event. */
export interface KneeCaveCue {
  readonly side: Side;
  readonly fppaDegrees: Degrees;
  readonly atMs: Milliseconds;
}

const EMPTY_TRACK: SideTrack = { pastSinceMs: null, lastCueMs: null, lastSampleMs: null };

/** A filter that has seen nothing yet. */
export function createKneeCaveCueState(): KneeCaveCueState {
  return { left: EMPTY_TRACK, right: EMPTY_TRACK };
}

function trackSample(track: SideTrack, sample: FppaSample, options: KneeCaveCueOptions): SideTrack {
  const past = sample.fppaDegrees !== null && sample.fppaDegrees > options.thresholdDegrees;
  if (!past) {
    return { ...track, pastSinceMs: null, lastSampleMs: sample.timeMs };
  }
  return { ...track, pastSinceMs: track.pastSinceMs ?? sample.timeMs, lastSampleMs: sample.timeMs };
}

/**
 * Feed one sample. Returns the filter's next state and a cue when one is due.
 * Throws DomainError('invalid-input') when a knee's samples go back in time.
 */
export function feedKneeCaveSample(
  state: KneeCaveCueState,
  sample: FppaSample,
  options: KneeCaveCueOptions,
): { state: KneeCaveCueState; cue: KneeCaveCue | null } {
  const before = state[sample.side];
  if (
    !Number.isFinite(sample.timeMs) ||
    (before.lastSampleMs !== null && sample.timeMs < before.lastSampleMs)
  ) {
    throw new DomainError('invalid-input', 'FPPA samples must come in time order for each knee.');
  }
  const holdMs = options.holdMs ?? DEFAULT_CAVE_HOLD_MS;
  const cooldownMs = options.cooldownMs ?? DEFAULT_CAVE_COOLDOWN_MS;
  const track = trackSample(before, sample, options);
  const heldLongEnough = track.pastSinceMs !== null && sample.timeMs - track.pastSinceMs > holdMs;
  const quiet = track.lastCueMs === null || sample.timeMs - track.lastCueMs >= cooldownMs;
  if (!heldLongEnough || !quiet || sample.fppaDegrees === null) {
    return { state: { ...state, [sample.side]: track }, cue: null };
  }
  const cue: KneeCaveCue = { side: sample.side, fppaDegrees: sample.fppaDegrees, atMs: sample.timeMs };
  return { state: { ...state, [sample.side]: { ...track, lastCueMs: sample.timeMs } }, cue };
}

/** Run a whole series through a fresh filter: the cues it would have given, in order. */
export function kneeCaveCues(samples: readonly FppaSample[], options: KneeCaveCueOptions): KneeCaveCue[] {
  let state = createKneeCaveCueState();
  const cues: KneeCaveCue[] = [];
  for (const sample of samples) {
    const fed = feedKneeCaveSample(state, sample, options);
    state = fed.state;
    if (fed.cue !== null) {
      cues.push(fed.cue);
    }
  }
  return cues;
}
