/**
 * Starts the real Kneeline server for browser tests: a fresh SQLite file in a temp folder, the
 * built web app from dist/web, a random free port. Build the web app first (`buildWebApp`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildServer } from '../../src/server/build-server.js';
import { openStore } from '../../src/store/store.js';

export interface RunningApp {
  readonly url: string;
  readonly close: () => Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');
export const webRoot = join(repoRoot, 'dist/web');

/**
 * Runs `vite build` (web/ → dist/web). `KNEELINE_WEB_BUILT=1` reuses the dist/web already there,
 * for quick reruns while working on the tests themselves.
 */
export function buildWebApp(): void {
  if (process.env.KNEELINE_WEB_BUILT === '1' && existsSync(join(webRoot, 'index.html'))) {
    return;
  }
  execFileSync(join(repoRoot, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

export const modelsRoot = join(repoRoot, 'models');

/** Where temp builds go (`buildIntoTemp` in vision-page.ts); only those are removed on close. */
export const TEMP_BUILD_PREFIX = 'kneeline-build-';

export interface ServeOptions {
  /** Serve the pose model files at /models/ (default false). */
  readonly models?: boolean;
  /** Remove `root` on close when it is a temp build (default false). */
  readonly removeRoot?: boolean;
}

/**
 * The server on 127.0.0.1 with its own empty database, serving `root`; `close` removes the
 * database (and `root`, when asked and it is a temp build). `root` is a private build
 * (vision-page.ts `buildPrivateWebApp`) for a test file that must not see dist/web rebuilt under
 * it by another file running at the same time.
 */
export async function serveApp(root: string, options: ServeOptions = {}): Promise<RunningApp> {
  const folder = mkdtempSync(join(tmpdir(), 'kneeline-e2e-'));
  const store = await openStore({ kind: 'sqlite', file: join(folder, 'kneeline.db') });
  const app = await buildServer({ store, webRoot: root, ...(options.models === true ? { modelsRoot } : {}) });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: address,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
      if (options.removeRoot === true && root.startsWith(join(tmpdir(), TEMP_BUILD_PREFIX))) {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

/** The server without model files on `root` (default dist/web), which it leaves in place. */
export function startApp(root: string = webRoot): Promise<RunningApp> {
  return serveApp(root);
}
