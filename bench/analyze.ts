/**
 * `kneeline analyze` end to end, as a user runs it (a fresh process: start-up, decode, inference),
 * on clips made from the fixtures as phones encode them (H.264 high profile, 30 fps, portrait,
 * a keyframe a second): 1080x1920 standing and squat, 3840x2160 squat, and the fixture itself.
 * Prints, per clip: the bare decode floor (ffmpeg decoding and scaling every frame, as analyze
 * reads them) and analyze's ratio to real time (video seconds per second of work; 4 = four times
 * faster than real time), by wall clock and by CPU time (analyze and its ffmpeg together).
 * On a shared machine wall time is noisy: each clip runs RUNS times; the best and the median are shown.
 * Each clip runs with the model in the main thread (KNEELINE_POSE_WORKERS=0, before) and in
 * worker threads (KNEELINE_BENCH_WORKERS, default 2, after); the second table gives the ratios.
 * KNEELINE_BENCH_ONLY=<text> times only the clips whose name contains it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openVideo } from '../src/vision/pose/decode-video.js';
import { SQUAT_CLIP } from '../src/vision/pose/pose-fixture.js';
import { requireFfmpeg } from '../src/vision/pose/video-info.js';

const RUNS = Number(process.env.KNEELINE_BENCH_RUNS ?? 3);
const WORKERS = process.env.KNEELINE_BENCH_WORKERS ?? '2';
// KNEELINE_BENCH_ROOT: another checkout to time the same way (e.g. the commit before a change).
const root = process.env.KNEELINE_BENCH_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'kneeline.mjs');

/** CPU seconds of this process's waited-for children so far (Linux /proc; 0 elsewhere). */
function childCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // Fields after the command: state is [0]; cutime and cstime are the 16th and 17th fields of the line.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

/** Encodes `input` (with ffmpeg filters `vf`) the way a phone would. */
function phoneClip(input: string[], vf: string, seconds: number, out: string, bitrate: string): string {
  execFileSync(requireFfmpeg(), [
    ...['-v', 'error', ...input, '-t', String(seconds), '-vf', `${vf},fps=30`],
    ...['-c:v', 'libx264', '-profile:v', 'high', '-preset', 'veryfast', '-g', '30', '-b:v', bitrate],
    ...['-pix_fmt', 'yuv420p', '-an', out],
  ]);
  return out;
}

async function decodeFloor(path: string): Promise<{ seconds: number; frames: number }> {
  const started = performance.now();
  const { frames } = await openVideo(path);
  let count = 0;
  for await (const _frame of frames) {
    count += 1;
  }
  return { seconds: (performance.now() - started) / 1000, frames: count };
}

function analyzeOnce(path: string, test: string, workers?: string): { wall: number; cpu: number } {
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, 'analyze', path, '--test', test, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: workers === undefined ? process.env : { ...process.env, KNEELINE_POSE_WORKERS: workers },
  });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`analyze failed on ${path}: ${result.stderr}`);
  }
  return { wall, cpu: childCpuSeconds() - cpuBefore };
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'kneeline-bench-analyze-'));
  try {
    const standingPhoto = join(work, 'standing.png');
    execFileSync(requireFfmpeg(), ['-v', 'error', '-i', SQUAT_CLIP, '-frames:v', '1', standingPhoto]);
    const clips = [
      { name: 'fixture squat 720x1280 5 fps', path: SQUAT_CLIP, test: 'squat', seconds: 13 },
      {
        name: 'standing 1080x1920 30 fps',
        path: phoneClip(
          ['-loop', '1', '-i', standingPhoto],
          'scale=1080:1920',
          7.6,
          join(work, 's1080.mp4'),
          '12M',
        ),
        test: 'standing',
        seconds: 7.6,
      },
      {
        name: 'squat 1080x1920 30 fps',
        path: phoneClip(['-i', SQUAT_CLIP], 'scale=1080:1920', 13, join(work, 'q1080.mp4'), '12M'),
        test: 'squat',
        seconds: 13,
      },
      {
        name: 'squat 2160x3840 (4K) 30 fps',
        path: phoneClip(['-i', SQUAT_CLIP], 'scale=2160:3840', 13, join(work, 'q4k.mp4'), '40M'),
        test: 'squat',
        seconds: 13,
      },
    ];
    const start = analyzeOnce(SQUAT_CLIP, 'squat'); // warm the file cache and build/
    console.log(`(warm-up run: ${start.wall.toFixed(2)} s)`);
    const help = spawnSync(process.execPath, [bin, 'analyze', '--help']);
    const helpStarted = performance.now();
    spawnSync(process.execPath, [bin, 'analyze', '--help']);
    console.log(
      `start-up: \`kneeline analyze --help\` ${((performance.now() - helpStarted) / 1000).toFixed(2)} s (exit ${help.status ?? '?'})`,
    );
    const rows: Record<string, Record<string, string>> = {};
    const ratios: Record<string, Record<string, string>> = {};
    const only = process.env.KNEELINE_BENCH_ONLY;
    for (const clip of clips.filter((c) => only === undefined || c.name.includes(only))) {
      const floor = await decodeFloor(clip.path);
      const before = Array.from({ length: RUNS }, () => analyzeOnce(clip.path, clip.test, '0'));
      const runs = Array.from({ length: RUNS }, () => analyzeOnce(clip.path, clip.test, WORKERS));
      const beforeWall = median(before.map((run) => run.wall));
      const beforeCpu = median(before.map((run) => run.cpu));
      ratios[`${clip.name}, ${clip.test}`] = {
        'main thread wall s': beforeWall.toFixed(2),
        'workers wall s': median(runs.map((run) => run.wall)).toFixed(2),
        'wall after/before': (median(runs.map((run) => run.wall)) / beforeWall).toFixed(2),
        'main thread CPU s': beforeCpu.toFixed(2),
        'workers CPU s': median(runs.map((run) => run.cpu)).toFixed(2),
        'CPU after/before': (median(runs.map((run) => run.cpu)) / beforeCpu).toFixed(2),
      };
      // The first table is the default path, as a user runs it: the model in the main thread.
      const walls = before.map((run) => run.wall);
      const cpus = before.map((run) => run.cpu);
      rows[`${clip.name}, ${clip.test}`] = {
        'video s': clip.seconds.toFixed(1),
        'decode floor x': (clip.seconds / floor.seconds).toFixed(1),
        'analyze x (best wall)': (clip.seconds / Math.min(...walls)).toFixed(2),
        'analyze x (median wall)': (clip.seconds / median(walls)).toFixed(2),
        'analyze x (CPU, 1 core)': (clip.seconds / median(cpus)).toFixed(2),
        'analyze x (CPU, 2 cores)': (clip.seconds / (median(cpus) / 2)).toFixed(2),
        'CPU s': median(cpus).toFixed(2),
      };
    }
    console.log(
      `analyze as a user runs it, ${RUNS} runs per clip (x = times faster than real time; ` +
        'CPU x: video s / CPU s on one core, and the ceiling if the work were spread over both):',
    );
    console.table(rows);
    console.log(
      `pose model in the main thread (before) vs ${WORKERS} worker threads (after), medians of ${RUNS} runs ` +
        "(wall below 1 = faster; CPU a little above 1 = the workers' own start-up):",
    );
    console.table(ratios);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
