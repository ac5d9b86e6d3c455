/**
 * `kneeline analyze` end to end, as a user runs it (a fresh process: start-up, decode, inference),
 * on clips made from the fixtures as phones encode them (H.264 high profile, 30 fps, portrait,
 * a keyframe a second): 1080x1920 standing and squat, 2160x3840 (4K) squat, and the fixture itself.
 * Prints, per clip: the bare decode floor (ffmpeg decoding and scaling every frame, as analyze
 * reads them) and analyze's ratio to real time (video seconds per second of work; 4 = four times
 * faster than real time) by wall clock, with the CPU seconds (analyze and its ffmpeg together)
 * and the load average when the clip was timed. The default (a pool of pose worker threads,
 * one per core) is compared with KNEELINE_POSE_WORKERS=0 (the model in the main thread, the old way).
 * On a shared machine wall time is noisy: each clip runs RUNS times; the best and the median are shown.
 * KNEELINE_BENCH_ONLY=<text> times only the clips whose name contains it; KNEELINE_BENCH_RUNS=N.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openVideo } from '../src/vision/pose/decode-video.js';
import { SQUAT_CLIP } from '../src/vision/pose/pose-fixture.js';
import { requireFfmpeg } from '../src/vision/pose/video-info.js';
import { poseWorkerCount } from '../src/vision/pose/worker-estimator.js';

const RUNS = Number(process.env.KNEELINE_BENCH_RUNS ?? 3);
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

async function decodeFloor(path: string): Promise<{ seconds: number; cpu: number; frames: number }> {
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const { frames } = await openVideo(path);
  let count = 0;
  for await (const _frame of frames) {
    count += 1;
  }
  return { seconds: (performance.now() - started) / 1000, cpu: childCpuSeconds() - cpuBefore, frames: count };
}

/** One analyze run; `workers` sets KNEELINE_POSE_WORKERS (undefined: the default, as a user runs it). */
function analyzeOnce(path: string, test: string, workers?: string): { wall: number; cpu: number } {
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, 'analyze', path, '--test', test, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, KNEELINE_POSE_WORKERS: workers },
  });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`analyze failed on ${path}: ${result.stderr}`);
  }
  return { wall, cpu: childCpuSeconds() - cpuBefore };
}

/** How the default run places the pose model on this machine. */
function poseWorkerNote(): string {
  const workers = poseWorkerCount({}, availableParallelism());
  return workers > 0
    ? `by default: the pose model in a pool of ${workers} worker threads, one per core`
    : 'one core: the pose model in the main thread';
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'kneeline-bench-analyze-'));
  try {
    const standingPhoto = join(work, 'standing.png');
    execFileSync(requireFfmpeg(), ['-v', 'error', '-i', SQUAT_CLIP, '-frames:v', '1', standingPhoto]);
    const clips = [
      {
        name: 'fixture squat 720x1280 5 fps',
        path: SQUAT_CLIP,
        test: 'squat',
        seconds: 13,
        target: 'faster than real time',
      },
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
        target: '>= 4x, never below 2x',
      },
      {
        name: 'squat 1080x1920 30 fps',
        path: phoneClip(['-i', SQUAT_CLIP], 'scale=1080:1920', 13, join(work, 'q1080.mp4'), '12M'),
        test: 'squat',
        seconds: 13,
        target: '>= 4x, never below 2x',
      },
      {
        name: 'squat 2160x3840 (4K) 30 fps',
        path: phoneClip(['-i', SQUAT_CLIP], 'scale=2160:3840', 13, join(work, 'q4k.mp4'), '40M'),
        test: 'squat',
        seconds: 13,
        target: '>= 1x',
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
    const only = process.env.KNEELINE_BENCH_ONLY;
    const load = (): string =>
      loadavg()
        .map((value) => value.toFixed(1))
        .join(' ');
    console.log(
      `${availableParallelism()} cores; load average (1, 5, 15 min) at the start: ${load()}. ` +
        'Above the core count, other work shares the machine and wall times are slower than a user would see.',
    );
    for (const clip of clips.filter((c) => only === undefined || c.name.includes(only))) {
      const loadAtStart = load();
      const floor = await decodeFloor(clip.path);
      const pool = Array.from({ length: RUNS }, () => analyzeOnce(clip.path, clip.test));
      const single = Array.from({ length: RUNS }, () => analyzeOnce(clip.path, clip.test, '0'));
      const walls = pool.map((run) => run.wall);
      rows[`${clip.name}, ${clip.test}`] = {
        'video s': clip.seconds.toFixed(1),
        'decode floor x': (clip.seconds / floor.seconds).toFixed(1),
        'decode CPU s': floor.cpu.toFixed(2),
        'analyze x best': (clip.seconds / Math.min(...walls)).toFixed(2),
        'analyze x median': (clip.seconds / median(walls)).toFixed(2),
        'wall s': median(walls).toFixed(2),
        'CPU s': median(pool.map((run) => run.cpu)).toFixed(2),
        '1 thread x': (clip.seconds / median(single.map((run) => run.wall))).toFixed(2),
        '1 thread CPU s': median(single.map((run) => run.cpu)).toFixed(2),
        target: clip.target,
        'load avg': `${loadAtStart} -> ${load()}`,
      };
    }
    console.log(
      `\nkneeline analyze as a user runs it (${poseWorkerNote()}), medians of ${RUNS} runs per clip.\n` +
        '  x = video seconds per second of wall time (4 = four times faster than real time; below 1 = slower).\n' +
        '  decode floor x: ffmpeg alone decoding and scaling every frame, the most analyze could reach.\n' +
        '  CPU s: user + system seconds of analyze and its ffmpeg together (over all cores).\n' +
        '  1 thread: the same with KNEELINE_POSE_WORKERS=0 (the pose model in the main thread).\n' +
        '  target: the speed issue 10 asks for on 2 cores, by wall clock on a quiet machine.',
    );
    console.table(rows);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
