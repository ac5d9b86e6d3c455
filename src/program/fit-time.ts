/**
 * Fitting a session into the person's minutes: the most important items first, the rest left out
 * with a reason.
 */
import type { LeftOut } from './types.js';

/** Anything with a priority (1 = most important), a duration and an exercise id. */
export interface Timed {
  readonly exerciseId: string;
  readonly priority: number;
  readonly minutes: number;
}

/**
 * Keeps items by priority (ties keep their given order) while they fit in `budgetMinutes`; a later,
 * shorter item can still use time a longer one could not. Returns kept items in the given order.
 */
export function fitToMinutes<T extends Timed>(
  items: readonly T[],
  budgetMinutes: number,
): { readonly kept: readonly T[]; readonly leftOut: readonly LeftOut[] } {
  const ranked = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.priority - b.item.priority || a.index - b.index);
  const keptIndexes = new Set<number>();
  const leftOut: LeftOut[] = [];
  let used = 0;
  for (const { item, index } of ranked) {
    if (used + item.minutes <= budgetMinutes) {
      used += item.minutes;
      keptIndexes.add(index);
    } else {
      leftOut.push({
        exerciseId: item.exerciseId,
        why: `Did not fit in your ${budgetMinutes} minutes: it takes about ${item.minutes} min and more important work came first (priority ${item.priority}).`,
      });
    }
  }
  return { kept: items.filter((_, index) => keptIndexes.has(index)), leftOut };
}

/**
 * Fills `budgetMinutes` top to bottom in the order given (the seed's order: seed 000 "work top to
 * bottom"), skipping an item that does not fit so a later, shorter one can still use the time.
 */
export function fitInOrder<T extends Timed>(
  items: readonly T[],
  budgetMinutes: number,
  laterWords = 'it comes later in the seed’s top-to-bottom order',
  /** The session's whole budget, for the message, when `budgetMinutes` is what is left of it. */
  sessionMinutes = budgetMinutes,
): { readonly kept: readonly T[]; readonly leftOut: readonly LeftOut[]; readonly used: number } {
  const kept: T[] = [];
  const leftOut: LeftOut[] = [];
  let used = 0;
  for (const item of items) {
    if (used + item.minutes <= budgetMinutes) {
      used += item.minutes;
      kept.push(item);
    } else {
      leftOut.push({
        exerciseId: item.exerciseId,
        why: `Did not fit in your ${sessionMinutes} minutes: it takes about ${item.minutes} min and ${laterWords}.`,
      });
    }
  }
  return { kept, leftOut, used };
}
