import { describe, expect, it } from 'vitest';
import { pixels } from '../../units.js';
import { hipHeight, hipY, kneeFlexionProxy, legLength, thighLengthRatio } from './body-measures.js';
import { frameOf } from './test-frame.js';

const standing = frameOf({
  left_hip: [400, 500],
  right_hip: [300, 510],
  left_knee: [400, 700],
  right_knee: [300, 710],
  left_ankle: [400, 900],
  right_ankle: [300, 910],
});

describe(hipY.name, () => {
  it('is the mean image height of both hips', () => {
    expect(hipY(standing)).toBe(505);
  });

  it('is unknown when no hip is seen', () => {
    expect(hipY(frameOf({ left_knee: [0, 0] }))).toBeNull();
  });
});

describe(hipHeight.name, () => {
  it('measures how far the hips are above the ankles', () => {
    expect(hipHeight(standing)).toBe(400);
  });
});

describe(legLength.name, () => {
  it('adds thigh and shank', () => {
    expect(legLength(standing, 'left')).toBe(400);
  });
});

describe(kneeFlexionProxy.name, () => {
  it('reads 0° standing tall', () => {
    expect(kneeFlexionProxy(standing, 'left', { thigh: pixels(200), shank: pixels(200) })).toBeCloseTo(0, 6);
  });

  it('reads 60° when the thigh shows half its standing length and the shank is upright', () => {
    const squatting = frameOf({ left_hip: [400, 600], left_knee: [400, 700], left_ankle: [400, 900] });
    expect(kneeFlexionProxy(squatting, 'left', { thigh: pixels(200), shank: pixels(200) })).toBeCloseTo(
      60,
      6,
    );
  });

  it('gives no reading while a standing length is still zero', () => {
    expect(kneeFlexionProxy(standing, 'left', { thigh: pixels(0), shank: pixels(200) })).toBeNull();
    expect(kneeFlexionProxy(standing, 'left', { thigh: pixels(200), shank: pixels(0) })).toBeNull();
  });
});

describe(thighLengthRatio.name, () => {
  it('compares the thigh with its standing length', () => {
    const squatting = frameOf({ left_hip: [400, 560], left_knee: [400, 700] });
    expect(thighLengthRatio(squatting, 'left', pixels(200))).toBeCloseTo(0.7, 6);
  });

  it('gives no ratio while the standing length is zero', () => {
    expect(thighLengthRatio(standing, 'left', pixels(0))).toBeNull();
  });
});
