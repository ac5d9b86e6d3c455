import { describe, expect, it } from 'vitest';
import { segmentRepetitions } from './segment-repetitions.js';

const thresholds = { enterDepth: 0.15, exitDepth: 0.05 };

describe(segmentRepetitions.name, () => {
  it('finds each squat from standing to the bottom and back', () => {
    const depths = [0, 0.02, 0.2, 0.4, 0.3, 0.1, 0.01, 0, 0.03, 0.25, 0.45, 0.2, 0.02];
    expect(segmentRepetitions(depths, thresholds)).toEqual([
      { start: 1, bottom: 3, end: 6, cutOffAtStart: false, cutOffAtEnd: false, bottomReached: true },
      { start: 8, bottom: 10, end: 12, cutOffAtStart: false, cutOffAtEnd: false, bottomReached: true },
    ]);
  });

  it('does not split a rep when depth wobbles between the two thresholds', () => {
    const depths = [0, 0.3, 0.12, 0.16, 0.08, 0.3, 0];
    expect(segmentRepetitions(depths, thresholds)).toHaveLength(1);
  });

  it('ignores a dip that never gets deep enough', () => {
    expect(segmentRepetitions([0, 0.1, 0.14, 0.1, 0], thresholds)).toEqual([]);
  });

  it('flags a rep the clip cut off while the person was rising', () => {
    const [rep] = segmentRepetitions([0, 0.3, 0.5, 0.3], thresholds);
    expect(rep).toMatchObject({ bottom: 2, end: 3, cutOffAtEnd: true, bottomReached: true });
  });

  it('does not trust a bottom the clip cut off on the way down', () => {
    const [rep] = segmentRepetitions([0, 0.3, 0.5], thresholds);
    expect(rep).toMatchObject({ cutOffAtEnd: true, bottomReached: false });
  });

  it('flags a rep that was already under way when the clip began', () => {
    const [rep] = segmentRepetitions([0.3, 0.4, 0.1, 0], thresholds);
    expect(rep).toMatchObject({ start: 0, cutOffAtStart: true });
  });

  it('skips frames where the hips or ankles were not seen', () => {
    const [rep] = segmentRepetitions([0, null, 0.3, null, 0.5, 0.2, 0], thresholds);
    expect(rep).toMatchObject({ start: 0, bottom: 4, end: 6 });
  });
});
