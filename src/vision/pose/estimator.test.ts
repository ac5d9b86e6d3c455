import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSystemPart } from '../../testing/system-parts.js';
import type { PoseFrame } from '../geometry/types.js';
import { milliseconds, pixels } from '../../units.js';
import { openVideo } from './decode-video.js';
import { withFallback } from './estimator.js';
import type { PoseEstimator } from './estimator.js';
import { createNodePoseEstimator } from './node-estimator.js';
import { cropSquare, personCropBox } from './person-crop.js';
import { ffmpeg, fixtures, fixturesDir, poseModels } from './system-parts.js';

function fakeEstimator(pose: PoseFrame): PoseEstimator & { calls: number } {
  return {
    model: 'thunder',
    calls: 0,
    estimate(this: { calls: number }) {
      this.calls += 1;
      return Promise.resolve(pose);
    },
    reset: () => undefined,
    dispose: () => undefined,
  };
}

const base = { index: 0, timeMs: milliseconds(0), width: pixels(10), height: pixels(10) };
const nobody: PoseFrame = { ...base, keypoints: {} };
const point = { x: pixels(1), y: pixels(1), score: 0.9 };
const somebody: PoseFrame = {
  ...base,
  keypoints: { left_hip: point, right_hip: point, left_knee: point, right_knee: point },
};
const frame = { data: new Uint8Array(300), width: 10, height: 10 };

describe('withFallback', () => {
  it('asks MoveNet when BlazePose cannot find the person', async () => {
    const fallback = fakeEstimator(somebody);
    const estimator = withFallback(fakeEstimator(nobody), () => Promise.resolve(fallback));
    expect(await estimator.estimate(frame, milliseconds(0))).toBe(somebody);
    expect(fallback.calls).toBe(1);
  });

  it('keeps BlazePose keypoints when it finds the person', async () => {
    const fallback = fakeEstimator(nobody);
    const estimator = withFallback(fakeEstimator(somebody), () => Promise.resolve(fallback));
    expect(await estimator.estimate(frame, milliseconds(0))).toBe(somebody);
    expect(fallback.calls).toBe(0);
  });
});

const canRun = hasSystemPart(ffmpeg) && hasSystemPart(poseModels) && hasSystemPart(fixtures);

describe.runIf(canRun)('createPoseEstimator', () => {
  it.each(['thunder', 'lightning', 'blazepose'] as const)(
    'finds a standing person in a photo with %s, legs in order from hip to ankle',
    async (model) => {
      const { frames } = await openVideo(join(fixturesDir, 'pose.jpg'), { maxHeight: 4000 });
      const first = await frames.next();
      await frames.return(undefined);
      if (first.done === true) {
        throw new Error('pose.jpg decoded to no frame');
      }
      const photo = first.value;
      const estimator = await createNodePoseEstimator(model);
      const pose = await estimator.estimate(photo, milliseconds(0));
      estimator.dispose();
      expect(pose.width).toBe(photo.width);
      for (const side of ['left', 'right'] as const) {
        const hip = pose.keypoints[`${side}_hip`];
        const knee = pose.keypoints[`${side}_knee`];
        const ankle = pose.keypoints[`${side}_ankle`];
        expect(hip?.score, `${side} hip`).toBeGreaterThan(0.3);
        expect(knee?.score, `${side} knee`).toBeGreaterThan(0.3);
        expect(ankle?.score, `${side} ankle`).toBeGreaterThan(0.3);
        expect(knee?.y ?? 0).toBeGreaterThan(hip?.y ?? Infinity);
        expect(ankle?.y ?? 0).toBeGreaterThan(knee?.y ?? Infinity);
      }
      if (model === 'blazepose') {
        expect(pose.keypoints.left_heel?.score).toBeGreaterThan(0.3);
      }
    },
    60_000,
  );
});

describe.runIf(canRun)('Thunder on a square cut around the person', () => {
  it("reads the legs in one call where the tracked reading lies, in the whole frame's pixels", async () => {
    const { frames } = await openVideo(join(fixturesDir, 'pose.jpg'));
    const first = await frames.next();
    await frames.return(undefined);
    if (first.done === true) {
      throw new Error('pose.jpg decoded to no frame');
    }
    const photo = first.value;
    const thunder = await createNodePoseEstimator('thunder', { smoothing: false });
    try {
      // Tracked: the first call finds the person in the whole frame, the second reads the crop.
      await thunder.estimate(photo, milliseconds(0));
      const tracked = await thunder.estimate(photo, milliseconds(0));
      const box = personCropBox(tracked, photo.width, photo.height);
      if (box === null) {
        throw new Error('the tracked reading of pose.jpg shows no torso to crop around');
      }
      thunder.reset();
      const cut = { left: box.left, top: box.top, width: photo.width, height: photo.height };
      const once = await thunder.estimate(
        { ...photo, ...cropSquare(photo, box), cropOf: cut },
        milliseconds(0),
      );
      expect([once.width, once.height]).toEqual([photo.sourceWidth, photo.sourceHeight]);
      for (const name of [
        'left_hip',
        'right_hip',
        'left_knee',
        'right_knee',
        'left_ankle',
        'right_ankle',
      ] as const) {
        const a = tracked.keypoints[name];
        const b = once.keypoints[name];
        expect(b?.score, name).toBeGreaterThan(0.3);
        // Within 1% of the photo's height of each other (MoveNet's own crop is filtered, ours is not).
        expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 1e9), (a?.y ?? 0) - (b?.y ?? 1e9)), name).toBeLessThan(
          photo.sourceHeight * 0.01,
        );
      }
    } finally {
      thunder.dispose();
    }
  }, 60_000);
});
