/**
 * Video → TrialReport, fast where it can be and accurate where it matters: a Lightning pass on
 * a sample of frames finds the repetitions, then Thunder re-estimates the frames around each
 * rep's bottom (where FPPA is read), and the merged frames are analysed again.
 */
import type { PoseFrame, TrialTest } from '../vision/geometry/types.js';
import type { PoseEstimator } from '../vision/pose/estimator.js';
import {
  EstimateQueue,
  FrameStore,
  assertSomeoneInView,
  estimateVideoPoses,
  expectedFrameCount,
} from '../vision/pose/estimate-video.js';
import { hasPerson } from '../vision/pose/keypoints.js';
import { cropSquare, personCropBox } from '../vision/pose/person-crop.js';
import { probeVideo } from '../vision/pose/video-info.js';
import { TEST_PROFILES } from '../vision/trial/test-profiles.js';
import type { PoseModelId } from '../vision/pose/model-table.js';
import type { VideoInfo } from '../vision/pose/video-info.js';
import { analyzeTrial } from '../vision/trial/analyze-trial.js';
import type { TrialOptions, TrialReport } from '../vision/trial/types.js';

/** The models `kneeline analyze --model` offers; thunder means the two-pass strategy. */
export type AnalyzeModel = 'thunder' | 'lightning' | 'blazepose';

/** How the passes are tuned. Times are in the video's milliseconds. */
export interface PassPlan {
  /** Frames per second the first pass samples (default 5). */
  readonly sampleFps: number;
  /** Frames per second a single-model pass (--model lightning or blazepose) samples (default 15). */
  readonly singlePassFps: number;
  /** Thunder re-estimates frames within this many ms of a rep's bottom (default 100). */
  readonly bottomWindowMs: number;
  /** ... at up to this many frames a second (default 10: every third frame of a 30 fps clip, the bottom always). */
  readonly bottomFps: number;
  /** Decoded frames kept in memory for the second pass; past it the video is decoded again. */
  readonly maxStoredBytes: number;
  /**
   * With worker threads, the first pass is tracked in runs of this many sampled frames, each
   * primed like a clip's first frame, so the workers take runs side by side (default 12: 2.4 s at
   * 5 fps; a run's priming costs one estimate, 1/12 more work for up to 2x the speed).
   */
  readonly parallelRunFrames: number;
}

/**
 * Tuned on 2 cores (`npm run bench -- analyze`): Lightning ~26 ms and Thunder ~87 ms of CPU per
 * frame with wasm SIMD, so Thunder at the bottoms is most of the work once a clip has a few reps.
 * A 5 fps sample puts every bottom within 100 ms of a sampled frame, the reach of the Thunder
 * window; Thunder at 10 fps then reads a frame within 50 ms of the true bottom, where the knee
 * barely moves. `npm run eval` checks the plan on the fixture made into a 30 fps phone clip; at
 * 6 fps and 15 fps (the plan before) the readings were no closer to Thunder on every frame and
 * cost 85 Lightning and 18 Thunder estimates on a 13 s clip of 3 reps, against 71 and 9 now
 * (Thunder reads each bottom frame in one call, see `refine`).
 */
export const DEFAULT_PASS_PLAN: PassPlan = {
  sampleFps: 5,
  singlePassFps: 15,
  bottomWindowMs: 100,
  bottomFps: 10,
  maxStoredBytes: 1 << 30,
  parallelRunFrames: 12,
};

/** The plan for a test: landings peak within ~100 ms of touchdown, so they are sampled densely. */
export function passPlanFor(test: TrialTest): PassPlan {
  return test === 'drop-landing'
    ? { ...DEFAULT_PASS_PLAN, sampleFps: 15, bottomWindowMs: 150, bottomFps: 30 }
    : DEFAULT_PASS_PLAN;
}

/** Everything `analyzeVideo` needs from outside: a way to make estimators, and progress. */
export interface AnalyzeVideoDeps {
  readonly createEstimator: (model: PoseModelId) => Promise<PoseEstimator>;
  /** Optional: get `model` ready ahead of `createEstimator` (a pool loads it once its workers are free). */
  readonly prepare?: (model: PoseModelId) => void;
  /** Called with the share done (0..1) as frames go through. */
  readonly onProgress?: (share: number) => void;
}

/** The report, the poses it was computed from, and the decoded frames (for snapshots). */
export interface AnalyzedVideo {
  readonly info: VideoInfo;
  readonly report: TrialReport;
  readonly poses: readonly PoseFrame[];
  readonly frames: FrameStore;
  /** How many frames each model estimated. */
  readonly estimated: Readonly<Partial<Record<PoseModelId, number>>>;
}

