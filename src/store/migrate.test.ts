import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresUrl } from '../testing/system-parts.js';
import { openPostgres } from './database.js';
import { MIGRATIONS, migrateToLatest } from './migrate.js';
import { dropTestSchema, testDatabases } from './test-databases.js';
import type { TestStore } from './test-databases.js';

const ALL = Object.keys(MIGRATIONS);

for (const database of testDatabases()) {
  describe(`migrateToLatest on ${database.name}`, () => {
    let test: TestStore;
    beforeEach(async () => {
      test = await database.open({ migrate: false });
    });
    afterEach(async () => {
      await test.dispose();
    });

    it('applies every migration once when two servers start at the same moment', async () => {
      const runs = await Promise.all([
        migrateToLatest(test.store.db, test.migrationOptions),
        migrateToLatest(test.store.db, test.migrationOptions),
      ]);
      expect([...runs].sort((a, b) => b.length - a.length)).toEqual([ALL, []]);
    });
  });
}

const url = postgresUrl;
if (url !== null && testDatabases().some((database) => database.name === 'postgres')) {
  describe('migrateToLatest on PostgreSQL, one schema among others', () => {
    const schema = `test_${randomUUID().replaceAll('-', '')}`;
    let neighbour: TestStore;
    beforeEach(async () => {
      // Another migrated schema in the same database, with Kysely's bookkeeping tables of its own.
      neighbour = await (
        testDatabases().find((database) => database.name === 'postgres') as {
          open(): Promise<TestStore>;
        }
      ).open();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`create schema "${schema}"`);
      await client.end();
    });
    afterEach(async () => {
      await neighbour.dispose();
      await dropTestSchema(url, schema);
    });

    it('keeps its bookkeeping in the schema its connection writes to, named by the search path alone', async () => {
      // As the server runs it: no schema option, only DATABASE_URL's search_path.
      const db = openPostgres(url, { searchPath: schema });
      try {
        expect(await migrateToLatest(db)).toEqual(ALL);
        expect(await migrateToLatest(db)).toEqual([]);
      } finally {
        await db.destroy();
      }
    });
  });
}
