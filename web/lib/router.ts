/**
 * Hash routing without a package: `#/questions/3` → `{ page: 'questions', step: 3 }`.
 * Hash routes work when the server serves only index.html at `/` and survive a reload.
 */
import { useEffect, useState } from 'react';

export type TestSet = 'quick' | 'more';

export type Route =
  | { readonly page: 'welcome' }
  | { readonly page: 'referral' }
  | { readonly page: 'questions'; readonly step: number }
  /** All self-tests (no set), the quick start's three, or the ones not done yet. */
  | { readonly page: 'tests'; readonly set?: TestSet }
  | { readonly page: 'quick' }
  | { readonly page: 'report' }
  | { readonly page: 'findings' }
  | { readonly page: 'program' }
  | { readonly page: 'print' }
  | { readonly page: 'today' }
  | { readonly page: 'progress' }
  | { readonly page: 'settings' }
  | { readonly page: 'library'; readonly entryId: string | null }
  | { readonly page: 'measure'; readonly test: string | null; readonly side: string | null }
  | { readonly page: 'knee-sense' }
  | { readonly page: 'not-found'; readonly path: string };

const SIMPLE_PAGES = [
  'referral',
  'tests',
  'findings',
  'program',
  'today',
  'progress',
  'settings',
  'knee-sense',
  'quick',
  'report',
] as const;

/** Reads a location hash ('#/program', '', '#/questions/2') into a route. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  const parts = path.split('/').filter((part) => part !== '');
  const [first, second] = parts;
  if (first === undefined) {
    return { page: 'welcome' };
  }
  if (first === 'questions') {
    const step = second === undefined ? 1 : Number(second);
    return Number.isInteger(step) && step >= 1 && parts.length <= 2
      ? { page: 'questions', step }
      : { page: 'not-found', path };
  }
  if (first === 'tests' && (second === 'quick' || second === 'more') && parts.length === 2) {
    return { page: 'tests', set: second };
  }
  if (first === 'library' && parts.length <= 2) {
    return { page: 'library', entryId: second ?? null };
  }
  if (first === 'measure' && parts.length <= 3) {
    return { page: 'measure', test: second ?? null, side: parts[2] ?? null };
  }
  if (first === 'program' && second === 'print' && parts.length === 2) {
    return { page: 'print' };
  }
  const simple = SIMPLE_PAGES.find((page) => page === first);
  if (simple !== undefined && parts.length === 1) {
    return { page: simple };
  }
  return { page: 'not-found', path };
}

/** The hash for a route, the inverse of parseRoute. */
export function routeHref(route: Route): string {
  switch (route.page) {
    case 'welcome':
      return '#/';
    case 'questions':
      return `#/questions/${route.step}`;
    case 'print':
      return '#/program/print';
    case 'not-found':
      return `#${route.path}`;
    case 'library':
      return route.entryId === null ? '#/library' : `#/library/${route.entryId}`;
    case 'measure':
      return ['#/measure', route.test, route.side].filter((part) => part !== null).join('/');
    case 'tests':
      return route.set === undefined ? '#/tests' : `#/tests/${route.set}`;
    case 'referral':
    case 'knee-sense':
    case 'quick':
    case 'report':
    case 'findings':
    case 'program':
    case 'today':
    case 'progress':
    case 'settings':
      return `#/${route.page}`;
  }
}

/** Goes to a route (adds a history entry, so the browser's back button works). */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** The current route, updated when the hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => {
      setRoute(parseRoute(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
