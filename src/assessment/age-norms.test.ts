import { describe, expect, it } from 'vitest';
import { findDrivers } from './find-drivers.js';
import { sampleInput } from './sample-input.js';
import type { Tests } from './self-test-results.js';
import type { Findings } from './types.js';

const has = (findings: Findings, driver: string): boolean =>
  findings.drivers.some((f) => f.driver === driver);
const balance = (seconds: number): Tests => ({ singleLegBalance: { left: { seconds, kneeCaved: false } } });

describe('findDrivers with age-aware norms', () => {
  it('reads a 20 s one-leg stance as weak hips at 35, not at 75 (about 15 s at 70+, recalled from Springer 2007)', () => {
    expect(has(findDrivers(sampleInput({ ageYears: 35 }, balance(20))), 'hip-abductor-weakness')).toBe(true);
    expect(
      has(
        findDrivers(sampleInput({ ageGroup: 'older-adult', ageYears: 75 }, balance(20))),
        'hip-abductor-weakness',
      ),
    ).toBe(false);
    expect(
      has(
        findDrivers(sampleInput({ ageGroup: 'older-adult', ageYears: 75 }, balance(10))),
        'hip-abductor-weakness',
      ),
    ).toBe(true);
  });

  it('uses about 27 s in the sixties, and the older-adult figure when only the age group is known', () => {
    expect(has(findDrivers(sampleInput({ ageYears: 62 }, balance(28))), 'hip-abductor-weakness')).toBe(false);
    expect(has(findDrivers(sampleInput({ ageYears: 62 }, balance(25))), 'hip-abductor-weakness')).toBe(true);
    expect(
      has(findDrivers(sampleInput({ ageGroup: 'older-adult' }, balance(20))), 'hip-abductor-weakness'),
    ).toBe(false);
  });

  it('reads fewer than 30 straight-leg raises as weak quads for an adult only, not a child or an older adult', () => {
    const raises: Tests = { straightLegRaise: { left: { reps: 20 } } };
    expect(has(findDrivers(sampleInput({}, raises)), 'quadriceps-weakness')).toBe(true);
    expect(has(findDrivers(sampleInput({ ageGroup: 'older-adult' }, raises)), 'quadriceps-weakness')).toBe(
      false,
    );
    expect(
      has(findDrivers(sampleInput({ ageGroup: 'child', childAgeYears: 10 }, raises)), 'quadriceps-weakness'),
    ).toBe(false);
  });

  it('calls knee position sense off only beyond the 8.9° top of the angle’s own noise', () => {
    const sense = (errorDegrees: number): Tests => ({ kneePositionSense: { left: { errorDegrees } } });
    expect(has(findDrivers(sampleInput({}, sense(8))), 'knee-position-sense')).toBe(false);
    expect(has(findDrivers(sampleInput({}, sense(9.5))), 'knee-position-sense')).toBe(true);
  });
});
