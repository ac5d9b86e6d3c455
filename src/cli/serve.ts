/**
 * `kneeline serve [--port N] [--host H]`: migrates the database, then serves the JSON API, the
 * built web app (dist/web) and the pose model files (models/) until Ctrl-C.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildServer } from '../server/build-server.js';
import { LOOPBACK_HOSTS, loadServerConfig } from '../server/server-config.js';
import type { ServerConfig } from '../server/server-config.js';
import { loadStoreConfig } from '../store/config.js';
import { openStore } from '../store/store.js';
import { UsageError } from './errors.js';

const HELP = `Usage: kneeline serve [--port N] [--host H]

Serves the Kneeline web app and its API.
  --port N   port to listen on (default: $PORT or 3000; 0 picks a free one)
  --host H   address to listen on (default: $HOST or 127.0.0.1; 0.0.0.0 for every interface)

The database is ./data/kneeline.db (KNEELINE_DB moves it), or PostgreSQL when DATABASE_URL is set.
KNEELINE_ALLOWED_HOSTS  host names it answers to besides localhost (comma-separated)
KNEELINE_AUTH=accounts  sign-up and sign-in, each person sees only their own data
See the README, "Running a shared server".`;

const portSchema = z.coerce
  .number({ error: 'the port must be a number' })
  .int('the port must be a whole number')
  .min(0, 'the port must be 0-65535 (0 picks any free port)')
  .max(65535, 'the port must be 0-65535 (0 picks any free port)');

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
}

/** Reads `--port`/`--host` (or `--port=N`), falling back to PORT and HOST; a mistake is a UsageError. */
export function parseServeArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServeOptions | 'help' {
  const values: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--help' || arg === '-h') {
      return 'help';
    }
    const match = /^--(port|host)(?:=(.*))?$/.exec(arg);
    if (match === null) {
      throw new UsageError(`unknown option "${arg}". Run \`kneeline serve --help\`.`);
    }
    const name = match[1] ?? '';
    const value = match[2] ?? args[(index += 1)];
    if (value === undefined || value === '') {
      throw new UsageError(
        `--${name} needs a value, e.g. --${name} ${name === 'port' ? '3000' : '127.0.0.1'}`,
      );
    }
    values[name] = value;
  }
  const port = portSchema.safeParse(values.port ?? env.PORT ?? '3000');
  if (!port.success) {
    throw new UsageError(
      `${port.error.issues[0]?.message ?? 'the port is not valid'} (got "${values.port ?? env.PORT}")`,
    );
  }
  return { port: port.data, host: values.host ?? env.HOST ?? '127.0.0.1' };
}

/** True for an address only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}

/** What the server is bound to, told as it is (issue 11: 0.0.0.0 was shown as 127.0.0.1). */
export function startBanner(address: string, host: string, config: ServerConfig): readonly string[] {
  const port = new URL(address).port;
  const names = [...LOOPBACK_HOSTS.filter((name) => name !== '::1'), ...config.allowedHosts].join(', ');
  const lines = [`Kneeline is running at ${address}/  (Ctrl-C stops it)`];
  if (host === '0.0.0.0' || host === '::' || host === '[::]') {
    lines.push(`  bound to every network interface; on this machine open http://localhost:${port}/`);
  }
  lines.push(`  answers to the host names: ${names}`);
  lines.push(
    config.auth === 'accounts'
      ? '  accounts: on (each person signs in and sees only their own data)'
      : '  accounts: off (one person, no sign-in)',
  );
  return lines;
}

/** A warning when anyone beyond this machine could read and change the data, else null. */
export function exposureWarning(host: string, config: ServerConfig): string | null {
  if (isLoopback(host) || config.auth === 'accounts') {
    return null;
  }
  return [
    `WARNING: Kneeline listens on ${host}, beyond this machine, without accounts:`,
    '  anyone who can reach this port can read and change all the health data stored here.',
    '  Set KNEELINE_AUTH=accounts (README: "Running a shared server"), or listen on 127.0.0.1.',
  ].join('\n');
}

const fromRepo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export async function run(args: readonly string[]): Promise<number> {
  const options = parseServeArgs(args, process.env);
  if (options === 'help') {
    console.log(HELP);
    return 0;
  }
  const config = loadServerConfig(process.env);
  const store = await openStore(loadStoreConfig(process.env));
  const app = await buildServer({
    store,
    config,
    webRoot: fromRepo('dist/web'),
    modelsRoot: fromRepo('models'),
    logLevel: 'warn',
  });
  let address: string;
  try {
    address = await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    await store.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError(`port ${options.port} is in use: pick another with --port or PORT.`);
    }
    throw error;
  }
  for (const line of startBanner(address, options.host, config)) {
    console.log(line);
  }
  const warning = exposureWarning(options.host, config);
  if (warning !== null) {
    console.warn(warning);
  }
  return new Promise((resolve) => {
    const stop = (): void => {
      void app
        .close()
        .then(() => store.close())
        .then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
