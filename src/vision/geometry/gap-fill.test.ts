import { describe, expect, it } from 'vitest';
import { fillShortGaps } from './gap-fill.js';
import { frameOf } from './test-frame.js';

/** Frames at `fps` where the left knee is missing at the given positions. */
function track(fps: number, missing: readonly number[], count = 8) {
  return Array.from({ length: count }, (_, index) =>
    frameOf(missing.includes(index) ? {} : { left_knee: [100 + index * 10, 500, index === 0 ? 0.8 : 0.9] }, {
      index,
      timeMs: (index * 1000) / fps,
    }),
  );
}

describe(fillShortGaps.name, () => {
  it('fills a two-frame gap at 30 fps along a straight line', () => {
    const filled = fillShortGaps(track(30, [2, 3]));
    expect(filled[2]?.keypoints.left_knee?.x).toBeCloseTo(120, 6);
    expect(filled[3]?.keypoints.left_knee?.x).toBeCloseTo(130, 6);
  });

  it('fills a gap of exactly three frames, the most DEFAULT_GAP_LIMITS allows', () => {
    const filled = fillShortGaps(track(30, [2, 3, 4]));
    expect(filled[4]?.keypoints.left_knee?.x).toBeCloseTo(140, 6);
  });

  it('fills a gap spanning exactly 150 ms, and not one spanning a millisecond more', () => {
    const timed = (stepMs: number) =>
      [0, 1, 2].map((index) =>
        frameOf(index === 1 ? {} : { left_knee: [100 + index * 10, 500] }, { index, timeMs: index * stepMs }),
      );
    expect(fillShortGaps(timed(75))[1]?.keypoints.left_knee?.x).toBeCloseTo(110, 6);
    expect(fillShortGaps(timed(75.5))[1]?.keypoints.left_knee).toBeUndefined();
  });

  it('leaves a gap of four frames empty', () => {
    const filled = fillShortGaps(track(30, [2, 3, 4, 5]));
    expect(filled[3]?.keypoints.left_knee).toBeUndefined();
  });

  it('leaves a one-frame gap empty when it spans more than 150 ms (5 fps)', () => {
    const filled = fillShortGaps(track(5, [2]));
    expect(filled[2]?.keypoints.left_knee).toBeUndefined();
  });

  it('does not invent keypoints before the first sighting', () => {
    const filled = fillShortGaps(track(30, [0, 1]));
    expect(filled[0]?.keypoints.left_knee).toBeUndefined();
  });
});
