/** The progress report: trends, changes, re-test prompts, the 4-week review and escalations. */
import type { FastifyInstance } from 'fastify';
import type { Retest } from '../../progress/types.js';
import { centimetres, degrees } from '../../units.js';
import type { RouteContext } from '../context.js';
import { addDays } from '../../program/iso-date.js';
import { dayWindow } from '../day-window.js';
import { parseRequest } from '../errors.js';
import { createProgressReporter } from '../progress-offload.js';
import { API_ROUTES } from '../../contract/api.js';
import type { RetestBody } from '../../contract/schemas.js';
import { currentProgram, resolveSettings } from '../settings.js';

/** A validated re-test with its numbers given their units. */
export function toRetest(body: RetestBody): Retest {
  const perSide = <T>(values: { left?: number; right?: number }, unit: (value: number) => T) => ({
    ...(values.left === undefined ? {} : { left: unit(values.left) }),
    ...(values.right === undefined ? {} : { right: unit(values.right) }),
  });
  return {
    date: body.date,
    kneeToWallCm: perSide(body.kneeToWallCm, centimetres),
    painNow: body.painNow,
    ...(body.fppa === undefined
      ? {}
      : { fppa: { test: body.fppa.test, degrees: perSide(body.fppa.degrees, degrees) } }),
    ...(body.standingKneeTest === undefined ? {} : { standingKneeTest: body.standingKneeTest }),
  };
}

export function progressRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;
  const reporter = createProgressReporter();
  app.addHook('onClose', () => reporter.close());

  app.get(API_ROUTES.progress.path, async (request) => {
    const userId = context.userOf(request);
    const { date } = parseRequest(API_ROUTES.progress.query, request.query, 'query', 'query');
    const today = context.today(date);
    // Only the years around today: the report's work grows with the days it covers.
    const window = dayWindow(today);
    const [settings, program, sessions, logs, retests] = await Promise.all([
      store.settings.get(userId),
      currentProgram(store, userId),
      store.sessions.list(userId, window, today),
      store.logs.listAfter(userId, addDays(window.from, -1)),
      store.retests.list(userId),
    ]);
    const startDate = resolveSettings(settings, today).startDate;
    return reporter.report({
      startDate: startDate < window.from ? window.from : startDate,
      today,
      schedule: sessions
        .filter((session) => session.programId === program?.id)
        .map(({ date: day, week, kind, title }) => ({ date: day, week, kind, title })),
      logs: logs.map((record) => record.log),
      retests: retests.map((record) => toRetest(record.retest)),
      ...(program === null ? {} : { findings: program.findings, program: program.program }),
      // Said in settings or when resuming after a pause: a stall then goes to orthopaedics.
      seenPhysicalTherapist: settings.seenPhysicalTherapist === true,
    });
  });
}
