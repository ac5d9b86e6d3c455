import { describe, expect, it } from 'vitest';
import { degrees, milliseconds, pixels } from '../../units.js';
import { FPPA_PLAUSIBLE_RANGE, fppaFromPoints, kneeFppa, plausibleFppa } from './fppa.js';
import { toAnatomicalSides } from './legs.js';
import type { Keypoint, KeypointName, PoseFrame } from './types.js';

const rad = (d: number): number => (d * Math.PI) / 180;
const kp = (x: number, y: number): Keypoint => ({ x: pixels(x), y: pixels(y), score: 0.9 });

/**
 * A leg built from the hip down: thigh straight down 200 px, shank 200 px turned `shankOutwards`
 * degrees towards the image side given by `outwards` (+1 image right). FPPA magnitude = that angle.
 */
function leg(hipX: number, shankOutwards: number, outwards: 1 | -1): [Keypoint, Keypoint, Keypoint] {
  const hip = kp(hipX, 400);
  const knee = kp(hipX, 600);
  const ankle = kp(
    hipX + outwards * 200 * Math.sin(rad(shankOutwards)),
    600 + 200 * Math.cos(rad(shankOutwards)),
  );
  return [hip, knee, ankle];
}

/** Unmirrored front view: the person's left leg on the image's right (x 400), right leg at x 300. */
function frontView(left: [Keypoint, Keypoint, Keypoint], right: [Keypoint, Keypoint, Keypoint]): PoseFrame {
  const keypoints: Partial<Record<KeypointName, Keypoint>> = {
    left_hip: left[0],
    left_knee: left[1],
    left_ankle: left[2],
    right_hip: right[0],
    right_knee: right[1],
    right_ankle: right[2],
  };
  return { index: 0, timeMs: milliseconds(0), width: pixels(720), height: pixels(1280), keypoints };
}

describe(fppaFromPoints.name, () => {
  it('reads 0° for a straight leg', () => {
    expect(fppaFromPoints(kp(0, 0), kp(0, 200), kp(0, 400), 1)).toBeCloseTo(0, 6);
  });

  it('reads a knee exactly on the hip-ankle line as +0°, never as -0° (which prints as "-0")', () => {
    expect(fppaFromPoints(kp(0, 0), kp(0, 200), kp(0, 400), 1)).toBe(0);
    expect(fppaFromPoints(kp(0, 0), kp(0, 200), kp(0, 400), -1)).toBe(0);
  });

  it('reads the bend angle as valgus when the knee sits on the midline side', () => {
    // Ankle 12° outwards to the image right, midline to the image left: the knee is medial.
    const [hip, knee, ankle] = leg(0, 12, 1);
    expect(fppaFromPoints(hip, knee, ankle, -1)).toBeCloseTo(12, 6);
  });

  it('reads the same bend as varus when the midline is on the other side', () => {
    const [hip, knee, ankle] = leg(0, 12, 1);
    expect(fppaFromPoints(hip, knee, ankle, 1)).toBeCloseTo(-12, 6);
  });

  it('gives no angle when the thigh has no length', () => {
    expect(fppaFromPoints(kp(0, 0), kp(0, 0), kp(0, 200), 1)).toBeNull();
  });
});

describe(kneeFppa.name, () => {
  it('reads valgus on both knees when both ankles splay outwards in a front view', () => {
    const frame = frontView(leg(400, 15, 1), leg(300, 9, -1));
    expect(kneeFppa(frame, 'left', false)).toBeCloseTo(15, 6);
    expect(kneeFppa(frame, 'right', false)).toBeCloseTo(9, 6);
  });

  it('reads varus on both knees when both ankles come inwards (bow legs)', () => {
    const frame = frontView(leg(400, 7, -1), leg(300, 4, 1));
    expect(kneeFppa(frame, 'left', false)).toBeCloseTo(-7, 6);
    expect(kneeFppa(frame, 'right', false)).toBeCloseTo(-4, 6);
  });

  it('keeps each knee on the right person-side in a mirrored video', () => {
    // Mirror the front view: x flipped and the model names each leg by where it appears.
    const original = frontView(leg(400, 15, 1), leg(300, 9, -1));
    const flipped: Partial<Record<KeypointName, Keypoint>> = {};
    for (const [name, point] of Object.entries(original.keypoints) as [KeypointName, Keypoint][]) {
      const other = (
        name.startsWith('left_') ? name.replace('left_', 'right_') : name.replace('right_', 'left_')
      ) as KeypointName;
      flipped[other] = { ...point, x: pixels(720 - point.x) };
    }
    const mirrored = toAnatomicalSides({ ...original, keypoints: flipped }, true);
    expect(kneeFppa(mirrored, 'left', true)).toBeCloseTo(15, 6);
    expect(kneeFppa(mirrored, 'right', true)).toBeCloseTo(9, 6);
  });

  it('still signs valgus correctly when the other hip is not seen', () => {
    const frame = frontView(leg(400, 15, 1), leg(300, 9, -1));
    const { right_hip: _, ...keypoints } = frame.keypoints;
    expect(kneeFppa({ ...frame, keypoints }, 'left', false)).toBeCloseTo(15, 6);
  });

  it('gives no angle when the ankle is missing', () => {
    const frame = frontView(leg(400, 15, 1), leg(300, 9, -1));
    const { left_ankle: _, ...keypoints } = frame.keypoints;
    expect(kneeFppa({ ...frame, keypoints }, 'left', false)).toBeNull();
  });
});

describe(plausibleFppa.name, () => {
  it('keeps an angle inside the plausible range, its bounds included, and drops one outside', () => {
    expect(plausibleFppa(FPPA_PLAUSIBLE_RANGE.min)).toBe(-45);
    expect(plausibleFppa(FPPA_PLAUSIBLE_RANGE.max)).toBe(60);
    expect(plausibleFppa(degrees(50))).toBe(50);
    expect(plausibleFppa(degrees(-45.1))).toBeNull();
    expect(plausibleFppa(degrees(60.1))).toBeNull();
    expect(plausibleFppa(null)).toBeNull();
  });
});
