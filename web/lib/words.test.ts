import { describe, expect, it } from 'vitest';
import { capitalise, clockWords, dosageWords, legWords } from './words.js';

describe('legWords', () => {
  it('says which legs to train in plain words', () => {
    expect(legWords('both')).toBe('Both legs');
    expect(legWords('right')).toBe('Right leg only');
  });
});

describe('clockWords', () => {
  it('shows short countdowns as seconds and long ones as minutes and seconds', () => {
    expect(clockWords(45)).toBe('45');
    expect(clockWords(120)).toBe('2:00');
    expect(clockWords(65)).toBe('1:05');
  });
});

describe('dosageWords', () => {
  it('does not say "each side" when only one leg is trained', () => {
    const dosage = { sets: 2, reps: 10, perSide: true };
    expect(dosageWords(dosage, 'left')).not.toContain('each side');
    expect(dosageWords(dosage, 'both')).toContain('each side');
  });
});

describe('capitalise', () => {
  it('starts a finding with a capital letter', () => {
    expect(capitalise('stiff ankles')).toBe('Stiff ankles');
  });
});
