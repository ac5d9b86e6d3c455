import { describe, expect, it } from 'vitest';
import type { ExerciseAnimation } from './animation.js';
import { cycleSeconds, ease, poseAt } from './interpolate.js';
import { figure, pelvisAt } from './poses/builders.js';

const animation: ExerciseAnimation = {
  view: 'side',
  description: 'A test figure bends one knee and straightens it again.',
  keyframes: [
    { pose: figure('side', { anchor: pelvisAt(100) }), holdSeconds: 1 },
    { pose: figure('side', { anchor: pelvisAt(100), right: { thigh: 60, shin: -20 } }), holdSeconds: 1 },
  ],
  props: [],
  moveSeconds: 2,
};

describe('poseAt', () => {
  it('holds the first key pose at the start', () => {
    expect(poseAt(animation, 0.5)).toBe(animation.keyframes[0]?.pose);
  });

  it('is halfway between two key poses halfway through a move', () => {
    expect(poseAt(animation, 2).legs.right.knee).toBeCloseTo(40);
  });

  it('moves back to the first pose after the last and starts again', () => {
    expect(cycleSeconds(animation)).toBe(6);
    expect(poseAt(animation, 5).legs.right.knee).toBeCloseTo(40);
    expect(poseAt(animation, 6.5)).toBe(animation.keyframes[0]?.pose);
  });
});

describe('ease', () => {
  it('starts and ends gently and stays between 0 and 1', () => {
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
    expect(ease(0.5)).toBeCloseTo(0.5);
    expect(ease(0.1)).toBeLessThan(0.1);
    expect(ease(2)).toBe(1);
  });
});
