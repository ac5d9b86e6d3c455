/**
 * The browser vision harness (e2e/vision-page) built with Vite and served by the real Kneeline
 * server with the pose model files at /models/ and TF.js's .wasm files at /tfjs-wasm/, plus the
 * helpers that hand Node-decoded frames to it. Used by e2e/camera-*.test.ts and bench/browser.ts.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium as playwright } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/testing/system-parts.js';
import type { DecodedFrame } from '../../src/vision/pose/decode-video.js';
import type { PoseModelId } from '../../src/vision/pose/model-table.js';
import type { BrowserAnalysis, VisionHarness, WireFrame } from '../vision-page/protocol.js';
import type { RunningApp, ServeOptions } from './app-server.js';
import { serveApp, TEMP_BUILD_PREFIX } from './app-server.js';

const repoRoot = resolve(import.meta.dirname, '../..');
export const visionRoot = join(repoRoot, 'dist/e2e-vision');

/** `vite build` with `configArgs` into a fresh temp folder; returns the folder. */
function buildIntoTemp(configArgs: readonly string[]): string {
  const out = mkdtempSync(join(tmpdir(), TEMP_BUILD_PREFIX));
  execFileSync(
    join(repoRoot, 'node_modules/.bin/vite'),
    ['build', ...configArgs, '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  return out;
}

/**
 * Builds the harness (e2e/vision-page) into a fresh temp folder, so test files running in
 * parallel never share one, and puts TF.js's .wasm files beside it. `KNEELINE_WEB_BUILT=1`
 * reuses dist/e2e-vision when it is there (build it once with `vite build --config
 * e2e/vision-page/vite.config.ts`). Returns the folder; `serveWithModels` removes a temp one.
 */
export function buildVisionPage(): string {
  if (process.env.KNEELINE_WEB_BUILT === '1' && existsSync(join(visionRoot, 'index.html'))) {
    copyWasmFiles(join(visionRoot, 'tfjs-wasm'));
    return visionRoot;
  }
  const out = buildIntoTemp(['--config', 'e2e/vision-page/vite.config.ts']);
  copyWasmFiles(join(out, 'tfjs-wasm'));
  return out;
}

/**
 * The web app built into a temp folder of its own: dist/web is shared by everyone's e2e runs in
 * this working tree, and a rebuild there mid-test renames the lazily loaded chunks under a
 * running page ("Failed to fetch dynamically imported module"). `serveWithModels` removes it.
 */
export function buildPrivateWebApp(): string {
  return buildIntoTemp([]);
}

/** Copies the TF.js WASM backend binaries into `folder` (served where `setWasmPaths` points). */
export function copyWasmFiles(folder: string): void {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  mkdirSync(folder, { recursive: true });
  for (const file of [
    'tfjs-backend-wasm.wasm',
    'tfjs-backend-wasm-simd.wasm',
    'tfjs-backend-wasm-threaded-simd.wasm',
  ]) {
    copyFileSync(join(dist, file), join(folder, file));
  }
}

/**
 * The real server on a fresh database, serving `webRoot` and the model files; `close` also
 * removes `webRoot` when it is a temp build (`buildVisionPage`, `buildPrivateWebApp`).
 */
export function serveWithModels(webRoot: string, options: ServeOptions = {}): Promise<RunningApp> {
  return serveApp(webRoot, { models: true, removeRoot: true, ...options });
}

/** Headless Chromium with the repo's flags, plus `extra` (e.g. a fake camera: e2e.ts `fakeCameraFlags`). */
export function launchChromium(extra: readonly string[] = []): Promise<Browser> {
  return playwright.launch({ executablePath: chromiumPath() ?? '', args: [...CHROMIUM_ARGS, ...extra] });
}

/** A decoded frame as JSON for `page.evaluate`. */
export function toWire(frame: DecodedFrame): WireFrame {
  return {
    rgbBase64: Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength).toString(
      'base64',
    ),
    width: frame.width,
    height: frame.height,
    index: frame.index,
    timeMs: frame.timeMs,
    sourceWidth: frame.sourceWidth,
    sourceHeight: frame.sourceHeight,
  };
}

/** Opens the harness at `url` (optionally forcing a TF.js backend) and waits until it is ready. */
export async function openHarness(browser: Browser, url: string, backend?: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(backend === undefined ? `${url}/` : `${url}/?backend=${backend}`);
  await page.getByText('ready').waitFor({ timeout: 60_000 });
  return page;
}

/** Runs the browser's pose estimation + geometry over `frames` in the harness. */
export function analyzeInBrowser(
  page: Page,
  model: PoseModelId,
  frames: readonly DecodedFrame[],
): Promise<BrowserAnalysis> {
  const wire = frames.map(toWire);
  return page.evaluate(
    ([id, sent]) =>
      (window as unknown as { __kneelineVision: VisionHarness }).__kneelineVision.analyzeFrames(id, sent),
    [model, wire] as const,
  );
}
