/**
 * The app under its own Content-Security-Policy: the built app served by the real server, opened
 * in headless Chromium, visiting the pages and running the camera (TF.js with its WebAssembly
 * backend and the pose model files) must raise no CSP violation and no page error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import { fixtures } from '../src/vision/pose/system-parts.js';
import type { RunningApp } from './support/app-server.js';
import { fakeCameraClip } from './support/fake-camera.js';
import { buildPrivateWebApp, launchChromium, serveWithModels } from './support/vision-page.js';

const canRun = hasSystemPart(chromium) && hasSystemPart(fixtures);

/** Collects every securitypolicyviolation the page raises, from its first script on. */
const WATCH_CSP = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__csp.push(event.violatedDirective + ' ' + event.blockedURI);
  });
`;

describe.runIf(canRun)('the app under its Content-Security-Policy', { timeout: 240_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  let folder: string;
  const errors: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kneeline-csp-'));
    app = await serveWithModels(buildPrivateWebApp());
    const camera = fakeCameraClip(folder, 'squats', null);
    browser = await launchChromium([
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${camera}`,
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function open(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['camera'], { origin: app.url });
    await context.addInitScript(WATCH_CSP);
    const page = await context.newPage();
    page.setDefaultTimeout(90_000);
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) {
        errors.push(message.text());
      }
    });
    return page;
  }

  const violations = (page: Page): Promise<string[]> =>
    page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  it('shows the pages without a violation', async () => {
    const page = await open();
    for (const route of ['/#/', '/#/settings', '/#/library', '/#/progress', '/#/program']) {
      await page.goto(`${app.url}${route}`);
      await page.locator('h1').first().waitFor();
      expect(await violations(page), route).toEqual([]);
    }
    const response = await page.request.get(`${app.url}/`);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(errors).toEqual([]);
  });

  it('runs the camera with TF.js and the pose model without a violation', async () => {
    const page = await open();
    await page.goto(`${app.url}/#/measure/squat`);
    await page.getByRole('button', { name: 'Start the camera' }).click();
    await page.locator('[data-camera="ready"]').waitFor();
    await expect
      .poll(async () => Number(await page.locator('[data-speed]').getAttribute('data-speed')), {
        timeout: 90_000,
        interval: 500,
      })
      .toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
