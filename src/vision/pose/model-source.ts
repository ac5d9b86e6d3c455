/**
 * Where model weights come from. The detector code takes a `ModelSource` so the same code loads
 * files in Node and served URLs in the browser, and never a hub URL.
 */
import type { io } from '@tensorflow/tfjs-core';

/** Turns a model.json file name (from model-table.ts) into something `loadGraphModel` accepts. */
export type ModelSource = (modelJsonFile: string) => string | io.IOHandler;

/** Browser: weights served by our own server, e.g. `servedModels('/models')('movenet-thunder.json')`. */
export function servedModels(baseUrl: string): ModelSource {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return (file) => `${base}${file}`;
}
