/**
 * `npm start`: builds the web app with Vite when dist/web is missing or older than its sources
 * (web/, the src/ code the browser imports, vite.config.ts), then runs `kneeline serve`, which
 * migrates the database and prints the URL. Arguments pass through: `npm start -- --port 8080`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportCliError } from '../src/cli/errors.js';
import { run } from '../src/cli/serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtIndex = join(root, 'dist', 'web', 'index.html');

/** The newest modification time (ms) of the files under `path`, tests left out. */
export function newestSource(path: string): number {
  if (!existsSync(path)) {
    return 0;
  }
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return /\.test\.tsx?$/.test(path) ? 0 : stat.mtimeMs;
  }
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestSource(join(path, name))), 0);
}

/** True when the built app is missing or any source is newer than it. */
export function webBuildIsStale(): boolean {
  if (!existsSync(builtIndex)) {
    return true;
  }
  const sources = ['web', 'src', 'vite.config.ts'].map((path) => newestSource(join(root, path)));
  return Math.max(...sources) > statSync(builtIndex).mtimeMs;
}

function buildWeb(): void {
  console.log('Building the web app (vite build)…');
  const vite = join(root, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(
      `vite build failed (exit ${result.status ?? result.signal}); the messages above say why.`,
    );
  }
}

async function main(): Promise<number> {
  if (webBuildIsStale()) {
    buildWeb();
  }
  return run(process.argv.slice(2));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = reportCliError(error);
    },
  );
}
