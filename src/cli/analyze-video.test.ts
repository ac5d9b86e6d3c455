import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSystemPart } from '../testing/system-parts.js';
import type { PoseFrame } from '../vision/geometry/types.js';
import type { PoseEstimator } from '../vision/pose/estimator.js';
import { ffmpegBinary } from '../vision/pose/ffmpeg-binary.js';
import { ffmpeg } from '../vision/pose/system-parts.js';
import { syntheticSquatFrames } from '../vision/trial/synthetic-frames.js';
import { milliseconds, pixels } from '../units.js';
import {
  DEFAULT_PASS_PLAN,
  analyzeVideo,
  bottomStride,
  firstPassStride,
  framesAroundBottoms,
  mergePoses,
  nearestPose,
  stillFrames,
} from './analyze-video.js';
import { frameOf, standingSquare } from '../vision/geometry/test-frame.js';
import type { AnalyzedVideo, AnalyzeVideoDeps } from './analyze-video.js';

const pose = (index: number, width = 100): PoseFrame => ({
  index,
  timeMs: milliseconds(index * 33),
  width: pixels(width),
  height: pixels(100),
  keypoints: {},
});

describe('framesAroundBottoms', () => {
  it('picks every frame within the window of each bottom, at the full frame rate', () => {
    expect([...framesAroundBottoms([10, 50], 30, 100, 100)].sort((a, b) => a - b)).toEqual([
      7, 8, 9, 10, 11, 12, 13, 47, 48, 49, 50, 51, 52, 53,
    ]);
  });

  it('takes every other frame of a 30 fps clip at 15 a second, the bottom always, covering the window', () => {
    expect(bottomStride(30, 15)).toBe(2);
    expect(bottomStride(5, 15)).toBe(1);
    expect([...framesAroundBottoms([10], 30, 100, 100, 2)].sort((a, b) => a - b)).toEqual([6, 8, 10, 12, 14]);
  });

  it('stays inside the clip at its ends', () => {
    expect([...framesAroundBottoms([0, 9], 30, 100, 10)].sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 6, 7, 8, 9,
    ]);
  });
});

describe('nearestPose', () => {
  const seen = (index: number) => frameOf(standingSquare, { index });
  const nobody = (index: number) => frameOf({}, { index });

  it('guides a Thunder frame by the nearest first-pass pose that shows the person', () => {
    const poses = [seen(0), nobody(6), seen(12)];
    expect(nearestPose(poses, 5, 6)?.index).toBe(0);
    expect(nearestPose(poses, 7, 6)?.index).toBe(12);
  });

  it('has no guide further off than one sampling step (the frame is read primed instead)', () => {
    expect(nearestPose([seen(0), nobody(12)], 9, 6)).toBeNull();
    expect(nearestPose([seen(0)], 6, 6)?.index).toBe(0);
  });

  it('samples 5 frames a second for the Thunder plan and 15 for a single model', () => {
    expect(firstPassStride(30, 'thunder', DEFAULT_PASS_PLAN)).toBe(6);
    expect(firstPassStride(30, 'lightning', DEFAULT_PASS_PLAN)).toBe(2);
    expect(firstPassStride(5, 'thunder', DEFAULT_PASS_PLAN)).toBe(1);
  });
});

describe('mergePoses', () => {
  it('replaces sampled frames with the accurate ones and keeps time order', () => {
    const merged = mergePoses([pose(0), pose(3), pose(6)], [pose(4, 200), pose(3, 200)]);
    expect(merged.map((frame) => [frame.index, frame.width])).toEqual([
      [0, 100],
      [3, 200],
      [4, 200],
      [6, 100],
    ]);
  });
});

const canDecode = hasSystemPart(ffmpeg);

/** A plain gray 64x64 clip of `seconds` at `fps`, written by ffmpeg into a new temp folder as `name`. */
function grayClip(name: string, fps: number, seconds: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kneeline-')), name);
  execFileSync(ffmpegBinary() ?? 'ffmpeg', [
    ...['-v', 'error', '-f', 'lavfi', '-i', `color=c=gray:s=64x64:r=${fps}:d=${seconds}`],
    ...['-pix_fmt', 'yuv420p', path],
  ]);
  return path;
}

