import { afterAll, describe, expect, it } from 'vitest';
import { hasSystemPart } from '../../testing/system-parts.js';
import type { PoseFrame } from '../geometry/types.js';
import { estimateVideoPoses } from './estimate-video.js';
import type { VideoPoseOptions } from './estimate-video.js';
import type { PoseEstimator } from './estimator.js';
import type { PoseModelId } from './model-table.js';
import { createNodePoseEstimator } from './node-estimator.js';
import { SQUAT_CLIP } from './pose-fixture.js';
import { ffmpeg, fixtures, poseModels } from './system-parts.js';
import { MAX_WORKERS, createWorkerPoseEstimator, poseWorkerCount } from './worker-estimator.js';

const canRun = hasSystemPart(ffmpeg) && hasSystemPart(poseModels) && hasSystemPart(fixtures);

describe('poseWorkerCount', () => {
  it('uses one worker per core when the machine has two or more, the main thread on one', () => {
    expect(poseWorkerCount({}, 2)).toBe(2);
    expect(poseWorkerCount({}, 3)).toBe(3);
    expect(poseWorkerCount({}, 1)).toBe(0);
    expect(poseWorkerCount({}, 64)).toBe(MAX_WORKERS);
  });

  it('follows KNEELINE_POSE_WORKERS, where 0 forces the main thread', () => {
    expect(poseWorkerCount({ KNEELINE_POSE_WORKERS: '0' }, 2)).toBe(0);
    expect(poseWorkerCount({ KNEELINE_POSE_WORKERS: '1' }, 2)).toBe(1);
    expect(poseWorkerCount({ KNEELINE_POSE_WORKERS: '3' }, 1)).toBe(3);
  });

  it('caps the count at four and refuses a bad value', () => {
    expect(poseWorkerCount({ KNEELINE_POSE_WORKERS: '16' }, 2)).toBe(MAX_WORKERS);
    expect(() => poseWorkerCount({ KNEELINE_POSE_WORKERS: 'two' }, 2)).toThrow(/whole number/);
  });
});

const opened: PoseEstimator[] = [];
afterAll(() => opened.forEach((estimator) => estimator.dispose()));

async function poses(estimator: PoseEstimator, options: VideoPoseOptions): Promise<PoseFrame[]> {
  opened.push(estimator);
  return (await estimateVideoPoses(SQUAT_CLIP, estimator, options)).poses;
}

/** The largest distance in px between the same keypoint of the two series, frame by frame. */
function largestGap(a: readonly PoseFrame[], b: readonly PoseFrame[]): number {
  expect(b.map((pose) => pose.index)).toEqual(a.map((pose) => pose.index));
  let largest = 0;
  a.forEach((pose, at) => {
    const other = b[at]?.keypoints ?? {};
    for (const [name, point] of Object.entries(pose.keypoints)) {
      const twin = other[name as keyof typeof other];
      expect(twin, `${name} on frame ${pose.index}`).toBeDefined();
      largest = Math.max(largest, Math.hypot(point.x - (twin?.x ?? 0), point.y - (twin?.y ?? 0)));
    }
  });
  return largest;
}

async function compare(model: PoseModelId, options: VideoPoseOptions): Promise<number> {
  const single = await poses(await createNodePoseEstimator(model, { smoothing: false }), options);
  const threaded = await poses(createWorkerPoseEstimator(model, { workers: 2, smoothing: false }), options);
  expect(single.length).toBeGreaterThan(0);
  return largestGap(single, threaded);
}

describe.runIf(canRun)('createWorkerPoseEstimator', () => {
  it('tracks one run of the fixture clip to the same keypoints as the main thread (within 0.5 px)', async () => {
    expect(await compare('lightning', {})).toBeLessThan(0.5);
  }, 300_000);

  it('reads two separate windows on two workers at once to the same keypoints (within 0.5 px)', async () => {
    const only = new Set([
      ...Array.from({ length: 8 }, (_, i) => 8 + i),
      ...Array.from({ length: 8 }, (_, i) => 40 + i),
    ]);
    expect(await compare('thunder', { only })).toBeLessThan(0.5);
  }, 300_000);
});
