/**
 * A recorded video file analysed on the device: the browser decodes it (never uploaded), each
 * sampled frame is drawn to a small canvas and read by the same pose model as the live camera,
 * and the keypoint series goes through the same `measureTrial` (`analyzeTrial`) as a live
 * recording and the CLI. Rotation metadata is applied by the browser, so any orientation works.
 */
import { milliseconds } from '../../src/units.js';
import type { PoseFrame, Sex, TrialTest } from '../../src/vision/geometry/types.js';
import { modelFor } from '../../src/vision/pose/camera-models.js';
import { measureTrial } from '../../src/vision/capture/measure-trial.js';
import { rgbaToRgb } from '../../src/vision/pose/rgb-image.js';
import type { TrialReport, TrialSide } from '../../src/vision/trial/types.js';
import { modelGrabSize } from '../../src/vision/capture/frame-pixels.js';
import { loadEstimator } from './pose-loop.js';

/**
 * Frames a second read from a file: the CLI's first pass reads 6 a second and refines the bottoms;
 * here every frame read is accurate (Thunder), 10 a second (an app choice: every squat bottom lies
 * within 50 ms of a read frame), or every frame of a slower clip.
 */
export const FILE_SAMPLE_FPS = 10;
/** Longer clips are refused: a test takes well under a minute (an app choice). */
export const MAX_FILE_SECONDS = 120;

/** What the analysis gives back: the report and what the result screen and saving need. */
export interface AnalysedFile {
  readonly report: TrialReport;
  readonly frames: PoseFrame[];
  readonly images: Map<number, ImageData>;
}

/** Options for `analyzeVideoFile`. */
export interface VideoFileOptions {
  readonly test: TrialTest;
  readonly side: TrialSide;
  readonly sex: Sex | null;
  /** True for a selfie video saved mirrored. */
  readonly mirrored: boolean;
  readonly onProgress: (share: number) => void;
  readonly signal: AbortSignal;
}

/**
 * Moves the video to `timeS` and resolves once that frame is the one drawn. `seeked` alone is not
 * enough: on a loaded machine Chromium fires it before the new frame is presented, and drawImage
 * then copies the previous frame (seen in e2e/camera-upload under load: the result changed from
 * run to run). requestVideoFrameCallback fires when the sought frame is on the element, so the
 * frames read, and the result, are the same however busy the device is.
 */
function seek(video: HTMLVideoElement, timeS: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let fallback: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const done = (): void => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(fallback);
      video.removeEventListener('seeked', onSeeked);
      video.removeEventListener('error', failed);
      resolve();
    };
    // A hidden element, or a seek to the frame already shown, may never present a new frame, so
    // after 'seeked' the frame callback is waited for at most FRAME_WAIT_MS; never a hang.
    const onSeeked = (): void => {
      if (typeof video.requestVideoFrameCallback === 'function') {
        fallback = setTimeout(done, FRAME_WAIT_MS);
      } else {
        done();
      }
    };
    const failed = (): void => {
      settled = true;
      clearTimeout(fallback);
      video.removeEventListener('seeked', onSeeked);
      reject(new Error('the browser could not decode this video'));
    };
    video.addEventListener('error', failed, { once: true });
    video.addEventListener('seeked', onSeeked);
    if (typeof video.requestVideoFrameCallback === 'function') {
      video.requestVideoFrameCallback(() => done());
    }
    video.currentTime = timeS;
  });
}

/** How long a seek waits, after 'seeked', for the sought frame to be presented (an app choice). */
const FRAME_WAIT_MS = 1000;

/** Opens `file` in a hidden video element; rejects with a sentence when the browser cannot play it. */
async function openFile(file: Blob): Promise<{ video: HTMLVideoElement; url: string }> {
  const url = URL.createObjectURL(file);
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  video.src = url;
  await new Promise<void>((resolve, reject) => {
    video.addEventListener('loadeddata', () => resolve(), { once: true });
    video.addEventListener(
      'error',
      () => reject(new Error('this browser cannot open this video; try an MP4 (H.264) or WebM file')),
      { once: true },
    );
  });
  return { video, url };
}

/** Analyses a video file on the device. Rejects with an AbortError when cancelled. */
export async function analyzeVideoFile(file: Blob, options: VideoFileOptions): Promise<AnalysedFile> {
  const { video, url } = await openFile(file);
  try {
    const duration = video.duration;
    if (!Number.isFinite(duration) || duration <= 0) {
      throw new Error('this video has no length we can read');
    }
    if (duration > MAX_FILE_SECONDS) {
      throw new Error(
        `this video is ${Math.round(duration)} s long; trim it to the test (at most ${MAX_FILE_SECONDS} s)`,
      );
    }
    const { estimator } = await loadEstimator(modelFor(options.test));
    estimator.reset();
    const size = modelGrabSize(video.videoWidth, video.videoHeight);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (context === null) {
      throw new Error('this browser cannot read video frames (no 2D canvas)');
    }
    const count = Math.max(1, Math.floor(duration * FILE_SAMPLE_FPS));
    const frames: PoseFrame[] = [];
    const images = new Map<number, ImageData>();
    for (let index = 0; index < count; index += 1) {
      options.signal.throwIfAborted();
      const timeS = index / FILE_SAMPLE_FPS;
      await seek(video, timeS);
      context.drawImage(video, 0, 0, size.width, size.height);
      const pixels = context.getImageData(0, 0, size.width, size.height);
      const frame = {
        ...rgbaToRgb(pixels),
        index,
        sourceWidth: video.videoWidth,
        sourceHeight: video.videoHeight,
      };
      if (index === 0) {
        // As the CLI does: the first call sees the whole frame, the second crops around the person.
        await estimator.estimate(frame, milliseconds(0));
      }
      const pose = await estimator.estimate(frame, milliseconds(timeS * 1000));
      frames.push({ ...pose, index });
      images.set(index, pixels);
      options.onProgress((index + 1) / count);
    }
    const report = measureTrial(frames, options);
    return { report, frames, images };
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}
