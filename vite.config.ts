import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The browser app: sources in web/, built into dist/web, which the server serves. */
export default defineConfig({
  root: here('./web'),
  plugins: [react()],
  // pose-detection imports @mediapipe/pose for a runtime Kneeline never uses (TF.js only).
  resolve: { alias: { '@mediapipe/pose': here('./web/camera/mediapipe-pose-stub.ts') } },
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // No source maps in production: they would hand out the sources (issue 11).
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
