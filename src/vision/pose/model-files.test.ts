import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSystemPart } from '../../testing/system-parts.js';
import { defaultModelsDir, fileModelHandler, localModels } from './model-files.js';
import { poseModels } from './system-parts.js';

describe('localModels', () => {
  it('tells the user how to get the weights when they are missing', () => {
    expect(() => localModels('/nonexistent/models')('movenet-thunder.json')).toThrow(/fetch-models/);
  });
});

describe.runIf(hasSystemPart(poseModels))('fileModelHandler', () => {
  it('reads a model.json and all its weights from disk', async () => {
    const artifacts = await fileModelHandler(join(defaultModelsDir(), 'movenet-thunder.json')).load?.();
    const weights = artifacts?.weightData;
    expect(weights instanceof ArrayBuffer ? weights.byteLength : -1).toBe(
      statSync(join(defaultModelsDir(), 'movenet-thunder.bin')).size,
    );
    expect(artifacts?.weightSpecs?.length).toBeGreaterThan(10);
  });
});
