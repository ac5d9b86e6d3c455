import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The browser app: sources in web/, built into dist/web, which the server serves. */
export default defineConfig({
  root: here('./web'),
  plugins: [react()],
  // pose-detection imports @mediapipe/pose for a runtime Kneeline never uses (TF.js only).
  resolve: { alias: { '@mediapipe/pose': here('./web/shims/mediapipe-pose-stub.ts') } },
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
