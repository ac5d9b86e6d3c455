import { describe, expect, it } from 'vitest';
import { medialSign, toAnatomicalSides } from './legs.js';
import { frameOf } from './test-frame.js';

describe(toAnatomicalSides.name, () => {
  it('swaps left and right labels for a mirrored video', () => {
    const frame = frameOf({ left_knee: [100, 700], nose: [50, 100] });
    const relabelled = toAnatomicalSides(frame, true);
    expect(relabelled.keypoints.right_knee?.x).toBe(100);
    expect(relabelled.keypoints.left_knee).toBeUndefined();
    expect(relabelled.keypoints.nose?.x).toBe(50);
  });

  it('leaves an unmirrored frame as it is', () => {
    const frame = frameOf({ left_knee: [100, 700] });
    expect(toAnatomicalSides(frame, false)).toBe(frame);
  });
});

describe(medialSign.name, () => {
  it('points from each hip towards the other', () => {
    const frame = frameOf({ left_hip: [400, 500], right_hip: [300, 500] });
    expect(medialSign(frame, 'left', false)).toBe(-1);
    expect(medialSign(frame, 'right', false)).toBe(1);
  });

  it('assumes a person facing the camera when only one hip is seen', () => {
    const frame = frameOf({ left_hip: [400, 500] });
    expect(medialSign(frame, 'left', false)).toBe(-1);
    expect(medialSign(frame, 'left', true)).toBe(1);
  });
});
