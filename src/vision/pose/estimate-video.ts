/**
 * Runs a pose estimator over a video file: decode, estimate (every `stride`-th frame), map
 * keypoints back to source pixels. Optionally keeps the decoded frames for a second pass.
 */
import { DomainError } from '../../errors.js';
import type { PoseFrame } from '../geometry/types.js';
import { milliseconds } from '../../units.js';
import { openVideo } from './decode-video.js';
import type { DecodedFrame, DecodeOptions } from './decode-video.js';
import type { EstimatorFrame, PoseEstimator } from './estimator.js';
import { hasPerson } from './keypoints.js';
import type { VideoInfo } from './video-info.js';

/** Decoded frames kept in memory up to a byte budget; `complete` is false once it overflowed. */
export class FrameStore {
  private readonly frames = new Map<number, DecodedFrame>();
  private bytes = 0;
  complete = true;

  constructor(private readonly maxBytes: number) {}

  add(frame: DecodedFrame): void {
    if (!this.complete) {
      return;
    }
    if (this.bytes + frame.data.byteLength > this.maxBytes) {
      this.complete = false;
      this.frames.clear();
      this.bytes = 0;
      return;
    }
    this.frames.set(frame.index, frame);
    this.bytes += frame.data.byteLength;
  }

  get(index: number): DecodedFrame | undefined {
    return this.frames.get(index);
  }
}

/**
 * Issues estimates in frame order. A pipelined estimator (worker threads) gets up to `depth`
 * frames ahead, so decoding goes on while the model works; any other is awaited call by call.
 */
export class EstimateQueue {
  private readonly kept: Promise<PoseFrame>[] = [];
  private readonly all: Promise<PoseFrame>[] = [];
  private readonly inFlight: Promise<PoseFrame>[] = [];

  constructor(
    private readonly estimator: PoseEstimator,
    private readonly depth = 16,
  ) {}

  /** Estimates `frame`; its pose is among `results()` when `keep` (false for a priming call). */
  async push(frame: EstimatorFrame & { readonly timeMs: number }, keep = true): Promise<void> {
    const result = this.estimator.estimate(frame, milliseconds(frame.timeMs));
    // Marked handled now; a failure still rejects `results()`.
    result.catch(() => undefined);
    this.all.push(result);
    if (keep) {
      this.kept.push(result);
    }
    if (this.estimator.pipelined !== true) {
      await result;
      return;
    }
    this.inFlight.push(result);
    if (this.inFlight.length >= this.depth) {
      await this.inFlight.shift();
    }
  }

  /** Forgets tracking: the next frame starts a new run. */
  reset(): void {
    this.estimator.reset();
  }

  /** The kept poses in the order pushed, once every estimate is done. */
  async results(): Promise<PoseFrame[]> {
    await Promise.all(this.all);
    return Promise.all(this.kept);
  }
}

/** Options for `estimateVideoPoses`. */
export interface VideoPoseOptions extends DecodeOptions {
  /** Estimate every n-th frame only (default 1: every frame), or a function of the video's info. */
  readonly stride?: number | ((info: VideoInfo) => number);
  /** Estimate only these frame indices (overrides `stride`). */
  readonly only?: ReadonlySet<number>;
  /**
   * At the first estimated frame, and with `only` at the first frame of each run of consecutive
   * indices, reset the tracker and estimate that frame twice (default true). MoveNet's first
   * call sees the whole frame with the person small; the second call crops around them, so the
   * kept result is as accurate as the frames that follow.
   */
  readonly primeTracking?: boolean;
  /**
   * With `only`: the frames show one still pose, so the tracker is primed once, at the first
   * frame, and carries its crop across the gaps (a still stance read from a few frames).
   */
  readonly stillPose?: boolean;
  /** With `only`: wanted frames up to this many apart continue one run (default 1: consecutive). */
  readonly runGap?: number;
  /**
   * Without `only`: start a new tracked run every this many estimated frames, so the workers of a
   * pool each take runs at once. Each is primed on the frame sampled just before it, so its
   * tracking picks up as in one long run (MoveNet crops each frame around the last one's
   * keypoints). Unset: one run.
   */
  readonly runFrames?: number;
  /** Called once the last frame is decoded and sent to the estimator, before its estimates are awaited. */
  readonly onDecoded?: () => void;
  /** Called after each decoded frame with the count so far and the expected total (or null). */
  readonly onProgress?: (done: number, total: number | null) => void;
  /** Receives every decoded frame, e.g. for a second pass or snapshots. */
  readonly store?: FrameStore;
}

