import { describe, expect, it } from 'vitest';
import type { PoseFrame } from '../vision/geometry/types.js';
import { milliseconds, pixels } from '../units.js';
import { framesAroundBottoms, mergePoses } from './analyze-video.js';

const pose = (index: number, width = 100): PoseFrame => ({
  index,
  timeMs: milliseconds(index * 33),
  width: pixels(width),
  height: pixels(100),
  keypoints: {},
});

describe('framesAroundBottoms', () => {
  it('picks every frame within the window of each bottom, at the full frame rate', () => {
    expect([...framesAroundBottoms([10, 50], 30, 100, 100)].sort((a, b) => a - b)).toEqual([
      7, 8, 9, 10, 11, 12, 13, 47, 48, 49, 50, 51, 52, 53,
    ]);
  });

  it('stays inside the clip at its ends', () => {
    expect([...framesAroundBottoms([0, 9], 30, 100, 10)].sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 6, 7, 8, 9,
    ]);
  });
});

describe('mergePoses', () => {
  it('replaces sampled frames with the accurate ones and keeps time order', () => {
    const merged = mergePoses([pose(0), pose(3), pose(6)], [pose(4, 200), pose(3, 200)]);
    expect(merged.map((frame) => [frame.index, frame.width])).toEqual([
      [0, 100],
      [3, 200],
      [4, 200],
      [6, 100],
    ]);
  });
});
