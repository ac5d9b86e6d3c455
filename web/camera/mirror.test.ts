import { describe, expect, it } from 'vitest';
import { analyzeTrial } from '../../src/vision/trial/analyze-trial.js';
import { syntheticSquatFrames } from '../../src/vision/trial/synthetic-frames.js';
import type { TrialReport } from '../../src/vision/trial/types.js';
import { MODEL_INPUT_MIRRORED, screenSideOf, toPreviewPoint } from './mirror.js';

const medians = (report: TrialReport) =>
  Object.fromEntries(report.sides.map((side) => [side.side, side.medianPeakFppaDegrees]));

describe('toPreviewPoint', () => {
  it('flips x on a mirrored preview and keeps y', () => {
    expect(toPreviewPoint({ x: 100, y: 50 }, 640, true)).toEqual({ x: 540, y: 50 });
  });

  it('leaves an unmirrored preview alone', () => {
    expect(toPreviewPoint({ x: 100, y: 50 }, 640, false)).toEqual({ x: 100, y: 50 });
  });
});

describe('screenSideOf', () => {
  it('shows the left leg on the screen left in a mirrored (selfie) preview, like a mirror', () => {
    expect(screenSideOf('left', true)).toBe('screen-left');
    expect(screenSideOf('left', false)).toBe('screen-right');
  });
});

describe('left and right in results', () => {
  const spec = { reps: 5, fps: 15, peakFppaDegrees: { left: 14, right: 3 }, thighRatioAtBottom: 0.85 };

  it('are the person’s own sides for camera frames as the model gets them (never flipped)', () => {
    const report = analyzeTrial(syntheticSquatFrames(spec), {
      test: 'squat',
      side: 'both',
      mirrored: MODEL_INPUT_MIRRORED,
    });
    const { left, right } = medians(report);
    expect(left).toBeCloseTo(14, 0);
    expect(right).toBeCloseTo(3, 0);
  });

  it('stay the same for a mirrored frame once the mirror is declared', () => {
    const straight = analyzeTrial(syntheticSquatFrames(spec), {
      test: 'squat',
      side: 'both',
      mirrored: false,
    });
    const flipped = analyzeTrial(syntheticSquatFrames({ ...spec, mirrored: true }), {
      test: 'squat',
      side: 'both',
      mirrored: true,
    });
    expect(medians(flipped).left).toBeCloseTo(medians(straight).left ?? Number.NaN, 6);
    expect(medians(flipped).right).toBeCloseTo(medians(straight).right ?? Number.NaN, 6);
  });

  it('would swap the legs if a mirrored frame were read as unmirrored (why the flag matters)', () => {
    const wrong = analyzeTrial(syntheticSquatFrames({ ...spec, mirrored: true }), {
      test: 'squat',
      side: 'both',
      mirrored: false,
    });
    expect(medians(wrong).left).toBeCloseTo(3, 0);
  });
});
