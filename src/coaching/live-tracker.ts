/**
 * Live camera feedback as a pure fold over pose frames: each frame in, each knee's FPPA reading
 * (behind the same foreshortening and oblique-view gates as trial analysis), depth, a rep count
 * from hip height and the "knee out" cues of src/coaching/knee-cave-cue.ts out. No clock, no I/O:
 * the frame's own `timeMs` is the time.
 */
import type { CameraCheck } from '../catalog/types.js';
import type { KneeCaveCue, KneeCaveCueState } from './knee-cave-cue.js';
import { createKneeCaveCueState, feedKneeCaveSample } from './knee-cave-cue.js';
import { gateByConfidence, MOVENET_MIN_SCORE } from '../vision/geometry/confidence.js';
import type { LegSide } from '../vision/geometry/legs.js';
import { toAnatomicalSides } from '../vision/geometry/legs.js';
import type { PoseFrame, TrialTest } from '../vision/geometry/types.js';
import { measureFrame } from '../vision/trial/frame-measures.js';
import { findStandingReference } from '../vision/trial/standing-reference.js';
import { TEST_PROFILES } from '../vision/trial/test-profiles.js';
import type { FppaReading } from '../vision/trial/types.js';
import type { Degrees } from '../units.js';
import { degrees, milliseconds } from '../units.js';

/** How one camera check is read live. */
export interface LiveCheck {
  /** The trial test whose rep thresholds and double-leg rule apply. */
  readonly test: TrialTest;
  /** Count reps from hip height (false for holds such as single-leg balance). */
  readonly countsReps: boolean;
  /** FPPA past this, held > 150 ms, gives a "knee out" cue. */
  readonly thresholdDegrees: Degrees;
}

/**
 * 10°: the line past which a lateral step-down counts as valgus (NORMS.md, "Dynamic valgus"),
 * close to the 11.6° that matched a visible "knee medial to foot" (BMC Musculoskelet Disord 2010).
 * A live cue should be rare and clearly meant, so the stricter 6° single-leg squat cut-off is not used.
 */
export const LIVE_CAVE_THRESHOLD = degrees(10);

/**
 * The reading rules per catalog camera check. Checks without a trial test of their own borrow the
 * nearest one's rep thresholds (signal settings of this app, not norms): a step-up moves the hip
 * like a step-down, a hinge and a hip hitch are single-leg work; holds count no reps.
 */
export const LIVE_CHECKS: Readonly<Record<CameraCheck, LiveCheck>> = {
  squat: { test: 'squat', countsReps: true, thresholdDegrees: LIVE_CAVE_THRESHOLD },
  'single-leg-squat': { test: 'single-leg-squat', countsReps: true, thresholdDegrees: LIVE_CAVE_THRESHOLD },
  'step-down': { test: 'step-down', countsReps: true, thresholdDegrees: LIVE_CAVE_THRESHOLD },
  'step-up': { test: 'step-down', countsReps: true, thresholdDegrees: LIVE_CAVE_THRESHOLD },
  hinge: { test: 'single-leg-squat', countsReps: true, thresholdDegrees: LIVE_CAVE_THRESHOLD },
  'hip-hitch': { test: 'single-leg-squat', countsReps: false, thresholdDegrees: LIVE_CAVE_THRESHOLD },
  balance: { test: 'single-leg-squat', countsReps: false, thresholdDegrees: LIVE_CAVE_THRESHOLD },
};

/** Frames older than this are forgotten when finding the standing reference. */
export const LIVE_WINDOW_MS = 10_000;
/** A frame is "standing" for the thigh-length reference below this depth (as in analyzeTrial). */
const STANDING_DEPTH = 0.05;
/** Frames seen before any angle is read: one frame is no standing reference. */
export const LIVE_MIN_FRAMES = 5;

/** What the tracker is told once per exercise bout. */
export interface LiveTrackerOptions {
  readonly check: LiveCheck;
  /** The leg(s) being worked: a single-leg bout watches only that knee. */
  readonly side: LegSide | 'both';
  /** True when the frames are a mirror image (labels swap to the person's own sides). */
  readonly mirrored: boolean;
}

