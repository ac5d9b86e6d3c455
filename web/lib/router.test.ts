import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './router.js';
import type { Route } from './router.js';

describe('parseRoute', () => {
  it('opens the welcome screen when the address has no page', () => {
    expect(parseRoute('')).toEqual({ page: 'welcome' });
    expect(parseRoute('#/')).toEqual({ page: 'welcome' });
  });

  it('opens the question the address names, starting at the first', () => {
    expect(parseRoute('#/questions')).toEqual({ page: 'questions', step: 1 });
    expect(parseRoute('#/questions/4')).toEqual({ page: 'questions', step: 4 });
  });

  it('treats a made-up question number as a page that does not exist', () => {
    expect(parseRoute('#/questions/0').page).toBe('not-found');
    expect(parseRoute('#/questions/two').page).toBe('not-found');
  });

  it('opens the quick start, its three tests and the tests still to do', () => {
    expect(parseRoute('#/quick')).toEqual({ page: 'quick' });
    expect(parseRoute('#/tests/quick')).toEqual({ page: 'tests', set: 'quick' });
    expect(parseRoute('#/tests/more')).toEqual({ page: 'tests', set: 'more' });
    expect(parseRoute('#/tests')).toEqual({ page: 'tests' });
    expect(parseRoute('#/tests/other').page).toBe('not-found');
    expect(routeHref({ page: 'tests', set: 'quick' })).toBe('#/tests/quick');
  });

  it('opens the printable program and ignores a trailing slash', () => {
    expect(parseRoute('#/program/print')).toEqual({ page: 'print' });
    expect(parseRoute('#/settings/')).toEqual({ page: 'settings' });
  });

  it('opens the exercise library, or one exercise in it', () => {
    expect(parseRoute('#/library')).toEqual({ page: 'library', entryId: null });
    expect(parseRoute('#/library/clamshell')).toEqual({ page: 'library', entryId: 'clamshell' });
  });

  it('reports an unknown address instead of showing the wrong page', () => {
    expect(parseRoute('#/nowhere')).toEqual({ page: 'not-found', path: '/nowhere' });
  });
});

describe('routeHref', () => {
  it('links back to the same page it was read from', () => {
    const routes: Route[] = [
      { page: 'welcome' },
      { page: 'questions', step: 3 },
      { page: 'print' },
      { page: 'today' },
      { page: 'progress' },
      { page: 'library', entryId: 'clamshell' },
    ];
    for (const route of routes) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });

  it('opens a camera test, with the standing leg for a single-leg test, and the knee position sense test', () => {
    expect(parseRoute('#/measure')).toEqual({ page: 'measure', test: null, side: null });
    expect(parseRoute('#/measure/single-leg-squat/left')).toEqual({
      page: 'measure',
      test: 'single-leg-squat',
      side: 'left',
    });
    expect(routeHref({ page: 'measure', test: 'squat', side: null })).toBe('#/measure/squat');
    expect(parseRoute('#/knee-sense')).toEqual({ page: 'knee-sense' });
  });
});
