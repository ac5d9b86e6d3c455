/** The user's data as one file: export it, import it back (all or nothing), or delete it all. */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { exportJsonChunks } from '../../store/export-stream.js';
import type { RouteContext } from '../context.js';
import { parseRequest } from '../errors.js';
import { API_ROUTES } from '../../contract/api.js';

/** An export with keypoints can be larger than ordinary requests. */
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

export function dataRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;

  app.get(API_ROUTES.export.path, async (request, reply) => {
    const userId = context.userOf(request);
    const file = await store.data.exportAll(userId, context.now());
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="kneeline-export-${context.today()}.json"`)
      .send(Readable.from(exportJsonChunks(file)));
  });

  app.post(API_ROUTES.import.path, { bodyLimit: IMPORT_BODY_LIMIT }, async (request) => {
    const userId = context.userOf(request);
    const file = parseRequest(API_ROUTES.import.body, request.body, 'export file');
    await store.transaction(async (repos) => {
      await repos.users.lockForWrite(userId);
      await repos.data.replaceAll(userId, file, context.now());
    });
    return { imported: true };
  });

  app.delete(API_ROUTES.deleteData.path, async (request) => {
    const userId = context.userOf(request);
    parseRequest(API_ROUTES.deleteData.body, request.body, 'request');
    await store.transaction(async (repos) => {
      await repos.users.lockForWrite(userId);
      await repos.data.deleteAll(userId);
    });
    return { deleted: true };
  });
}
