import { describe, expect, it } from 'vitest';
import { oneEuroFilter } from './one-euro.js';

const params = { minCutoffHz: 1, beta: 0, derivativeCutoffHz: 1 };
const at30fps = (values: readonly number[]) => values.map((value, i) => ({ timeMs: (i * 1000) / 30, value }));

describe(oneEuroFilter.name, () => {
  it('leaves a still keypoint where it is', () => {
    expect(oneEuroFilter(at30fps([5, 5, 5, 5]), params)).toEqual([5, 5, 5, 5]);
  });

  it('calms jitter on a keypoint that holds still', () => {
    const jitter = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    const filtered = oneEuroFilter(at30fps(jitter), params).slice(10);
    expect(Math.max(...filtered.map(Math.abs))).toBeLessThan(0.3);
  });

  it('follows a fast movement more closely when beta is higher', () => {
    const ramp = at30fps(Array.from({ length: 30 }, (_, i) => i * 10));
    const slow = oneEuroFilter(ramp, params).at(-1) ?? 0;
    const quick = oneEuroFilter(ramp, { ...params, beta: 1 }).at(-1) ?? 0;
    expect(290 - quick).toBeLessThan(290 - slow);
    expect(290 - quick).toBeLessThan(5);
  });
});
