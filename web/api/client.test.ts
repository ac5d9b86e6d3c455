/**
 * The client's types follow the contract: each `@ts-expect-error` below is a call the contract
 * forbids, so `tsc` (npm test) fails if the client stops refusing it. The calls never run.
 */
import { describe, expect, it } from 'vitest';
import { del, get, post, put } from './client.js';

const neverCalled = (): void => {
  // @ts-expect-error a route the server does not have
  void get('/api/nope');
  // @ts-expect-error a route under the wrong method
  void put('/api/retests', {});
  // @ts-expect-error a body its schema refuses (a date is text)
  void post('/api/retests', { date: 1, kneeToWallCm: {}, painNow: 0 });
  // @ts-expect-error a session log without its fields
  void post(`/api/sessions/${'id'}/log`, { bogus: true });
  // @ts-expect-error settings need every field
  void put('/api/settings', { units: 'metric' });
  void get(`/api/sessions?from=${'2026-11-30'}&to=${'2026-12-06'}`).then((sessions) => {
    // @ts-expect-error a session's status is planned, done or missed
    const status: 'skipped' = sessions[0]?.status ?? 'skipped';
    return status;
  });
  void del('/api/data');
};

describe('client', () => {
  it('is typed by the contract (checked by tsc; nothing is sent here)', () => {
    expect(typeof neverCalled).toBe('function');
  });
});
