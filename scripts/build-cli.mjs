#!/usr/bin/env node
/**
 * Compiles src/ (tests left out) to plain JavaScript in build/, file by file with esbuild, so the
 * CLI starts without a TypeScript loader. build/ mirrors src/ at the same depth, so paths taken
 * from `import.meta.url` (models/, dist/web) resolve the same. Run by `npm install` (postinstall)
 * and, when any source is newer than the last build, by bin/kneeline.mjs before it starts.
 *
 * Usage: node scripts/build-cli.mjs [--if-stale]
 */
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'src');
const output = join(root, 'build');
const stamp = join(output, '.built');

/**
 * Every .ts under `dir` except tests, and the newest modification time among them.
 * @param {string} dir
 * @param {{ files: string[]; newest: number }} [found]
 * @returns {{ files: string[]; newest: number }}
 */
function sources(dir, found = { files: [], newest: 0 }) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      sources(path, found);
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
      found.files.push(path);
      found.newest = Math.max(found.newest, stat.mtimeMs);
    }
  }
  return found;
}

/** True when build/ is missing or older than a source file. */
export function buildIsStale() {
  return !existsSync(stamp) || statSync(stamp).mtimeMs < sources(source).newest;
}

/** Compiles src/ into build/. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const { files } = sources(source);
  rmSync(output, { recursive: true, force: true });
  await build({
    entryPoints: files,
    outdir: output,
    outbase: source,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  writeFileSync(stamp, `${files.length} files from ${relative(root, source)}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes('--if-stale') || buildIsStale()) {
    await buildCli();
  }
}
