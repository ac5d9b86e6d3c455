import { describe, expect, it } from 'vitest';
import { estimateIntermalleolarCm } from './ankle-gap.js';

const alignment = (knees: number, ankles: number) => ({
  kneeSeparationPerLegLength: knees,
  ankleSeparationPerLegLength: ankles,
});

describe('estimateIntermalleolarCm', () => {
  it('estimates the ankle gap of a 170 cm person with knees touching', () => {
    // Leg ≈ 0.491 × 170 = 83.5 cm; knee centres 0.115 × 83.5 ≈ 9.6 cm (touching);
    // ankle centres 0.2 × 83.5 ≈ 16.7 cm, less an ankle width of 6.8 cm ≈ 9.9 → 10 cm.
    const estimate = estimateIntermalleolarCm(alignment(0.115, 0.2), 170);
    expect(estimate).toEqual({ kind: 'estimate', cm: 10 });
  });

  it('gives 0, not a negative gap, when the ankles touch', () => {
    expect(estimateIntermalleolarCm(alignment(0.115, 0.07), 170)).toEqual({ kind: 'estimate', cm: 0 });
  });

  it('refuses an estimate when the knees are apart (the test needs them touching)', () => {
    expect(estimateIntermalleolarCm(alignment(0.3, 0.3), 170).kind).toBe('knees-apart');
  });
});
