/**
 * The camera in the real app: headless Chromium with a fake camera that plays the fixture clip
 * (shared/fixtures/pose_squats.mp4, turned into a .y4m by ffmpeg at test time) runs a measured
 * double-leg squat through the capture guide, the recording and the result, and saves it; a
 * browser that refuses the camera shows how to allow it. Screenshots land in e2e/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import type { SystemPart } from '../src/testing/system-parts.js';
import { ffmpegBinary } from '../src/vision/pose/ffmpeg-binary.js';
import { SQUAT_CLIP } from '../src/vision/pose/pose-fixture.js';
import { fakeCameraClip } from './support/fake-camera.js';
import { fakeCameraFlags, phonePage, screenshotsFolder, useE2e } from './support/e2e.js';

const ffmpeg: SystemPart = {
  name: 'ffmpeg',
  missing: ffmpegBinary() === null ? 'reinstall @ffmpeg-installer/ffmpeg or set FFMPEG' : null,
};
const canRun = hasSystemPart(chromium) && hasSystemPart(ffmpeg);

/** The clip's first frame (the person standing) held still: a fake camera with a person who does not move. */
function stillCameraFile(folder: string): string {
  const still = join(folder, 'still.png');
  const file = join(folder, 'still.y4m');
  const run = (args: readonly string[]): void => {
    execFileSync(ffmpegBinary() ?? 'ffmpeg', ['-loglevel', 'error', '-y', ...args]);
  };
  run(['-i', SQUAT_CLIP, '-vf', 'scale=360:640', '-frames:v', '1', still]);
  run(['-loop', '1', '-i', still, '-t', '2', '-vf', 'fps=10', '-pix_fmt', 'yuv420p', file]);
  return file;
}

/** Waits for a measured test's result; fails with the page's own words if it stopped instead. */
async function waitForResult(page: Page): Promise<void> {
  await page.locator('#trial-result-title, .measured-test .notice[role="alert"]').first().waitFor();
  const stopped = page.locator('.measured-test .notice[role="alert"]');
  expect(await stopped.count(), (await stopped.allTextContents()).join(' ')).toBe(0);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotsFolder(), `${name}.png`), fullPage: true });
}

/** Recording wanted before Done: one pass of the clip and then some... */
const RECORD_MS = 15_000;
/** ... holding this many frames (3 a second over the 13 s clip: every squat bottom seen). */
const RECORD_FRAMES = 40;

