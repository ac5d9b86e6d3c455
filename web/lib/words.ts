/** Small wording helpers shared by pages. */
import type { Sides } from '../../src/assessment/types.js';
import type { Dosage } from '../../src/catalog/types.js';
import { formatDosage } from '../../src/program/format-dosage.js';

/** "Both legs", "Left leg only". */
export function legWords(sides: Sides): string {
  return sides === 'both' ? 'Both legs' : `${sides === 'left' ? 'Left' : 'Right'} leg only`;
}

/** The first letter in capitals: "stiff ankles" → "Stiff ankles". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A countdown as a clock face: 45 → "45", 120 → "2:00". */
export function clockWords(seconds: number): string {
  if (seconds < 60) {
    return String(seconds);
  }
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The dosage in words for the legs the program asks for: "each side" is dropped when only one
 * leg is trained, since "Left leg only" already says it.
 */
export function dosageWords(dosage: Dosage, sides: Sides): string {
  const words = formatDosage(dosage);
  return sides === 'both' ? words : words.replace(', each side', '');
}
