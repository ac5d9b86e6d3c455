/**
 * Node: model weights from local files (models/, filled by scripts/fetch-models.mjs), read
 * through an IOHandler built on `tf.io.getModelArtifactsForJSON`. No tfjs-node, no network.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { io } from '@tensorflow/tfjs-core';
import { DomainError } from '../../errors.js';
import type { ModelSource } from './model-source.js';
import { tf } from './tf-node.js';

/** The repository's `models/` folder, or KNEELINE_MODELS_DIR. */
export function defaultModelsDir(): string {
  const fromEnv = process.env.KNEELINE_MODELS_DIR;
  if (fromEnv !== undefined && fromEnv !== '') {
    return fromEnv;
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models');
}

/** An IOHandler that reads `model.json` and its weight shards from disk. */
export function fileModelHandler(modelJsonPath: string): io.IOHandler {
  const folder = dirname(modelJsonPath);
  return {
    load: async () => {
      const modelJson = JSON.parse(await readFile(modelJsonPath, 'utf8')) as io.ModelJSON;
      return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
        const specs: io.WeightsManifestEntry[] = [];
        const shards: Buffer[] = [];
        for (const group of manifest) {
          specs.push(...group.weights);
          for (const path of group.paths) {
            shards.push(await readFile(join(folder, path)));
          }
        }
        const all = Buffer.concat(shards);
        return [specs, all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength)];
      });
    },
  };
}

/** Node's ModelSource: files in `dir`; throws one clear sentence when they are not there. */
export function localModels(dir: string = defaultModelsDir()): ModelSource {
  return (file) => {
    const path = join(dir, file);
    if (!existsSync(path)) {
      throw new DomainError(
        'unsupported',
        `The pose model file ${path} is missing; run \`node scripts/fetch-models.mjs\` (npm install runs it).`,
      );
    }
    return fileModelHandler(path);
  };
}
