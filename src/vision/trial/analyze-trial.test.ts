import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { milliseconds, pixels } from '../../units.js';
import { hasSystemPart } from '../../testing/system-parts.js';
import { fromBlazePose33 } from '../geometry/blazepose.js';
import type { PoseFrame } from '../geometry/types.js';
import { fixtures, fixturesDir } from '../pose/system-parts.js';
import { analyzeTrial } from './analyze-trial.js';
import type { SyntheticSquat } from './synthetic-frames.js';
import { mirrorFrame, syntheticSquatFrames } from './synthetic-frames.js';

const fiveSquats: SyntheticSquat = {
  reps: 5,
  fps: 30,
  peakFppaDegrees: { left: 18, right: 4 },
  thighRatioAtBottom: 0.8,
};

describe(analyzeTrial.name, () => {
  it('finds five single-leg squats and the valgus at each bottom', () => {
    const report = analyzeTrial(syntheticSquatFrames(fiveSquats), {
      test: 'single-leg-squat',
      side: 'left',
      sex: 'female',
      mirrored: false,
    });
    expect(report.repetitions).toHaveLength(5);
    const [left] = report.sides;
    expect(left?.medianPeakFppaDegrees).toBeGreaterThan(16);
    expect(left?.medianPeakFppaDegrees).toBeLessThan(19);
    expect(left?.verdict.kind).toBe('above-healthy-range');
  });

  it('reads a mild knee as within the healthy range for women', () => {
    const frames = syntheticSquatFrames({ ...fiveSquats, peakFppaDegrees: { left: 8, right: null } });
    const report = analyzeTrial(frames, {
      test: 'single-leg-squat',
      side: 'left',
      sex: 'female',
      mirrored: false,
    });
    expect(report.sides[0]?.verdict.kind).toBe('within-healthy-range');
  });

  it('gives the same answer for a mirrored video when told it is mirrored', () => {
    const options = { test: 'single-leg-squat', side: 'both', sex: 'female', mirrored: false } as const;
    const plain = analyzeTrial(syntheticSquatFrames(fiveSquats), options);
    const mirrored = analyzeTrial(syntheticSquatFrames({ ...fiveSquats, mirrored: true }), {
      ...options,
      mirrored: true,
    });
    expect(mirrored.sides.map((s) => s.medianPeakFppaDegrees)).toEqual(
      plain.sides.map((s) => s.medianPeakFppaDegrees),
    );
    expect(mirrored.sides[0]?.medianPeakFppaDegrees).toBeGreaterThan(16);
  });

  it('measures the asymmetry between the legs', () => {
    const report = analyzeTrial(syntheticSquatFrames(fiveSquats), {
      test: 'single-leg-squat',
      side: 'both',
      sex: 'female',
      mirrored: false,
    });
    expect(report.asymmetryDegrees).toBeGreaterThan(12);
    expect(report.asymmetryDegrees).toBeLessThan(15);
  });

  it('refuses to read FPPA at a bottom where the thigh points at the camera', () => {
    const frames = syntheticSquatFrames({ ...fiveSquats, thighRatioAtBottom: 0.5 });
    const report = analyzeTrial(frames, {
      test: 'single-leg-squat',
      side: 'left',
      sex: 'female',
      mirrored: false,
    });
    expect(report.repetitions[0]?.knees[0]?.atBottom).toMatchObject({
      kind: 'not-measured',
      reason: 'thigh-foreshortened',
    });
    expect(report.sides[0]?.verdict).toEqual({
      kind: 'no-verdict',
      reason: { kind: 'fppa-not-measured', reason: 'thigh-foreshortened' },
    });
  });

  it('flags the last rep when the clip ends before the person stands up', () => {
    const frames = syntheticSquatFrames({ ...fiveSquats, reps: 2, dropLastFrames: 25 });
    const report = analyzeTrial(frames, { test: 'single-leg-squat', side: 'left', mirrored: false });
    expect(report.repetitions.map((rep) => rep.cutOffAtEnd)).toEqual([false, true]);
  });

  it('says too few reps for a verdict after two squats', () => {
    const frames = syntheticSquatFrames({ ...fiveSquats, reps: 2 });
    const report = analyzeTrial(frames, {
      test: 'single-leg-squat',
      side: 'left',
      sex: 'female',
      mirrored: false,
    });
    expect(report.quality).toContainEqual({ kind: 'too-few-reps', found: 2, needed: 3 });
    expect(report.sides[0]?.verdict).toMatchObject({ kind: 'no-verdict', reason: { kind: 'too-few-reps' } });
  });

  it('reports no person when the frames are empty', () => {
    const frames = syntheticSquatFrames(fiveSquats).map((frame) => ({ ...frame, keypoints: {} }));
    const report = analyzeTrial(frames, { test: 'squat', side: 'both', mirrored: false });
    expect(report.quality).toEqual([{ kind: 'no-person', framesWithPerson: 0, frameCount: frames.length }]);
  });

  it('says the person is not facing the camera when seen side-on', () => {
    const sideOn = syntheticSquatFrames(fiveSquats).map((frame) => squeezeX(frame, 0.1));
    const report = analyzeTrial(sideOn, {
      test: 'single-leg-squat',
      side: 'left',
      sex: 'female',
      mirrored: false,
    });
    expect(report.quality.map((issue) => issue.kind)).toContain('not-facing-camera');
    expect(report.sides[0]?.verdict).toMatchObject({
      kind: 'no-verdict',
      reason: { kind: 'recording-quality' },
    });
  });

  it('says the legs are out of view when the ankles are mostly missing', () => {
    const frames = syntheticSquatFrames(fiveSquats).map((frame) => {
      const { left_ankle: _, ...keypoints } = frame.keypoints;
      return frame.index % 10 === 0 ? frame : { ...frame, keypoints };
    });
    const report = analyzeTrial(frames, {
      test: 'single-leg-squat',
      side: 'left',
      sex: 'female',
      mirrored: false,
    });
    expect(report.quality).toContainEqual(
      expect.objectContaining({ kind: 'legs-out-of-view', side: 'left' }),
    );
  });

  it('says the model was unsure when leg confidence is low', () => {
    const frames = syntheticSquatFrames({ ...fiveSquats, score: 0.4 });
    const report = analyzeTrial(frames, {
      test: 'single-leg-squat',
      side: 'left',
      sex: 'female',
      mirrored: false,
    });
    const issue = report.quality.find((q) => q.kind === 'low-confidence');
    expect(issue).toMatchObject({ kind: 'low-confidence', meanScore: expect.closeTo(0.4, 6) as unknown });
  });

  it('says the view is oblique when both knees keep shifting the same way in a squat', () => {
    const turned = syntheticSquatFrames({ ...fiveSquats, peakFppaDegrees: { left: 15, right: -15 } });
    const report = analyzeTrial(turned, { test: 'squat', side: 'both', mirrored: false });
    expect(report.quality.map((issue) => issue.kind)).toContain('oblique-view');
  });

  it('does not call caving knees an oblique view', () => {
    const caving = syntheticSquatFrames({ ...fiveSquats, peakFppaDegrees: { left: 15, right: 15 } });
    const report = analyzeTrial(caving, { test: 'squat', side: 'both', mirrored: false });
    expect(report.quality).toEqual([]);
    expect(report.repetitions[0]?.knees[0]?.atBottom.kind).toBe('measured');
  });

  it('repairs and reports legs the model swapped', () => {
    const frames = syntheticSquatFrames(fiveSquats).map((frame) =>
      frame.index % 5 === 2 ? swapLegLabels(frame) : frame,
    );
    const report = analyzeTrial(frames, {
      test: 'single-leg-squat',
      side: 'left',
      sex: 'female',
      mirrored: false,
    });
    expect(report.legSwaps.length).toBeGreaterThan(0);
    expect(report.quality.map((issue) => issue.kind)).toContain('leg-swaps');
    expect(report.repetitions).toHaveLength(5);
  });

  it('survives a JSON round trip unchanged', () => {
    const report = analyzeTrial(syntheticSquatFrames(fiveSquats), {
      test: 'squat',
      side: 'both',
      mirrored: false,
    });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('refuses frames whose timestamps run backwards', () => {
    const frames = syntheticSquatFrames(fiveSquats);
    const shuffled = [frames[1], frames[0]].filter((frame) => frame !== undefined);
    expect(() => analyzeTrial(shuffled, { test: 'squat', side: 'both', mirrored: false })).toThrow(
      DomainError,
    );
  });

  it('measures standing alignment for the standing test', () => {
    const frames = syntheticSquatFrames({ ...fiveSquats, reps: 0 }).concat(standingFrames(10));
    const report = analyzeTrial(frames, { test: 'standing', side: 'both', mirrored: false });
    expect(report.repetitions).toEqual([]);
    expect(report.staticAlignment?.kasr).toBeCloseTo(1, 6);
  });
});

const reference = hasSystemPart(fixtures)
  ? fromBlazePose33(JSON.parse(readFileSync(join(fixturesDir, 'pose_squats.full.json'), 'utf8')), {
      width: 720,
      height: 1280,
      fps: 5,
    })
  : [];

describe.runIf(reference.length > 0)(
  `${analyzeTrial.name} on the reference squat clip (fixtures/README.md)`,
  () => {
    const report = analyzeTrial(reference, { test: 'squat', side: 'both', mirrored: false });

    it('finds bottoms at about frames 10, 33 and 59', () => {
      const bottoms = report.repetitions.map((rep) => rep.bottomFrame);
      expect(bottoms).toHaveLength(3);
      [10, 33, 59].forEach((expected, i) =>
        expect(Math.abs((bottoms[i] ?? -99) - expected)).toBeLessThanOrEqual(1),
      );
    });

    it('counts two complete reps and a third cut off by the end of the clip', () => {
      expect(report.repetitions.map((rep) => rep.cutOffAtEnd)).toEqual([false, false, true]);
      expect(report.repetitions[2]?.bottomReached).toBe(true);
    });

    it('sees the knees wider than the ankles at every bottom (KASR about 1.1: no dynamic valgus)', () => {
      for (const rep of report.repetitions) {
        expect(rep.kasrAtBottom).toBeGreaterThan(1.05);
        expect(rep.kasrAtBottom).toBeLessThan(1.3);
      }
    });

    it('does not report the foreshortened bottoms of this oblique deep squat as valgus', () => {
      for (const knee of report.repetitions.flatMap((rep) => rep.knees)) {
        expect(knee.atBottom).toMatchObject({ kind: 'not-measured', reason: 'thigh-foreshortened' });
      }
      expect(report.sides.map((side) => side.medianPeakFppaDegrees)).toEqual([null, null]);
    });

    it('never reports an FPPA anywhere near the naive 80-90° of valgus', () => {
      for (const knee of report.repetitions.flatMap((rep) => rep.knees)) {
        expect(Math.abs(knee.maxInRep?.fppaDegrees ?? 0)).toBeLessThan(20);
      }
    });

    it('finds the same bottoms when the same clip is mirrored', () => {
      const mirrored = analyzeTrial(reference.map(mirrorFrame), {
        test: 'squat',
        side: 'both',
        mirrored: true,
      });
      expect(mirrored.repetitions.map((rep) => rep.bottomFrame)).toEqual(
        report.repetitions.map((rep) => rep.bottomFrame),
      );
    });

    it('says the view is oblique (the clip is filmed turned 20-30°) and passes every other gate', () => {
      expect(report.quality.map((issue) => issue.kind)).toEqual(['oblique-view']);
    });
  },
);

/** The frame as seen from further to the side: x squeezed towards the middle. */
function squeezeX(frame: PoseFrame, share: number): PoseFrame {
  const middle = frame.width / 2;
  const keypoints = Object.fromEntries(
    Object.entries(frame.keypoints).map(([name, p]) => [
      name,
      { ...p, x: pixels(middle + (p.x - middle) * share) },
    ]),
  );
  return { ...frame, keypoints };
}

function swapLegLabels(frame: PoseFrame): PoseFrame {
  const k = frame.keypoints;
  const keypoints = {
    ...k,
    left_knee: k.right_knee,
    right_knee: k.left_knee,
    left_ankle: k.right_ankle,
    right_ankle: k.left_ankle,
  };
  return {
    ...frame,
    keypoints: Object.fromEntries(Object.entries(keypoints).filter(([, p]) => p !== undefined)),
  };
}

/** Standing still with knees and ankles equally far apart. */
function standingFrames(count: number): PoseFrame[] {
  return syntheticSquatFrames({ ...fiveSquats, reps: 1 })
    .slice(0, count)
    .map((frame, i) => ({ ...frame, index: 100 + i, timeMs: milliseconds(10_000 + i * 33) }));
}
