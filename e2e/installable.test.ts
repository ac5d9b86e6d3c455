/**
 * Kneeline as an installable app, checked the way Lighthouse does: a web manifest with a name,
 * a start URL, standalone display and 192 and 512 px icons; a service worker that controls the
 * page; Chromium's own installability check; the camera models downloaded from Settings; and the
 * app shell, its data and the models there again with the network off.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import { launchPersistentChromium, STEP_TIMEOUT_MS, useE2e } from './support/e2e.js';

const canRun = hasSystemPart(chromium);

interface Manifest {
  readonly name?: string;
  readonly short_name?: string;
  readonly start_url?: string;
  readonly display?: string;
  readonly icons?: readonly { readonly src: string; readonly sizes: string; readonly type?: string }[];
}

describe.runIf(canRun)('the installable app', { timeout: 180_000 }, () => {
  const e2e = useE2e({ models: true, sharedBrowser: false });
  // A real profile folder: Chromium does not offer to install an app from a private window.
  const profile = mkdtempSync(join(tmpdir(), 'kneeline-profile-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('has a manifest and icons, a service worker, passes Chromium’s install check and opens offline', async () => {
    const context = await launchPersistentChromium(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(`${e2e.url}/#/`);
    await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();

    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).not.toBeNull();
    const manifestUrl = new URL(href ?? '', e2e.url).toString();
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

    // The camera models, fetched once from Settings with a progress bar, are there offline.
    await page.goto(`${e2e.url}/#/settings`);
    await page.getByRole('button', { name: 'Download the camera models' }).click();
    await page.getByText('The camera models are on this device.').waitFor({ timeout: 60_000 });

    await context.setOffline(true);
    const modelOffline = await page.evaluate(async () => {
      const response = await fetch('/models/movenet-lightning.json');
      const model = (await response.json()) as { weightsManifest: { paths: string[] }[] };
      const shard = await fetch(`/models/${model.weightsManifest[0]?.paths[0] ?? ''}`);
      return { json: response.ok, shardBytes: (await shard.arrayBuffer()).byteLength };
    });
    expect(modelOffline.json).toBe(true);
    expect(modelOffline.shardBytes).toBeGreaterThan(1_000_000);
    await page.goto(`${e2e.url}/#/`);
    await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();
    await page.goto(`${e2e.url}/#/library`);
    await page.getByRole('heading', { name: 'Exercise library' }).waitFor();
    await context.setOffline(false);
    await context.close();
  });
});
