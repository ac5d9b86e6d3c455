import { afterEach, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../contract/api.js';
import { testDatabases } from '../../store/test-databases.js';
import { openTestApp, registeredApiRoutes } from '../test-app.js';
import type { TestApp } from '../test-app.js';

const sqlite = testDatabases().find((database) => database.name === 'sqlite');
if (sqlite === undefined) {
  throw new Error('testDatabases() always offers SQLite');
}

const contractRoutes = (withAccounts: boolean): string[] =>
  Object.values(API_ROUTES)
    .filter((route) => withAccounts || !('accountsOnly' in route))
    .map((route) => `${route.method} ${route.path}`)
    .sort();

describe('API_ROUTES', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('names each route once', () => {
    const routes = contractRoutes(true);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('lists exactly the routes the local server registers (method and path)', async () => {
    t = await openTestApp(sqlite);
    expect(registeredApiRoutes(t.app)).toEqual(contractRoutes(false));
  });

  it('lists exactly the routes a server with accounts registers, sign-in and account deletion included', async () => {
    t = await openTestApp(sqlite, { config: { allowedHosts: [], auth: 'accounts' } });
    expect(registeredApiRoutes(t.app)).toEqual(contractRoutes(true));
  });
});
