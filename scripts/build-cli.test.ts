import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('bin/kneeline.mjs', () => {
  it('runs the CLI compiled to build/, compiling it first when a source is newer', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin', 'kneeline.mjs'), 'analyze', '--help'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: kneeline analyze');
    expect(existsSync(join(root, 'build', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(join(root, 'build', 'cli', 'main.test.js'))).toBe(false);
  });

  it('prints a usage mistake as one sentence and exits 1', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin', 'kneeline.mjs'), 'analyze', 'me.jpg'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--test/);
  });
});
