import { describe, expect, it } from 'vitest';
import { FACING_LIMITS, facingCamera } from './facing.js';
import { frameOf } from './test-frame.js';

/** Shoulders and hips each `width` px apart, the hips 250 px below the shoulders, legs 400 px long. */
const body = (width: number, withShoulders: boolean) =>
  frameOf({
    ...(withShoulders
      ? { left_shoulder: [360 + width / 2, 400], right_shoulder: [360 - width / 2, 400] }
      : {}),
    left_hip: [360 + width / 2, 650],
    right_hip: [360 - width / 2, 650],
    left_knee: [360 + width / 2, 850],
    right_knee: [360 - width / 2, 850],
    left_ankle: [360 + width / 2, 1050],
    right_ankle: [360 - width / 2, 1050],
  });

describe(facingCamera.name, () => {
  it('holds the torso to its own limit (0.22 of torso length), not the hips-only one', () => {
    expect(FACING_LIMITS.minBodyWidthPerTorso).toBe(0.22);
    // Width 40 px over a 250 px torso: 0.16, under the torso limit though over the hips-only 0.1.
    expect(facingCamera(body(40, true))).toEqual({ kind: 'turned', why: 'body-narrow' });
    expect(facingCamera(body(60, true))).toEqual({ kind: 'facing' });
  });

  it('holds hips seen without shoulders to the hips-only limit (0.1 of leg length)', () => {
    expect(FACING_LIMITS.minHipWidthPerLegLength).toBe(0.1);
    // Hips 64 px apart over 400 px legs: 0.16, over 0.1 though under the torso limit.
    expect(facingCamera(body(64, false))).toEqual({ kind: 'facing' });
    expect(facingCamera(body(36, false))).toEqual({ kind: 'turned', why: 'body-narrow' });
  });
});
