import { describe, expect, it } from 'vitest';
import { gateByConfidence } from './confidence.js';
import { frameOf } from './test-frame.js';

describe(gateByConfidence.name, () => {
  it('drops keypoints the model is unsure of and keeps the rest', () => {
    const frame = frameOf({ left_knee: [1, 2, 0.29], right_knee: [3, 4, 0.3] });
    expect(Object.keys(gateByConfidence(frame).keypoints)).toEqual(['right_knee']);
  });

  it('uses the threshold it is given', () => {
    const frame = frameOf({ left_knee: [1, 2, 0.5] });
    expect(gateByConfidence(frame, 0.6).keypoints.left_knee).toBeUndefined();
  });
});