/** The tracker's memory. */
export interface LiveTrackerState {
  readonly recent: readonly PoseFrame[];
  readonly cues: KneeCaveCueState;
  readonly reps: number;
  readonly inRep: boolean;
}

/** What one frame showed. */
export interface LiveReading {
  /** Per knee: the gated FPPA reading; null for a knee not watched or before a standing reference. */
  readonly fppa: Readonly<Record<LegSide, FppaReading | null>>;
  /** 0 standing, ~0.5 deep squat; null until hips and ankles have been seen. */
  readonly depth: number | null;
  readonly reps: number;
}

/** A tracker that has seen nothing. */
export function createLiveTracker(): LiveTrackerState {
  return { recent: [], cues: createKneeCaveCueState(), reps: 0, inRep: false };
}

const watched = (options: LiveTrackerOptions): LegSide[] =>
  options.side === 'both' ? ['left', 'right'] : [options.side];

/** Feeds one pose frame; frames must come in time order. */
export function feedLiveFrame(
  state: LiveTrackerState,
  frame: PoseFrame,
  options: LiveTrackerOptions,
): { state: LiveTrackerState; reading: LiveReading; cues: KneeCaveCue[] } {
  const own = gateByConfidence(toAnatomicalSides(frame, options.mirrored), MOVENET_MIN_SCORE);
  const recent = [...state.recent.filter((seen) => own.timeMs - seen.timeMs <= LIVE_WINDOW_MS), own];
  const ankleSide = options.side;
  const reference =
    recent.length < LIVE_MIN_FRAMES ? null : findStandingReference(recent, ankleSide, STANDING_DEPTH);
  if (reference === null) {
    const reading = { fppa: { left: null, right: null }, depth: null, reps: state.reps };
    return { state: { ...state, recent }, reading, cues: [] };
  }
  const profile = TEST_PROFILES[options.check.test];
  const measures = measureFrame(own, reference, {
    mirrored: options.mirrored,
    ankleSide,
    doubleLeg: profile.doubleLeg && options.side === 'both',
  });
  let cueState = state.cues;
  const cues: KneeCaveCue[] = [];
  const fppa: Record<LegSide, FppaReading | null> = { left: null, right: null };
  for (const side of watched(options)) {
    const reading = measures.fppa[side];
    fppa[side] = reading;
    const fed = feedKneeCaveSample(
      cueState,
      {
        side,
        timeMs: milliseconds(own.timeMs),
        fppaDegrees: reading.kind === 'measured' ? reading.fppaDegrees : null,
      },
      { thresholdDegrees: options.check.thresholdDegrees },
    );
    cueState = fed.state;
    if (fed.cue !== null) {
      cues.push(fed.cue);
    }
  }
  const { reps, inRep } = countRep(state, measures.depth, options.check);
  return {
    state: { recent, cues: cueState, reps, inRep },
    reading: { fppa, depth: measures.depth, reps },
    cues,
  };
}

/** Hysteresis on depth: a rep starts past `enterDepth` and counts when back above `exitDepth`. */
function countRep(
  state: LiveTrackerState,
  depth: number | null,
  check: LiveCheck,
): { reps: number; inRep: boolean } {
  if (!check.countsReps || depth === null) {
    return { reps: state.reps, inRep: state.inRep };
  }
  const profile = TEST_PROFILES[check.test];
  if (!state.inRep && depth > profile.enterDepth) {
    return { reps: state.reps, inRep: true };
  }
  if (state.inRep && depth < profile.exitDepth) {
    return { reps: state.reps + 1, inRep: false };
  }
  return { reps: state.reps, inRep: state.inRep };
}

/**
 * Each knee's gated angle in degrees from a reading, null where it was not measured: what the
 * skeleton prints, the same numbers as the gauges, so the two never disagree.
 */
export function measuredAngles(reading: LiveReading | null): Readonly<Record<LegSide, number | null>> {
  const degreesOf = (fppa: FppaReading | null | undefined): number | null =>
    fppa?.kind === 'measured' ? fppa.fppaDegrees : null;
  return { left: degreesOf(reading?.fppa.left), right: degreesOf(reading?.fppa.right) };
}
