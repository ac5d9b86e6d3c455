/**
 * The one JSON body parser of the API (every route, the import too): a body that nests too deep,
 * holds a NUL character, a number JSON cannot keep, a `__proto__` key or a date outside the
 * accepted years is refused with a 400 naming the place (contract/json-guard.ts), before any schema
 * runs. Nothing refused here is stored.
 */
import type { FastifyInstance } from 'fastify';
import { findJsonProblem, jsonDepthExceeds, MAX_JSON_DEPTH } from '../contract/json-guard.js';
import { RequestError } from './errors.js';

const refuse = (code: string, message: string): RequestError => new RequestError(400, code, message);

/** Parses and checks JSON text; throws a RequestError a person can act on. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') {
    throw refuse(
      'empty-body',
      'The body is empty: send a JSON object, or leave out the Content-Type header.',
    );
  }
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
    throw refuse(
      'too-deep',
      `The body nests deeper than ${MAX_JSON_DEPTH} levels; Kneeline's data never does. Nothing was saved.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refuse('malformed-json', 'The body is not valid JSON. Check quotes, commas and brackets.');
  }
  const problem = findJsonProblem(value);
  if (problem !== null) {
    throw refuse(problem.code, `The body is not valid: ${problem.message}. Nothing was saved.`);
  }
  return value;
}

/** Replaces Fastify's JSON parser with parseJsonBody (body limits stay per route). */
export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
