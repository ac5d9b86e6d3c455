import { describe, expect, it } from 'vitest';
import { modelFor } from './camera-models.js';

describe('modelFor', () => {
  it('runs Lightning for live feedback and Thunder for a measured test', () => {
    expect(modelFor('live')).toBe('lightning');
    expect(modelFor('single-leg-squat')).toBe('thunder');
  });

  it('falls back to Lightning on a device too slow for Thunder', () => {
    expect(modelFor('squat', true)).toBe('lightning');
  });
});
