/**
 * Finds the ffmpeg binary: FFMPEG if set, then the one @ffmpeg-installer/ffmpeg ships, then
 * `ffmpeg` on PATH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

let cached: string | null | undefined;

function fromInstaller(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const installer = require('@ffmpeg-installer/ffmpeg') as { path?: unknown };
    return typeof installer.path === 'string' && existsSync(installer.path) ? installer.path : null;
  } catch {
    return null;
  }
}

function onPath(): string | null {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return 'ffmpeg';
  } catch {
    return null;
  }
}

/** The ffmpeg command to run, or null when there is none. */
export function ffmpegBinary(): string | null {
  if (cached !== undefined) {
    return cached;
  }
  const fromEnv = process.env.FFMPEG;
  cached = fromEnv !== undefined && fromEnv !== '' ? fromEnv : (fromInstaller() ?? onPath());
  return cached;
}