describe.runIf(canRun)('the camera in the browser', { timeout: 240_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'kneeline-camera-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const e2e = useE2e({ models: true, sharedBrowser: false });

  /** A browser whose fake camera plays `y4m` (null: none, the device's own pattern). */
  async function open(y4m: string | null, grant: boolean): Promise<Page> {
    const browser = await e2e.launch(fakeCameraFlags(y4m, false));
    return phonePage(browser, e2e.url, {
      grantCamera: grant,
      ignoreDeviceSpeed: true,
      stepTimeoutMs: 60_000,
    });
  }

  it('measures a double-leg squat from the camera and saves the numbers, not the video', async () => {
    const camera = fakeCameraClip(folder, 'squats', null);
    const page = await open(camera, true);
    await page.goto(`${e2e.url}/#/measure/squat`);
    await page.getByRole('button', { name: 'Start the camera' }).click();
    await page.locator('[data-camera="ready"]').waitFor();
    // The guide lets a recording start only while every check passes (read in one go).
    const start = page.getByRole('button', { name: 'Start recording' });
    const passingWhenEnabled = (): Promise<number> =>
      page.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Start recording',
        );
        const passing = document.querySelectorAll('[data-check][data-status="pass"]').length;
        return button !== undefined && !button.disabled ? passing : -1;
      });
    await expect.poll(passingWhenEnabled, { timeout: 90_000, interval: 250 }).toBe(6);
    const fps = Number(await page.locator('[data-speed]').getAttribute('data-speed'));
    console.log(
      `camera pose loop: ${await page.locator('[data-speed]').textContent()} (fake camera at 10 frames a second)`,
    );
    expect(fps).toBeGreaterThan(0);
    await shoot(page, '10a-camera-guide');

    // The countdown goes back to the guide when a check fails during it (a slow pose loop on a
    // loaded machine can drop a check for a frame): press Start again, as a user would.
    const recording = page.getByText('Recording. Press Done');
    await start.click();
    await expect
      .poll(
        async () => {
          if (await recording.isVisible()) {
            return true;
          }
          if ((await start.isVisible()) && (await start.isEnabled())) {
            await start.click();
          }
          return false;
        },
        { timeout: 180_000, interval: 1_000 },
      )
      .toBe(true);
    await shoot(page, '10b-camera-recording');
    // A little over one pass of the 13 s clip (three squat bottoms) and enough frames to find
    // them, however slowly a loaded machine reads them; the recording stops itself at 40 s.
    await page.waitForFunction(
      ([ms, frames]) => {
        const root = document.querySelector('.measured-test');
        return (
          root?.getAttribute('data-phase') !== 'recording' ||
          (Number(root.getAttribute('data-recorded-ms')) >= ms &&
            Number(root.getAttribute('data-recorded-frames')) >= frames)
        );
      },
      [RECORD_MS, RECORD_FRAMES] as const,
      { timeout: 60_000, polling: 250 },
    );
    if ((await page.locator('.measured-test').getAttribute('data-phase')) === 'recording') {
      await page.getByRole('button', { name: 'Done' }).click();
    }
    await waitForResult(page);
    const sides = page.locator('[data-result="sides"]');
    expect(await sides.locator('[data-side="left"]').textContent()).toContain('Left knee');
    expect(await sides.locator('[data-side="right"]').textContent()).toContain('Right knee');
    const reps = await page.locator('table.rep-table tbody tr').count();
    expect(reps).toBeGreaterThanOrEqual(4); // at least 2 repetitions, both knees
    await page.locator('canvas.peak-snapshot').waitFor();
    console.log(`camera result: ${(await sides.textContent()) ?? ''}`);
    await shoot(page, '10c-camera-result');

    await page.getByRole('button', { name: 'Save this measurement' }).click();
    await page.getByText('Saved: the numbers (not the video)').waitFor();
    const saved = await page.evaluate(async () => {
      const response = await fetch('/api/measurements');
      return (await response.json()) as { test: string; side: string; keypoints?: unknown[] }[];
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]?.test).toBe('squat');
    expect(saved[0]?.keypoints?.length).toBeGreaterThan(50);
  });

  it('talks a user through the knee position sense test and keeps a run without a real bend out of the findings', async () => {
    // A person standing still: every hold is the same, so each knee lands 0° from its neutral.
    const camera = stillCameraFile(folder);
    const page = await open(camera, true);
    // A fast script clock: each spoken step lasts a tenth of its time.
    await page.goto(`${e2e.url}/?playerSpeed=10#/knee-sense`);
    await page.getByRole('button', { name: 'Start the camera' }).click();
    const start = page.getByRole('button', { name: 'Start', exact: true });
    await expect.poll(() => start.isEnabled(), { timeout: 90_000, interval: 250 }).toBe(true);
    await start.click();
    // The spoken steps run (a tenth of their time here) to the result, unless the guide stops them.
    await page.locator('#kps-result, .knee-sense .notice[role="alert"]').first().waitFor({ timeout: 60_000 });
    const stopped = page.locator('.knee-sense .notice[role="alert"]');
    expect(await stopped.count(), (await stopped.allTextContents()).join(' ')).toBe(0);
    const result = page.locator('[data-result="knee-sense"]');
    for (const side of ['left', 'right']) {
      const text = (await result.locator(`[data-side="${side}"]`).textContent()) ?? '';
      expect(Number(/([\d.]+)° from your eyes-open position/.exec(text)?.[1])).toBeLessThan(2);
    }
    // Standing still is no quarter squat: the page says the result means little.
    await page.getByText('not deep enough for the result to mean much').waitFor();
    await shoot(page, '10e-knee-position-sense');
    // A result from holds that were no real bend does not go into the findings.
    expect(await page.getByRole('button', { name: 'Use this in my self-tests' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Do it again' }).isVisible()).toBe(true);
  });

  it('measures the standing knee test on the self-tests page and fills in each knee', async () => {
    // The person standing still: what the standing test asks for.
    const camera = stillCameraFile(folder);
    const page = await open(camera, true);
    await page.goto(`${e2e.url}/#/tests`);
    await page.locator('[data-test="standing-knee"]').waitFor();
    await page.getByRole('button', { name: 'Measure with the camera' }).click();
    await page.getByRole('button', { name: 'Start the camera' }).click();
    const start = page.getByRole('button', { name: 'Start recording' });
    await expect.poll(() => start.isEnabled(), { timeout: 90_000, interval: 250 }).toBe(true);
    await start.click();
    // The standing test records 5 seconds by itself.
    await waitForResult(page);
    expect(await page.locator('[data-result="standing"] [data-side]').count()).toBe(2);
    expect(await page.locator('[data-result="not-in-self-tests"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Save this measurement' }).click();
    await page.getByText('Saved: the numbers (not the video)').waitFor();
    // Each leg's answer is now chosen from the camera's reading.
    const legs = page.locator('section[aria-label$="leg"]');
    expect(await legs.count()).toBe(2);
    await expect.poll(() => legs.locator('input[type="radio"]:checked').count(), { timeout: 60_000 }).toBe(2);
    await shoot(page, '10f-self-test-standing-camera');

    // The camera goes away (unplugged, switched off): the page says so and offers to start it again.
    await page.getByRole('button', { name: 'Measure again' }).click();
    await page.evaluate(() => {
      const stream = document.querySelector('video')?.srcObject;
      if (stream instanceof MediaStream) {
        stream.getVideoTracks().forEach((track) => track.dispatchEvent(new Event('ended')));
      }
    });
    await page.getByText('The camera stopped (it may have been unplugged').waitFor();
    expect(await page.getByRole('button', { name: 'Try the camera again' }).isVisible()).toBe(true);
  });

  it('tells a user who refused the camera how to allow it', async () => {
    // A camera exists, but the permission is not granted and the prompt is dismissed.
    const page = await open(null, false);
    await page.goto(`${e2e.url}/#/measure/single-leg-squat/left`);
    await page.getByRole('button', { name: 'Start the camera' }).click();
    await page.getByText('Kneeline is not allowed to use the camera').waitFor();
    expect(await page.getByRole('button', { name: 'Try the camera again' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Start recording' }).count()).toBe(0);
    await shoot(page, '10d-camera-denied');
  });
});
