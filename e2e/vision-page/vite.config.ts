import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The e2e vision harness (not the app): built into dist/e2e-vision by e2e/support/vision-page.ts. */
export default defineConfig({
  root: here('.'),
  logLevel: 'error',
  plugins: [react()],
  resolve: { alias: { '@mediapipe/pose': here('../../web/shims/mediapipe-pose-stub.ts') } },
  build: {
    outDir: here('../../dist/e2e-vision'),
    emptyOutDir: true,
    rollupOptions: { input: { index: here('./index.html'), live: here('./live.html') } },
  },
});