/**
 * Frames in flight per worker: enough that every worker of a pool has a run queued while the
 * main thread reads on, few enough to bound memory (a 360 px frame is ~220 kB).
 */
const QUEUE_DEPTH_PER_LANE = 24;

/** The expected frame count from duration and fps, or null when the duration is unknown. */
export function expectedFrameCount(info: VideoInfo): number | null {
  return info.durationMs === null ? null : Math.max(1, Math.round((info.durationMs * info.fps) / 1000));
}

/**
 * Poses of the frames of the video at `path`. Throws DomainError 'no-person-in-view' when no
 * estimated frame shows a person.
 */
export async function estimateVideoPoses(
  path: string,
  estimator: PoseEstimator,
  options: VideoPoseOptions = {},
): Promise<{ info: VideoInfo; poses: PoseFrame[] }> {
  const { only } = options;
  // Without a store to fill, ffmpeg need only hand over the frames that are estimated.
  const onlyFrames =
    only === undefined || options.store !== undefined ? undefined : [...only].sort((a, b) => a - b);
  const { info, frames } = await openVideo(path, {
    ...(options.maxHeight === undefined ? {} : { maxHeight: options.maxHeight }),
    ...(onlyFrames === undefined ? {} : { onlyFrames }),
  });
  const total = expectedFrameCount(info);
  const strideOption = options.stride ?? 1;
  const stride = Math.max(
    1,
    Math.round(typeof strideOption === 'number' ? strideOption : strideOption(info)),
  );
  const queue = new EstimateQueue(estimator, QUEUE_DEPTH_PER_LANE * (estimator.lanes ?? 1));
  let count = 0;
  let previous: DecodedFrame | undefined;
  for await (const frame of frames) {
    options.store?.add(frame);
    const wanted = only === undefined ? frame.index % stride === 0 : only.has(frame.index);
    if (wanted) {
      const splits = only === undefined && options.runFrames !== undefined && count % options.runFrames === 0;
      const startsRun =
        count === 0 ||
        splits ||
        (only !== undefined &&
          options.stillPose !== true &&
          !continuesRun(only, frame.index, options.runGap ?? 1));
      if (startsRun && (options.primeTracking ?? true)) {
        queue.reset();
        // A split run is primed on the frame sampled before it, as one long run would have been.
        await queue.push(splits && previous !== undefined ? previous : frame, false);
      }
      await queue.push(frame);
      count += 1;
      previous = frame;
    }
    options.onProgress?.(frame.index + 1, total);
  }
  options.onDecoded?.();
  const poses = await queue.results();
  assertSomeoneInView(path, poses);
  return { info, poses };
}

/** Throws 'no-person-in-view' when none of `poses` shows a person. */
export function assertSomeoneInView(path: string, poses: readonly PoseFrame[]): void {
  if (!poses.some((pose) => hasPerson(pose))) {
    throw new DomainError(
      'no-person-in-view',
      `Nobody could be seen in ${path}; film the whole body from the front.`,
    );
  }
}

/** True when a wanted frame lies at most `gap` frames before `index`. */
function continuesRun(only: ReadonlySet<number>, index: number, gap: number): boolean {
  for (let back = 1; back <= gap; back += 1) {
    if (only.has(index - back)) {
      return true;
    }
  }
  return false;
}
