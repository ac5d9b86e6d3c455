/**
 * Kneeline as an installable app, checked the way Lighthouse does: a web manifest with a name,
 * a start URL, standalone display and 192 and 512 px icons; a service worker that controls the
 * page; Chromium's own installability check; and the app shell opening again with the network off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium as playwright } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromium, chromiumPath, hasSystemPart } from '../src/testing/system-parts.js';
import { buildWebApp, startApp } from './support/app-server.js';
import type { RunningApp } from './support/app-server.js';

const canRun = hasSystemPart(chromium);

interface Manifest {
  readonly name?: string;
  readonly short_name?: string;
  readonly start_url?: string;
  readonly display?: string;
  readonly icons?: readonly { readonly src: string; readonly sizes: string; readonly type?: string }[];
}

describe.runIf(canRun)('the installable app', { timeout: 90_000 }, () => {
  let app: RunningApp;
  // A real profile folder: Chromium does not offer to install an app from a private window.
  const profile = mkdtempSync(join(tmpdir(), 'kneeline-profile-'));

  beforeAll(async () => {
    buildWebApp();
    app = await startApp();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('has a manifest and icons, a service worker, passes Chromium’s install check and opens offline', async () => {
    const context = await playwright.launchPersistentContext(profile, {
      executablePath: chromiumPath() ?? '',
      args: [...CHROMIUM_ARGS],
      viewport: { width: 390, height: 844 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20_000);
    await page.goto(`${app.url}/#/`);
    await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();

    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).not.toBeNull();
    const manifestUrl = new URL(href ?? '', app.url).toString();
    const manifest = (await (await page.request.get(manifestUrl)).json()) as Manifest;
    expect(manifest.name).toBe('Kneeline');
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');
    const sizes = (manifest.icons ?? []).map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons ?? []) {
      const response = await page.request.get(new URL(icon.src, manifestUrl).toString());
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
    }

    const state = await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active;
      if (worker !== null && worker.state === 'activating') {
        await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
      }
      return worker?.state;
    });
    expect(state).toBe('activated');
    // Once the worker controls the page, its requests (and the app's data) go through it.
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: readonly { errorId: string }[];
    };
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();
    await page.goto(`${app.url}/#/library`);
    await page.getByRole('heading', { name: 'Exercise library' }).waitFor();
    await context.setOffline(false);
    await context.close();
  });
});
