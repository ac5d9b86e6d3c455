import { describe, expect, it } from 'vitest';
import { FPPA_NORMS, FPPA_SMALLEST_DETECTABLE_DIFFERENCE, findFppaNorm } from './norms.js';

describe(findFppaNorm.name, () => {
  it('uses the healthy women range for a woman’s single-leg squat (Herrington 2014)', () => {
    const norm = findFppaNorm('single-leg-squat', 'female');
    expect(norm?.source).toBe('Herrington 2014');
    expect(norm?.lowDegrees).toBeCloseTo(3.3, 6);
    expect(norm?.highDegrees).toBeCloseTo(13.5, 6);
  });

  it('falls back to the 6° cut-off when the sex has no range of its own', () => {
    expect(findFppaNorm('single-leg-squat', 'male')?.highDegrees).toBe(6);
    expect(findFppaNorm('single-leg-squat', null)?.highDegrees).toBe(6);
  });

  it('has different drop jump ranges for women and men', () => {
    expect(findFppaNorm('drop-landing', 'female')?.highDegrees).toBe(13);
    expect(findFppaNorm('drop-landing', 'male')?.highDegrees).toBe(8);
    expect(findFppaNorm('drop-landing', null)).toBeNull();
  });

  it('has no FPPA norm for a double-leg squat', () => {
    expect(findFppaNorm('squat', 'female')).toBeNull();
  });
});

describe('FPPA_NORMS', () => {
  it('names a source for every value', () => {
    for (const norm of FPPA_NORMS) {
      expect(norm.source.length, norm.id).toBeGreaterThan(5);
    }
  });

  it('survives a JSON round trip unchanged, so reports can store it', () => {
    expect(JSON.parse(JSON.stringify(FPPA_NORMS))).toEqual(FPPA_NORMS);
  });
});

describe('FPPA_SMALLEST_DETECTABLE_DIFFERENCE', () => {
  it('treats changes under about 8° between sessions as noise (Munro 2012)', () => {
    expect(FPPA_SMALLEST_DETECTABLE_DIFFERENCE.degrees).toBe(8);
  });
});
