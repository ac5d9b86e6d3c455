import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasSystemPart } from '../src/testing/system-parts.js';
import { defaultModelsDir } from '../src/vision/pose/model-files.js';
import { poseModels } from '../src/vision/pose/system-parts.js';

const script = join(dirname(fileURLToPath(import.meta.url)), 'fetch-models.mjs');
const check = (dir: string) =>
  spawnSync(process.execPath, [script, '--check'], {
    env: { ...process.env, KNEELINE_MODELS_DIR: dir },
    encoding: 'utf8',
  });

describe('fetch-models --check', () => {
  it('says which files are missing and how to get them', () => {
    const result = check(mkdtempSync(join(tmpdir(), 'kneeline-models-')));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /movenet-thunder\.json.*missing or corrupt.*node scripts\/fetch-models\.mjs/s,
    );
  });

  it.runIf(hasSystemPart(poseModels))(
    'accepts valid files without the network and names a corrupt one',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'kneeline-models-'));
      for (const file of readdirSync(defaultModelsDir())) {
        copyFileSync(join(defaultModelsDir(), file), join(dir, file));
      }
      const valid = check(dir);
      expect(valid.status).toBe(0);
      expect(valid.stdout).toMatch(/present and valid/);
      writeFileSync(join(dir, 'blazepose-lite.bin'), 'tampered');
      const corrupt = check(dir);
      expect(corrupt.status).toBe(1);
      expect(corrupt.stderr).toMatch(/blazepose-lite\.bin missing or corrupt/);
    },
  );
});
