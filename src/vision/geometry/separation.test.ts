import { describe, expect, it } from 'vitest';
import { pixels } from '../../units.js';
import { kneeAnkleSeparationRatio, normalizedSeparation } from './separation.js';
import { frameOf } from './test-frame.js';

describe(kneeAnkleSeparationRatio.name, () => {
  it('is below 1 when the knees are closer together than the ankles (knock knees)', () => {
    const frame = frameOf({
      left_knee: [380, 700],
      right_knee: [340, 700],
      left_ankle: [420, 900],
      right_ankle: [300, 900],
    });
    expect(kneeAnkleSeparationRatio(frame)).toBeCloseTo(40 / 120, 6);
  });

  it('is above 1 when the knees are wider than the ankles', () => {
    const frame = frameOf({
      left_knee: [410, 700],
      right_knee: [290, 700],
      left_ankle: [400, 900],
      right_ankle: [300, 900],
    });
    expect(kneeAnkleSeparationRatio(frame)).toBeCloseTo(1.2, 6);
  });

  it('is unknown when the ankles touch', () => {
    const frame = frameOf({
      left_knee: [410, 700],
      right_knee: [290, 700],
      left_ankle: [350, 900],
      right_ankle: [350, 900],
    });
    expect(kneeAnkleSeparationRatio(frame)).toBeNull();
  });
});

describe(normalizedSeparation.name, () => {
  it('gives the gaps as shares of the leg length', () => {
    const frame = frameOf({
      left_knee: [380, 700],
      right_knee: [340, 700],
      left_ankle: [420, 900],
      right_ankle: [300, 900],
    });
    expect(normalizedSeparation(frame, pixels(400))).toEqual({
      kneesPerLegLength: 0.1,
      anklesPerLegLength: 0.3,
    });
  });

  it('gives no shares for a leg of zero length', () => {
    const frame = frameOf({
      left_knee: [380, 700],
      right_knee: [340, 700],
      left_ankle: [420, 900],
      right_ankle: [300, 900],
    });
    expect(normalizedSeparation(frame, pixels(0))).toBeNull();
  });
});
