import { describe, expect, it } from 'vitest';
import { citationOf, plain, plainParts } from './plain-words.js';

const INTERNAL = /seed|the author|wasm|\bTFL\b|FPPA/i;

describe('plainParts', () => {
  it('takes "Source: seed 000, ..." out of a program reason and names the article instead', () => {
    const parts = plainParts('For stiff ankles. Source: seed 000, "Step 6: Ankle".');
    expect(parts.text).toBe('For stiff ankles.');
    expect(parts.cited).toEqual([{ article: 'How To Fix Knee Valgus', part: 'Step 6: Ankle' }]);
  });

  it('takes a bracketed citation out of a sentence', () => {
    const parts = plainParts(
      'At a desk you can loop a band around the knees as a reminder to keep them out (seed 000, reader answers).',
    );
    expect(parts.text).toBe('At a desk you can loop a band around the knees as a reminder to keep them out.');
    expect(parts.cited[0]?.article).toBe('How To Fix Knee Valgus');
  });
});

describe('plain', () => {
  it('names the article a borrowed dose comes from, never the seed file', () => {
    const text = plain("Rule of thumb, not a measured dose: seed 000's clamshell dose (4a: hold 3-5 s).");
    expect(text).not.toMatch(/seed/i);
    expect(text).toContain('"How To Fix Knee Valgus" article\'s clamshell dose');
  });

  it('leaves no internal names in the texts users met', () => {
    const texts = [
      'The author also suggests letting the knees rest slightly outwards while driving or sitting.',
      'The author doubts sleeping position changes how the knees sit when standing.',
      "Seed 002 gives no sets, reps or hold time. Seed 000's author holds his stretches for 30 seconds; that figure is his, not this seed's.",
      'a tight front-outer hip (TFL)',
      'TFL lunge stretch',
      "Reader questions, the author's answers on frequency and progress",
      'Your FPPA was 12°.',
    ];
    for (const text of texts) {
      expect(plain(text)).not.toMatch(INTERNAL);
    }
    expect(plain('The author also suggests letting the knees rest')).toBe('Also try letting the knees rest');
  });

  it('explains a technical term the first time only', () => {
    expect(plain('limited dorsiflexion; more dorsiflexion')).toBe(
      'limited dorsiflexion (how far the shin can tip forward over the foot); more dorsiflexion',
    );
  });
});

describe('citationOf', () => {
  it('names the article, never the file', () => {
    expect(citationOf({ seed: '001', section: 'Exercise 3: 1-Leg Squat' })).toEqual({
      article: '3 Two-Minute Knee Valgus Exercises to Fix the Root Cause',
      part: 'Exercise 3: 1-Leg Squat',
    });
  });
});
