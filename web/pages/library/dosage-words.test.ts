import { describe, expect, it } from 'vitest';
import { dosageWords } from './dosage-words.js';

describe('dosageWords', () => {
  it('reads sets, repetitions, sides and holds as a person says them', () => {
    expect(dosageWords({ sets: 2, reps: 10, holdSeconds: 30, perSide: true })).toBe(
      '2 sets of 10, each side; hold 30 s',
    );
  });

  it('says repetitions without sets', () => {
    expect(dosageWords({ reps: 30, perSide: true })).toBe('30 repetitions, each side');
  });

  it('says a timed dose in minutes when it is whole minutes', () => {
    expect(dosageWords({ durationSeconds: 120, perSide: true })).toBe('2 min, each side');
    expect(dosageWords({ sets: 2, durationSeconds: 60, perSide: true })).toBe('2 sets of 1 min, each side');
  });

  it('says a hold on its own with a capital letter', () => {
    expect(dosageWords({ holdSeconds: 30, perSide: false })).toBe('Hold 30 s');
  });

  it('adds what to build up to', () => {
    expect(dosageWords({ reps: 20, holdSeconds: 3, progressTo: { holdSeconds: 5 }, perSide: true })).toBe(
      '20 repetitions, each side; hold 3 s; build up to 5 s holds',
    );
  });

  it('gives nothing when the seed has no numbers, so the note is read instead', () => {
    expect(dosageWords({ perSide: true, note: 'Seed 002 gives no sets.' })).toBeNull();
  });
});
