/**
 * Tests that need a system part (Chromium, PostgreSQL, ffmpeg, model files) run when it is
 * there and say loudly when it is not. Under KNEELINE_REQUIRE_ALL=1 (set by .ci/run) a missing
 * part is a failure, so CI can never pass by skipping.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export interface SystemPart {
  readonly name: string;
  /** Null when present; otherwise why it is missing and how to get it. */
  readonly missing: string | null;
}

/** True when the part is available. Throws under KNEELINE_REQUIRE_ALL=1 when it is not. */
export function hasSystemPart(part: SystemPart): boolean {
  if (part.missing === null) {
    return true;
  }
  const message = `SKIPPED: tests needing ${part.name} did not run: ${part.missing}`;
  if (process.env.KNEELINE_REQUIRE_ALL === '1') {
    throw new Error(`${message} (KNEELINE_REQUIRE_ALL=1 makes this a failure)`);
  }
  console.warn(`\n*** ${message} ***\n`);
  return false;
}

/** Debian's chromium, or CHROMIUM_PATH. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return (
    candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path)) ?? null
  );
}

export const chromium: SystemPart = {
  name: 'Chromium',
  missing: chromiumPath() === null ? 'install it with `apt-get install chromium` or set CHROMIUM_PATH' : null,
};

/** The PostgreSQL URL the storage tests use (set by .ci/run). */
export const postgresUrl = process.env.KNEELINE_TEST_DATABASE_URL ?? null;
export const postgres: SystemPart = {
  name: 'PostgreSQL',
  missing:
    postgresUrl === null ? 'set KNEELINE_TEST_DATABASE_URL to a scratch database (.ci/run does)' : null,
};

/** The flags every headless Chromium launch uses on these machines (closed network, root). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** True when a command runs (e.g. `ffmpeg -version`). */
export function commandWorks(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
