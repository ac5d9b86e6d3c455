/** Booting the app, saving the assessment as the user goes, and completing it. */
import type { FastifyInstance } from 'fastify';
import { completeAssessment } from '../complete-assessment.js';
import type { RouteContext } from '../context.js';
import { parseRequest } from '../errors.js';
import { API_ROUTES } from '../../contract/api.js';
import type { AssessmentState, StateResponse } from '../../contract/schemas.js';
import { currentProgram, resolveSettings } from '../settings.js';
import type { AssessmentRecord } from '../../store/assessments.repository.js';

const assessmentState = (record: AssessmentRecord): AssessmentState => ({
  answers: record.answers,
  tests: record.tests,
  updatedAt: record.updatedAt,
  completedAt: record.completedAt,
});

export function assessmentRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;

  app.get(API_ROUTES.state.path, async (request): Promise<StateResponse> => {
    const userId = context.userOf(request);
    const [settings, current, completed, program] = await Promise.all([
      store.settings.get(userId),
      store.assessments.current(userId),
      store.assessments.latestCompleted(userId),
      currentProgram(store, userId),
    ]);
    return {
      settings: resolveSettings(settings, context.today()),
      assessment: current === null ? null : assessmentState(current),
      findings: completed?.findings ?? null,
      program: program?.program ?? null,
    };
  });

  app.put(API_ROUTES.saveDraft.path, async (request): Promise<AssessmentState> => {
    const userId = context.userOf(request);
    const patch = parseRequest(API_ROUTES.saveDraft.body, request.body ?? {}, 'assessment draft');
    // Read, merge and write under the user's lock: concurrent saves each keep their answers.
    const saved = await store.transaction(async (repos) => {
      await repos.users.lockForWrite(userId);
      return repos.assessments.saveDraft(
        userId,
        {
          ...(patch.answers === undefined ? {} : { answers: patch.answers }),
          ...(patch.tests === undefined ? {} : { tests: patch.tests }),
        },
        context.now(),
      );
    });
    return assessmentState(saved);
  });

  app.post(API_ROUTES.complete.path, (request) => {
    const userId = context.userOf(request);
    parseRequest(API_ROUTES.complete.body, request.body, 'request');
    // `?date=` lets the browser say what "today" is where the user lives.
    const { date } = parseRequest(API_ROUTES.complete.query, request.query, 'query', 'query');
    return completeAssessment(store, userId, context.today(date), context.now());
  });
}
