/**
 * The server's clock, read only at the edge and passed into the code that needs "now" or
 * "today" (domain code never reads it).
 */
import type { IsoDate } from '../program/types.js';

/** Returns the current instant; tests pass a fixed one. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The server's local calendar day as `YYYY-MM-DD`. */
export function localIsoDate(instant: Date): IsoDate {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
