/**
 * `buildServer(deps)`: the Fastify app with the JSON API, the one error handler, and (when the
 * folders exist) the built web app and the pose model files. Repositories come in through `deps`,
 * so tests run it on a temp database with `app.inject`.
 */
import { createServer } from 'node:http';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { LOCAL_USER_ID } from '../store/users.repository.js';
import { systemClock } from './clock.js';
import type { Clock } from './clock.js';
import { installAccounts } from './accounts.js';
import { createRouteContext } from './context.js';
import { installErrorHandlers } from './errors.js';
import { installIdempotency } from './idempotency.js';
import { installJsonBodyParser } from './json-body.js';
import { assessmentRoutes } from './routes/assessment.js';
import { dataRoutes } from './routes/data.js';
import { measurementRoutes } from './routes/measurements.js';
import { metaRoutes } from './routes/meta.js';
import { progressRoutes } from './routes/progress.js';
import { sessionRoutes } from './routes/sessions.js';
import { settingsRoutes } from './routes/settings.js';
import { LOCAL_SERVER_CONFIG } from './server-config.js';
import type { ServerConfig } from './server-config.js';
import { registerStaticFiles } from './static-files.js';
import { installWebSecurity } from './web-security.js';

/** Requests larger than this are answered 413 (the import route allows more). */
export const BODY_LIMIT = 1024 * 1024;

/**
 * How long a client may take to send a request: its headers within 10 s, the whole request
 * (a 32 MB import on a slow uplink of ~2 Mbit/s takes ~2 min) within 180 s; a slow-loris client that
 * trickles a body is cut off then instead of holding a connection for good. Node checks every
 * second (its default, 30 s, would let a timed-out request linger).
 */
export const TIMEOUTS = { headersMs: 10_000, requestMs: 180_000, checkEveryMs: 1_000 } as const;

export interface ServerDeps {
  readonly store: Store;
  /** Defaults to the system clock. */
  readonly clock?: Clock;
  /** The built web app (`dist/web`); null to serve the API only. */
  readonly webRoot?: string | null;
  /** Pose model files (`models/`); null to serve none. */
  readonly modelsRoot?: string | null;
  /** Fastify's log level: 'warn' (the CLI) shows server errors; tests leave it 'silent'. */
  readonly logLevel?: 'silent' | 'error' | 'warn' | 'info';
  /** Allowed host names and accounts mode; defaults to localhost only, no accounts. */
  readonly config?: ServerConfig;
  /** Defaults to TIMEOUTS; tests shorten them. */
  readonly timeouts?: {
    readonly headersMs: number;
    readonly requestMs: number;
    readonly checkEveryMs: number;
  };
}

/**
 * Builds the app and, without accounts, makes sure the local user exists. The caller listens
 * (or injects) and closes it; closing the app does not close the store.
 */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const clock = deps.clock ?? systemClock;
  const config = deps.config ?? LOCAL_SERVER_CONFIG;
  const timeouts = deps.timeouts ?? TIMEOUTS;
  const app = Fastify({
    logger: { level: deps.logLevel ?? 'silent' },
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy === true,
    serverFactory: (handler) =>
      createServer(
        {
          headersTimeout: timeouts.headersMs,
          requestTimeout: timeouts.requestMs,
          connectionsCheckingInterval: timeouts.checkEveryMs,
        },
        handler,
      ),
  });
  if (config.auth === 'off') {
    await deps.store.users.ensure(LOCAL_USER_ID, clock().toISOString());
  }

  installErrorHandlers(app);
  // Cross-origin isolation (COOP/COEP) lets the browser's WASM backend use threads.
  await installWebSecurity(app, { allowedHosts: config.allowedHosts });
  const accounts = await installAccounts(app, { store: deps.store, clock, mode: config.auth });
  const context = createRouteContext(deps.store, accounts.userOf, clock);
  installIdempotency(app, { store: deps.store, userOf: accounts.userOrNull, now: clock });
  // The API speaks JSON only: a text body is answered 415 with how to send JSON.
  app.removeContentTypeParser('text/plain');
  installJsonBodyParser(app);

  metaRoutes(app);
  assessmentRoutes(app, context);
  settingsRoutes(app, context);
  sessionRoutes(app, context);
  measurementRoutes(app, context);
  progressRoutes(app, context);
  dataRoutes(app, context);

  const servesWeb = await registerStaticFiles(app, {
    webRoot: deps.webRoot ?? null,
    modelsRoot: deps.modelsRoot ?? null,
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path === '/api' || path.startsWith('/api/') || path.startsWith('/models/');
    if (servesWeb && !isApi && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .sendFile('index.html');
    }
    return reply.status(404).send({
      error: {
        code: 'not-found',
        message: `There is no ${request.method} ${path}. The API lives under /api (see GET /api/health).`,
      },
    });
  });
  return app;
}