/** Frames between two samples of the first pass: 6 for a 30 fps clip at 5 a second. */
export function firstPassStride(fps: number, model: AnalyzeModel, plan: PassPlan): number {
  return Math.max(1, Math.round(fps / (model === 'thunder' ? plan.sampleFps : plan.singlePassFps)));
}

/** Frames between two Thunder readings in a bottom window: 1 at up to `bottomFps`, 3 for a 30 fps clip at 10. */
export function bottomStride(fps: number, bottomFps: number): number {
  return Math.max(1, Math.round(fps / bottomFps));
}

/** The frame indices within `windowMs` of each bottom frame, every `stride`-th counted from the bottom. */
export function framesAroundBottoms(
  bottoms: readonly number[],
  fps: number,
  windowMs: number,
  frameCount: number,
  stride = 1,
): Set<number> {
  const reach = Math.ceil(Math.round((windowMs * fps) / 1000) / stride) * stride;
  const wanted = new Set<number>();
  for (const bottom of bottoms) {
    for (let index = bottom - reach; index <= bottom + reach; index += stride) {
      if (index >= 0 && index < frameCount) {
        wanted.add(index);
      }
    }
  }
  return wanted;
}

/** `base` with `better` frames replacing or joining it, in time order. */
export function mergePoses(base: readonly PoseFrame[], better: readonly PoseFrame[]): PoseFrame[] {
  const byIndex = new Map(base.map((pose) => [pose.index, pose] as const));
  for (const pose of better) {
    byIndex.set(pose.index, pose);
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/**
 * The frames a still stance is read from: `count` spread evenly over the middle 80% of the clip
 * (people settle after stepping in, and reach for the phone at the end); every frame of a short clip.
 * The median over them is what the standing test reports (checked against all frames by `npm run eval`).
 */
export function stillFrames(frameCount: number, count = STILL_FRAME_COUNT): number[] {
  if (frameCount <= count) {
    return Array.from({ length: frameCount }, (_, i) => i);
  }
  const first = Math.floor(frameCount * 0.1);
  const last = Math.ceil(frameCount * 0.9) - 1;
  const step = (last - first) / (count - 1);
  return [...new Set(Array.from({ length: count }, (_, i) => Math.round(first + i * step)))];
}

/** How many frames a still stance is read from: a median of 6 Thunder readings (an app choice, see `stillFrames`). */
export const STILL_FRAME_COUNT = 6;

/** The standing test: Thunder on a few well-chosen frames, tracking primed once (the pose is still). */
async function analyzeStill(
  path: string,
  options: TrialOptions,
  deps: AnalyzeVideoDeps,
): Promise<AnalyzedVideo> {
  const info = await probeVideo(path);
  const count = expectedFrameCount(info) ?? 1;
  const wanted = new Set(stillFrames(count));
  const thunder = await deps.createEstimator('thunder');
  try {
    const { poses } = await estimateVideoPoses(path, thunder, {
      only: wanted,
      stillPose: true,
      onProgress: (done) => deps.onProgress?.(Math.min(1, done / count)),
    });
    deps.onProgress?.(1);
    return {
      info,
      report: analyzeTrial(poses, options),
      poses,
      frames: new FrameStore(0),
      estimated: { thunder: poses.length + 1 },
    };
  } finally {
    thunder.dispose();
  }
}

/** Analyses the video at `path` as `options.test`, with `model` (thunder: the two-pass plan). */
export async function analyzeVideo(
  path: string,
  options: TrialOptions,
  model: AnalyzeModel,
  deps: AnalyzeVideoDeps,
  plan: PassPlan = passPlanFor(options.test),
): Promise<AnalyzedVideo> {
  if (model === 'thunder' && !TEST_PROFILES[options.test].dynamic) {
    return analyzeStill(path, options, deps);
  }
  const store = new FrameStore(plan.maxStoredBytes);
  const firstModel: PoseModelId = model === 'thunder' ? 'lightning' : model;
  const first = await deps.createEstimator(firstModel);
  const share = model === 'thunder' ? 0.6 : 1;
  let firstPass: { info: VideoInfo; poses: PoseFrame[] };
  try {
    firstPass = await estimateVideoPoses(path, first, {
      stride: (video) => firstPassStride(video.fps, model, plan),
      store,
      ...((first.lanes ?? 1) > 1 ? { runFrames: plan.parallelRunFrames } : {}),
      // Thunder loads while the last Lightning estimates finish.
      onDecoded: () => (model === 'thunder' ? deps.prepare?.('thunder') : undefined),
      onProgress: (done, total) => deps.onProgress?.(total === null ? 0 : (share * done) / total),
    });
  } finally {
    first.dispose();
  }
  const { info } = firstPass;
  const firstReport = analyzeTrial(firstPass.poses, options);
  if (model !== 'thunder') {
    deps.onProgress?.(1);
    return {
      info,
      report: firstReport,
      poses: firstPass.poses,
      frames: store,
      estimated: { [model]: firstPass.poses.length },
    };
  }
  const frameCount = firstPass.poses.reduce((last, pose) => Math.max(last, pose.index), 0) + 1;
  const bottoms = firstReport.repetitions.map((rep) => rep.bottomFrame);
  const stride = bottomStride(info.fps, plan.bottomFps);
  // Without repetitions, Thunder re-reads the sampled frames (each cut around its own Lightning pose).
  const wanted =
    bottoms.length > 0
      ? framesAroundBottoms(bottoms, info.fps, plan.bottomWindowMs, frameCount, stride)
      : new Set(firstPass.poses.map((pose) => pose.index));
  const maxGap = bottoms.length > 0 ? stride : Number.POSITIVE_INFINITY;
  const thunder = await deps.createEstimator('thunder');
  try {
    // A guide further off than one sampling step may show the person elsewhere: prime instead.
    const guides = { poses: firstPass.poses, reach: firstPassStride(info.fps, model, plan) };
    const refined = await refine(path, store, thunder, wanted, guides, maxGap, (done) =>
      deps.onProgress?.(share + ((1 - share) * done) / wanted.size),
    );
    const poses = mergePoses(firstPass.poses, refined);
    assertSomeoneInView(path, poses);
    deps.onProgress?.(1);
    return {
      info,
      report: analyzeTrial(poses, options),
      poses,
      frames: store,
      estimated: { lightning: firstPass.poses.length, thunder: refined.length },
    };
  } finally {
    thunder.dispose();
  }
}

/**
 * Thunder on `wanted` frames: from memory when they were kept, else by decoding again. A kept
 * frame is cut to the square MoveNet would track the person in, placed by the nearest first-pass
 * pose (`guides`), and read in one call with no tracking history, so the frames spread over every
 * worker. Frames without such a guide (no torso seen, as in a waist-down clip) are read whole in
 * tracked runs as before, each run primed on its first frame.
 */
async function refine(
  path: string,
  store: FrameStore,
  estimator: PoseEstimator,
  wanted: ReadonlySet<number>,
  guides: { readonly poses: readonly PoseFrame[]; readonly reach: number },
  maxGap: number,
  onProgress: (done: number) => void,
): Promise<PoseFrame[]> {
  if (!store.complete) {
    const { poses } = await estimateVideoPoses(path, estimator, {
      only: wanted,
      ...(Number.isFinite(maxGap) ? { runGap: maxGap } : { stillPose: true }),
    });
    return poses;
  }
  const queue = new EstimateQueue(estimator);
  let done = 0;
  // The last frame read whole in a tracked run, or -1 once a cut frame reset the tracker.
  let lastTracked = -1;
  for (const index of [...wanted].sort((a, b) => a - b)) {
    const frame = store.get(index);
    if (frame === undefined) {
      continue;
    }
    const guide = nearestPose(guides.poses, index, guides.reach);
    const box = guide === null ? null : personCropBox(guide, frame.width, frame.height);
    if (box !== null) {
      queue.reset();
      const cut = { left: box.left, top: box.top, width: frame.width, height: frame.height };
      await queue.push({ ...frame, ...cropSquare(frame, box), cropOf: cut });
      lastTracked = -1;
    } else {
      if (lastTracked < 0 || index - lastTracked > maxGap) {
        // A new run: forget the last crop and let the model find the person on this frame first.
        queue.reset();
        await queue.push(frame, false);
      }
      await queue.push(frame);
      lastTracked = index;
    }
    done += 1;
    onProgress(done);
  }
  return queue.results();
}

/** The pose of `poses` nearest to frame `index` that shows a person, at most `reach` frames away, or null. */
export function nearestPose(poses: readonly PoseFrame[], index: number, reach: number): PoseFrame | null {
  let best: PoseFrame | null = null;
  for (const pose of poses) {
    const away = Math.abs(pose.index - index);
    if (away <= reach && hasPerson(pose) && (best === null || away < Math.abs(best.index - index))) {
      best = pose;
    }
  }
  return best;
}
