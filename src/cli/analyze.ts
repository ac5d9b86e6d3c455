/**
 * `kneeline analyze VIDEO --test squat ...`: measures knee alignment in a recorded test and
 * prints the report (a table, or JSON with --json); --snapshots writes a PNG per rep's bottom.
 */
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { PoseFrame } from '../vision/geometry/types.js';
import { TRIAL_TESTS } from '../vision/geometry/types.js';
import type { RgbImage } from '../vision/pose/rgb-image.js';
import { formatTrialReport } from '../vision/trial/format-trial-report.js';
import { analyzeTrial } from '../vision/trial/analyze-trial.js';
import type { TrialOptions, TrialReport } from '../vision/trial/types.js';
import { readKeypointsDir, writeKeypointsDir } from './keypoints-io.js';
import type { AnalyzeModel } from './analyze-video.js';
import { UsageError } from './errors.js';
import { progressReporter } from './progress-bar.js';

const HELP = `Usage: kneeline analyze VIDEO|PHOTO --test TEST [options]
       kneeline analyze --keypoints DIR --test TEST [--fps N] [options]

Measures knee alignment in a video of one test, filmed from the front, and concludes:
valgus, no valgus, or can't tell and why. The standing test also takes a photo (jpg, png, webp).

  --test       single-leg-squat | squat | step-down | drop-landing | standing  (required)
  --side       left | right | both        the leg(s) to measure (default both)
  --sex        female | male              to compare with published norms
  --model      thunder | lightning | blazepose   (default thunder: accurate at each rep's bottom)
  --height CM  your height, for the standing test's ankle gap in cm
  --mirrored   the video is mirrored (a selfie camera)
  --json       print the full report as JSON
  --snapshots DIR   write a PNG of each repetition's bottom with the angles drawn
  --keypoints DIR   read OpenPose *_keypoints.json files (BODY_25, COCO-18, HALPE_26 or COCO-17,
                    pixels; as OpenPose, Sports2D and Pose2Sim write them) instead of a video
  --fps N           frame rate of those keypoint files (default 30)
  --export-keypoints DIR   write the keypoints Kneeline measured as OpenPose BODY_25 files`;

const argsSchema = z.object({
  video: z.string().min(1).optional(),
  keypoints: z.string().min(1).optional(),
  fps: z.coerce.number().positive().max(1000).optional(),
  exportKeypoints: z.string().min(1).optional(),
  test: z.enum(TRIAL_TESTS),
  side: z.enum(['left', 'right', 'both']).default('both'),
  sex: z.enum(['female', 'male']).optional(),
  height: z.coerce.number().min(50).max(250).optional(),
  model: z.enum(['thunder', 'lightning', 'blazepose']).default('thunder'),
  mirrored: z.boolean().default(false),
  json: z.boolean().default(false),
  snapshots: z.string().min(1).optional(),
});

/** The parsed command line of `kneeline analyze`. */
export type AnalyzeArgs = z.infer<typeof argsSchema>;

/** Parses the arguments; throws UsageError with one sentence on a mistake; null for --help. */
export function parseAnalyzeArgs(args: readonly string[]): AnalyzeArgs | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        test: { type: 'string' },
        side: { type: 'string' },
        sex: { type: 'string' },
        height: { type: 'string' },
        model: { type: 'string' },
        mirrored: { type: 'boolean' },
        json: { type: 'boolean' },
        snapshots: { type: 'string' },
        keypoints: { type: 'string' },
        fps: { type: 'string' },
        'export-keypoints': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(
      `${error instanceof Error ? error.message : String(error)} (see kneeline analyze --help).`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    return null;
  }
  if (positionals.length !== (values.keypoints === undefined ? 1 : 0)) {
    throw new UsageError(
      values.keypoints === undefined
        ? 'Give exactly one video file, e.g. `kneeline analyze squat.mp4 --test squat`.'
        : 'Give either a video or --keypoints DIR, not both.',
    );
  }
  if (values.keypoints !== undefined && values.snapshots !== undefined) {
    throw new UsageError('--snapshots needs the video itself; keypoint files hold no pictures.');
  }
  const { help: _help, 'export-keypoints': exportKeypoints, ...rest } = values;
  const result = argsSchema.safeParse({
    ...rest,
    ...(exportKeypoints === undefined ? {} : { exportKeypoints }),
    ...(positionals[0] === undefined ? {} : { video: positionals[0] }),
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    const option = issue?.path.join('.') ?? 'input';
    throw new UsageError(
      option === 'test' && values.test === undefined
        ? 'Say which test the video shows with --test (single-leg-squat, squat, step-down, drop-landing or standing).'
        : `--${option}: ${issue?.message ?? 'not valid'} (see kneeline analyze --help).`,
    );
  }
  if (PHOTO.test(result.data.video ?? '') && result.data.test !== 'standing') {
    throw new UsageError(
      'A photo can only be read for the standing test (--test standing); film the other tests as a video.',
    );
  }
  return result.data;
}

