/** What every route gets: the store, the user, and the clock read at the edge. */
import type { FastifyRequest } from 'fastify';
import type { IsoDate } from '../program/types.js';
import type { Store } from '../store/store.js';
import { localIsoDate } from './clock.js';
import type { Clock } from './clock.js';
import { checkInWindow } from './day-window.js';

export interface RouteContext {
  readonly store: Store;
  /** The user a request acts for: the signed-in account, or the local user without accounts. */
  userOf(request: FastifyRequest): string;
  /** The current instant as an ISO timestamp. */
  now(): string;
  /**
   * The day the request means: its `date` query when given (within 3 years of the server's
   * date, else a 400), else the server's local date.
   */
  today(date?: IsoDate): IsoDate;
}

export function createRouteContext(
  store: Store,
  userOf: (request: FastifyRequest) => string,
  clock: Clock,
): RouteContext {
  return {
    store,
    userOf,
    now: () => clock().toISOString(),
    today: (date) => {
      const serverToday = localIsoDate(clock());
      return date === undefined ? serverToday : checkInWindow(date, serverToday, 'The date');
    },
  };
}
