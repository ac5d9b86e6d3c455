import { describe, expect, it } from 'vitest';
import type { KneeCaveCue } from './knee-cave-cue.js';
import type { LegSide } from '../vision/geometry/legs.js';
import type { PoseFrame } from '../vision/geometry/types.js';
import { syntheticSquatFrames } from '../vision/trial/synthetic-frames.js';
import type { LiveReading, LiveTrackerOptions } from './live-tracker.js';
import {
  createLiveTracker,
  feedLiveFrame,
  LIVE_CHECKS,
  LIVE_MIN_FRAMES,
  measuredAngles,
} from './live-tracker.js';
import { degrees } from '../units.js';

function run(
  frames: readonly PoseFrame[],
  options: LiveTrackerOptions,
): { readings: LiveReading[]; cues: KneeCaveCue[] } {
  let state = createLiveTracker();
  const readings: LiveReading[] = [];
  const cues: KneeCaveCue[] = [];
  for (const frame of frames) {
    const fed = feedLiveFrame(state, frame, options);
    state = fed.state;
    readings.push(fed.reading);
    cues.push(...fed.cues);
  }
  return { readings, cues };
}

const squat = (peak: Record<LegSide, number | null>, extra: { mirrored?: boolean } = {}) =>
  syntheticSquatFrames({ reps: 3, fps: 30, peakFppaDegrees: peak, thighRatioAtBottom: 0.75, ...extra });
const both: LiveTrackerOptions = { check: LIVE_CHECKS.squat, side: 'both', mirrored: false };

describe('feedLiveFrame', () => {
  it('counts my squats from my hip height', () => {
    const { readings } = run(squat({ left: 0, right: 0 }), both);
    expect(readings.at(-1)?.reps).toBe(3);
    expect(Math.max(...readings.map((reading) => reading.depth ?? 0))).toBeGreaterThan(0.1);
  });

  it('says "knee out" for each knee that caves in past 10°, and stays quiet when my knees track well', () => {
    const caving = run(squat({ left: 15, right: 15 }), both);
    expect(caving.cues.filter((cue) => cue.side === 'left').length).toBeGreaterThanOrEqual(1);
    expect(caving.cues.filter((cue) => cue.side === 'right').length).toBeGreaterThanOrEqual(1);
    expect(caving.cues.every((cue) => cue.fppaDegrees > 10)).toBe(true);
    expect(run(squat({ left: 6, right: 6 }), both).cues).toEqual([]);
  });

  it('shows each knee angle as the same number the trial analysis would read', () => {
    const { readings } = run(squat({ left: 15, right: 15 }), both);
    const peak = Math.max(
      ...readings.map((reading) =>
        reading.fppa.left?.kind === 'measured' ? reading.fppa.left.fppaDegrees : 0,
      ),
    );
    expect(peak).toBeCloseTo(15, 0);
  });

  it('reads no angle before it has seen me standing for a few frames', () => {
    const { readings } = run(squat({ left: 15, right: 15 }).slice(0, LIVE_MIN_FRAMES), both);
    expect(
      readings.slice(0, LIVE_MIN_FRAMES - 1).every((r) => r.fppa.left === null && r.depth === null),
    ).toBe(true);
    expect(readings.at(-1)?.fppa.left?.kind).toBe('measured');
  });

  it('on a single-leg bout watches only the working knee', () => {
    const { readings, cues } = run(squat({ left: 15, right: 15 }), {
      check: LIVE_CHECKS['single-leg-squat'],
      side: 'left',
      mirrored: false,
    });
    expect(cues.length).toBeGreaterThan(0);
    expect(cues.every((cue) => cue.side === 'left')).toBe(true);
    expect(readings.every((reading) => reading.fppa.right === null)).toBe(true);
  });

  it('names my own knee in a mirrored (selfie) picture', () => {
    const frames = squat({ left: 15, right: null }, { mirrored: true });
    const options = { check: LIVE_CHECKS['single-leg-squat'], mirrored: true } as const;
    expect(run(frames, { ...options, side: 'left' }).cues.length).toBeGreaterThan(0);
    expect(run(frames, { ...options, side: 'right' }).cues).toEqual([]);
  });

  it('does not count reps for a balance hold', () => {
    const { readings } = run(squat({ left: 0, right: 0 }), {
      check: LIVE_CHECKS.balance,
      side: 'both',
      mirrored: false,
    });
    expect(readings.at(-1)?.reps).toBe(0);
  });

  it('does not read a foreshortened thigh at the bottom of a deep squat as valgus', () => {
    const deep = syntheticSquatFrames({
      reps: 3,
      fps: 30,
      peakFppaDegrees: { left: 40, right: 40 },
      thighRatioAtBottom: 0.3,
    });
    const { readings } = run(deep, both);
    const bottom = readings.reduce((a, b) => ((b.depth ?? 0) > (a.depth ?? 0) ? b : a));
    expect(bottom.fppa.left).toMatchObject({ kind: 'not-measured', reason: 'thigh-foreshortened' });
  });
});

describe('measuredAngles', () => {
  it('gives the measured knee its angle and a knee the gates refused none, as the gauges show them', () => {
    const reading: LiveReading = {
      fppa: {
        left: { kind: 'measured', fppaDegrees: degrees(14.2), frame: 3 },
        right: { kind: 'not-measured', reason: 'thigh-foreshortened', frame: 3, thighLengthRatio: 0.5 },
      },
      depth: 0.3,
      reps: 2,
    };
    expect(measuredAngles(reading)).toEqual({ left: 14.2, right: null });
    expect(measuredAngles({ ...reading, fppa: { left: null, right: null } })).toEqual({
      left: null,
      right: null,
    });
    expect(measuredAngles(null)).toEqual({ left: null, right: null });
  });
});
