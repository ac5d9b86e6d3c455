/**
 * Runs every migration not yet applied, in name order. The provider is a static object
 * importing each file, so bundling or running from TypeScript needs no folder scan.
 */
import { Migrator, PostgresAdapter, sql } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely';
import type { KneelineDb } from './database.js';
import * as createCoreTables from './migrations/20261127140000-create-core-tables.js';
import * as addWriteConstraints from './migrations/20261203140000-add-write-constraints.js';
import * as quarantinePoisonedRows from './migrations/20261203150000-quarantine-poisoned-rows.js';
import * as createAccounts from './migrations/20261203160000-create-accounts.js';

/** Every migration, keyed by its file name (without extension). Append; never edit or reorder. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '20261127140000-create-core-tables': createCoreTables,
  '20261203140000-add-write-constraints': addWriteConstraints,
  '20261203150000-quarantine-poisoned-rows': quarantinePoisonedRows,
  '20261203160000-create-accounts': createAccounts,
};

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};

/**
 * Brings the database to the latest schema; throws with the failing migration's name.
 * `schema` (PostgreSQL) keeps the migration bookkeeping in that schema, so databases living side
 * by side in one PostgreSQL database (one schema each) do not see each other's.
 */
export async function migrateToLatest(
  db: KneelineDb,
  options: { readonly schema?: string; readonly upTo?: string } = {},
): Promise<readonly string[]> {
  return withSchemaChangeLock(db, async (locked) => {
    const schema = options.schema ?? (await currentSchema(locked));
    return migrate(locked, { ...options, ...(schema === undefined ? {} : { schema }) });
  });
}

/**
 * PostgreSQL: the schema the connection writes to (its search_path). Named to the Migrator, its
 * bookkeeping tables are looked for there only; unnamed, it takes a `kysely_migration_lock` of any
 * schema in the database for its own and then fails to find it. SQLite: undefined.
 */
async function currentSchema(db: KneelineDb): Promise<string | undefined> {
  if (!isPostgres(db)) {
    return undefined;
  }
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}

/**
 * The PostgreSQL advisory lock held while the schema changes: by a migration run, and by a test
 * dropping its throwaway schema (test-databases.ts). Kysely's Migrator lists the tables of every
 * schema before it takes its own lock, and that listing fails with "schema ... does not exist"
 * when another schema is dropped under it; two servers starting at once also migrate in turn.
 */
export const SCHEMA_CHANGE_LOCK_KEY = 7_310_421;

/** Runs `work` on one connection holding the schema-change lock (PostgreSQL); SQLite needs none. */
async function withSchemaChangeLock<T>(db: KneelineDb, work: (db: KneelineDb) => Promise<T>): Promise<T> {
  if (!isPostgres(db)) {
    return work(db);
  }
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${SCHEMA_CHANGE_LOCK_KEY})`.execute(connection);
    try {
      return await work(connection);
    } finally {
      await sql`select pg_advisory_unlock(${SCHEMA_CHANGE_LOCK_KEY})`.execute(connection);
    }
  });
}

function isPostgres(db: KneelineDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function migrate(
  db: KneelineDb,
  options: { readonly schema?: string; readonly upTo?: string },
): Promise<readonly string[]> {
  const migrator = new Migrator({
    db,
    provider,
    ...(options.schema === undefined ? {} : { migrationTableSchema: options.schema }),
  });
  // `upTo` (tests of a migration) stops after the named one.
  const { error, results } =
    options.upTo === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(options.upTo);
  const failed = results?.find((result) => result.status === 'Error');
  if (error !== undefined) {
    const name = failed?.migrationName ?? 'unknown';
    throw new Error(
      `Migration ${name} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      {
        cause: error,
      },
    );
  }
  return (results ?? []).map((result) => result.migrationName);
}
