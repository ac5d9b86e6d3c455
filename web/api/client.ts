/**
 * The one adapter between the browser and the server's JSON API, typed by the contract's route
 * table (src/contract/api.ts): a call's path must be a route of the table, its body is what the
 * route's zod schema takes, its answer has the route's response type. A route or body schema
 * changed on the server fails `tsc` here. Every call goes through `request`, which turns the
 * server's `{error: {code, message, details?}}` into an ApiError.
 */
import { z } from 'zod';
import type { ApiRoutes, ResponseOf, RouteName } from '../../src/contract/api.js';

// zod probes for eval (`Function('')`) to compile faster parsers; the server's CSP forbids eval,
// so the probe would be reported as a violation. Parse without it (the app's data is small).
z.config({ jitless: true });

/** A refusal from the server (4xx/5xx) or a network failure, with the server's own words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  readonly error?: { readonly code?: unknown; readonly message?: unknown; readonly details?: unknown };
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const code = typeof body.error?.code === 'string' ? body.error.code : 'http-error';
  const message =
    typeof body.error?.message === 'string'
      ? body.error.message
      : `The server answered ${response.status} ${response.statusText}.`;
  return new ApiError(response.status, code, message, body.error?.details);
}

/**
 * Sends a request and returns the parsed JSON body (undefined for 204). A change (anything but
 * GET) always goes as JSON, `{}` when there is nothing to send: the server refuses other content
 * types on changes, which is what keeps other sites from sending them (CSRF). Cookies (the
 * session in accounts mode) go along on the same origin only.
 */
async function send(method: string, path: string, body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    const init: RequestInit = { method, headers: { accept: 'application/json' }, credentials: 'same-origin' };
    if (body !== undefined || method !== 'GET') {
      init.headers = { accept: 'application/json', 'content-type': 'application/json' };
      init.body = JSON.stringify(body ?? {});
    }
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'offline', 'We could not reach Kneeline. Check your connection and try again.');
  }
  if (!response.ok) {
    throw await errorFrom(response);
  }
  if (response.status === 204) {
    return undefined;
  }
  return (await response.json()) as unknown;
}

type Method = ApiRoutes[RouteName]['method'];
/** `/api/sessions/:id/log` → `/api/sessions/${string}/log`. */
type PathPattern<P extends string> = P extends `${infer Head}:${string}/${infer Rest}`
  ? `${Head}${string}/${PathPattern<Rest>}`
  : P extends `${infer Head}:${string}`
    ? `${Head}${string}`
    : P;
/** The paths a call may use for a route: its pattern, with or without a query string. */
type CallPath<P extends string> = PathPattern<P> | `${PathPattern<P>}?${string}`;
/** Every path a call with `method` may use. */
export type PathFor<M extends Method> = {
  [K in RouteName]: ApiRoutes[K]['method'] extends M ? CallPath<ApiRoutes[K]['path']> : never;
}[RouteName];
/** The route a call with `method` and `path` reaches. */
type RouteAt<M extends Method, P extends string> = {
  [K in RouteName]: ApiRoutes[K]['method'] extends M
    ? P extends CallPath<ApiRoutes[K]['path']>
      ? K
      : never
    : never;
}[RouteName];
/** Paths whose answer a caller may read as `T` (for calls that name the answer's type). */
export type PathAnswering<M extends Method, T> = {
  [K in RouteName]: ApiRoutes[K]['method'] extends M
    ? ResponseOf<K> extends T
      ? CallPath<ApiRoutes[K]['path']>
      : never
    : never;
}[RouteName];
/**
 * A body may be built from readonly data (the schema only reads it), and a loose schema's
 * catch-all key is dropped: the fields it names are checked, extra ones pass through.
 */
type ReadonlyInput<T> = T extends (infer Item)[]
  ? readonly ReadonlyInput<Item>[]
  : T extends object
    ? { readonly [Key in keyof T as string extends Key ? never : Key]: ReadonlyInput<T[Key]> }
    : T;
type BodyOf<K extends RouteName> = ApiRoutes[K] extends { readonly bodyFromFile: true }
  ? unknown
  : ApiRoutes[K] extends { readonly body: infer S extends z.ZodType }
    ? ReadonlyInput<z.input<S>>
    : never;
/** The body argument: required when the route's schema requires one, absent when it takes none. */
type BodyArgs<K extends RouteName> = [BodyOf<K>] extends [never]
  ? []
  : undefined extends BodyOf<K>
    ? [body?: BodyOf<K>]
    : [body: BodyOf<K>];
type Answer<M extends Method, P extends string> = Promise<ResponseOf<RouteAt<M, P>>>;

/** Any call of the contract, the method given. */
export function request<const M extends Method, const P extends PathFor<M>>(
  method: M,
  path: P,
  ...body: BodyArgs<RouteAt<M, P>>
): Answer<M, P> {
  return send(method, path, body[0]) as Answer<M, P>;
}

/** `GET path`: the path must be a route of the contract; the answer has its type. */
export function get<const P extends PathFor<'GET'>>(path: P): Answer<'GET', P>;
/** The same, naming the answer's type, which must fit what the route answers. */
export function get<T>(path: PathAnswering<'GET', T>): Promise<T>;
export function get(path: string): Promise<unknown> {
  return send('GET', path);
}

/** `POST path` with the body the route's schema takes (`{}` when it takes none). */
export function post<const P extends PathFor<'POST'>>(
  path: P,
  ...body: BodyArgs<RouteAt<'POST', P>>
): Answer<'POST', P>;
export function post<T>(
  path: PathAnswering<'POST', T>,
  body?: BodyOf<RouteAt<'POST', PathAnswering<'POST', T>>>,
): Promise<T>;
export function post(path: string, body?: unknown): Promise<unknown> {
  return send('POST', path, body ?? {});
}

export function put<const P extends PathFor<'PUT'>>(
  path: P,
  ...body: BodyArgs<RouteAt<'PUT', P>>
): Answer<'PUT', P>;
export function put<T>(
  path: PathAnswering<'PUT', T>,
  body: BodyOf<RouteAt<'PUT', PathAnswering<'PUT', T>>>,
): Promise<T>;
export function put(path: string, body?: unknown): Promise<unknown> {
  return send('PUT', path, body);
}

export function del<const P extends PathFor<'DELETE'>>(
  path: P,
  ...body: BodyArgs<RouteAt<'DELETE', P>>
): Answer<'DELETE', P>;
export function del(path: string, body?: unknown): Promise<unknown> {
  return send('DELETE', path, body);
}

/** A user-facing sentence for anything a call threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return error.message;
  }
  return 'Something went wrong. Please try again.';
}
