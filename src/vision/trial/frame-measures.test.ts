import { describe, expect, it } from 'vitest';
import { pixels } from '../../units.js';
import { measureFrame } from './frame-measures.js';
import type { StandingReference } from './standing-reference.js';
import { syntheticSquatFrames } from './synthetic-frames.js';

const reference: StandingReference = {
  hipHeight: pixels(400),
  legLength: pixels(400),
  thigh: { left: pixels(200), right: pixels(200) },
  shank: { left: pixels(200), right: pixels(200) },
};

/** The bottom frame of one constructed squat (30 fps: standing 0.5 s, bottom 1 s later). */
function bottomOf(left: number, right: number, thighRatioAtBottom = 0.8) {
  const frames = syntheticSquatFrames({
    reps: 1,
    fps: 30,
    peakFppaDegrees: { left, right },
    thighRatioAtBottom,
  });
  const bottom = frames[45];
  if (bottom === undefined) {
    throw new Error('the constructed clip is too short');
  }
  return bottom;
}

const doubleLeg = { mirrored: false, ankleSide: 'both', doubleLeg: true } as const;

describe(measureFrame.name, () => {
  it('measures both knees caving in during a double-leg squat', () => {
    const { fppa } = measureFrame(bottomOf(15, 12), reference, doubleLeg);
    expect(fppa.left).toMatchObject({ kind: 'measured', fppaDegrees: expect.closeTo(15, 6) as unknown });
    expect(fppa.right).toMatchObject({ kind: 'measured', fppaDegrees: expect.closeTo(12, 6) as unknown });
  });

  it('refuses both knees when they shift the same way (a turned body, not valgus)', () => {
    const { fppa } = measureFrame(bottomOf(15, -15), reference, doubleLeg);
    expect(fppa.left).toMatchObject({ kind: 'not-measured', reason: 'oblique-view' });
    expect(fppa.right).toMatchObject({ kind: 'not-measured', reason: 'oblique-view' });
  });

  it('keeps a single-leg reading even when the free leg points the other way', () => {
    const { fppa } = measureFrame(bottomOf(15, -15), reference, { ...doubleLeg, doubleLeg: false });
    expect(fppa.left.kind).toBe('measured');
  });

  it('refuses a knee whose thigh shows less than 70% of its standing length', () => {
    const { fppa } = measureFrame(bottomOf(15, 12, 0.6), reference, doubleLeg);
    expect(fppa.left).toMatchObject({
      kind: 'not-measured',
      reason: 'thigh-foreshortened',
      thighLengthRatio: expect.closeTo(0.6, 6) as unknown,
    });
  });

  it('gives a knee flexion proxy from how much thigh and shank shrink', () => {
    const { kneeFlexion } = measureFrame(bottomOf(0, 0, 0.5), reference, doubleLeg);
    // Thigh at 0.5 of its standing length (acos 0.5 = 60°), shank at 0.85 (acos 0.85 ≈ 31.8°).
    expect(kneeFlexion.left).toBeCloseTo(60 + (Math.acos(0.85) * 180) / Math.PI, 6);
  });

  it('reads depth as the share of standing hip height lost', () => {
    const { depth } = measureFrame(bottomOf(0, 0), reference, doubleLeg);
    // Shank 200 → 170 px and thigh 200 → 160 px at the bottom: hips 330 px above the ankles.
    expect(depth).toBeCloseTo(1 - 330 / 400, 6);
  });
});
