/** Camera measurements (trial reports) and re-tests. */
import type { FastifyInstance } from 'fastify';
import type { TrialReport } from '../../vision/trial/types.js';
import type { RouteContext } from '../context.js';
import { parseRequest } from '../errors.js';
import { API_ROUTES } from '../../contract/api.js';

export function measurementRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;

  app.post(API_ROUTES.saveMeasurement.path, async (request, reply) => {
    const userId = context.userOf(request);
    const body = parseRequest(API_ROUTES.saveMeasurement.body, request.body, 'measurement');
    const saved = await store.measurements.add(
      userId,
      {
        test: body.test,
        side: body.side,
        // Checked by trialReportSchema on the fields the app reads; the rest is stored as sent.
        report: body.report as unknown as TrialReport,
        ...(body.keypoints === undefined ? {} : { keypoints: body.keypoints }),
      },
      context.now(),
    );
    return reply.status(201).send(saved);
  });

  app.get(API_ROUTES.measurements.path, (request) => store.measurements.list(context.userOf(request)));

  app.post(API_ROUTES.saveRetest.path, async (request, reply) => {
    const userId = context.userOf(request);
    const retest = parseRequest(API_ROUTES.saveRetest.body, request.body, 're-test');
    const saved = await store.retests.add(userId, retest, context.now());
    return reply.status(201).send({ ...saved.retest, id: saved.id });
  });

  app.get(API_ROUTES.retests.path, async (request) => {
    const userId = context.userOf(request);
    const retests = await store.retests.list(userId);
    return retests.map((record) => ({ ...record.retest, id: record.id }));
  });
}
