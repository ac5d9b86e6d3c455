/**
 * Fresh, migrated databases for storage and API tests: a SQLite file in a temp folder always, and
 * a throwaway PostgreSQL schema when KNEELINE_TEST_DATABASE_URL is set (a skip is loud, and a
 * failure under KNEELINE_REQUIRE_ALL=1).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { hasSystemPart, postgres, postgresUrl } from '../testing/system-parts.js';
import { openPostgres, openSqlite } from './database.js';
import { SCHEMA_CHANGE_LOCK_KEY, migrateToLatest } from './migrate.js';
import { createStore } from './store.js';
import type { Store } from './store.js';

export interface TestStore {
  readonly store: Store;
  /** The SQLite file, for tests that reopen it; null on PostgreSQL. */
  readonly file: string | null;
  /** What migrateToLatest needs to find this database's migration bookkeeping. */
  readonly migrationOptions: { readonly schema?: string };
  dispose(): Promise<void>;
}

export interface TestDatabase {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh database at the latest schema; `{ migrate: false }` leaves it empty (migration tests). */
  open(options?: OpenOptions): Promise<TestStore>;
}

export interface OpenOptions {
  readonly migrate?: boolean;
}

async function openTestSqlite(options: OpenOptions = {}): Promise<TestStore> {
  const folder = mkdtempSync(join(tmpdir(), 'kneeline-test-'));
  const file = join(folder, 'kneeline.db');
  const db = openSqlite(file);
  if (options.migrate !== false) {
    await migrateToLatest(db);
  }
  const store = createStore(db);
  return {
    store,
    file,
    migrationOptions: {},
    async dispose() {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Drops a throwaway schema under the schema-change lock (see migrate.ts), so no migration running
 * beside it, in this process or another, lists the schema as it goes.
 */
export async function dropTestSchema(url: string, schema: string): Promise<void> {
  // The lock is held by adminQuery's session and released when it ends.
  await adminQuery(
    url,
    `select pg_advisory_lock(${SCHEMA_CHANGE_LOCK_KEY}); drop schema "${schema}" cascade`,
  );
}

async function openTestPostgres(url: string, options: OpenOptions = {}): Promise<TestStore> {
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  await adminQuery(url, `create schema "${schema}"`);
  const db = openPostgres(url, { searchPath: schema });
  if (options.migrate !== false) {
    await migrateToLatest(db, { schema });
  }
  const store = createStore(db);
  return {
    store,
    file: null,
    migrationOptions: { schema },
    async dispose() {
      await store.close();
      await dropTestSchema(url, schema);
    },
  };
}

/** The databases every storage test runs on. */
export function testDatabases(): readonly TestDatabase[] {
  const sqlite: TestDatabase = { name: 'sqlite', open: openTestSqlite };
  if (postgresUrl === null || !hasSystemPart(postgres)) {
    return [sqlite];
  }
  const url = postgresUrl;
  return [sqlite, { name: 'postgres', open: (options) => openTestPostgres(url, options) }];
}
