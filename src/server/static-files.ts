/**
 * The built web app from `dist/web` (any path that is not /api falls back to index.html, so the
 * browser's router owns it) and the pose model files at /models/* with long cache headers.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export interface StaticRoots {
  /** The built web app; null or a missing folder serves no app (the API still works). */
  readonly webRoot: string | null;
  /** The model files; null or a missing folder serves none. */
  readonly modelsRoot: string | null;
}

const present = (root: string | null): root is string => root !== null && existsSync(root);

/** Registers the static roots that exist; returns whether the web app is served. */
export async function registerStaticFiles(app: FastifyInstance, roots: StaticRoots): Promise<boolean> {
  if (present(roots.modelsRoot)) {
    // Model weights never change under one name (their SHA-256 is checked at install): cache a year.
    await app.register(fastifyStatic, {
      root: roots.modelsRoot,
      prefix: '/models/',
      decorateReply: false,
      maxAge: '365d',
      immutable: true,
    });
  }
  if (!present(roots.webRoot)) {
    return false;
  }
  const webRoot = roots.webRoot;
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    cacheControl: false,
    setHeaders: (response, path) => {
      // Vite puts a content hash in every file name under assets/; index.html must stay fresh.
      const hashed = path.startsWith(join(webRoot, 'assets'));
      response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}
