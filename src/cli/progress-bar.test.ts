import { describe, expect, it } from 'vitest';
import { renderProgressBar } from './progress-bar.js';

describe('renderProgressBar', () => {
  it('fills the bar in proportion to the work done', () => {
    expect(renderProgressBar(0.5, 10)).toBe('[#####.....]  50%');
  });

  it('never runs past full or below empty', () => {
    expect(renderProgressBar(1.7, 4)).toBe('[####] 100%');
    expect(renderProgressBar(Number.NaN, 4)).toBe('[....]   0%');
  });
});
