/**
 * Reads a video's size, frame rate and duration from `ffmpeg -i` (no ffprobe). Parsing is pure
 * (`parseVideoInfo`); `probeVideo` runs ffmpeg.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { DomainError } from '../../errors.js';
import { ffmpegBinary } from './ffmpeg-binary.js';

/** What Kneeline needs to know about a video before decoding it. Size after rotation. */
export interface VideoInfo {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  /** Null when ffmpeg does not know (a stream). */
  readonly durationMs: number | null;
}

/** Parses ffmpeg's `-i` banner; null when it shows no video stream. */
export function parseVideoInfo(stderr: string): VideoInfo | null {
  const stream = /Stream #\d+:\d+.*?: Video: (.*)/.exec(stderr)?.[1];
  if (stream === undefined) {
    return null;
  }
  const size = /\b(\d{2,5})x(\d{2,5})\b/.exec(stream);
  if (size === null) {
    return null;
  }
  const rate = /([\d.]+)(k?) fps/.exec(stream) ?? /([\d.]+)(k?) tbr/.exec(stream);
  const fps = rate === null ? 25 : Number(rate[1]) * (rate[2] === 'k' ? 1000 : 1);
  const duration = /Duration: (\d+):(\d+):([\d.]+)/.exec(stderr);
  const durationMs =
    duration === null
      ? null
      : ((Number(duration[1]) * 60 + Number(duration[2])) * 60 + Number(duration[3])) * 1000;
  const rotate = Math.abs(Number(/rotate\s*:\s*(-?\d+)/.exec(stderr)?.[1] ?? 0)) % 180;
  const [width, height] = [Number(size[1]), Number(size[2])];
  return rotate === 90
    ? { width: height, height: width, fps, durationMs }
    : { width, height, fps, durationMs };
}

/** The ffmpeg binary, or a DomainError saying how to get one. */
export function requireFfmpeg(): string {
  const binary = ffmpegBinary();
  if (binary === null) {
    throw new DomainError(
      'unsupported',
      'ffmpeg was not found; run `npm install` or set FFMPEG to its path.',
    );
  }
  return binary;
}

/** Throws 'not-found' unless `path` is a readable file. */
export function assertVideoFile(path: string): void {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new DomainError('not-found', `There is no video file at ${path}.`);
  }
}

/** Size, fps and duration of the video at `path`; DomainError 'not-a-video' when it is none. */
export async function probeVideo(path: string): Promise<VideoInfo> {
  assertVideoFile(path);
  const binary = requireFfmpeg();
  const stderr = await new Promise<string>((resolve) => {
    execFile(binary, ['-hide_banner', '-i', path], { maxBuffer: 1 << 20 }, (_error, _out, err) =>
      resolve(err),
    );
  });
  const info = parseVideoInfo(stderr);
  if (info === null) {
    throw new DomainError('not-a-video', `${path} is not a video Kneeline can read.`);
  }
  return info;
}
