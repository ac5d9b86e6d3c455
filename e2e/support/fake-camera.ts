/**
 * Fake-camera files for Chromium (--use-file-for-fake-video-capture): the fixture clip as .y4m,
 * optionally transformed, made with ffmpeg at test time.
 *
 * CAVE_IN_FILTER: no real recording here shows a cave-in, so one is made from the fixture by a
 * documented pixel transformation. Each row of the picture is squeezed towards the body's midline
 * (x = 0.447 of the width, between the knees standing) by a factor that peaks at 2.5 at knee
 * height (y = 0.61 of the height) and falls off as a Gaussian (sd 0.05 of the height), so the
 * knees are drawn closer together while the hips and ankles stay put: in 2D, what a knee caving in
 * looks like. Rows far from knee height are unchanged. On Lightning the right knee then reads
 * well past 10° of valgus on most frames where FPPA is measured.
 */
import type { BrowserContext } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ffmpegBinary } from '../../src/vision/pose/ffmpeg-binary.js';
import { SQUAT_CLIP } from '../../src/vision/pose/pose-fixture.js';

const PINCH = '(1+1.5*exp(-pow((Y-0.61*H)/(0.05*H),2)))';
const PINCHED_SAMPLE = `p(0.447*W+(X-0.447*W)*${PINCH},Y)`;
/** ffmpeg filter that caves the knees in (see the file comment). */
export const CAVE_IN_FILTER = `geq=lum='${PINCHED_SAMPLE}':cb='${PINCHED_SAMPLE}':cr='${PINCHED_SAMPLE}'`;

/** The fixture as a fake-camera file in `folder`: 360x640, 10 frames a second (frames repeated). */
export function fakeCameraClip(folder: string, name: string, extraFilter: string | null): string {
  const out = join(folder, `${name}.y4m`);
  const filters = ['scale=360:640', ...(extraFilter === null ? [] : [extraFilter]), 'fps=10'];
  execFileSync(ffmpegBinary() ?? 'ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    SQUAT_CLIP,
    '-vf',
    filters.join(','),
    '-pix_fmt',
    'yuv420p',
    '-f',
    'yuv4mpegpipe',
    out,
  ]);
  return out;
}

/**
 * Turns off the app's "device too slow" check in every page of `context`: on a loaded test
 * machine the pose rate measures the machine, not a phone (web/camera/device-speed.ts).
 */
export async function ignoreDeviceSpeed(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => localStorage.setItem(key, 'off'), 'kneeline.deviceSpeedCheck');
}
