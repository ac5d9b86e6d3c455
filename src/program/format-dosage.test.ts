import { describe, expect, it } from 'vitest';
import { formatDosage } from './format-dosage.js';

describe('formatDosage', () => {
  it('reads sets and reps for each side', () => {
    expect(formatDosage({ sets: 2, reps: 10, perSide: true })).toBe('2 x 10 reps, each side');
  });

  it('reads a stretch hold', () => {
    expect(formatDosage({ holdSeconds: 30, perSide: true })).toBe('hold 30 s, each side');
  });

  it('reads timed work in minutes', () => {
    expect(formatDosage({ sets: 2, durationSeconds: 60, perSide: true })).toBe('2 x 1 min, each side');
    expect(formatDosage({ durationSeconds: 120, perSide: false })).toBe('2 min');
  });

  it('reads reps with a hold and where the range goes', () => {
    expect(formatDosage({ reps: 20, holdSeconds: 3, perSide: true, progressTo: { holdSeconds: 5 } })).toBe(
      '20 reps, hold 3 s each, each side (building to 5 s holds)',
    );
  });

  it('says "as described" when the seed gives no numbers', () => {
    expect(formatDosage({ perSide: true, note: 'Seed 002 gives no sets.' })).toBe('as described, each side');
  });
});
