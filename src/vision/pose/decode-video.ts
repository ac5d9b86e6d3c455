/**
 * Decodes a video file into RGB frames with their timestamps: ffmpeg piped as raw rgb24,
 * downscaled in ffmpeg (pose models need no more than ~360 px), times from `showinfo`.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { DomainError } from '../../errors.js';
import type { RgbImage } from './rgb-image.js';
import { probeVideo, requireFfmpeg } from './video-info.js';
import type { VideoInfo } from './video-info.js';

/** One decoded frame: pixels at the decoded size, plus where it sits in the source video. */
export interface DecodedFrame extends RgbImage {
  readonly index: number;
  readonly timeMs: number;
  readonly sourceWidth: number;
  readonly sourceHeight: number;
}

/** Options for `decodeVideo`. */
export interface DecodeOptions {
  /** Frames taller than this are scaled down in ffmpeg (default 360). */
  readonly maxHeight?: number;
  /**
   * Only these frame indices, in ascending order: ffmpeg still decodes every frame but scales and
   * pipes only these (a still stance is read from a few frames).
   */
  readonly onlyFrames?: readonly number[];
}

/** The decoded size for a source size: height at most `maxHeight`, width even, aspect kept. */
export function decodedSize(
  info: Pick<VideoInfo, 'width' | 'height'>,
  maxHeight: number,
): {
  width: number;
  height: number;
} {
  if (info.height <= maxHeight) {
    return { width: info.width, height: info.height };
  }
  const width = Math.max(2, 2 * Math.round((info.width * maxHeight) / info.height / 2));
  return { width, height: maxHeight };
}

/**
 * One decoding thread up to 1080p: there decoding takes a fraction of a core beside the pose
 * model, and ffmpeg's frame threads only add switching (a 13 s 1080x1920 clip: 0.1 s less wall
 * and 0.2 s less CPU over the whole analysis, bench/analyze.ts). Above it decoding is the limit
 * (4K: 0.7 s slower with one thread), so ffmpeg picks its own thread count.
 */
export function decoderThreads(info: Pick<VideoInfo, 'width' | 'height'>): string[] {
  return info.width * info.height <= 1920 * 1080 ? ['-threads', '1'] : [];
}

/** The `pts_time` of each `showinfo` line, by frame number. */
export function parseShowinfoLine(line: string): { n: number; timeMs: number } | null {
  const match = /showinfo.*\bn:\s*(\d+)\s+pts:\s*-?\d+\s+pts_time:(-?[\d.]+)/.exec(line);
  return match === null ? null : { n: Number(match[1]), timeMs: Number(match[2]) * 1000 };
}

/** Probes `path` and returns its info and an async stream of its frames. */
export async function openVideo(
  path: string,
  options: DecodeOptions = {},
): Promise<{ info: VideoInfo; frames: AsyncGenerator<DecodedFrame> }> {
  const info = await probeVideo(path);
  return { info, frames: decodeFrames(path, info, options) };
}

async function* decodeFrames(
  path: string,
  info: VideoInfo,
  options: DecodeOptions,
): AsyncGenerator<DecodedFrame> {
  const { width, height } = decodedSize(info, options.maxHeight ?? 360);
  const only = options.onlyFrames;
  // showinfo after scale: it checksums every frame it sees, which costs more than the scaling at 1080p and 4K.
  const select = only === undefined ? '' : `select='${only.map((n) => `eq(n\\,${n})`).join('+')}',`;
  const filter = `${select}scale=${width}:${height}:flags=area,showinfo`;
  const args = [
    '-hide_banner',
    '-nostats',
    ...decoderThreads(info),
    '-i',
    path,
    '-an',
    '-vf',
    filter,
    '-vsync',
    '0',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    '-',
  ];
  const child = spawn(requireFfmpeg(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const times: number[] = [];
  const errorLines: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    const shown = parseShowinfoLine(line);
    if (shown !== null) {
      times[shown.n] = shown.timeMs;
    } else if (errorLines.length < 20) {
      errorLines.push(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const frameBytes = width * height * 3;
  // Each frame is filled straight from the pipe's chunks: one copy, no growing buffers to collect.
  let frame = new Uint8Array(frameBytes);
  let filled = 0;
  let index = 0;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let offset = 0;
      while (offset < chunk.length) {
        const taken = Math.min(frameBytes - filled, chunk.length - offset);
        frame.set(chunk.subarray(offset, offset + taken), filled);
        filled += taken;
        offset += taken;
        if (filled < frameBytes) {
          break;
        }
        const frameIndex = only === undefined ? index : (only[index] ?? index);
        const timeMs = times[index] ?? (frameIndex * 1000) / info.fps;
        yield {
          data: frame,
          width,
          height,
          index: frameIndex,
          timeMs,
          sourceWidth: info.width,
          sourceHeight: info.height,
        };
        index += 1;
        frame = new Uint8Array(frameBytes);
        filled = 0;
      }
    }
    const code = await exited;
    if (code !== 0 && index === 0) {
      throw new DomainError(
        'not-a-video',
        `${path} could not be decoded as a video (${errorLines.at(-1) ?? 'ffmpeg failed'}).`,
      );
    }
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGKILL');
    }
  }
}
