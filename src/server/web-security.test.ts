import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../store/test-databases.js';
import { DRIVER_DRAFT, errorOf, openTestApp, snapshot } from './test-app.js';
import type { TestApp } from './test-app.js';

const [sqlite] = testDatabases();

describe('web security', () => {
  let t: TestApp;
  beforeEach(async () => {
    if (sqlite === undefined) {
      throw new Error('no test database');
    }
    t = await openTestApp(sqlite, { config: { allowedHosts: ['kneeline.example.org'], auth: 'off' } });
    await t.app.inject({ method: 'PUT', url: '/api/assessment/draft', payload: DRIVER_DRAFT });
  });
  afterEach(async () => {
    await t.dispose();
  });

  describe('Host allow-list', () => {
    it.each(['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'kneeline.example.org'])(
      'answers %s',
      async (host) => {
        const response = await t.app.inject({ url: '/api/state', headers: { host } });
        expect(response.statusCode).toBe(200);
      },
    );

    it('refuses any other name (DNS rebinding) and says how to allow it', async () => {
      const response = await t.app.inject({ url: '/api/state', headers: { host: 'attacker.example:3000' } });
      expect(response.statusCode).toBe(421);
      expect(errorOf(response).message).toContain('KNEELINE_ALLOWED_HOSTS=attacker.example');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });
  });

  describe('cross-site requests (CSRF)', () => {
    it.each([
      ['a cross-site bodiless POST', { 'sec-fetch-site': 'cross-site' }, 403],
      [
        'a same-site page on another port',
        { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' },
        403,
      ],
      ['a foreign Origin', { origin: 'http://attacker.example', 'content-type': 'application/json' }, 403],
      ['no Content-Type (a form or a bodiless fetch)', {}, 415],
      ['a form body', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
      ['text/plain', { 'content-type': 'text/plain' }, 415],
    ])('refuses %s to complete the assessment, changing nothing', async (_what, sent, status) => {
      const headers: Record<string, string> = sent;
      const before = await snapshot(t.store);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/assessment/complete',
        headers,
        ...(headers['content-type'] === undefined
          ? {}
          : { payload: headers['content-type'].includes('json') ? '{}' : 'a=1' }),
      });
      expect(response.statusCode).toBe(status);
      expect(errorOf(response).message).toMatch(/own pages|Content-Type: application\/json/);
      expect(await snapshot(t.store)).toEqual(before);
    });

    it('accepts the same request from its own page', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/assessment/complete',
        headers: {
          host: 'localhost:3000',
          origin: 'http://localhost:3000',
          'sec-fetch-site': 'same-origin',
          'content-type': 'application/json',
        },
        payload: '{}',
      });
      expect(response.statusCode).toBe(200);
    });
  });

  describe('security headers', () => {
    it.each(['/api/health', '/api/nothing-here', '/api/progress?date=bad'])(
      'are on every response (%s)',
      async (url) => {
        const response = await t.app.inject(url);
        const csp = String(response.headers['content-security-policy']);
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toContain('upgrade-insecure-requests');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['referrer-policy']).toBe('no-referrer');
        expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
        expect(response.headers['cross-origin-embedder-policy']).toBe('require-corp');
      },
    );

    it('serves no source maps', async () => {
      const response = await t.app.inject('/assets/index-abc.js.map');
      expect(response.statusCode).toBe(404);
    });
  });
});
