/**
 * End to end in headless Chromium: the library page built on its own with Vite (the real catalog,
 * no server), driven by keyboard and labels. Screenshots land in e2e/screenshots/ (git-ignored).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium as playwright } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../src/catalog/catalog.js';
import { CHROMIUM_ARGS, chromium, chromiumPath, hasSystemPart } from '../../../src/testing/system-parts.js';

const here = import.meta.dirname;
const shots = resolve(here, '../../../e2e/screenshots');
const cacheDir = resolve(here, '../../../node_modules/.cache/kneeline-e2e');

/** A page that shows the library for #/library and #/library/<id>, as the app's router does. */
const ENTRY = `
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CATALOG } from '${resolve(here, '../../../src/catalog/catalog.ts')}';
import { LibraryView } from '${resolve(here, 'library-page.tsx')}';
import '${resolve(here, '../../styles.css')}';
const entryId = () => /^#\\/library\\/(.+)$/.exec(location.hash)?.[1] ?? null;
function Harness() {
  const [id, setId] = useState(entryId);
  useEffect(() => { const on = () => setId(entryId()); addEventListener('hashchange', on); return () => removeEventListener('hashchange', on); }, []);
  return <main id="main"><LibraryView entries={CATALOG} entryId={id} /></main>;
}
createRoot(document.getElementById('root')).render(<Harness />);
`;

/** Builds the harness into one HTML file with the script and styles inlined. */
async function buildHarness(folder: string): Promise<string> {
  writeFileSync(join(folder, 'entry.jsx'), ENTRY);
  writeFileSync(
    join(folder, 'index.html'),
    '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="./entry.jsx"></script></body></html>',
  );
  await build({
    configFile: false,
    root: folder,
    logLevel: 'error',
    plugins: [react()],
    build: { outDir: join(folder, 'dist'), modulePreload: false },
  });
  return join(folder, 'dist/index.html');
}

describe.runIf(hasSystemPart(chromium))('the library page in a browser', { timeout: 120_000 }, () => {
  let browser: Browser;
  let page: Page;
  let folder: string;

  beforeAll(async () => {
    // Inside the repository (node_modules/.cache is ignored) so the harness resolves react.
    mkdirSync(cacheDir, { recursive: true });
    folder = mkdtempSync(join(cacheDir, 'library-'));
    const html = await buildHarness(folder);
    mkdirSync(shots, { recursive: true });
    browser = await playwright.launch({ executablePath: chromiumPath() ?? '', args: [...CHROMIUM_ARGS] });
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => {
      throw error;
    });
    // Serve the built files from a made-up origin: module scripts do not load from file://.
    const dist = dirname(html);
    await page.route('http://library.test/**', async (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = join(dist, path === '/' ? 'index.html' : path);
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : 'text/html';
      await route.fulfill({ body: readFileSync(file), contentType: type });
    });
    await page.goto('http://library.test/#/library');
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('narrows the list as the person types and filters, using only the keyboard', async () => {
    await page.getByRole('heading', { name: 'Exercise library' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      `Showing all ${CATALOG.length} entries.`,
    );
    await page.getByLabel('Search').focus();
    await page.keyboard.type('band');
    const banded = await page.locator('.library-card').count();
    expect(banded).toBeGreaterThan(0);
    expect(banded).toBeLessThan(CATALOG.length);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      await page.getByLabel('Body area').getAttribute('id'),
    );
    await page.getByLabel('Body area').selectOption('hip');
    await page.screenshot({ path: join(shots, 'library-filtered.png'), fullPage: true });
    const titles = await page.locator('.library-card-title').allTextContents();
    expect(titles).toContain('Banded clamshell');
    const tags = await page.locator('.library-card .library-tags').allTextContents();
    expect(tags.length).toBeLessThan(banded);
    expect(tags.every((line) => line.includes('Hip'))).toBe(true);
  });

  it('shows only what can be done with the equipment the person has', async () => {
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await page.getByLabel('Only what I can do with what I have').check();
    const withNothing = await page.locator('.library-card-title').allTextContents();
    expect(withNothing).not.toContain('Calf release');
    await page.getByLabel('I have a foam roller').check();
    expect(await page.locator('.library-card-title').allTextContents()).toContain('Calf release');
  });

  it('opens an exercise in full from the list with Enter and comes back', async () => {
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await page.getByLabel('Search').fill('clamshell banded');
    await page.getByRole('link', { name: 'Banded clamshell' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Banded clamshell' }).waitFor();
    await expect(page.getByRole('img').getAttribute('aria-labelledby')).resolves.toBeTruthy();
    await page.getByRole('button', { name: 'Pause and show the key poses' }).click();
    await page.screenshot({ path: join(shots, 'library-detail.png'), fullPage: true });
    await page.getByRole('link', { name: '← Back to the library' }).click();
    await expect(page.getByLabel('Search').inputValue()).resolves.toBe('clamshell banded');
  });

  it('moves the figure, and shows the key poses side by side for people who prefer less motion', async () => {
    await page.goto('http://library.test/#/library/step-up');
    const figure = page.locator('svg[role="img"]');
    await figure.waitFor();
    const before = await figure.innerHTML();
    await page.waitForTimeout(1200);
    expect(await figure.innerHTML()).not.toBe(before);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => figure.locator(':scope > g').count()).toBe(2);
    await expect(page.getByRole('button', { name: 'Pause and show the key poses' }).count()).resolves.toBe(0);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });
});
