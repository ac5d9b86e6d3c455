import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POSE_MODELS, isPoseModelId, modelFiles } from './model-table.js';

const fetchScript = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'scripts', 'fetch-models.mjs'),
  'utf8',
);

describe('modelFiles', () => {
  it.each(Object.keys(POSE_MODELS))('has every file of %s fetched and checksummed by npm install', (id) => {
    if (!isPoseModelId(id)) {
      throw new Error(id);
    }
    for (const file of modelFiles(id)) {
      expect(fetchScript).toMatch(new RegExp(`'${file}': '[0-9a-f]{64}'`));
      expect(fetchScript).toMatch(new RegExp(`'${file.replace('.json', '.bin')}': '[0-9a-f]{64}'`));
    }
  });
});

describe('isPoseModelId', () => {
  it('accepts the names the CLI offers and refuses others', () => {
    expect(['thunder', 'lightning', 'blazepose'].every(isPoseModelId)).toBe(true);
    expect(isPoseModelId('posenet')).toBe(false);
    expect(isPoseModelId('toString')).toBe(false);
  });
});
