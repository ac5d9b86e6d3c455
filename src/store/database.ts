/**
 * Opens the database the config names: SQLite (WAL, foreign keys on) or PostgreSQL (a pg Pool).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { StoreConfig } from './config.js';
import type { Database } from './schema.js';

/** The typed database handle every repository takes. */
export type KneelineDb = Kysely<Database>;

/**
 * Opens SQLite at `file` (creating its folder), in WAL mode with foreign keys enforced.
 * synchronous=FULL: in WAL mode NORMAL may lose the last commits on a power cut (the OS has not
 * written the WAL yet); FULL syncs the WAL on every commit, so an acknowledged write survives
 * (https://www.sqlite.org/pragma.html#pragma_synchronous). Set on every open: it is not stored.
 */
export function openSqlite(file: string): KneelineDb {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true });
  }
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

/**
 * Opens PostgreSQL through a pool. `searchPath` puts every connection in one schema (tests use a
 * throwaway schema each).
 */
export function openPostgres(url: string, options: { readonly searchPath?: string } = {}): KneelineDb {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(options.searchPath === undefined ? {} : { options: `-c search_path=${options.searchPath}` }),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Opens whichever database the config names. */
export function openDatabase(config: StoreConfig): KneelineDb {
  switch (config.kind) {
    case 'sqlite':
      return openSqlite(config.file);
    case 'postgres':
      return openPostgres(config.url);
  }
}
