/**
 * The one adapter between the browser and the server's JSON API. Every call goes through
 * `request`, which turns the server's `{error: {code, message, details?}}` into an ApiError.
 */
import { z } from 'zod';

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
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
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
    return undefined as T;
  }
  return (await response.json()) as T;
}

export const get = <T>(path: string): Promise<T> => request<T>('GET', path);
export const post = <T>(path: string, body?: unknown): Promise<T> => request<T>('POST', path, body ?? {});
export const put = <T>(path: string, body: unknown): Promise<T> => request<T>('PUT', path, body);
export const del = <T>(path: string): Promise<T> => request<T>('DELETE', path);

/** A user-facing sentence for anything a call threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return error.message;
  }
  return 'Something went wrong. Please try again.';
}
