/**
 * Downloads the pose models the camera tests use into the cache the service worker reads
 * ('kneeline-models', see vite.config.ts), with progress, so the camera works offline and the
 * first camera test does not wait on a download.
 */
import { MODEL_FOR_USE, modelFiles } from '../../src/vision/pose/model-table.js';

export const MODEL_CACHE = 'kneeline-models';

export interface Progress {
  readonly loadedBytes: number;
  readonly totalBytes: number;
}

/** Every file the default models need: their model.json files and the weight shards they list. */
async function filesToFetch(): Promise<readonly string[]> {
  const jsons = [...new Set(Object.values(MODEL_FOR_USE).flatMap((model) => modelFiles(model)))];
  const shards = await Promise.all(
    jsons.map(async (file) => {
      const response = await fetch(`/models/${file}`);
      if (!response.ok) {
        throw new Error(`the server has no ${file} (${response.status})`);
      }
      const model = (await response.json()) as { weightsManifest?: { paths?: string[] }[] };
      return (model.weightsManifest ?? []).flatMap((group) => group.paths ?? []);
    }),
  );
  return [...jsons, ...shards.flat()].map((file) => `/models/${file}`);
}

/** True when every model file is already in the cache. */
export async function modelsCached(): Promise<boolean> {
  if (!('caches' in window)) {
    return false;
  }
  const cache = await caches.open(MODEL_CACHE);
  const files = await filesToFetch();
  const found = await Promise.all(files.map(async (url) => (await cache.match(url)) !== undefined));
  return found.every(Boolean);
}

/** Fetches the files not yet cached, reporting bytes as they arrive. */
export async function downloadModels(onProgress: (progress: Progress) => void): Promise<void> {
  const cache = await caches.open(MODEL_CACHE);
  const files = await filesToFetch();
  const sizes = await Promise.all(
    files.map(async (url) =>
      Number((await fetch(url, { method: 'HEAD' })).headers.get('content-length') ?? 0),
    ),
  );
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  let loadedBytes = 0;
  onProgress({ loadedBytes, totalBytes });
  for (const [index, url] of files.entries()) {
    if ((await cache.match(url)) !== undefined) {
      loadedBytes += sizes[index] ?? 0;
      onProgress({ loadedBytes, totalBytes });
      continue;
    }
    const response = await fetch(url);
    if (!response.ok || response.body === null) {
      throw new Error(`${url} could not be downloaded (${response.status})`);
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      chunks.push(value);
      loadedBytes += value.byteLength;
      onProgress({ loadedBytes, totalBytes });
    }
    await cache.put(url, new Response(new Blob(chunks), { headers: response.headers }));
  }
}
