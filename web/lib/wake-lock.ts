/**
 * Keeps the screen on while a session runs (navigator.wakeLock where the browser has it).
 * The lock is dropped when the tab is hidden, so it is asked for again when the tab comes back.
 */
import { useEffect } from 'react';

export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) {
      return;
    }
    let sentinel: WakeLockSentinel | null = null;
    let live = true;
    const request = (): void => {
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (live) {
            sentinel = lock;
          } else {
            void lock.release();
          }
        },
        () => undefined,
      );
    };
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') {
        request();
      }
    };
    request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release();
    };
  }, [active]);
}
