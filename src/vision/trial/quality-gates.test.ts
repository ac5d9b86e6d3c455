import { describe, expect, it } from 'vitest';
import { frameOf, standingSquare } from '../geometry/test-frame.js';
import type { FramePoints } from '../geometry/test-frame.js';
import type { PoseFrame } from '../geometry/types.js';
import {
  QUALITY_THRESHOLDS,
  checkRecordingQuality,
  legInViewShare,
  legsUnambiguous,
} from './quality-gates.js';
import type { QualityInput } from './quality-gates.js';

const frames = (count: number, points: FramePoints = standingSquare): PoseFrame[] =>
  Array.from({ length: count }, (_, index) => frameOf(points, { index, timeMs: index * 33 }));

const input = (overrides: Partial<QualityInput> = {}): QualityInput => ({
  frames: frames(10),
  meanScore: 0.9,
  sides: ['left', 'right'],
  framesWithSwaps: 0,
  obliqueShare: null,
  repCount: null,
  minReps: 0,
  ...overrides,
});

const kinds = (overrides: Partial<QualityInput>) =>
  checkRecordingQuality(input(overrides)).map((issue) => issue.kind);

describe(checkRecordingQuality.name, () => {
  it('finds nothing wrong with ten square, clear frames', () => {
    expect(checkRecordingQuality(input())).toEqual([]);
  });

  it('takes the left leg in view on exactly 80% of frames, and stops at 70% (QUALITY_THRESHOLDS.minLegInViewShare)', () => {
    expect(QUALITY_THRESHOLDS.minLegInViewShare).toBe(0.8);
    const ankleOut: FramePoints = { ...standingSquare, left_ankle: [390, 1300] };
    const mixed = (out: number) => [...frames(10 - out), ...frames(out, ankleOut)];
    expect(kinds({ frames: mixed(2) })).not.toContain('legs-out-of-view');
    expect(kinds({ frames: mixed(3) })).toContain('legs-out-of-view');
  });

  it('takes left/right swaps on exactly 10% of frames, and stops at 20% (QUALITY_THRESHOLDS.maxSwapShare)', () => {
    expect(QUALITY_THRESHOLDS.maxSwapShare).toBe(0.1);
    expect(kinds({ framesWithSwaps: 1 })).not.toContain('leg-swaps');
    expect(kinds({ framesWithSwaps: 2 })).toContain('leg-swaps');
  });
});

describe(legInViewShare.name, () => {
  it('counts a point right on the image edge as in view, and half a pixel past it as out', () => {
    const onEdge: FramePoints = { ...standingSquare, left_ankle: [720, 1280] };
    const pastRight: FramePoints = { ...standingSquare, left_ankle: [720.5, 1050] };
    const pastBottom: FramePoints = { ...standingSquare, left_ankle: [390, 1280.5] };
    expect(legInViewShare(frames(1, onEdge), 'left')).toBe(1);
    expect(legInViewShare(frames(1, { ...standingSquare, left_hip: [0, 0] }), 'left')).toBe(1);
    expect(legInViewShare(frames(1, { ...standingSquare, left_hip: [400, -0.5] }), 'left')).toBe(0);
    expect(legInViewShare(frames(1, pastRight), 'left')).toBe(0);
    expect(legInViewShare(frames(1, pastBottom), 'left')).toBe(0);
    expect(legInViewShare(frames(1, { ...standingSquare, left_ankle: [-0.5, 1050] }), 'left')).toBe(0);
  });
});

describe(legsUnambiguous.name, () => {
  it('does not vouch for the legs of a recording with no frames', () => {
    expect(legsUnambiguous([])).toBe(false);
    expect(legsUnambiguous(frames(3))).toBe(true);
  });
});
