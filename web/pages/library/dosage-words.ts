/**
 * A catalog dosage as the library shows it: the program's own words (src/program/format-dosage),
 * so an exercise reads the same in the library, the program and the printout.
 * The dosage's own note is shown beside it, not folded in here.
 */
import type { Dosage } from '../../../src/catalog/types.js';
import { formatDosage } from '../../../src/program/format-dosage.js';
import { capitalise } from '../../lib/words.js';

/**
 * The dosage in words, or null when the seed gives no numbers (read the note instead).
 * @example dosageWords({ sets: 2, reps: 10, perSide: true }) // '2 x 10 reps, each side'
 */
export function dosageWords(dosage: Dosage): string | null {
  const counted = [dosage.reps, dosage.holdSeconds, dosage.durationSeconds].some(
    (value) => value !== undefined,
  );
  return counted ? capitalise(formatDosage(dosage)) : null;
}
