/** The progress report: trends, changes, re-test prompts, the 4-week review and escalations. */
import type { FastifyInstance } from 'fastify';
import { buildProgressReport } from '../../progress/report.js';
import type { Retest } from '../../progress/types.js';
import { centimetres, degrees } from '../../units.js';
import type { RouteContext } from '../context.js';
import { parseRequest } from '../errors.js';
import { dateQuerySchema } from '../schemas.js';
import type { RetestBody } from '../schemas.js';
import { currentProgram, resolveSettings } from '../settings.js';

const ALL_DAYS = { from: '0000-01-01', to: '9999-12-31' } as const;

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
  const { store, userId } = context;

  app.get('/api/progress', async (request) => {
    const { date } = parseRequest(dateQuerySchema, request.query, 'query', 'query');
    const today = context.today(date);
    const [settings, program, sessions, logs, retests] = await Promise.all([
      store.settings.get(userId),
      currentProgram(store, userId),
      store.sessions.list(userId, ALL_DAYS, today),
      store.logs.list(userId),
      store.retests.list(userId),
    ]);
    return buildProgressReport({
      startDate: resolveSettings(settings, today).startDate,
      today,
      schedule: sessions
        .filter((session) => session.programId === program?.id)
        .map(({ date: day, week, kind, title }) => ({ date: day, week, kind, title })),
      logs: logs.map((record) => record.log),
      retests: retests.map((record) => toRetest(record.retest)),
      ...(program === null ? {} : { findings: program.findings, program: program.program }),
    });
  });
}
