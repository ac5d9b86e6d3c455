import { describe, expect, it } from 'vitest';
import { formatDosage } from '../../../src/program/format-dosage.js';
import { dosageWords } from './dosage-words.js';

describe('dosageWords', () => {
  it('says a dose in the same words as the program', () => {
    const dosage = { sets: 2, reps: 10, holdSeconds: 30, perSide: true };
    expect(dosageWords(dosage)).toBe(formatDosage(dosage));
    expect(dosageWords({ reps: 30, perSide: true })).toBe('30 reps, each side');
  });

  it('says a timed dose in minutes when it is whole minutes', () => {
    expect(dosageWords({ durationSeconds: 120, perSide: true })).toBe('2 min, each side');
  });

  it('says a hold on its own with a capital letter', () => {
    expect(dosageWords({ holdSeconds: 30, perSide: false })).toBe('Hold 30 s');
  });

  it('gives nothing when the seed has no numbers, so the note is read instead', () => {
    expect(dosageWords({ perSide: true, note: 'Seed 002 gives no sets.' })).toBeNull();
    expect(dosageWords({ sets: 2, perSide: true, note: 'Seed 002 gives no reps.' })).toBeNull();
  });
});
