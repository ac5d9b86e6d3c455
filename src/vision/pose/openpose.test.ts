import { describe, expect, it } from 'vitest';
import { frameOf } from '../geometry/test-frame.js';
import {
  frameNumberOf,
  frameToOpenPose,
  framesFromOpenPose,
  keypointsFromFlat,
  mostConfidentLegs,
  openPoseFileName,
} from './openpose.js';

/** A flat array of `count` points, all 0, with `points` set at their OpenPose indices. */
function flat(count: number, points: Record<number, [number, number, number]>): number[] {
  return Array.from({ length: count }, (_, i) => points[i] ?? [0, 0, 0]).flat();
}

describe(keypointsFromFlat.name, () => {
  it('reads BODY_25: right hip 9, left knee 13, left heel 21; skips neck and mid-hip', () => {
    const keypoints = keypointsFromFlat(
      flat(25, { 1: [5, 5, 0.9], 8: [6, 6, 0.9], 9: [10, 20, 0.8], 13: [30, 40, 0.7], 21: [50, 60, 0.6] }),
    );
    expect(keypoints).toEqual({
      right_hip: { x: 10, y: 20, score: 0.8 },
      left_knee: { x: 30, y: 40, score: 0.7 },
      left_heel: { x: 50, y: 60, score: 0.6 },
    });
  });

  it('reads COCO-18: right hip 8, left ankle 13', () => {
    expect(keypointsFromFlat(flat(18, { 8: [1, 2, 0.5], 13: [3, 4, 0.6] }))).toEqual({
      right_hip: { x: 1, y: 2, score: 0.5 },
      left_ankle: { x: 3, y: 4, score: 0.6 },
    });
  });

  it('reads HALPE_26 (Sports2D, Pose2Sim) and COCO-17 in their own orders', () => {
    expect(keypointsFromFlat(flat(26, { 11: [1, 1, 0.5], 25: [2, 2, 0.5] }))).toEqual({
      left_hip: { x: 1, y: 1, score: 0.5 },
      right_heel: { x: 2, y: 2, score: 0.5 },
    });
    expect(keypointsFromFlat(flat(17, { 16: [3, 3, 0.4] }))).toEqual({
      right_ankle: { x: 3, y: 3, score: 0.4 },
    });
  });

  it('leaves out a point OpenPose did not find (0, 0, 0)', () => {
    expect(keypointsFromFlat(flat(25, {}))).toEqual({});
  });

  it('names the layouts it knows when the length fits none', () => {
    expect(() => keypointsFromFlat([1, 2, 3])).toThrow(/BODY_25 \(75\), COCO-18 \(54\)/);
  });
});

describe(mostConfidentLegs.name, () => {
  it('takes the person whose hips, knees and ankles are most confident, not the first', () => {
    const faint = keypointsFromFlat(flat(25, { 0: [1, 1, 1], 9: [1, 1, 0.2] }));
    const clear = keypointsFromFlat(flat(25, { 9: [2, 2, 0.9], 10: [2, 3, 0.9] }));
    expect(mostConfidentLegs([faint, clear])).toBe(clear);
    expect(mostConfidentLegs([clear, { ...clear }])).toBe(clear);
    expect(mostConfidentLegs([])).toBeNull();
  });
});

describe(framesFromOpenPose.name, () => {
  it('times frames from --fps and sizes them from the furthest keypoint', () => {
    const content = { people: [{ pose_keypoints_2d: flat(25, { 9: [101.2, 399.5, 0.9] }) }] };
    const frames = framesFromOpenPose(
      [
        { frame: 0, content },
        { frame: 3, content: { people: [] } },
      ],
      25,
    );
    expect(frames.map((f) => [f.index, f.timeMs, f.width, f.height])).toEqual([
      [0, 0, 102, 400],
      [3, 120, 102, 400],
    ]);
    expect(frames[1]?.keypoints).toEqual({});
  });

  it('reads back exactly what Kneeline wrote', () => {
    const frame = frameOf(
      { left_hip: [400.25, 500, 0.91], right_knee: [300, 700.5, 0.42], left_heel: [410, 910, 0.8] },
      { index: 7, timeMs: 233.33333 },
    );
    const written = JSON.parse(JSON.stringify(frameToOpenPose(frame))) as ReturnType<typeof frameToOpenPose>;
    expect(framesFromOpenPose([{ frame: 7, content: written }], 30)).toEqual([frame]);
  });
});

describe(frameNumberOf.name, () => {
  it('reads the frame number from an OpenPose file name', () => {
    expect(frameNumberOf(openPoseFileName('squat', 42))).toBe(42);
    expect(frameNumberOf('clip_000000000007_keypoints.json')).toBe(7);
    expect(frameNumberOf('notes.json')).toBeNull();
  });
});
