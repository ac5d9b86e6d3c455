/**
 * The camera in the real app: headless Chromium with a fake camera that plays the fixture clip
 * (shared/fixtures/pose_squats.mp4, turned into a .y4m by ffmpeg at test time) runs a measured
 * double-leg squat through the capture guide, the recording and the result, and saves it; a
 * browser that refuses the camera shows how to allow it. Screenshots land in e2e/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import type { SystemPart } from '../src/testing/system-parts.js';
import { ffmpegBinary } from '../src/vision/pose/ffmpeg-binary.js';
import { SQUAT_CLIP } from '../src/vision/pose/pose-fixture.js';
import type { RunningApp } from './support/app-server.js';
import { fakeCameraClip, ignoreDeviceSpeed } from './support/fake-camera.js';
import { launchChromium, serveWithModels } from './support/vision-page.js';

const shots = join(import.meta.dirname, 'screenshots');
const repoRoot = resolve(import.meta.dirname, '..');
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

/**
 * The web app built into a temp folder of this file's own: dist/web is shared by every e2e run in
 * the working tree, and a rebuild there mid-test renames the lazily loaded TF.js chunk.
 */
function buildOwnWebApp(): string {
  const out = mkdtempSync(join(tmpdir(), 'kneeline-camera-web-'));
  execFileSync(
    join(repoRoot, 'node_modules/.bin/vite'),
    ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  return out;
}

/** Waits for a measured test's result; fails with the page's own words if it stopped instead. */
async function waitForResult(page: Page): Promise<void> {
  await page.locator('#trial-result-title, .measured-test .notice[role="alert"]').first().waitFor();
  const stopped = page.locator('.measured-test .notice[role="alert"]');
  expect(await stopped.count(), (await stopped.allTextContents()).join(' ')).toBe(0);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

describe.runIf(canRun)('the camera in the browser', { timeout: 240_000 }, () => {
  let app: RunningApp;
  let folder: string;
  let webRoot: string;
  const browsers: Browser[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    folder = mkdtempSync(join(tmpdir(), 'kneeline-camera-'));
    webRoot = buildOwnWebApp();
    app = await serveWithModels(webRoot);
  });

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await app?.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(webRoot, { recursive: true, force: true });
  });

  async function open(flags: readonly string[], grant: boolean): Promise<Page> {
    const browser = await launchChromium(flags);
    browsers.push(browser);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    await ignoreDeviceSpeed(context);
    if (grant) {
      await context.grantPermissions(['camera'], { origin: app.url });
    }
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  it('measures a double-leg squat from the camera and saves the numbers, not the video', async () => {
    const camera = fakeCameraClip(folder, 'squats', null);
    const page = await open(
      ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${camera}`],
      true,
    );
    await page.goto(`${app.url}/#/measure/squat`);
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

    await start.click();
    await page.getByText('Recording. Press Done').waitFor({ timeout: 10_000 });
    await shoot(page, '10b-camera-recording');
    // A little over one pass of the 13 s clip: three squat bottoms.
    await page.waitForTimeout(15_000);
    if (await page.getByText('switched to the fast one').isVisible()) {
      // A loaded machine fell below the floor for the accurate model: record again, as a user would.
      await start.click();
      await page.waitForTimeout(15_000);
    }
    await page.getByRole('button', { name: 'Done' }).click();
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
    const page = await open(
      ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${camera}`],
      true,
    );
    // A fast script clock: each spoken step lasts a tenth of its time.
    await page.goto(`${app.url}/?playerSpeed=10#/knee-sense`);
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
    const page = await open(
      ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${camera}`],
      true,
    );
    await page.goto(`${app.url}/#/tests`);
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
    await expect.poll(() => legs.locator('input[type="radio"]:checked').count(), { timeout: 10_000 }).toBe(2);
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
    const page = await open(['--use-fake-device-for-media-stream'], false);
    await page.goto(`${app.url}/#/measure/single-leg-squat/left`);
    await page.getByRole('button', { name: 'Start the camera' }).click();
    await page.getByText('Kneeline is not allowed to use the camera').waitFor();
    expect(await page.getByRole('button', { name: 'Try the camera again' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Start recording' }).count()).toBe(0);
    await shoot(page, '10d-camera-denied');
  });
});
