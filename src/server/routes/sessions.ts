/** The schedule, today's session with its exercises, and session logs. */
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../context.js';
import { parseRequest } from '../errors.js';
import { addFollowUp, logSession, resumeProgram } from '../log-session.js';
import { FOLLOW_UP_MAX_DAYS, followUpDue } from '../../progress/follow-up.js';
import { addDays } from '../../program/iso-date.js';
import { API_ROUTES } from '../../contract/api.js';
import type { SessionSummary, TodayResponse } from '../../contract/schemas.js';
import { currentProgram } from '../settings.js';
import { sessionItems } from '../today.js';
import type { SessionRecord } from '../../store/sessions.repository.js';

const summary = ({ id, date, week, kind, title, status }: SessionRecord): SessionSummary => ({
  id,
  date,
  week,
  kind,
  title,
  status,
});

export function sessionRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;

  app.get(API_ROUTES.sessions.path, async (request): Promise<readonly SessionSummary[]> => {
    const userId = context.userOf(request);
    const range = parseRequest(API_ROUTES.sessions.query, request.query, 'query', 'query');
    context.today(range.from);
    context.today(range.to);
    const sessions = await store.sessions.list(userId, range, context.today());
    return sessions.map(summary);
  });

  app.get(API_ROUTES.today.path, async (request): Promise<TodayResponse> => {
    const userId = context.userOf(request);
    const { date } = parseRequest(API_ROUTES.today.query, request.query, 'query', 'query');
    const today = context.today(date);
    const [session, program, logs] = await Promise.all([
      store.sessions.onDate(userId, today, context.today()),
      currentProgram(store, userId),
      // The follow-up reads only the latest log, at most a week old (progress/follow-up.ts).
      store.logs.listAfter(userId, addDays(today, -(FOLLOW_UP_MAX_DAYS + 1))),
    ]);
    const latest = logs.at(-1);
    const running = program !== null && program.program.paused === undefined;
    return {
      date: today,
      session: session === null ? null : summary(session),
      items: program === null ? [] : sessionItems(program.program),
      // While the program is paused nothing is asked: the person is to be seen first.
      followUp: running && latest !== undefined ? followUpDue(latest, today, context.now()) : null,
    };
  });

  app.post(API_ROUTES.logSession.path, async (request) => {
    const userId = context.userOf(request);
    const { id } = parseRequest(API_ROUTES.logSession.params, request.params, 'session id', 'query');
    const log = parseRequest(API_ROUTES.logSession.body, request.body, 'session log');
    return logSession(store, userId, id, log, context.today(), context.now());
  });

  app.post(API_ROUTES.followUp.path, async (request) => {
    const userId = context.userOf(request);
    const { id } = parseRequest(API_ROUTES.followUp.params, request.params, 'log id', 'query');
    const answers = parseRequest(API_ROUTES.followUp.body, request.body, 'follow-up answers');
    return addFollowUp(store, userId, id, answers, context.today(), context.now());
  });

  app.post(API_ROUTES.resumeProgram.path, async (request) => {
    const userId = context.userOf(request);
    const { seen } = parseRequest(API_ROUTES.resumeProgram.body, request.body, 'who you saw');
    return resumeProgram(store, userId, seen, context.today(), context.now());
  });

  app.get(API_ROUTES.logs.path, async (request) => {
    const userId = context.userOf(request);
    const logs = await store.logs.list(userId);
    return logs.map((record) => ({ ...record.log, id: record.id, sessionId: record.sessionId }));
  });
}
