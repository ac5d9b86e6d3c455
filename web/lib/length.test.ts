import { describe, expect, it } from 'vitest';
import { centimetres } from '../../src/units.js';
import { formatLength, lengthInputValue, parseLength } from './length.js';

describe('parseLength', () => {
  it('keeps centimetres as typed', () => {
    expect(parseLength('7.5', 'cm')).toBe(7.5);
  });

  it('turns inches into centimetres', () => {
    expect(parseLength('4', 'in')).toBeCloseTo(10.16, 5);
  });

  it('accepts a comma as the decimal mark and spaces around the number', () => {
    expect(parseLength(' 7,5 ', 'cm')).toBe(7.5);
  });

  it('refuses text, negative numbers and impossible distances', () => {
    expect(parseLength('', 'cm')).toBeNull();
    expect(parseLength('abc', 'cm')).toBeNull();
    expect(parseLength('-3', 'cm')).toBeNull();
    expect(parseLength('250', 'cm')).toBeNull();
  });
});

describe('formatLength', () => {
  it('shows a stored centimetre value in the unit the user chose', () => {
    expect(formatLength(centimetres(10.16), 'in')).toBe('4 in');
    expect(formatLength(centimetres(7.5), 'cm')).toBe('7.5 cm');
  });

  it('gives back the same number the user typed in inches', () => {
    const stored = parseLength('3.5', 'in');
    expect(stored).not.toBeNull();
    expect(lengthInputValue(stored ?? centimetres(0), 'in')).toBe('3.5');
  });
});
