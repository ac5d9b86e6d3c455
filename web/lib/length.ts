/**
 * Lengths as the user sees and types them. Everything is stored in centimetres; the settings'
 * `units` only changes what is shown and how typed numbers are read.
 */
import { centimetres, cmToInches, inches, inchesToCm } from '../../src/units.js';
import type { Centimetres } from '../../src/units.js';

export type LengthUnit = 'cm' | 'in';

/** Reads what the user typed ("7,5", " 3 ") in their unit into centimetres; null when it is not a length. */
export function parseLength(text: string, unit: LengthUnit): Centimetres | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^\d+(\.\d+)?$/.test(trimmed)) {
    return null;
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value > 100) {
    return null;
  }
  return unit === 'cm' ? centimetres(value) : inchesToCm(inches(value));
}

/** The number to put back in an input box: one decimal in either unit. */
export function lengthInputValue(value: Centimetres, unit: LengthUnit): string {
  const shown = unit === 'cm' ? value : cmToInches(value);
  return String(Math.round(shown * 10) / 10);
}

/** A length for reading: "7.5 cm" or "3 in". */
export function formatLength(value: Centimetres, unit: LengthUnit): string {
  return `${lengthInputValue(value, unit)} ${unit}`;
}

/** The unit's name in words, for labels. */
export function unitName(unit: LengthUnit): string {
  return unit === 'cm' ? 'centimetres' : 'inches';
}

/** The length unit for the settings' measurement system. */
export function lengthUnitOf(units: 'metric' | 'imperial'): LengthUnit {
  return units === 'imperial' ? 'in' : 'cm';
}
