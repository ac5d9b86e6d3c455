/** Camera measurements (trial reports) and re-tests. */
import type { FastifyInstance } from 'fastify';
import type { TrialReport } from '../../vision/trial/types.js';
import type { RouteContext } from '../context.js';
import { parseRequest } from '../errors.js';
import { measurementBodySchema, retestSchema } from '../../contract/schemas.js';

export function measurementRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;

  app.post('/api/measurements', async (request, reply) => {
    const userId = context.userOf(request);
    const body = parseRequest(measurementBodySchema, request.body, 'measurement');
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

  app.get('/api/measurements', (request) => store.measurements.list(context.userOf(request)));

  app.post('/api/retests', async (request, reply) => {
    const userId = context.userOf(request);
    const retest = parseRequest(retestSchema, request.body, 're-test');
    const saved = await store.retests.add(userId, retest, context.now());
    return reply.status(201).send({ ...saved.retest, id: saved.id });
  });

  app.get('/api/retests', async (request) => {
    const userId = context.userOf(request);
    const retests = await store.retests.list(userId);
    return retests.map((record) => ({ ...record.retest, id: record.id }));
  });
}
