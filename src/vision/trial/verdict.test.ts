import { describe, expect, it } from 'vitest';
import { degrees } from '../../units.js';
import type { VerdictInput } from './verdict.js';
import { judgeFppa } from './verdict.js';

const base: VerdictInput = {
  test: 'single-leg-squat',
  sex: 'female',
  medianPeakFppaDegrees: degrees(9),
  repCount: 5,
  minReps: 3,
  unmeasuredReason: 'thigh-foreshortened',
  quality: [],
};

describe(judgeFppa.name, () => {
  it('says within the healthy range for a woman at 9° in a single-leg squat', () => {
    expect(judgeFppa(base).kind).toBe('within-healthy-range');
  });

  it('says above the healthy range at 17°, the patellofemoral pain mean', () => {
    const verdict = judgeFppa({ ...base, medianPeakFppaDegrees: degrees(17) });
    expect(verdict).toMatchObject({ kind: 'above-healthy-range', norm: { source: 'Herrington 2014' } });
  });

  it('asks for the sex when the norms differ between women and men', () => {
    const verdict = judgeFppa({ ...base, test: 'drop-landing', sex: null });
    expect(verdict).toEqual({ kind: 'no-verdict', reason: { kind: 'sex-needed', test: 'drop-landing' } });
  });

  it('gives no verdict on too few reps', () => {
    expect(judgeFppa({ ...base, repCount: 2 })).toEqual({
      kind: 'no-verdict',
      reason: { kind: 'too-few-reps', found: 2, needed: 3 },
    });
  });

  it('says why when no bottom could be measured', () => {
    expect(judgeFppa({ ...base, medianPeakFppaDegrees: null })).toEqual({
      kind: 'no-verdict',
      reason: { kind: 'fppa-not-measured', reason: 'thigh-foreshortened' },
    });
  });

  it('gives no verdict on a recording that failed a quality gate', () => {
    const verdict = judgeFppa({
      ...base,
      quality: [{ kind: 'not-facing-camera', turnedShare: 0.9, maximum: 0.5 }],
    });
    expect(verdict).toEqual({
      kind: 'no-verdict',
      reason: { kind: 'recording-quality', issues: ['not-facing-camera'] },
    });
  });

  it('judges a lateral step-down against the 10° valgus line', () => {
    expect(judgeFppa({ ...base, test: 'step-down', medianPeakFppaDegrees: degrees(11) }).kind).toBe(
      'above-healthy-range',
    );
    expect(judgeFppa({ ...base, test: 'step-down', medianPeakFppaDegrees: degrees(-3) }).kind).toBe(
      'within-healthy-range',
    );
  });

  it('keeps both ends of a healthy range inside it: drop landing, women 7-13° (Herrington & Munro 2010)', () => {
    const landing = (fppa: number) =>
      judgeFppa({ ...base, test: 'drop-landing', medianPeakFppaDegrees: degrees(fppa) }).kind;
    expect(landing(6.9)).toBe('below-healthy-range');
    expect(landing(7)).toBe('within-healthy-range');
    expect(landing(13)).toBe('within-healthy-range');
    expect(landing(13.1)).toBe('above-healthy-range');
  });
});
