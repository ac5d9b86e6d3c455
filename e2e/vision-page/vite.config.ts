import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The e2e vision harness (not the app): built into dist/e2e-vision by e2e/support/vision-page.ts. */
export default defineConfig({
  root: here('.'),
  logLevel: 'error',
  resolve: { alias: { '@mediapipe/pose': here('./mediapipe-pose-stub.ts') } },
  build: { outDir: here('../../dist/e2e-vision'), emptyOutDir: true },
});
