/**
 * A dosage in words: "2 x 10 reps, each side", "hold 30 s", "1 x 5 reps, hold 5 s at the top".
 */
import type { Dosage } from '../catalog/types.js';

/** "30 s", "2 min", "90 s". */
export function durationWords(seconds: number): string {
  return seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

function amount(dosage: Pick<Dosage, 'reps' | 'holdSeconds' | 'durationSeconds'>): string {
  const parts: string[] = [];
  if (dosage.reps !== undefined) {
    parts.push(`${dosage.reps} reps`);
  }
  if (dosage.durationSeconds !== undefined) {
    parts.push(durationWords(dosage.durationSeconds));
  }
  if (dosage.holdSeconds !== undefined) {
    parts.push(
      parts.length === 0
        ? `hold ${durationWords(dosage.holdSeconds)}`
        : `hold ${durationWords(dosage.holdSeconds)} each`,
    );
  }
  return parts.join(', ');
}

function progressWords(dosage: Dosage): string {
  const top = dosage.progressTo;
  if (top === undefined) {
    return '';
  }
  const target = [
    top.sets !== undefined && top.sets !== dosage.sets ? `${top.sets} sets` : '',
    top.reps !== undefined && top.reps !== dosage.reps ? `${top.reps} reps` : '',
    top.holdSeconds !== undefined && top.holdSeconds !== dosage.holdSeconds
      ? `${durationWords(top.holdSeconds)} holds`
      : '',
    top.durationSeconds !== undefined && top.durationSeconds !== dosage.durationSeconds
      ? durationWords(top.durationSeconds)
      : '',
  ].filter((part) => part !== '');
  return target.length === 0 ? '' : ` (building to ${target.join(', ')})`;
}

/**
 * The dosage as a person reads it; the dosage's `note` is shown on its own line by the caller.
 * @example formatDosage({ sets: 2, reps: 10, perSide: true }) // '2 x 10 reps, each side'
 */
export function formatDosage(dosage: Dosage): string {
  const what = amount(dosage);
  const sets = dosage.sets !== undefined && dosage.sets > 1 ? `${dosage.sets} x ${what}` : what;
  const side = dosage.perSide ? ', each side' : '';
  return `${sets === '' ? 'as described' : sets}${side}${progressWords(dosage)}`;
}
