/**
 * The one set-up of the browser tests. `startE2e` builds the web app (or the vision harness) into
 * a folder of the test file's own, serves it with the real server on a fresh database (and the
 * pose model files when asked), and launches headless Chromium with the house flags (and a fake
 * camera when asked); `close` undoes all of it. `phonePage` opens a page at phone size that fails
 * the test on a page error and waits generously on each step: a loaded machine is slow, not broken.
 *
 * A new e2e file needs only:
 *
 *     const e2e = useE2e({ models: true, camera: clip });   // inside describe: before/afterAll
 *     const page = await e2e.phonePage();
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium as playwright } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/testing/system-parts.js';
import type { RunningApp } from './app-server.js';
import { ignoreDeviceSpeed } from './fake-camera.js';
import { buildPrivateWebApp, buildVisionPage, launchChromium, serveWithModels } from './vision-page.js';

export { launchChromium };

/** A phone screen (iPhone 12-15 in CSS pixels): the size every page test looks at. */
export const PHONE = { width: 390, height: 844 } as const;

/**
 * The longest one step (a click, a heading to show) may take before the test fails naming it: far
 * above an idle machine's worst (~2 s), so a machine with both cores busy passes; finite, so a
 * real hang fails in this step, well inside the test's own timeout.
 */
export const STEP_TIMEOUT_MS = 30_000;

/** Where the e2e tests put their screenshots (made on first use). */
export function screenshotsFolder(): string {
  const folder = join(import.meta.dirname, '..', 'screenshots');
  mkdirSync(folder, { recursive: true });
  return folder;
}

/**
 * Chromium flags for a fake camera playing `y4m` (none: the fake device's own test pattern).
 * `autoAccept` also answers the permission prompt, for pages that do not grant it themselves.
 */
export function fakeCameraFlags(y4m: string | null, autoAccept = true): string[] {
  return [
    '--use-fake-device-for-media-stream',
    ...(autoAccept ? ['--use-fake-ui-for-media-stream'] : []),
    ...(y4m === null ? [] : [`--use-file-for-fake-video-capture=${y4m}`]),
  ];
}

/** A Chromium profile kept in `folder` (installability needs one), at phone size. */
export function launchPersistentChromium(folder: string): Promise<BrowserContext> {
  return playwright.launchPersistentContext(folder, {
    executablePath: chromiumPath() ?? '',
    args: [...CHROMIUM_ARGS],
    viewport: PHONE,
  });
}

export interface PageOptions {
  /** Grant the camera to the app's origin without a prompt (default false). */
  readonly grantCamera?: boolean;
  /** Turn off the "device too slow" check: on a test machine it measures the machine (default false). */
  readonly ignoreDeviceSpeed?: boolean;
  /** Per-step timeout (default STEP_TIMEOUT_MS). */
  readonly stepTimeoutMs?: number;
  /** Fail the test on an uncaught page error (default true). */
  readonly failOnPageError?: boolean;
  /** Extra context options (downloads, a script before the page's own). */
  readonly acceptDownloads?: boolean;
  readonly initScript?: string;
}

/** A new context at phone size in `browser`, and a page in it, set up as `options` say. */
export async function phonePage(browser: Browser, origin: string, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    ...(options.acceptDownloads === true ? { acceptDownloads: true } : {}),
  });
  if (options.ignoreDeviceSpeed === true) {
    await ignoreDeviceSpeed(context);
  }
  if (options.grantCamera === true) {
    await context.grantPermissions(['camera'], { origin });
  }
  if (options.initScript !== undefined) {
    await context.addInitScript(options.initScript);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(options.stepTimeoutMs ?? STEP_TIMEOUT_MS);
  if (options.failOnPageError ?? true) {
    page.on('pageerror', (error) => {
      throw error;
    });
  }
  return page;
}

export interface E2eOptions {
  /** What to serve: the web app (default) or the vision harness (e2e/vision-page). */
  readonly web?: 'app' | 'vision';
  /** Serve the pose model files at /models/ (default false; always on for the harness). */
  readonly models?: boolean;
  /** Chromium flags for the shared browser (e.g. `fakeCameraFlags(clip)`); a function runs in beforeAll. */
  readonly chromiumFlags?: readonly string[] | (() => readonly string[]);
  /** Launch the shared browser (default true; false for a test that makes its own, e.g. a profile). */
  readonly sharedBrowser?: boolean;
}

/**
 * The longest the set-up (a Vite build, ffmpeg making a fake-camera clip, the server, Chromium)
 * may take in beforeAll: a few times an idle machine's ~40 s, for both cores busy elsewhere.
 */
export const SETUP_TIMEOUT_MS = 300_000;

/** A running set-up: the server, its URL, one shared browser, and what else was started. */
export interface E2e {
  readonly app: RunningApp;
  readonly url: string;
  readonly browser: Browser;
  /** Another server on a fresh database serving the same build (closed with the rest). */
  anotherApp(): Promise<RunningApp>;
  /** Another browser with `flags` (closed with the rest, or earlier by the test). */
  launch(flags: readonly string[]): Promise<Browser>;
  /** A phone-size page in the shared browser (see `phonePage`). */
  phonePage(options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Builds, serves and launches as `options` say (see the file comment). */
export async function startE2e(options: E2eOptions = {}): Promise<E2e> {
  const vision = options.web === 'vision';
  const root = vision ? buildVisionPage() : buildPrivateWebApp();
  const withModels = vision || options.models === true;
  const apps: RunningApp[] = [];
  const browsers: Browser[] = [];
  // The first server owns the temp build and removes it on close; the others leave it.
  const serve = async (first: boolean): Promise<RunningApp> => {
    const app = await serveWithModels(root, { models: withModels, removeRoot: first });
    apps.push(app);
    return app;
  };
  const launch = async (flags: readonly string[]): Promise<Browser> => {
    const browser = await launchChromium(flags);
    browsers.push(browser);
    return browser;
  };
  const close = async (): Promise<void> => {
    await Promise.all(browsers.map((browser) => browser.close()));
    // Last in, first out: the first server removes the build, after the others have stopped.
    for (const app of apps.reverse()) {
      await app.close();
    }
  };
  try {
    const app = await serve(true);
    const flags =
      typeof options.chromiumFlags === 'function' ? options.chromiumFlags() : options.chromiumFlags;
    const shared = options.sharedBrowser === false ? null : await launch(flags ?? []);
    const browser = (): Browser => {
      if (shared === null) {
        throw new Error('this e2e set-up has no shared browser (sharedBrowser: false)');
      }
      return shared;
    };
    return {
      app,
      url: app.url,
      get browser() {
        return browser();
      },
      anotherApp: () => serve(false),
      launch,
      phonePage: (pageOptions) => phonePage(browser(), app.url, pageOptions),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * `startE2e` in the surrounding describe's beforeAll and `close` in its afterAll. The returned
 * object reads the set-up once beforeAll has run (inside `it`).
 */
export function useE2e(options: E2eOptions = {}): E2e {
  let running: E2e | null = null;
  beforeAll(async () => {
    running = await startE2e(options);
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await running?.close();
  }, SETUP_TIMEOUT_MS);
  const now = (): E2e => {
    if (running === null) {
      throw new Error('the e2e set-up is read before its beforeAll ran');
    }
    return running;
  };
  return {
    get app() {
      return now().app;
    },
    get url() {
      return now().url;
    },
    get browser() {
      return now().browser;
    },
    anotherApp: () => now().anotherApp(),
    launch: (flags) => now().launch(flags),
    phonePage: (pageOptions) => now().phonePage(pageOptions),
    close: () => now().close(),
  };
}