/** Still images ffmpeg reads as a one-frame video. */
const PHOTO = /\.(jpe?g|png|webp)$/i;

/** Snapshots are drawn on frames this tall (the analysis itself ran on 360 px frames). */
const SNAPSHOT_HEIGHT = 720;

/** Decodes the frames at `indices` once more, at snapshot size. */
async function decodeFramesAt(path: string, indices: ReadonlySet<number>): Promise<Map<number, RgbImage>> {
  const { openVideo } = await import('../vision/pose/decode-video.js');
  const found = new Map<number, RgbImage>();
  const last = Math.max(...indices);
  const { frames } = await openVideo(path, { maxHeight: SNAPSHOT_HEIGHT });
  for await (const frame of frames) {
    if (indices.has(frame.index)) {
      found.set(frame.index, frame);
    }
    if (frame.index >= last) {
      await frames.return(undefined);
      break;
    }
  }
  return found;
}

/** Runs `kneeline analyze`; returns the exit code. */
export async function run(args: readonly string[]): Promise<number> {
  const parsed = parseAnalyzeArgs(args);
  if (parsed === null) {
    console.log(HELP);
    return 0;
  }
  const options: TrialOptions = {
    test: parsed.test,
    side: parsed.side,
    mirrored: parsed.mirrored,
    ...(parsed.sex === undefined ? {} : { sex: parsed.sex }),
    ...(parsed.height === undefined ? {} : { heightCm: parsed.height }),
  };
  const analysed =
    parsed.video === undefined
      ? fromKeypoints(parsed.keypoints ?? '', parsed.fps ?? DEFAULT_KEYPOINT_FPS, options)
      : await fromVideo(parsed.video, parsed, options);
  const { report } = analysed;
  console.log(parsed.json ? JSON.stringify(report, null, 2) : formatTrialReport(report));
  if (parsed.exportKeypoints !== undefined) {
    const stem = parsed.video === undefined ? 'kneeline' : basename(parsed.video, extname(parsed.video));
    const count = writeKeypointsDir(parsed.exportKeypoints, stem, analysed.poses);
    console.error(
      `kneeline: wrote ${count} keypoint file(s) (OpenPose BODY_25) to ${parsed.exportKeypoints}`,
    );
  }
  return 0;
}

/** Frame rate assumed for keypoint files when --fps is not given. */
const DEFAULT_KEYPOINT_FPS = 30;

/** The report from keypoint files: no pose model runs. */
function fromKeypoints(
  dir: string,
  fps: number,
  options: TrialOptions,
): { report: TrialReport; poses: readonly PoseFrame[] } {
  const poses = readKeypointsDir(dir, fps);
  return { report: analyzeTrial(poses, options), poses };
}

/** The report from a video or photo, with the snapshots when asked for. */
async function fromVideo(
  video: string,
  parsed: AnalyzeArgs,
  options: TrialOptions,
): Promise<{ report: TrialReport; poses: readonly PoseFrame[] }> {
  // Loaded here, not at the top, so `--help` and a usage mistake never pay for decoding or TF.js.
  const [{ analyzeVideo }, { analyzeEstimators }, { writeSnapshots }] = await Promise.all([
    import('./analyze-video.js'),
    import('./analyze-estimators.js'),
    import('./analyze-snapshots.js'),
  ]);
  // One pool of worker threads for the whole run (KNEELINE_POSE_WORKERS=0: the main thread).
  const estimators = analyzeEstimators();
  const progress = progressReporter(process.stderr, 'analysing');
  const model: AnalyzeModel = parsed.model;
  const analysed = await analyzeVideo(video, options, model, {
    createEstimator: estimators.createEstimator,
    ...(estimators.prepare === undefined ? {} : { prepare: estimators.prepare }),
    onProgress: (share) => progress.update(share),
  }).finally(() => {
    progress.done();
    estimators.dispose();
  });
  const { report } = analysed;
  if (parsed.snapshots !== undefined) {
    const byIndex = new Map<number, PoseFrame>(analysed.poses.map((pose) => [pose.index, pose]));
    const bottoms = new Set(report.repetitions.map((rep) => rep.bottomFrame));
    const images = bottoms.size === 0 ? new Map<number, RgbImage>() : await decodeFramesAt(video, bottoms);
    const written = await writeSnapshots(
      parsed.snapshots,
      report.repetitions,
      (index) => Promise.resolve(images.get(index)),
      (index) => byIndex.get(index),
      report.minScore,
    );
    console.error(`kneeline: wrote ${written.length} snapshot(s) to ${parsed.snapshots}`);
  }
  return analysed;
}
