/**
 * Reminders as notifications on this device, where the browser allows: permission from the
 * Notification API, then a daily wake-up by periodic background sync for the service worker
 * (web/public/reminders-sw.js). Says plainly when a browser cannot.
 */
const REMINDER_TAG = 'kneeline-reminder';
const DAY_MS = 24 * 60 * 60 * 1000;

interface PeriodicSync {
  register(tag: string, options: { minInterval: number }): Promise<void>;
}

export type ReminderSupport = 'ready' | 'needs-permission' | 'blocked' | 'unsupported';

export function notificationSupport(): ReminderSupport {
  if (!('Notification' in window) || !('serviceWorker' in navigator)) {
    return 'unsupported';
  }
  return Notification.permission === 'granted'
    ? 'ready'
    : Notification.permission === 'denied'
      ? 'blocked'
      : 'needs-permission';
}

/** Asks for permission and sets up the daily check; returns a sentence saying what happened. */
export async function turnOnNotifications(): Promise<string> {
  if (notificationSupport() === 'unsupported') {
    return 'This browser cannot show reminders; the calendar file’s alarms will remind you.';
  }
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') {
    return 'Notifications are not allowed for Kneeline; the calendar file’s alarms will remind you.';
  }
  const registration = await navigator.serviceWorker.ready;
  const periodic = (registration as ServiceWorkerRegistration & { periodicSync?: PeriodicSync }).periodicSync;
  if (periodic === undefined) {
    return 'Notifications are allowed, but this browser only wakes Kneeline while it is open; keep the calendar alarms on too.';
  }
  try {
    await periodic.register(REMINDER_TAG, { minInterval: DAY_MS / 2 });
    return 'You will get a notification on training days after your reminder time.';
  } catch {
    return 'Notifications are allowed; add Kneeline to your home screen so it can remind you when it is closed.';
  }
}
