import { describe, expect, it } from 'vitest';
import { analyzeTrial } from './analyze-trial.js';
import { formatTrialReport } from './format-trial-report.js';
import { syntheticSquatFrames } from './synthetic-frames.js';

const frames = syntheticSquatFrames({
  reps: 3,
  fps: 30,
  peakFppaDegrees: { left: 18, right: 4 },
  thighRatioAtBottom: 0.8,
});

describe(formatTrialReport.name, () => {
  const text = formatTrialReport(
    analyzeTrial(frames, { test: 'single-leg-squat', side: 'both', sex: 'female', mirrored: false }),
  );

  it('counts left/right swaps only when there were any', () => {
    const report = analyzeTrial(frames, {
      test: 'single-leg-squat',
      side: 'both',
      sex: 'female',
      mirrored: false,
    });
    expect(formatTrialReport({ ...report, legSwaps: [] })).not.toMatch(/left\/right swaps/);
    const swaps = [
      { frame: 3, joint: 'knee', action: 'fixed' as const, reason: 'labels crossed' },
      { frame: 9, joint: 'ankle', action: 'rejected' as const, reason: 'too far' },
    ];
    expect(formatTrialReport({ ...report, legSwaps: swaps })).toContain(
      'left/right swaps: 1 fixed, 1 rejected',
    );
  });

  it('lists every rep with its start, bottom and end frames', () => {
    expect(text).toMatch(/^\s+1\s+\d+\s+\d+\s+\d+/m);
    expect(text).toMatch(/^\s+3\s+\d+\s+\d+\s+\d+/m);
  });

  it('shows the valgus at the bottom with its sign and frame', () => {
    expect(text).toMatch(/\+1[78]\.\d° valgus \(frame \d+\)/);
  });

  it('gives each leg a verdict that names its source', () => {
    expect(text).toMatch(/left .*above the healthy range .*Herrington 2014/);
    expect(text).toMatch(/right .*within the healthy range/);
  });

  it('always carries the caution that FPPA is not an injury forecast', () => {
    expect(text).toContain('not an injury forecast');
  });

  it('says why there is no verdict and how to fix the recording', () => {
    const empty = formatTrialReport(analyzeTrial([], { test: 'squat', side: 'both', mirrored: false }));
    expect(empty).toContain('No person found');
    expect(empty).toContain('no verdict');
  });
});

describe(`${formatTrialReport.name} for a double-leg squat`, () => {
  it('says in words whether the knees stayed wider than the ankles', () => {
    const squats = syntheticSquatFrames({
      reps: 3,
      fps: 30,
      peakFppaDegrees: { left: 0, right: 0 },
      thighRatioAtBottom: 0.8,
    });
    const text = formatTrialReport(analyzeTrial(squats, { test: 'squat', side: 'both', mirrored: false }));
    expect(text).toContain(
      'KASR at the bottoms 1.00-1.00: the knees stayed at least as far apart as the ankles',
    );
  });
});
