/**
 * The server's security settings, read once from the environment (STYLE.md §8):
 * `KNEELINE_ALLOWED_HOSTS` (comma-separated host names the server answers to besides the
 * localhost names) and `KNEELINE_AUTH` (`off`, the default for the local app, or `accounts`).
 */
import { z } from 'zod';

export type AuthMode = 'off' | 'accounts';

export interface ServerConfig {
  readonly allowedHosts: readonly string[];
  readonly auth: AuthMode;
  /**
   * Behind a reverse proxy (KNEELINE_TRUST_PROXY=1): take the client address and the protocol from
   * X-Forwarded-For / -Proto, so sign-in limits count per person and the cookie is Secure on HTTPS.
   */
  readonly trustProxy?: boolean;
}

/** The names a browser on this machine uses for it (DNS rebinding cannot take these over). */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'] as const;

const hostName = z
  .string()
  .regex(/^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/i, 'a host name like kneeline.example.org or 192.168.1.20');

const envSchema = z.object({
  KNEELINE_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter((name) => name !== ''),
    )
    .pipe(z.array(hostName)),
  KNEELINE_AUTH: z
    .preprocess(
      (value) => (value === '' ? undefined : value),
      z.enum(['off', 'accounts'], { message: 'KNEELINE_AUTH must be "off" or "accounts"' }).optional(),
    )
    .transform((value) => value ?? 'off'),
  KNEELINE_TRUST_PROXY: z
    .enum(['', '0', '1'], { message: 'KNEELINE_TRUST_PROXY must be 1 (behind a proxy) or 0' })
    .optional()
    .transform((value) => value === '1'),
});

/** Throws a ZodError naming the bad variable. */
export function loadServerConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const parsed = envSchema.parse(env);
  return Object.freeze({
    allowedHosts: Object.freeze(parsed.KNEELINE_ALLOWED_HOSTS),
    auth: parsed.KNEELINE_AUTH,
    trustProxy: parsed.KNEELINE_TRUST_PROXY,
  });
}

/** The local default: localhost only, no accounts. */
export const LOCAL_SERVER_CONFIG: ServerConfig = Object.freeze({ allowedHosts: [], auth: 'off' });
