/**
 * `kneeline serve [--port N] [--host H]`: migrates the database, then serves the JSON API, the
 * built web app (dist/web) and the pose model files (models/) until Ctrl-C.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildServer } from '../server/build-server.js';
import { loadStoreConfig } from '../store/config.js';
import { openStore } from '../store/store.js';
import { UsageError } from './errors.js';

const HELP = `Usage: kneeline serve [--port N] [--host H]

Serves the Kneeline web app and its API.
  --port N   port to listen on (default: $PORT or 3000; 0 picks a free one)
  --host H   address to listen on (default: $HOST or 127.0.0.1; 0.0.0.0 for every interface)

The database is ./data/kneeline.db (KNEELINE_DB moves it), or PostgreSQL when DATABASE_URL is set.`;

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

const fromRepo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export async function run(args: readonly string[]): Promise<number> {
  const options = parseServeArgs(args, process.env);
  if (options === 'help') {
    console.log(HELP);
    return 0;
  }
  const store = await openStore(loadStoreConfig(process.env));
  const app = await buildServer({
    store,
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
  const shown = address.replace('//0.0.0.0:', '//localhost:');
  console.log(`Kneeline is running at ${shown}/  (Ctrl-C stops it)`);
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
