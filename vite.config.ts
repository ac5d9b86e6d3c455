import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The TF.js chunks and .wasm files are a few MB each; the app must still work offline. */
const LARGEST_PRECACHED_FILE = 30 * 1024 * 1024;

/** The browser app: sources in web/, built into dist/web, which the server serves. */
export default defineConfig({
  root: here('./web'),
  plugins: [
    react(),
    // An installable app: a manifest, and a service worker that keeps the app shell (every built
    // file) and, once fetched, the pose models, so the app opens and measures without a network.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      manifest: {
        name: 'Kneeline',
        short_name: 'Kneeline',
        description: 'Find out why your knees cave in and follow a program to fix it.',
        theme_color: '#1f5f5b',
        background_color: '#f6f5f0',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,wasm,svg}'],
        // Session reminders as notifications (web/public/reminders-sw.js).
        importScripts: ['reminders-sw.js'],
        maximumFileSizeToCacheInBytes: LARGEST_PRECACHED_FILE,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/models\//],
        runtimeCaching: [
          {
            // Weights never change under one name (the server caches them a year).
            urlPattern: ({ url }) => url.pathname.startsWith('/models/'),
            handler: 'CacheFirst',
            options: { cacheName: 'kneeline-models', expiration: { maxEntries: 30 } },
          },
          {
            // What the app needs to start: fresh when online, the last copy when offline.
            urlPattern: ({ url, request }) => url.pathname.startsWith('/api/') && request.method === 'GET',
            handler: 'NetworkFirst',
            options: { cacheName: 'kneeline-api', networkTimeoutSeconds: 5, expiration: { maxEntries: 60 } },
          },
        ],
      },
    }),
  ],
  // pose-detection imports @mediapipe/pose for a runtime Kneeline never uses (TF.js only).
  resolve: { alias: { '@mediapipe/pose': here('./web/shims/mediapipe-pose-stub.ts') } },
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