/** `reps` constructed squats at 30 fps, 18° of valgus on the left knee and 4° on the right. */
const squatsAt30Fps = (reps: number): PoseFrame[] =>
  syntheticSquatFrames({ reps, fps: 30, peakFppaDegrees: { left: 18, right: 4 }, thighRatioAtBottom: 0.8 });

/** `analyzeVideo` of a left single-leg squat, Thunder after Lightning, each model's estimator from `fake`. */
const analyzeLeftSquat = (
  path: string,
  fake: (model: 'lightning' | 'thunder') => PoseEstimator,
  deps: Omit<AnalyzeVideoDeps, 'createEstimator'> = {},
): Promise<AnalyzedVideo> =>
  analyzeVideo(path, { test: 'single-leg-squat', side: 'left', mirrored: false }, 'thunder', {
    createEstimator: (model) => Promise.resolve(fake(model === 'thunder' ? 'thunder' : 'lightning')),
    ...deps,
  });

describe.runIf(canDecode)('analyzeVideo', () => {
  it('runs the accurate model only on the frames around each squat bottom, the fast one on a sample', async () => {
    const synthetic = squatsAt30Fps(5);
    const path = grayClip('squats.mp4', 30, synthetic.length / 30);
    const calls: Record<string, number[]> = { lightning: [], thunder: [] };
    const thunderCuts: (string | null)[] = [];
    const fake = (model: 'lightning' | 'thunder'): PoseEstimator => ({
      model,
      estimate(frame) {
        (calls[model] ??= []).push(frame.index ?? -1);
        if (model === 'thunder') {
          thunderCuts.push(frame.cropOf === undefined ? null : `${frame.width}x${frame.height}`);
        }
        const pose = synthetic[frame.index ?? 0];
        if (pose === undefined) {
          throw new Error(`no synthetic frame ${frame.index ?? -1}`);
        }
        return Promise.resolve(pose);
      },
      reset: () => undefined,
      dispose: () => undefined,
    });
    const analysed = await analyzeLeftSquat(path, fake);
    const bottoms = analysed.report.repetitions.map((rep) => rep.bottomFrame);
    expect(bottoms).toHaveLength(5);
    expect(new Set(calls.lightning)).toEqual(new Set(synthetic.map((_, i) => i).filter((i) => i % 6 === 0)));
    const thunderFrames = new Set(calls.thunder);
    for (const bottom of bottoms) {
      expect(thunderFrames.has(bottom), `bottom ${bottom}`).toBe(true);
    }
    // 10 a second (every third frame) within 100 ms of each bottom the fast pass found: 3 a rep.
    expect(thunderFrames.size).toBeLessThanOrEqual(5 * 3);
    expect(bottomStride(30, 10)).toBe(3);
    // Each Thunder frame is read once (no priming call), cut to a square around the person.
    expect(calls.thunder).toHaveLength(thunderFrames.size);
    expect(thunderCuts.every((cut) => cut !== null && cut.split('x')[0] === cut.split('x')[1])).toBe(true);
  }, 60_000);

  it('without a torso to crop around (a waist-down clip) reads each bottom window whole, primed once', async () => {
    const waistDown = squatsAt30Fps(3).map((pose) => {
      const { left_shoulder: _l, right_shoulder: _r, ...legs } = pose.keypoints;
      return { ...pose, keypoints: legs };
    });
    const path = grayClip('squats.mp4', 30, waistDown.length / 30);
    const thunder: string[] = [];
    const fake = (model: 'lightning' | 'thunder'): PoseEstimator => ({
      model,
      estimate(frame) {
        if (model === 'thunder') {
          thunder.push(frame.cropOf === undefined ? `${frame.index ?? -1}` : 'cut');
        }
        return Promise.resolve(waistDown[frame.index ?? 0] as PoseFrame);
      },
      reset: () => (model === 'thunder' ? thunder.push('reset') : undefined),
      dispose: () => undefined,
    });
    const analysed = await analyzeLeftSquat(path, fake);
    const bottoms = analysed.report.repetitions.map((rep) => rep.bottomFrame);
    expect(bottoms).toHaveLength(3);
    // Per window: reset, the first frame twice (priming), then the window's other two frames.
    const expected = bottoms.flatMap((bottom) => [
      'reset',
      ...[bottom - 3, bottom - 3, bottom, bottom + 3].map(String),
    ]);
    expect(thunder).toEqual(expected);
  }, 60_000);

  it('with two worker lanes tracks the fast pass in runs of 12 samples, each primed on the sample before it', async () => {
    const synthetic = squatsAt30Fps(3);
    const path = grayClip('squats.mp4', 30, synthetic.length / 30);
    const events: string[] = [];
    const fake = (model: 'lightning' | 'thunder'): PoseEstimator => ({
      model,
      lanes: 2,
      estimate(frame) {
        events.push(`${model}:${frame.index ?? -1}`);
        return Promise.resolve(synthetic[frame.index ?? 0] as PoseFrame);
      },
      reset: () => events.push(`${model}:reset`),
      dispose: () => undefined,
    });
    const analysed = await analyzeLeftSquat(path, fake, {
      prepare: (model) => events.push(`prepare:${model}`),
    });
    const lightning = events.filter((event) => event.startsWith('lightning'));
    // Samples are every 6th frame; run k starts at sample 12k, primed on sample 12k - 1 (frame 72k - 6).
    expect(lightning.slice(0, 3)).toEqual(['lightning:reset', 'lightning:0', 'lightning:0']);
    expect(lightning.slice(14, 17)).toEqual(['lightning:reset', 'lightning:66', 'lightning:72']);
    expect(lightning.filter((event) => event === 'lightning:reset')).toHaveLength(
      Math.ceil(Math.ceil(synthetic.length / 6) / 12),
    );
    // Thunder is prepared once, after the last Lightning frame was sent and before Thunder runs.
    const prepared = events.indexOf('prepare:thunder');
    expect(events.filter((event) => event === 'prepare:thunder')).toHaveLength(1);
    expect(events.slice(0, prepared).every((event) => event.startsWith('lightning'))).toBe(true);
    expect(analysed.report.repetitions).toHaveLength(3);
    expect(analysed.estimated.lightning).toBe(Math.ceil(synthetic.length / 6));
  }, 60_000);

  it('reads a still stance from six frames with Thunder alone, primed once', async () => {
    const path = grayClip('still.mp4', 30, 2);
    const calls: string[] = [];
    const standing = syntheticSquatFrames({
      reps: 0,
      fps: 30,
      peakFppaDegrees: { left: 0, right: 0 },
      thighRatioAtBottom: 1,
    })[0];
    const estimator = (model: string): PoseEstimator => ({
      model: model === 'thunder' ? 'thunder' : 'lightning',
      estimate(frame, timeMs) {
        calls.push(`${model}:${frame.index ?? -1}`);
        return Promise.resolve({ ...(standing as PoseFrame), index: frame.index ?? 0, timeMs });
      },
      reset: () => calls.push('reset'),
      dispose: () => undefined,
    });
    const analysed = await analyzeVideo(
      path,
      { test: 'standing', side: 'both', mirrored: false },
      'thunder',
      {
        createEstimator: (model) => Promise.resolve(estimator(model)),
      },
    );
    expect(calls).toEqual(['reset', 'thunder:6', ...stillFrames(60).map((index) => `thunder:${index}`)]);
    expect(analysed.report.conclusion.kind).toBe('no-valgus');
  }, 60_000);
});

describe(stillFrames.name, () => {
  it('reads a photo from its one frame', () => {
    expect(stillFrames(1)).toEqual([0]);
  });

  it('spreads six frames over the middle 80% of a still clip', () => {
    expect(stillFrames(60)).toEqual([6, 15, 25, 34, 44, 53]);
  });

  it('takes every frame of a clip shorter than that', () => {
    expect(stillFrames(4)).toEqual([0, 1, 2, 3]);
  });
});
