import { describe, expect, it } from 'vitest';
import { createLiveTracker, feedLiveFrame, LIVE_CHECKS } from './live-tracker.js';
import { createPlayer, step } from './player.js';
import { creditCameraReps, NO_CAMERA_REPS } from './rep-counter.js';
import type { CameraRepCredit } from './rep-counter.js';
import type { PlayerState } from './types.js';
import { syntheticSquatFrames } from '../vision/trial/synthetic-frames.js';

describe('creditCameraReps', () => {
  it('passes each new camera rep once', () => {
    let credit: CameraRepCredit = NO_CAMERA_REPS;
    const sent: number[] = [];
    for (const count of [0, 0, 1, 1, 2, 3, 3]) {
      const fed = creditCameraReps(credit, 'squat-set-1', count);
      credit = fed.credit;
      sent.push(fed.newReps);
    }
    expect(sent).toEqual([0, 0, 1, 0, 1, 1, 0]);
  });

  it('starts each set from zero even though the camera count runs on', () => {
    let { credit } = creditCameraReps(NO_CAMERA_REPS, 'set-1', 0);
    credit = creditCameraReps(credit, 'set-1', 10).credit;
    const fresh = creditCameraReps(credit, 'set-2', 10);
    expect(fresh.newReps).toBe(0);
    expect(creditCameraReps(fresh.credit, 'set-2', 11).newReps).toBe(1);
  });

  it('does not take reps back, or give them twice, when the camera count restarts', () => {
    let { credit } = creditCameraReps(NO_CAMERA_REPS, 'set-1', 4);
    credit = creditCameraReps(credit, 'set-1', 6).credit;
    const restarted = creditCameraReps(credit, 'set-1', 0);
    expect(restarted.newReps).toBe(0);
    expect(creditCameraReps(restarted.credit, 'set-1', 1).newReps).toBe(1);
  });
});

describe('camera reps in the player', () => {
  it('finishes a set of three squats seen by the camera without a tap', () => {
    const item = {
      exerciseId: 'banded-squat',
      name: 'Banded squat',
      dosage: { sets: 1, reps: 3, perSide: false },
      sides: 'both' as const,
      cues: [],
    };
    let player: PlayerState = step(createPlayer([item], { sessionDate: '2026-12-03' }), {
      type: 'start',
      at: '2026-12-03T08:00:00Z',
    }).state;
    let tracker = createLiveTracker();
    let credit: CameraRepCredit = NO_CAMERA_REPS;
    const frames = syntheticSquatFrames({
      reps: 3,
      fps: 30,
      peakFppaDegrees: { left: 2, right: 2 },
      thighRatioAtBottom: 0.75,
    });
    for (const frame of frames) {
      const fed = feedLiveFrame(tracker, frame, { check: LIVE_CHECKS.squat, side: 'both', mirrored: false });
      tracker = fed.state;
      const credited = creditCameraReps(credit, 'banded-squat-0-0', fed.reading.reps);
      credit = credited.credit;
      for (let rep = 0; rep < credited.newReps; rep += 1) {
        player = step(player, { type: 'repDone' }).state;
      }
    }
    expect(player.bouts.at(-1)?.reps).toBe(3);
    expect(player.phase.kind).not.toBe('work');
  });
});

describe('camera rep counting per exercise', () => {
  it('counts step-ups and single-leg hinges from the hip going down and back up, as it does squats', () => {
    const frames = syntheticSquatFrames({
      reps: 4,
      fps: 30,
      peakFppaDegrees: { left: 2, right: 2 },
      thighRatioAtBottom: 0.75,
    });
    for (const check of ['squat', 'step-up', 'hinge', 'single-leg-squat'] as const) {
      let tracker = createLiveTracker();
      let reps = 0;
      for (const frame of frames) {
        const fed = feedLiveFrame(tracker, frame, {
          check: LIVE_CHECKS[check],
          side: 'left',
          mirrored: false,
        });
        tracker = fed.state;
        reps = fed.reading.reps;
      }
      expect(reps, check).toBe(4);
    }
  });
});
