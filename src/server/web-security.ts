/**
 * Web security by default, for every response and route:
 * - Host allow-list: a request whose Host is not a localhost name or a configured one is refused,
 *   so a DNS-rebinding page cannot reach the user's data through their browser.
 * - CSRF: a state-changing request must be JSON (Content-Type: application/json, which a
 *   cross-site form cannot send without a CORS preflight this server never grants), and a
 *   browser's Origin / Sec-Fetch-Site must say it came from this site.
 * - Security headers via @fastify/helmet: a CSP the app passes (WASM for TF.js, blob: workers
 *   and downloads, camera streams), nosniff, frame-ancestors 'none', Referrer-Policy no-referrer,
 *   and the cross-origin isolation the WASM backend needs for threads.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RequestError } from './errors.js';
import { LOOPBACK_HOSTS } from './server-config.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The host name of a Host header (`localhost:3000` → `localhost`, `[::1]:3000` → `[::1]`). */
export function hostNameOf(host: string): string {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return (name ?? '').toLowerCase();
}

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  // 'wasm-unsafe-eval' lets TF.js compile its WebAssembly backend, nothing else.
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  workerSrc: ["'self'", 'blob:'],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'blob:', 'mediastream:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

function checkHost(request: FastifyRequest, allowed: ReadonlySet<string>): void {
  const name = hostNameOf(request.headers.host ?? '');
  if (!allowed.has(name)) {
    throw new RequestError(
      421,
      'host-not-allowed',
      `This Kneeline server does not answer to the name "${name}". If it is yours, start the server with KNEELINE_ALLOWED_HOSTS=${name}.`,
    );
  }
}

function checkSameSite(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new RequestError(
      403,
      'cross-site-request',
      'Kneeline only accepts changes sent from its own pages.',
    );
  }
  const origin = request.headers.origin;
  if (origin !== undefined) {
    let originHost: string;
    try {
      originHost = new URL(origin).host.toLowerCase();
    } catch {
      originHost = '';
    }
    if (originHost !== (request.headers.host ?? '').toLowerCase()) {
      throw new RequestError(
        403,
        'cross-site-request',
        'Kneeline only accepts changes sent from its own pages.',
      );
    }
  }
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new RequestError(
      415,
      'unsupported-media-type',
      'Send changes as JSON with the header Content-Type: application/json (a body of {} when there is nothing to send).',
    );
  }
}

export async function installWebSecurity(
  app: FastifyInstance,
  options: { readonly allowedHosts: readonly string[] },
): Promise<void> {
  const allowed = new Set<string>([
    ...LOOPBACK_HOSTS,
    ...options.allowedHosts.map((name) => name.toLowerCase()),
  ]);
  // Helmet first, so its headers are on the refusals below too.
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginEmbedderPolicy: { policy: 'require-corp' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS belongs to the TLS proxy in front of a shared server; on http://localhost it means nothing.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    checkHost(request, allowed);
    if (STATE_CHANGING.has(request.method)) {
      checkSameSite(request);
    }
    // Source maps would hand out the app's sources; a build never ships them, this is the backstop.
    if (request.url.split('?')[0]?.endsWith('.map')) {
      return reply.status(404).send({ error: { code: 'not-found', message: 'There is no such file.' } });
    }
  });
}
