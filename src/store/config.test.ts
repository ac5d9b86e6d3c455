import { describe, expect, it } from 'vitest';
import { loadStoreConfig } from './config.js';

describe('loadStoreConfig', () => {
  it('uses ./data/kneeline.db when nothing is set', () => {
    expect(loadStoreConfig({})).toEqual({ kind: 'sqlite', file: './data/kneeline.db' });
  });

  it('moves the SQLite file to KNEELINE_DB', () => {
    expect(loadStoreConfig({ KNEELINE_DB: '/tmp/k.db', DATABASE_URL: '' })).toEqual({
      kind: 'sqlite',
      file: '/tmp/k.db',
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadStoreConfig({ DATABASE_URL: 'postgres://u:p@db:5432/kneeline' });
    expect(config).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/kneeline' });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names DATABASE_URL when it is not a postgres URL', () => {
    expect(() => loadStoreConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});
