import { describe, expect, it } from 'vitest';
import { degrees } from '../../units.js';
import type { StaticAlignment } from '../trial/types.js';
import { standingLeg } from '../trial/standing-stance.js';
import { kneePosition, kneePositions } from './standing-estimate.js';

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
