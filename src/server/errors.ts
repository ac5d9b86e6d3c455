/**
 * The one error handler: DomainError codes and zod errors become statuses and an
 * `{ error: { code, message, details? } }` body a person can act on; anything else is a 500 that
 * tells nothing about the inside.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { DomainError } from '../errors.js';
import type { DomainErrorCode } from '../errors.js';
import type { ApiError } from '../contract/schemas.js';
import { droppedKeys } from './unknown-keys.js';

/** Every DomainError code has a status: adding a code without one does not compile. */
export const DOMAIN_STATUS: Readonly<Record<DomainErrorCode, number>> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  'referral-required': 409,
  'no-person-in-view': 422,
  'not-a-video': 415,
  unsupported: 422,
};

/** A request that failed validation; `status` 400 for malformed input, 422 for an incomplete assessment. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ApiError['error']['details'],
  ) {
    super(message);
  }
}

/** zod issues as `{ path: 'answers.age', message }`; unknown keys are named. */
export function zodDetails(error: ZodError): NonNullable<ApiError['error']['details']> {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(whole body)',
    message:
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling or leave it out`
        : issue.message,
  }));
}

/**
 * Parses `value` with `schema`; a failure becomes a 400 naming `what` and every bad field. A body
 * with a key the schema does not know is refused naming it; a query may carry others (a cache
 * buster), so `source: 'query'` lets them pass.
 */
export function parseRequest<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: ZodError } },
  value: unknown,
  what: string,
  source: 'body' | 'query' = 'body',
): T {
  const result = schema.safeParse(value);
  if (result.success) {
    const unknown = source === 'query' ? [] : droppedKeys(value, result.data);
    if (unknown.length === 0) {
      return result.data;
    }
    const details = unknown.map((path) => ({
      path,
      message: 'unknown field: check the spelling or leave it out',
    }));
    throw new RequestError(
      400,
      'invalid-request',
      `The ${what} is not valid: unknown field ${unknown.map((path) => `"${path}"`).join(', ')}.`,
      details,
    );
  }
  const details = zodDetails(result.error);
  const first = details[0];
  const summary = first === undefined ? '' : `: ${first.path} ${first.message}`;
  throw new RequestError(400, 'invalid-request', `The ${what} is not valid${summary}.`, details);
}

const FASTIFY_MESSAGES: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'body-too-large',
    message:
      'The request is larger than the server accepts (1 MB, or 32 MB for an import). Send less data, e.g. leave out the keypoints.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported-media-type',
    message: 'Send the body as JSON with the header Content-Type: application/json.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'empty-body',
    message: 'The body is empty: send a JSON object, or leave out the Content-Type header.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'malformed-json',
    message: 'The body is not valid JSON. Check quotes, commas and brackets.',
  },
};

/** A unique constraint refused a duplicate: SQLite's SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's 23505. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

function toApiError(error: unknown): { status: number; body: ApiError } {
  if (error instanceof RequestError) {
    const details = error.details === undefined ? {} : { details: error.details };
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, ...details } },
    };
  }
  if (error instanceof DomainError) {
    return {
      status: DOMAIN_STATUS[error.code],
      body: { error: { code: error.code, message: error.message } },
    };
  }
  if (error instanceof ZodError) {
    return {
      status: 400,
      body: {
        error: { code: 'invalid-request', message: 'The request is not valid.', details: zodDetails(error) },
      },
    };
  }
  if (isUniqueViolation(error)) {
    return {
      status: 409,
      body: {
        error: {
          code: 'conflict',
          message:
            'This was saved already (another request did the same at the same moment). Reload to see it.',
        },
      },
    };
  }
  const fastifyError = error as Partial<FastifyError>;
  const known = fastifyError.code === undefined ? undefined : FASTIFY_MESSAGES[fastifyError.code];
  if (known !== undefined) {
    return { status: known.status, body: { error: { code: known.code, message: known.message } } };
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return {
      status: 400,
      body: {
        error: {
          code: 'malformed-json',
          message: FASTIFY_MESSAGES.FST_ERR_CTP_INVALID_JSON_BODY?.message ?? '',
        },
      },
    };
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return {
      status,
      body: { error: { code: 'bad-request', message: fastifyError.message ?? 'The request is not valid.' } },
    };
  }
  return {
    status: 500,
    body: {
      error: {
        code: 'internal',
        message: 'Something went wrong on the server. Your data is unchanged; try again.',
      },
    },
  };
}

/** Installs the error and not-found handlers. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toApiError(error);
    if (status >= 500) {
      request.log.error({ err: error }, 'unexpected error');
    }
    return reply.status(status).send(body);
  });
}
