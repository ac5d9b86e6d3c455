/** Settings (changing the training days moves the upcoming sessions) and the calendar download. */
import type { FastifyInstance } from 'fastify';
import { calendarText } from '../calendar-file.js';
import { checkInWindow, dayWindow } from '../day-window.js';
import type { CalendarOptions } from '../../program/calendar.js';
import type { RouteContext } from '../context.js';
import { parseRequest } from '../errors.js';
import { API_ROUTES } from '../../contract/api.js';
import { resolveSettings, saveSettings } from '../settings.js';

/** Most events a calendar file holds: years of a program, and a bound on the work. */
export const CALENDAR_MAX_EVENTS = 2_000;

export function settingsRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;

  app.get(API_ROUTES.settings.path, async (request) =>
    resolveSettings(await store.settings.get(context.userOf(request)), context.today()),
  );

  app.put(API_ROUTES.saveSettings.path, async (request) => {
    const userId = context.userOf(request);
    const next = parseRequest(API_ROUTES.saveSettings.body, request.body, 'settings');
    const today = context.today();
    checkInWindow(next.startDate, today, 'startDate');
    return store.transaction(async (repos) => {
      await repos.users.lockForWrite(userId);
      return saveSettings(repos, userId, next, today, context.now());
    });
  });

  app.get(API_ROUTES.calendar.path, async (request, reply) => {
    const userId = context.userOf(request);
    const { date } = parseRequest(API_ROUTES.calendar.query, request.query, 'query', 'query');
    const today = context.today(date);
    const [settings, sessions] = await Promise.all([
      store.settings.get(userId),
      store.sessions.list(userId, dayWindow(today), today),
    ]);
    const [hour, minute] = settings.reminders.time.split(':').map(Number);
    const options: CalendarOptions = {
      createdOn: today,
      calendarName: 'Kneeline',
      ...(settings.reminders.enabled && hour !== undefined && minute !== undefined
        ? { reminder: { hour, minute } }
        : {}),
    };
    const scheduled = sessions
      .slice(0, CALENDAR_MAX_EVENTS)
      .map(({ date: day, week, kind, title }) => ({ date: day, week, kind, title }));
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="kneeline.ics"')
      .send(await calendarText(scheduled, options));
  });
}
