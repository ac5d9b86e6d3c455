/**
 * A new user on a phone (390x844) with the quick start: from the welcome to a first finished
 * session on the same day, counting every tap and typed answer (at most 40). Then the other
 * self-tests are offered and the full assessment is still there.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium as playwright } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { quickStartToSavedSession } from './support/quick-start-flow.js';
import { CHROMIUM_ARGS, chromium, chromiumPath, hasSystemPart } from '../src/testing/system-parts.js';
import { startApp } from './support/app-server.js';
import { buildPrivateWebApp } from './support/vision-page.js';
import type { RunningApp } from './support/app-server.js';

const shots = join(import.meta.dirname, 'screenshots');
const canRun = hasSystemPart(chromium);

describe.runIf(canRun)('the quick start', { timeout: 180_000 }, () => {
  let browser: Browser;
  let app: RunningApp;
  // A build of its own: other test files rebuild dist/web while this one runs.
  let root: string;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    root = buildPrivateWebApp();
    browser = await playwright.launch({ executablePath: chromiumPath() ?? '', args: [...CHROMIUM_ARGS] });
    app = await startApp(root);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('takes a new user on a phone from the welcome to a finished session today in at most 40 actions', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => {
      throw error;
    });
    const hands = await quickStartToSavedSession(page, app.url, shots);
    await page.screenshot({ path: join(shots, '06q-quick-session-saved.png'), fullPage: true });
    expect(hands.count).toBeLessThanOrEqual(40);
    console.log(`quick start: ${hands.count} actions from the welcome to a saved session`);

    // The other tests are offered after the session, and the full assessment stays available.
    await page.getByRole('link', { name: 'Do the next test' }).click();
    await page.locator('[data-test]').waitFor();
    const firstLeft = await page.locator('[data-test]').getAttribute('data-test');
    expect(['standing-knee', 'single-leg-squat', 'knee-to-wall']).not.toContain(firstLeft);
    await page.goto(`${app.url}/#/questions/1`);
    await page.locator('form[data-question]').waitFor();
    await expect(page.getByText(/^Question 1 of \d+$/).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
