/**
 * A catalog dosage as a sentence for the library: "2 sets of 10, each side; hold 30 s".
 * The dosage's own note is shown beside it, not folded in here.
 */
import type { Dosage } from '../../../src/catalog/types.js';
import { durationWords } from '../../../src/program/format-dosage.js';

function countWords(dosage: Dosage): string {
  const each =
    dosage.reps ?? (dosage.durationSeconds !== undefined ? durationWords(dosage.durationSeconds) : undefined);
  if (dosage.sets !== undefined && each !== undefined) {
    return `${dosage.sets} ${dosage.sets === 1 ? 'set' : 'sets'} of ${each}`;
  }
  if (dosage.reps !== undefined) {
    return `${dosage.reps} repetitions`;
  }
  return each === undefined ? '' : String(each);
}

function progressWords(dosage: Dosage): string {
  const top = dosage.progressTo;
  if (top === undefined) {
    return '';
  }
  const parts = [
    top.sets !== undefined ? `${top.sets} sets` : '',
    top.reps !== undefined ? `${top.reps} repetitions` : '',
    top.holdSeconds !== undefined ? `${durationWords(top.holdSeconds)} holds` : '',
    top.durationSeconds !== undefined ? durationWords(top.durationSeconds) : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? '' : `build up to ${parts.join(', ')}`;
}

/**
 * The dosage in words, or null when the seed gives no numbers (read the note instead).
 * @example dosageWords({ sets: 2, reps: 10, holdSeconds: 30, perSide: true }) // '2 sets of 10, each side; hold 30 s'
 */
export function dosageWords(dosage: Dosage): string | null {
  const count = countWords(dosage);
  const side = dosage.perSide ? 'each side' : '';
  const first = [count, side].filter((part) => part !== '').join(', ');
  const hold = dosage.holdSeconds !== undefined ? `hold ${durationWords(dosage.holdSeconds)}` : '';
  if (count === '' && hold === '') {
    return null;
  }
  const sentence = [first, hold, progressWords(dosage)].filter((part) => part !== '').join('; ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
