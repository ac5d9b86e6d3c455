import { describe, expect, it } from 'vitest';
import { degrees } from '../../units.js';
import type { StaticAlignment } from '../trial/types.js';
import { standingLeg } from '../trial/standing-stance.js';
import { estimateIntermalleolarCm, kneePosition, kneePositions } from './standing-estimate.js';

const alignment = (knees: number, ankles: number, left: number | null = 0, right: number | null = 0) =>
  ({
    kneeSeparationPerLegLength: knees,
    ankleSeparationPerLegLength: ankles,
    kasr: knees / ankles,
    fppaDegrees: {
      left: left === null ? null : degrees(left),
      right: right === null ? null : degrees(right),
    },
    legs: { left: standingLeg(left), right: standingLeg(right) },
    ankleGapCm: null,
  }) satisfies StaticAlignment;

describe('kneePosition', () => {
  it('calls a knee beyond 4° valgus "in", beyond 6.2° varus "out", else in line (standing-stance rules)', () => {
    expect(kneePosition(4.1)).toBe('in');
    expect(kneePosition(4)).toBe('in-line');
    expect(kneePosition(0)).toBe('in-line');
    expect(kneePosition(-6.2)).toBe('in-line');
    expect(kneePosition(-6.3)).toBe('out');
    expect(kneePosition(null)).toBeNull();
  });

  it('keeps each leg its own answer', () => {
    expect(kneePositions(alignment(0.1, 0.3, 6, null))).toEqual({ left: 'in' });
  });
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
