/**
 * The pose loop: takes each new frame of the camera's <video>, runs the browser pose estimator on
 * it and reports the pose with its timestamp, the frame's brightness and the rate it keeps up.
 * Keypoints are in the video's own pixels with the model's labels (the video is never mirrored
 * for the model; only the preview is), so `analyzeTrial(..., { mirrored: false })` reads them.
 */
import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { PoseEstimator } from '../../src/vision/pose/estimator.js';
import { rgbaToRgb } from '../../src/vision/pose/rgb-image.js';
import type { PoseModelId } from '../../src/vision/pose/model-table.js';
import type { PoseFrame } from '../../src/vision/geometry/types.js';
import { milliseconds } from '../../src/units.js';
import { meanBrightness, modelGrabSize } from '../../src/vision/capture/frame-pixels.js';
import { FpsMeter } from '../../src/vision/capture/frame-rate.js';
import type { SpeedCheck } from '../../src/vision/capture/frame-rate.js';
import { deviceSpeedCheck, monotonicClock } from './device-speed.js';
import type { CameraUse } from '../../src/vision/capture/frame-rate.js';
import type { BackendInfo } from './tf-backend.js';

export { MIN_FPS, tooSlowFor } from '../../src/vision/capture/frame-rate.js';
export type { CameraUse } from '../../src/vision/capture/frame-rate.js';

/** One estimated frame. */
export interface PoseSample {
  /** Video pixels, model labels; `timeMs` counts from the loop's start. */
  readonly pose: PoseFrame;
  /** Mean brightness of the frame, 0..255. */
  readonly brightness: number;
  /** Poses the detector returned (the single-pose models always say 1 when they see anyone). */
  readonly poseCount: number;
  /** Poses per second over the last 2 s. */
  readonly fps: number;
  /** The small frame the model read (longer side at most 320 px), for a snapshot of a peak. */
  readonly image: ImageData;
}

/** A running loop. */
export interface PoseLoop {
  readonly info: BackendInfo & { readonly model: PoseModelId };
  stop(): void;
}

type LoadedEstimator = { readonly estimator: PoseEstimator; readonly info: BackendInfo };
const estimators = new Map<PoseModelId, Promise<LoadedEstimator>>();

/** One estimator per model per page load (loading weights takes seconds); TF.js loads lazily. */
export function loadEstimator(model: PoseModelId): Promise<LoadedEstimator> {
  let loaded = estimators.get(model);
  if (loaded === undefined) {
    loaded = import('./tf-backend.js').then((backend) => backend.openBrowserEstimator(model));
    loaded.catch(() => estimators.delete(model));
    estimators.set(model, loaded);
  }
  return loaded;
}

type FrameWait = (video: HTMLVideoElement, next: () => void) => void;

const waitForFrame: FrameWait = (video, next) => {
  if ('requestVideoFrameCallback' in video) {
    video.requestVideoFrameCallback(() => next());
  } else {
    requestAnimationFrame(() => next());
  }
};

/** Starts the loop on `video` (which must be playing); `onSample` is called for every frame. */
export async function startPoseLoop(
  video: HTMLVideoElement,
  model: PoseModelId,
  onSample: (sample: PoseSample) => void,
  onError: (error: unknown) => void = () => undefined,
  clock: () => number = monotonicClock,
): Promise<PoseLoop> {
  const { estimator, info } = await loadEstimator(model);
  estimator.reset();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (context === null) {
    throw new Error('This browser cannot read camera frames (no 2D canvas).');
  }
  const meter = new FpsMeter();
  const started = clock();
  let running = true;
  let index = 0;
  const step = async (): Promise<void> => {
    if (!running) {
      return;
    }
    if (video.videoWidth > 0 && !video.paused && !video.ended) {
      const size = modelGrabSize(video.videoWidth, video.videoHeight);
      canvas.width = size.width;
      canvas.height = size.height;
      context.drawImage(video, 0, 0, size.width, size.height);
      const pixels = context.getImageData(0, 0, size.width, size.height);
      const timeMs = clock() - started;
      const frame = {
        ...rgbaToRgb(pixels),
        index,
        sourceWidth: video.videoWidth,
        sourceHeight: video.videoHeight,
      };
      const pose = await estimator.estimate(frame, milliseconds(timeMs));
      if (!running) {
        return;
      }
      const seen = Object.keys(pose.keypoints).length > 0 ? 1 : 0;
      onSample({
        pose,
        brightness: meanBrightness(pixels),
        poseCount: seen,
        fps: meter.tick(timeMs),
        image: pixels,
      });
      index += 1;
    }
    waitForFrame(video, next);
  };
  // A failed estimate (e.g. a lost WebGL context) ends the loop and is reported, never swallowed.
  const next = (): void => {
    step().catch((error: unknown) => {
      running = false;
      onError(error);
    });
  };
  waitForFrame(video, next);
  return {
    info: { ...info, model },
    stop: () => {
      running = false;
    },
  };
}

/** What `usePoseLoop` gives a page. */
export interface PoseLoopView {
  readonly status: 'idle' | 'loading' | 'running' | 'failed';
  readonly sample: PoseSample | null;
  readonly info: PoseLoop['info'] | null;
  /** True once the loop has run 2 s below the floor for `use`. */
  readonly tooSlow: boolean;
  readonly error: string | null;
}

/**
 * Runs the pose loop while `active` (the camera is ready). `onSample` sees every frame (for
 * recording); the returned view holds the latest one (for drawing and checks).
 */
export function usePoseLoop(
  videoRef: RefObject<HTMLVideoElement | null>,
  options: {
    readonly model: PoseModelId;
    readonly active: boolean;
    readonly use: CameraUse;
    readonly onSample?: (sample: PoseSample) => void;
    /** Whether a rate is too slow for `use` (default: `deviceSpeedCheck()`). */
    readonly speedCheck?: SpeedCheck;
  },
): PoseLoopView {
  const { model, active, use } = options;
  const speedCheck = options.speedCheck ?? deviceSpeedCheck();
  const onSample = useRef(options.onSample);
  onSample.current = options.onSample;
  const [view, setView] = useState<PoseLoopView>(idleView);
  useEffect(() => {
    const video = videoRef.current;
    if (!active || video === null) {
      setView(idleView);
      return;
    }
    let loop: PoseLoop | null = null;
    let cancelled = false;
    setView({ ...idleView, status: 'loading' });
    let firstAt: number | null = null;
    const fail = (error: unknown): void => {
      if (!cancelled) {
        setView({
          ...idleView,
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
        });
      }
    };
    startPoseLoop(
      video,
      model,
      (sample) => {
        onSample.current?.(sample);
        firstAt ??= sample.pose.timeMs;
        const warm = sample.pose.timeMs - firstAt > 2000;
        setView((current) => ({
          ...current,
          status: 'running',
          sample,
          tooSlow: warm && speedCheck(use, sample.fps),
        }));
      },
      fail,
    ).then((started) => {
      if (cancelled) {
        started.stop();
        return;
      }
      loop = started;
      setView((current) => ({ ...current, info: started.info }));
    }, fail);
    return () => {
      cancelled = true;
      loop?.stop();
    };
  }, [videoRef, model, active, use]);
  return view;
}

const idleView: PoseLoopView = { status: 'idle', sample: null, info: null, tooSlow: false, error: null };
