import { describe, expect, it } from 'vitest';
import { frameOf } from '../geometry/test-frame.js';
import type { KeypointName, PoseFrame } from '../geometry/types.js';
import {
  QUALITY_THRESHOLDS,
  checkRecordingQuality,
  legInViewShare,
  legsUnambiguous,
} from './quality-gates.js';
import type { QualityInput } from './quality-gates.js';

type Points = Partial<Record<KeypointName, readonly [number, number]>>;

/** A person standing square to a 720x1280 camera. */
const standing: Points = {
  left_shoulder: [420, 400],
  right_shoulder: [300, 400],
  left_hip: [400, 650],
  right_hip: [320, 650],
  left_knee: [395, 850],
  right_knee: [325, 850],
  left_ankle: [390, 1050],
  right_ankle: [330, 1050],
};

const frames = (count: number, points: Points = standing): PoseFrame[] =>
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
    const ankleOut: Points = { ...standing, left_ankle: [390, 1300] };
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
    const onEdge: Points = { ...standing, left_ankle: [720, 1280] };
    const pastRight: Points = { ...standing, left_ankle: [720.5, 1050] };
    const pastBottom: Points = { ...standing, left_ankle: [390, 1280.5] };
    expect(legInViewShare(frames(1, onEdge), 'left')).toBe(1);
    expect(legInViewShare(frames(1, { ...standing, left_hip: [0, 0] }), 'left')).toBe(1);
    expect(legInViewShare(frames(1, { ...standing, left_hip: [400, -0.5] }), 'left')).toBe(0);
    expect(legInViewShare(frames(1, pastRight), 'left')).toBe(0);
    expect(legInViewShare(frames(1, pastBottom), 'left')).toBe(0);
    expect(legInViewShare(frames(1, { ...standing, left_ankle: [-0.5, 1050] }), 'left')).toBe(0);
  });
});

describe(legsUnambiguous.name, () => {
  it('does not vouch for the legs of a recording with no frames', () => {
    expect(legsUnambiguous([])).toBe(false);
    expect(legsUnambiguous(frames(3))).toBe(true);
  });
});
