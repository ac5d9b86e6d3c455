import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXERCISES } from '../../catalog/catalog.js';
import { testDatabases } from '../../store/test-databases.js';
import { errorOf, openTestApp } from '../test-app.js';
import type { TestApp } from '../test-app.js';

const sqlite = testDatabases()[0]!;

describe('metaRoutes', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await openTestApp(sqlite);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('says the server is up', async () => {
    const response = await t.app.inject('/api/health');
    expect(response.json()).toEqual({ ok: true });
  });

  it('sends every exercise and piece of advice', async () => {
    const body = (await t.app.inject('/api/catalog')).json<{
      exercises: { id: string }[];
      advice: unknown[];
    }>();
    expect(body.exercises.map((e) => e.id)).toEqual(EXERCISES.map((e) => e.id));
    expect(body.advice.length).toBeGreaterThan(0);
  });

  it('sends the questions, safety first, and the self-tests as plain JSON', async () => {
    const body = (await t.app.inject('/api/assessment/definition')).json<{
      questions: { id: string }[];
      safetyQuestionIds: string[];
      selfTests: Record<string, unknown>[];
    }>();
    expect(body.questions.slice(0, body.safetyQuestionIds.length).map((q) => q.id)).toEqual(
      body.safetyQuestionIds,
    );
    expect(body.selfTests.length).toBeGreaterThan(0);
    expect(body.selfTests.every((test) => !('resultSchema' in test))).toBe(true);
  });

  it('answers an unknown API route with a 404 in JSON', async () => {
    const response = await t.app.inject('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(errorOf(response)).toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('/api/nothing-here') as string,
    });
  });

  it('reads the default settings, never a crash, when the stored settings are broken', async () => {
    await t.store.db.updateTable('settings').set({ data: '{"units": 5' }).execute();
    const response = await t.app.inject('/api/settings');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ units: 'metric', weekdays: [1, 3, 5] });
  });

  it('answers a 500 that tells nothing of the inside when the database fails', async () => {
    await t.store.db.schema.dropTable('retests').execute();
    const response = await t.app.inject('/api/retests');
    expect(response.statusCode).toBe(500);
    expect(errorOf(response)).toEqual({
      code: 'internal',
      message: 'Something went wrong on the server. Your data is unchanged; try again.',
    });
  });

  it('sets the cross-origin isolation headers the WASM backend needs for threads', async () => {
    const response = await t.app.inject('/api/health');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(response.headers['cross-origin-embedder-policy']).toBe('require-corp');
  });
});

describe('registerStaticFiles', () => {
  let folder: string;
  let t: TestApp;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'kneeline-static-'));
    mkdirSync(join(folder, 'web', 'assets'), { recursive: true });
    mkdirSync(join(folder, 'models', 'movenet'), { recursive: true });
    writeFileSync(join(folder, 'web', 'index.html'), '<!doctype html><title>Kneeline</title>');
    writeFileSync(join(folder, 'web', 'assets', 'app-1a2b.js'), 'console.log(1)');
    writeFileSync(join(folder, 'models', 'movenet', 'model.json'), '{"format":"graph-model"}');
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(async () => {
    t = await openTestApp(sqlite, { webRoot: join(folder, 'web'), modelsRoot: join(folder, 'models') });
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('serves the web app at /', async () => {
    const response = await t.app.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Kneeline</title>');
  });

  it('falls back to index.html for an app page the browser router owns', async () => {
    const response = await t.app.inject('/sessions/today');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<title>Kneeline</title>');
  });

  it('caches hashed assets for a year', async () => {
    const response = await t.app.inject('/assets/app-1a2b.js');
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('serves model files with long cache headers', async () => {
    const response = await t.app.inject('/models/movenet/model.json');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ format: 'graph-model' });
    expect(response.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    expect(response.headers['cross-origin-embedder-policy']).toBe('require-corp');
  });

  it('answers a missing model file with a 404, not the app page', async () => {
    const response = await t.app.inject('/models/none.bin');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
  });

  it('keeps unknown API routes as JSON 404s even with the app served', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/nothing', payload: {} });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not-found');
  });
});
