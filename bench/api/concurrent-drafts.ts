/**
 * Many browsers saving answers at once: `connections` clients each PUT a draft answer with a key
 * of its own for `seconds`, then every acknowledged (2xx) answer must be in the saved draft and
 * the export must still answer 200. Prints requests/s, p99 and how many acknowledged saves were lost.
 */
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';

export interface DraftLoadResult {
  readonly backend: string;
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly acknowledged: number;
  readonly lost: number;
  readonly non2xx: number;
  readonly exportStatus: number;
}

interface ConnectionContext {
  id?: number;
  sent?: number;
  pending?: string;
}

/** Runs the load against a listening `app` at `base`; `backend` only labels the row. */
export async function concurrentDrafts(
  app: FastifyInstance,
  base: string,
  backend: string,
  options: { readonly connections: number; readonly seconds: number },
): Promise<DraftLoadResult> {
  const acknowledged = new Set<string>();
  let nextConnection = 0;
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'PUT',
        path: '/api/assessment/draft',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request, context: ConnectionContext) => {
          context.id ??= nextConnection += 1;
          context.sent = (context.sent ?? 0) + 1;
          const key = `c${context.id}s${context.sent}`;
          context.pending = key;
          return { ...request, body: JSON.stringify({ answers: { [key]: context.sent } }) };
        },
        onResponse: (status, _body, context: ConnectionContext) => {
          if (status >= 200 && status < 300 && context.pending !== undefined) {
            acknowledged.add(context.pending);
          }
        },
      },
    ],
  });
  const draft = await app.inject('/api/state');
  const answers =
    draft.statusCode === 200
      ? (draft.json<{ assessment: { answers: Record<string, unknown> } | null }>().assessment?.answers ?? {})
      : {};
  const lost = [...acknowledged].filter((key) => !(key in answers)).length;
  const exported = await app.inject('/api/export');
  return {
    backend,
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    acknowledged: acknowledged.size,
    lost,
    non2xx: result.non2xx,
    exportStatus: exported.statusCode,
  };
}
