/**
 * How an item's dosage unrolls into bouts of work: sets times sides, in order. Pure helpers for
 * the player; one bout is one set on one leg (or on both legs for exercises not done per side).
 */
import type { Dosage } from '../catalog/types.js';
import type { BoutPosition, BoutSide, PlayerItem, WorkMode } from './types.js';

/** The legs in the order they are worked: left first, or only the affected side. */
export function sideOrder(item: PlayerItem): readonly BoutSide[] {
  if (!item.dosage.perSide) {
    return ['both'];
  }
  return item.sides === 'both' ? ['left', 'right'] : [item.sides];
}

/** Sets the dosage asks for; one when the seed gives none. */
export function setCount(item: PlayerItem): number {
  return item.dosage.sets ?? 1;
}

/** A hold countdown wins over a timer, a timer over counted reps; nothing stated is open-ended. */
export function workMode(dosage: Dosage): WorkMode {
  if (dosage.holdSeconds !== undefined) {
    return 'hold';
  }
  if (dosage.durationSeconds !== undefined) {
    return 'duration';
  }
  return dosage.reps !== undefined ? 'reps' : 'open';
}

/** Milliseconds one hold or one timed bout lasts; null when the bout is not timed. */
export function timedMs(dosage: Dosage): number | null {
  const seconds = dosage.holdSeconds ?? dosage.durationSeconds;
  return seconds === undefined ? null : seconds * 1000;
}

/** How many holds (hold mode) or reps (reps mode) finish a bout; null when open. */
export function targetReps(dosage: Dosage): number | null {
  switch (workMode(dosage)) {
    case 'hold':
      return dosage.reps ?? 1;
    case 'reps':
      return dosage.reps ?? null;
    case 'duration':
    case 'open':
      return null;
  }
}

/** The bout's place in its item's order: set by set, each set side by side. */
export function boutOrdinal(item: PlayerItem, at: BoutPosition): number {
  return at.set * sideOrder(item).length + at.sideIndex;
}

/** The first bout of an item. */
export function firstBout(itemIndex: number): BoutPosition {
  return { itemIndex, set: 0, sideIndex: 0 };
}

/** The last bout of an item. */
export function lastBout(item: PlayerItem, itemIndex: number): BoutPosition {
  return { itemIndex, set: setCount(item) - 1, sideIndex: sideOrder(item).length - 1 };
}

/** The bout after this one within the same item, or null when the item is done. */
export function nextBout(item: PlayerItem, at: BoutPosition): BoutPosition | null {
  if (at.sideIndex + 1 < sideOrder(item).length) {
    return { ...at, sideIndex: at.sideIndex + 1 };
  }
  if (at.set + 1 < setCount(item)) {
    return { itemIndex: at.itemIndex, set: at.set + 1, sideIndex: 0 };
  }
  return null;
}

/** The bout before this one within the same item, or null at the item's first bout. */
export function previousBout(item: PlayerItem, at: BoutPosition): BoutPosition | null {
  if (at.sideIndex > 0) {
    return { ...at, sideIndex: at.sideIndex - 1 };
  }
  if (at.set > 0) {
    return { itemIndex: at.itemIndex, set: at.set - 1, sideIndex: sideOrder(item).length - 1 };
  }
  return null;
}
