import { describe, expect, it } from 'vitest';
import { mean, median, quantile } from './stats.js';

describe(median.name, () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe(mean.name, () => {
  it('averages, and has no answer for nothing', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNull();
  });
});

describe(quantile.name, () => {
  it('picks the value at the share of the sorted list', () => {
    expect(quantile([50, 10, 40, 20, 30], 0.9)).toBe(50);
    expect(quantile([50, 10, 40, 20, 30], 0)).toBe(10);
  });
});
