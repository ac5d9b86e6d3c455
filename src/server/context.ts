/** What every route gets: the store, the user, and the clock read at the edge. */
import type { IsoDate } from '../program/types.js';
import type { Store } from '../store/store.js';
import { localIsoDate } from './clock.js';
import type { Clock } from './clock.js';
import { checkInWindow } from './day-window.js';

export interface RouteContext {
  readonly store: Store;
  readonly userId: string;
  /** The current instant as an ISO timestamp. */
  now(): string;
  /**
   * The day the request means: its `date` query when given (within 3 years of the server's
   * date, else a 400), else the server's local date.
   */
  today(date?: IsoDate): IsoDate;
}

export function createRouteContext(store: Store, userId: string, clock: Clock): RouteContext {
  return {
    store,
    userId,
    now: () => clock().toISOString(),
    today: (date) => {
      const serverToday = localIsoDate(clock());
      return date === undefined ? serverToday : checkInWindow(date, serverToday, 'The date');
    },
  };
}
