/*
 * Added to the service worker (vite.config.ts, workbox importScripts): on a training day, after
 * the reminder time, a notification says today's session is waiting. Woken by periodic
 * background sync where the browser offers it (an installed app in Chromium); elsewhere the
 * calendar file's alarms remind instead.
 */
/* eslint-env serviceworker */
const REMINDER_TAG = 'kneeline-reminder';

function localDate(now) {
  const pad = (value) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function remindIfDue() {
  const now = new Date();
  const settings = await (await fetch('/api/settings')).json();
  const [hour, minute] = String(settings.reminders?.time ?? '18:00')
    .split(':')
    .map(Number);
  if (now.getHours() * 60 + now.getMinutes() < hour * 60 + minute) {
    return;
  }
  const today = await (await fetch(`/api/sessions/today?date=${localDate(now)}`)).json();
  if (today.session === null || today.session.status === 'done' || today.items.length === 0) {
    return;
  }
  await self.registration.showNotification("Today's Kneeline session", {
    body: `${today.items.length} exercises are waiting for you.`,
    icon: '/icons/icon-192.png',
    tag: `${REMINDER_TAG}-${localDate(now)}`,
  });
}

self.addEventListener('periodicsync', (event) => {
  if (event.tag === REMINDER_TAG) {
    event.waitUntil(remindIfDue().catch(() => undefined));
  }
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(self.clients.openWindow('/#/today'));
});
