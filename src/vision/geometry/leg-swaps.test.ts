import { describe, expect, it } from 'vitest';
import { fixLegSwaps } from './leg-swaps.js';
import { frameOf } from './test-frame.js';

const legs = (index: number, leftX: number, rightX: number) =>
  frameOf({ left_knee: [leftX, 700], right_knee: [rightX, 700] }, { index, timeMs: index * 33 });

describe(fixLegSwaps.name, () => {
  it('puts the labels back when the knees jump to the other leg for a frame', () => {
    const { frames, swaps } = fixLegSwaps([legs(0, 400, 300), legs(1, 302, 401), legs(2, 403, 300)]);
    expect(frames[1]?.keypoints.left_knee?.x).toBe(401);
    expect(swaps).toEqual([
      { frame: 1, joint: 'knee', action: 'fixed', reason: 'left and right knee labels exchanged' },
    ]);
  });

  it('drops both labels when they land on the same leg', () => {
    const { frames, swaps } = fixLegSwaps([legs(0, 400, 300), legs(1, 401, 399)]);
    expect(frames[1]?.keypoints.left_knee).toBeUndefined();
    expect(swaps[0]?.action).toBe('rejected');
  });

  it('leaves ordinary movement alone', () => {
    const { swaps } = fixLegSwaps([legs(0, 400, 300), legs(1, 390, 310), legs(2, 380, 320)]);
    expect(swaps).toEqual([]);
  });
});
