/**
 * Live feedback in the real app's session player: a new user gets a program, starts today's
 * session, and at the first exercise with a camera check switches on "Use camera". Chromium's
 * fake camera plays the fixture with its knees pinched towards the midline (CAVE_IN_FILTER, see
 * support/fake-camera.ts) and flipped left to right, so the caving knee is the one the model calls
 * left. A "knee out" cue must show on screen and in the caption, and the saved session log must
 * count the cave-in for the left knee.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { SessionLog } from '../src/coaching/types.js';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import { ffmpeg, fixtures, poseModels } from '../src/vision/pose/system-parts.js';
import { CAVE_IN_FILTER, fakeCameraClip } from './support/fake-camera.js';
import { fakeCameraFlags, screenshotsFolder, useE2e } from './support/e2e.js';
import { answerQuestionnaire, fillSelfTests } from './support/walkthrough.js';

const canRun =
  hasSystemPart(chromium) && hasSystemPart(ffmpeg) && hasSystemPart(poseModels) && hasSystemPart(fixtures);

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

async function clickIfThere(locator: Locator): Promise<boolean> {
  try {
    if (await locator.isVisible()) {
      await locator.click({ timeout: 500 });
      return true;
    }
  } catch {
    // The player moved on between looking and clicking: look again.
  }
  return false;
}

/** Moves the player on by one click (reps, pain checks, rests, holds). */
async function stepPlayer(page: Page): Promise<void> {
  for (const name of ['Rep done', 'Pain 0 of 10, no pain', "I'm ready", 'End this hold', 'Done']) {
    if (await clickIfThere(page.getByRole('button', { name, exact: true }))) {
      return;
    }
  }
}

/** Onboarding up to today's session, every day a training day so today has one. */
async function newUserToToday(page: Page, url: string, shots: string): Promise<void> {
  await page.goto(`${url}/#/settings`);
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  for (const day of DAYS) {
    await page.getByLabel(day).check();
  }
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved.').waitFor();
  await page.goto(`${url}/#/`);
  await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();
  for (const group of await page.locator('fieldset').all()) {
    await group.getByLabel('No').check();
  }
  await page.getByRole('button', { name: 'Do the full assessment instead' }).click();
  await page.locator('form[data-question]').waitFor();
  await answerQuestionnaire(page);
  await page.locator('[data-test]').waitFor();
  await fillSelfTests(page, shots);
  await page.getByRole('heading', { name: 'What we found' }).waitFor();
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await page.getByRole('button', { name: 'Start the session' }).click();
}

describe.runIf(canRun)('live feedback in the session player', { timeout: 300_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'kneeline-live-session-'));
  mkdirSync(join(folder, 'shots'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const e2e = useE2e({
    models: true,
    chromiumFlags: () =>
      fakeCameraFlags(fakeCameraClip(folder, 'caving-mirrored', `${CAVE_IN_FILTER},hflip`)),
  });

  it('says "knee out" when my knee caves in and counts it in the saved session', async () => {
    const page = await e2e.phonePage({ ignoreDeviceSpeed: true });
    await newUserToToday(page, e2e.url, join(folder, 'shots'));

    const toggle = page.getByLabel(/Use camera/);
    for (let round = 0; round < 600 && !(await toggle.isVisible()); round += 1) {
      if (await page.getByRole('heading', { name: 'Well done!' }).isVisible()) {
        throw new Error("today's session had no exercise with a camera check");
      }
      await stepPlayer(page);
    }
    await toggle.check();
    await page.locator('[data-overlay="skeleton"]').waitFor({ state: 'attached' });

    // Today's first camera exercise is single-leg balance on the left leg (both sides affected:
    // left first); a left-leg bout watches only the left knee, the one the mirrored clip caves in.
    const cue = page.locator('.knee-out-cue');
    await cue.waitFor({ timeout: 60_000 });
    await page.screenshot({
      path: join(screenshotsFolder(), '06d-session-live-feedback.png'),
      fullPage: true,
    });
    expect(await cue.getAttribute('data-cue')).toBe('left');
    await page.locator('.caption', { hasText: 'Left knee out.' }).waitFor();

    await page.getByRole('button', { name: 'End the session now' }).click();
    await page.getByRole('heading', { name: 'Well done!' }).waitFor();
    const [request] = await Promise.all([
      page.waitForRequest((sent) => sent.url().includes('/log') && sent.method() === 'POST'),
      page.getByRole('button', { name: 'Save this session' }).click(),
    ]);
    const log = request.postDataJSON() as SessionLog;
    const caveIns = log.exercises.reduce(
      (sum, exercise) => sum + exercise.caveIns.left + exercise.caveIns.right,
      0,
    );
    expect(caveIns).toBeGreaterThanOrEqual(1);
    await page.getByRole('heading', { name: 'Session saved' }).waitFor();
  });
});
