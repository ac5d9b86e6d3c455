import { describe, expect, it } from 'vitest';
import { degrees } from '../../units.js';
import { leftValgusSquatFrames, syntheticSquatFrames } from '../trial/synthetic-frames.js';
import { analyzeTrial } from '../trial/analyze-trial.js';
import {
  cameraSquatEntry,
  compactFrames,
  draftUpdates,
  measureTrial,
  repPeaks,
  snapshotPeak,
} from './measure-trial.js';

const squat = syntheticSquatFrames({
  reps: 5,
  fps: 15,
  peakFppaDegrees: { left: 16, right: 4 },
  thighRatioAtBottom: 0.85,
});

describe('measureTrial', () => {
  it('gives the same report as the Node analysis of the same keypoints', () => {
    const browser = measureTrial(squat, { test: 'squat', side: 'both', sex: null });
    const node = analyzeTrial(squat, { test: 'squat', side: 'both', mirrored: false });
    expect(browser).toEqual(node);
  });
});

describe('repPeaks', () => {
  it('lists each rep’s peak FPPA and the frame it happened at, per knee', () => {
    const report = measureTrial(squat, { test: 'squat', side: 'both', sex: null });
    const peaks = repPeaks(report);
    expect(peaks).toHaveLength(10);
    const left = peaks.filter((peak) => peak.side === 'left');
    left.forEach((peak) => expect(peak.fppaDegrees).toBeCloseTo(16, 0));
    expect(new Set(left.map((peak) => peak.frame)).size).toBe(5);
  });
});

describe('snapshotPeak', () => {
  it('picks the frame with the most valgus for the picture', () => {
    const report = measureTrial(squat, { test: 'squat', side: 'both', sex: null });
    expect(snapshotPeak(report)?.side).toBe('left');
  });

  it('pictures the first rep’s bottom when no bottom could be measured', () => {
    const report = measureTrial(squat, { test: 'squat', side: 'both', sex: null });
    const unmeasured = {
      ...report,
      repetitions: report.repetitions.map((rep) => ({
        ...rep,
        knees: rep.knees.map((knee) => ({
          ...knee,
          atBottom: {
            kind: 'not-measured' as const,
            reason: 'thigh-foreshortened' as const,
            frame: knee.atBottom.frame,
            thighLengthRatio: null,
          },
        })),
      })),
    };
    const first = report.repetitions[0]?.knees[0];
    expect(snapshotPeak(unmeasured)).toEqual({
      rep: 1,
      side: first?.side,
      fppaDegrees: null,
      frame: first?.atBottom.frame,
    });
  });

  it('has nothing to picture without repetitions', () => {
    const report = measureTrial(squat.slice(0, 3), { test: 'squat', side: 'both', sex: null });
    expect(snapshotPeak(report)).toBeNull();
  });
});

describe('cameraSquatEntry', () => {
  it('writes the measured FPPA and a valgus verdict for a knee above the healthy range', () => {
    const frames = leftValgusSquatFrames();
    const report = measureTrial(frames, { test: 'single-leg-squat', side: 'left', sex: 'female' });
    const entry = cameraSquatEntry(report, 'left');
    expect(entry?.verdict).toBe('valgus');
    expect(entry?.fppaDegrees).toBeCloseTo(18, 0);
  });

  it('gives nothing for a leg that was not measured', () => {
    const report = measureTrial(squat, { test: 'single-leg-squat', side: 'left', sex: null });
    expect(cameraSquatEntry(report, 'right')).toBeNull();
  });
});

describe('draftUpdates', () => {
  it('writes the measured leg of a single-leg squat and keeps the other leg’s entry', () => {
    const frames = leftValgusSquatFrames();
    const report = measureTrial(frames, { test: 'single-leg-squat', side: 'left', sex: 'female' });
    const updates = draftUpdates(report, { singleLegSquat: { right: { observed: 'holds' } } });
    expect(updates).toHaveLength(1);
    expect(updates[0]?.value).toMatchObject({ right: { observed: 'holds' }, left: { verdict: 'valgus' } });
  });

  it('writes nothing from a recording that failed a quality gate', () => {
    const frames = leftValgusSquatFrames({ score: 0.35 });
    const report = measureTrial(frames, { test: 'single-leg-squat', side: 'left', sex: 'female' });
    expect(report.quality.map((issue) => issue.kind)).toContain('low-confidence');
    expect(draftUpdates(report, {})).toEqual([]);
  });

  it('writes the standing knee test’s position for each knee the stance was read for', () => {
    const squatReport = measureTrial(squat, { test: 'squat', side: 'both', sex: null });
    const report = {
      ...squatReport,
      test: 'standing' as const,
      quality: [],
      staticAlignment: {
        kneeSeparationPerLegLength: 0.1,
        ankleSeparationPerLegLength: 0.2,
        kasr: 0.5,
        fppaDegrees: { left: degrees(9), right: null },
        legs: { left: 'knock-knee' as const, right: null },
        ankleGapCm: null,
      },
    };
    expect(draftUpdates(report, { standingKnee: { right: 'out' } })).toEqual([
      { key: 'standingKnee', value: { right: 'out', left: 'in' } },
    ]);
    expect(draftUpdates({ ...report, staticAlignment: null }, {})).toEqual([]);
    // Only the standing test writes knee positions, even when a squat report carries a stance.
    expect(draftUpdates({ ...report, test: 'squat' as const }, {})).toEqual([]);
  });

  it('writes nothing into the self-tests for a double-leg squat (kept with the measurements)', () => {
    const report = measureTrial(squat, { test: 'squat', side: 'both', sex: null });
    expect(draftUpdates(report, {})).toEqual([]);
  });
});

describe('compactFrames', () => {
  it('keeps a stored recording small and still gives the same repetitions', () => {
    const compact = compactFrames(squat);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(squat).length);
    const before = measureTrial(squat, { test: 'squat', side: 'both', sex: null });
    const after = measureTrial(compact, { test: 'squat', side: 'both', sex: null });
    expect(after.repetitions.map((r) => r.bottomFrame)).toEqual(before.repetitions.map((r) => r.bottomFrame));
  });
});
