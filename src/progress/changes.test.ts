import { describe, expect, it } from 'vitest';
import { fppaChange, kneeToWallChange } from './changes.js';

const points = (...values: number[]) => values.map((value, i) => ({ date: `2026-01-${10 + i}`, value }));

describe('fppaChange', () => {
  it('a 5° FPPA improvement is reported as within measurement noise', () => {
    const change = fppaChange(points(16, 11), 'left', 'single-leg-squat');
    expect(change).toMatchObject({ verdict: 'within-noise', change: -5 });
    expect(change.message).toContain('within measurement noise');
  });

  it('a 9° drop in FPPA is reported as the knee caving in less', () => {
    const change = fppaChange(points(17, 12, 8), 'right', 'single-leg-squat');
    expect(change).toMatchObject({ verdict: 'improved', first: 17, latest: 8 });
    expect(change.message).toBe(
      'Right knee caves in 9° less in the single-leg squat (17° to 8°), more than measurement noise.',
    );
  });

  it('an 8° rise in FPPA is reported as the knee caving in more', () => {
    expect(fppaChange(points(6, 14), 'left', 'step-down').verdict).toBe('worse');
  });

  it('a single measurement asks for another before judging', () => {
    expect(fppaChange(points(12), 'left', null).verdict).toBe('not-enough-data');
  });
});

describe('kneeToWallChange', () => {
  it('a toe more than 10 cm from the wall has reached the target', () => {
    expect(kneeToWallChange(points(7, 10.5), 'left')).toMatchObject({
      verdict: 'reached-target',
      change: 3.5,
    });
  });

  it('exactly 10 cm has not yet passed the target', () => {
    expect(kneeToWallChange(points(9, 10), 'left').verdict).toBe('within-noise');
  });

  it('a 1 cm gain is within measurement noise, a 2 cm gain is progress', () => {
    expect(kneeToWallChange(points(6, 7), 'right').verdict).toBe('within-noise');
    expect(kneeToWallChange(points(6, 8), 'right').verdict).toBe('improved');
  });
});
