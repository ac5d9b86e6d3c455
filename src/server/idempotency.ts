/**
 * `Idempotency-Key` on state-changing requests: a client that retries after a lost answer (a
 * dropped connection, a timeout) sends the same key and gets the first answer again, marked
 * `idempotent-replayed: true`, instead of the work being done twice. Keys live 24 hours.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../store/store.js';
import { RequestError } from './errors.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Printable ASCII, as the IETF draft's examples (UUIDs); 200 characters is plenty. */
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
const KEEP_MS = 24 * 60 * 60 * 1000;
/** A claim this old whose request never answered (the process died) may be taken over. */
const STALE_MS = 60 * 1000;

interface Claim {
  readonly userId: string;
  readonly key: string;
}

export interface IdempotencyOptions {
  readonly store: Store;
  readonly userOf: (request: FastifyRequest) => string | null;
  readonly now: () => Date;
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

function keyOf(request: FastifyRequest): string | null {
  const header = request.headers['idempotency-key'];
  if (header === undefined) {
    return null;
  }
  if (typeof header !== 'string' || !KEY_PATTERN.test(header)) {
    throw new RequestError(
      400,
      'invalid-idempotency-key',
      'The Idempotency-Key header must be 1-200 printable characters without spaces, e.g. a UUID.',
    );
  }
  return header;
}

export function installIdempotency(app: FastifyInstance, options: IdempotencyOptions): void {
  const { store } = options;
  const claims = new WeakMap<FastifyRequest, Claim>();

  app.addHook('preHandler', async (request, reply) => {
    if (!STATE_CHANGING.has(request.method)) {
      return;
    }
    const key = keyOf(request);
    const userId = key === null ? null : options.userOf(request);
    if (key === null || userId === null) {
      return;
    }
    const now = options.now();
    const hash = requestHash(request);
    await store.idempotency.purge(userId, new Date(now.getTime() - KEEP_MS).toISOString());
    if (await store.idempotency.claim(userId, key, hash, now.toISOString())) {
      claims.set(request, { userId, key });
      return;
    }
    const stored = await store.idempotency.find(userId, key);
    if (stored !== null && stored.requestHash !== hash) {
      throw new RequestError(
        422,
        'idempotency-key-reused',
        'This Idempotency-Key was used for another request: send a new key for a new request.',
      );
    }
    if (stored === null || stored.statusCode === null || stored.responseBody === null) {
      const staleBefore = new Date(now.getTime() - STALE_MS).toISOString();
      if (
        stored !== null &&
        (await store.idempotency.takeOver(userId, key, staleBefore, now.toISOString()))
      ) {
        claims.set(request, { userId, key });
        return;
      }
      throw new RequestError(
        409,
        'request-in-progress',
        'A request with this Idempotency-Key is still being processed: wait a moment and retry.',
      );
    }
    return reply
      .status(stored.statusCode)
      .header('idempotent-replayed', 'true')
      .type('application/json; charset=utf-8')
      .send(stored.responseBody);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = claims.get(request);
    if (claim === undefined) {
      return payload;
    }
    claims.delete(request);
    if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
      await store.idempotency.finish(claim.userId, claim.key, reply.statusCode, payload);
    } else {
      await store.idempotency.release(claim.userId, claim.key);
    }
    return payload;
  });
}
