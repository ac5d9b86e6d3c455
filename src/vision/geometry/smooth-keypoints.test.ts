import { describe, expect, it } from 'vitest';
import { smoothKeypoints } from './smooth-keypoints.js';
import { frameOf } from './test-frame.js';

const at30fps = (xs: readonly (number | null)[]) =>
  xs.map((x, index) =>
    frameOf(x === null ? {} : { left_knee: [x, 700] }, { index, timeMs: (index * 1000) / 30 }),
  );

describe(smoothKeypoints.name, () => {
  it('calms a knee that jitters by a few pixels while standing still', () => {
    const jitter = Array.from({ length: 40 }, (_, i) => 400 + (i % 2 === 0 ? 4 : -4));
    const smoothed = smoothKeypoints(at30fps(jitter)).slice(20);
    const spread = smoothed.map((f) => f.keypoints.left_knee?.x ?? 0);
    expect(Math.max(...spread) - Math.min(...spread)).toBeLessThan(4);
  });

  it('starts afresh after a gap instead of dragging the old position along', () => {
    const smoothed = smoothKeypoints(at30fps([100, 100, 100, null, 300, 300]));
    expect(smoothed[3]?.keypoints.left_knee).toBeUndefined();
    expect(smoothed[4]?.keypoints.left_knee?.x).toBe(300);
  });

  it('keeps frame order, indices and scores', () => {
    const smoothed = smoothKeypoints(at30fps([100, 110]));
    expect(smoothed.map((f) => [f.index, f.keypoints.left_knee?.score])).toEqual([
      [0, 0.9],
      [1, 0.9],
    ]);
  });
});
