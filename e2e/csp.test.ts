/**
 * The app under its own Content-Security-Policy: the built app served by the real server, opened
 * in headless Chromium, visiting the pages and running the camera (TF.js with its WebAssembly
 * backend and the pose model files) must raise no CSP violation and no page error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import { fixtures } from '../src/vision/pose/system-parts.js';
import { fakeCameraClip } from './support/fake-camera.js';
import { fakeCameraFlags, useE2e } from './support/e2e.js';

const canRun = hasSystemPart(chromium) && hasSystemPart(fixtures);

/** Collects every securitypolicyviolation the page raises, from its first script on. */
const WATCH_CSP = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__csp.push(event.violatedDirective + ' ' + event.blockedURI);
  });
`;

describe.runIf(canRun)('the app under its Content-Security-Policy', { timeout: 240_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'kneeline-csp-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const e2e = useE2e({
    models: true,
    chromiumFlags: () => fakeCameraFlags(fakeCameraClip(folder, 'squats', null), false),
  });
  const errors: string[] = [];

  async function open(): Promise<Page> {
    const page = await e2e.phonePage({
      grantCamera: true,
      initScript: WATCH_CSP,
      stepTimeoutMs: 90_000,
      failOnPageError: false,
    });
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
      await page.goto(`${e2e.url}${route}`);
      await page.locator('h1').first().waitFor();
      expect(await violations(page), route).toEqual([]);
    }
    const response = await page.request.get(`${e2e.url}/`);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(errors).toEqual([]);
  });

  it('runs the camera with TF.js and the pose model without a violation', async () => {
    const page = await open();
    await page.goto(`${e2e.url}/#/measure/squat`);
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
