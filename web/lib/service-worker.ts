/**
 * Registers the service worker built by vite-plugin-pwa (dist/web/sw.js), so the app opens
 * offline and can be added to the home screen. Not under `vite dev` (no sw.js there); every
 * `vite build` has one, whatever NODE_ENV the build ran under (tests build with NODE_ENV=test).
 */
import { Workbox } from 'workbox-window';

export function registerServiceWorker(): void {
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator)) {
    return;
  }
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.register().catch((error: unknown) => {
    // The app works without it (online only); say why in the console for whoever looks.
    console.warn('Kneeline could not register its service worker:', error);
  });
}
