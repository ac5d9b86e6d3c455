/**
 * Every main page at phone size (390x844), for a user after the quick start and a first session:
 * a screenshot of each into e2e/screenshots/phone-*.png to look at, and checks a phone user
 * would make: nothing wider than the screen (on screen and printed), the session timer visible
 * without scrolling, and the keyboard focus on the new screen's heading after Start.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import { screenshotsFolder, useE2e } from './support/e2e.js';
import { quickStartToSavedSession } from './support/quick-start-flow.js';

const canRun = hasSystemPart(chromium);

const PAGES: readonly (readonly [string, string])[] = [
  ['welcome', '#/'],
  ['quick-start', '#/quick'],
  ['findings', '#/findings'],
  ['program', '#/program'],
  ['print', '#/program/print'],
  ['today', '#/today'],
  ['progress', '#/progress'],
  ['report', '#/report'],
  ['library', '#/library'],
  ['library-entry', '#/library/calf-stretch'],
  ['camera-tests', '#/measure'],
  ['settings', '#/settings'],
  ['self-test-leg-drop', '#/tests'],
];

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.runIf(canRun)('phone layouts', { timeout: 240_000 }, () => {
  const e2e = useE2e();

  it('fits every main page on a 390 px screen and keeps the timer above the fold', async () => {
    const shots = screenshotsFolder();
    const page = await e2e.phonePage({ failOnPageError: false });
    await quickStartToSavedSession(page, e2e.url, null);
    const wide: string[] = [];
    for (const [name, hash] of PAGES) {
      await page.goto(`${e2e.url}/${hash}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      if (name === 'self-test-leg-drop') {
        while ((await page.locator('[data-test]').getAttribute('data-test')) !== 'leg-drop') {
          await page.getByRole('button', { name: 'Next test' }).click();
        }
      }
      await page.screenshot({ path: join(shots, `phone-${name}.png`), fullPage: true });
      if ((await overflow(page)) > 0) {
        wide.push(`${name} by ${await overflow(page)} px`);
      }
      if (name === 'print' || name === 'report') {
        await page.emulateMedia({ media: 'print' });
        if ((await overflow(page)) > 0) {
          wide.push(`${name} printed by ${await overflow(page)} px`);
        }
        await page.emulateMedia({ media: 'screen' });
      }
    }
    expect(wide).toEqual([]);

    // The session player: after Start, the focus is on the exercise's heading and its timer or
    // counter is on the first screen.
    await page.goto(`${e2e.url}/?playerSpeed=1#/today`);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    const counter = page.locator('.player .big-number').first();
    await counter.waitFor();
    const box = await counter.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    const demo = await page.locator('.exercise-illustration.large svg').boundingBox();
    expect(demo?.width ?? 0).toBeGreaterThanOrEqual(390 * 0.8);
    await page.screenshot({ path: join(shots, 'phone-player.png'), fullPage: true });
    await page.context().close();
  });
});
