/**
 * Where the database lives, parsed once from the environment into a frozen object (STYLE.md §8).
 * SQLite at `./data/kneeline.db` by default (`KNEELINE_DB` moves it); PostgreSQL when
 * `DATABASE_URL` is set.
 */
import { z } from 'zod';

/** The database the app talks to. */
export type StoreConfig =
  { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

/** The default SQLite file, relative to the working directory. */
export const DEFAULT_SQLITE_FILE = './data/kneeline.db';

const blankIsUnset = (value: unknown): unknown => (value === '' ? undefined : value);

const envSchema = z.object({
  DATABASE_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\//,
        'DATABASE_URL must be a postgres:// URL, e.g. postgres://user:pass@host:5432/db',
      )
      .optional(),
  ),
  KNEELINE_DB: z.preprocess(blankIsUnset, z.string().optional()),
});

/** Reads `DATABASE_URL` and `KNEELINE_DB`; throws a ZodError naming the bad variable. */
export function loadStoreConfig(env: Readonly<Record<string, string | undefined>>): StoreConfig {
  const parsed = envSchema.parse(env);
  if (parsed.DATABASE_URL !== undefined) {
    return Object.freeze({ kind: 'postgres', url: parsed.DATABASE_URL });
  }
  return Object.freeze({ kind: 'sqlite', file: parsed.KNEELINE_DB ?? DEFAULT_SQLITE_FILE });
}
