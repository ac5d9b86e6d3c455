import { describe, expect, it } from 'vitest';
import { hasPerson, scalePoseFrame, toPoseFrame } from './keypoints.js';

describe('toPoseFrame', () => {
  it('maps keypoints from a padded, downscaled frame back to source pixels', () => {
    const pose = toPoseFrame(
      [{ name: 'left_knee', x: 150, y: 100, score: 0.9 }],
      { offsetX: 100, offsetY: 0, scaleX: 2, scaleY: 2 },
      { index: 3, timeMs: 600, width: 720, height: 1280 },
    );
    expect(pose.keypoints.left_knee).toEqual({ x: 100, y: 200, score: 0.9 });
    expect(pose.index).toBe(3);
    expect(pose.width).toBe(720);
  });

  it('drops keypoints the geometry code does not use, such as the eye corners', () => {
    const pose = toPoseFrame(
      [
        { name: 'left_eye_inner', x: 1, y: 1, score: 1 },
        { name: 'left_heel', x: 2, y: 2, score: 1 },
      ],
      { offsetX: 0, offsetY: 0, scaleX: 1, scaleY: 1 },
      { index: 0, timeMs: 0, width: 10, height: 10 },
    );
    expect(Object.keys(pose.keypoints)).toEqual(['left_heel']);
  });
});

describe('scalePoseFrame', () => {
  it('rescales a pose to another frame size', () => {
    const pose = toPoseFrame(
      [{ name: 'nose', x: 10, y: 20, score: 1 }],
      { offsetX: 0, offsetY: 0, scaleX: 1, scaleY: 1 },
      { index: 0, timeMs: 0, width: 100, height: 200 },
    );
    expect(scalePoseFrame(pose, 50, 100).keypoints.nose).toEqual({ x: 5, y: 10, score: 1 });
  });
});

describe('hasPerson', () => {
  it('says nobody is there when only a few unsure keypoints were guessed', () => {
    const guesses = ['nose', 'left_eye', 'right_eye', 'left_hip', 'right_hip'].map((name) => ({
      name,
      x: 1,
      y: 1,
      score: 0.1,
    }));
    const frame = { index: 0, timeMs: 0, width: 10, height: 10 };
    const identity = { offsetX: 0, offsetY: 0, scaleX: 1, scaleY: 1 };
    expect(hasPerson(toPoseFrame(guesses, identity, frame))).toBe(false);
    const sure = guesses.map((point) => ({ ...point, score: 0.8 }));
    expect(hasPerson(toPoseFrame(sure, identity, frame))).toBe(true);
  });
});
