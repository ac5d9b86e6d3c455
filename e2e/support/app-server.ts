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

/**
 * The server on 127.0.0.1 with its own empty database; `close` removes the database. `root` is a
 * private build (e2e/support/vision-page.ts `buildPrivateWebApp`) for a test file that must not
 * see dist/web rebuilt under it by another file running at the same time.
 */
export async function startApp(root: string = webRoot): Promise<RunningApp> {
  const folder = mkdtempSync(join(tmpdir(), 'kneeline-e2e-'));
  const store = await openStore({ kind: 'sqlite', file: join(folder, 'kneeline.db') });
  const app = await buildServer({ store, webRoot: root });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: address,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
