import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { CATALOG, EXERCISES } from './catalog.js';
import type { CatalogEntry, Exercise } from './types.js';
import { findCatalogProblems, validateCatalog } from './validate.js';

/** A copy of the real catalog with one exercise changed. */
function withExercise(id: string, change: (exercise: Exercise) => Exercise): readonly CatalogEntry[] {
  return CATALOG.map((entry) => (entry.kind === 'exercise' && entry.id === id ? change(entry) : entry));
}

describe('findCatalogProblems', () => {
  it('finds nothing wrong with the real catalog', () => {
    expect(findCatalogProblems(CATALOG)).toEqual([]);
  });

  it('reports an id used twice', () => {
    const first = EXERCISES[0];
    expect(first).toBeDefined();
    const broken = first === undefined ? CATALOG : [...CATALOG, first];
    expect(findCatalogProblems(broken)).toContain(`id "${first?.id}" is used more than once`);
  });

  it('reports a progression that does not point back', () => {
    const broken = withExercise('step-up', ({ regression: _regression, ...rest }) => rest);
    expect(findCatalogProblems(broken)).toContain(
      '"banded-chair-squat" progresses to "step-up", which does not regress back to it',
    );
  });

  it('reports a link to an exercise that does not exist', () => {
    const broken = withExercise('tfl-release', (exercise) => ({ ...exercise, progression: 'moonwalk' }));
    expect(findCatalogProblems(broken)).toContain(
      '"tfl-release" progresses to "moonwalk", which does not regress back to it',
    );
  });

  it('reports a driver no exercise works on', () => {
    const broken = CATALOG.filter(
      (entry) => entry.kind === 'advice' || !entry.addresses.includes('big-toe-extension'),
    );
    expect(findCatalogProblems(broken)).toContain('no exercise addresses "big-toe-extension"');
  });

  it('reports a rotated pelvis left without advice', () => {
    const broken = CATALOG.filter((entry) => !entry.addresses.includes('pelvis-rotation'));
    expect(findCatalogProblems(broken)).toContain('no advice addresses "pelvis-rotation"');
  });

  it('reports a dosage of zero and a progression that goes down', () => {
    const broken = withExercise('step-up', (exercise) => ({
      ...exercise,
      dosage: { reps: 0, holdSeconds: 10, progressTo: { holdSeconds: 5 }, perSide: true },
    }));
    const problems = findCatalogProblems(broken);
    expect(problems).toContain('"step-up": dosage reps must be positive');
    expect(problems).toContain(
      '"step-up": dosage progressTo.holdSeconds must be above a starting holdSeconds',
    );
  });

  it('reports a dosage with no numbers and no note saying why', () => {
    const broken = withExercise('banded-clamshell', (exercise) => ({
      ...exercise,
      dosage: { perSide: true },
    }));
    expect(findCatalogProblems(broken)).toContain(
      '"banded-clamshell": a dosage without numbers must say why in a note',
    );
  });

  it('reports equipment without a substitute and a substitute for unused equipment', () => {
    const broken = withExercise('adductor-release', (exercise) => ({
      ...exercise,
      substitutes: [{ for: 'step', use: 'the stairs' }],
    }));
    const problems = findCatalogProblems(broken);
    expect(problems).toContain(
      '"adductor-release": no substitute (or a note that there is none) for "foam-roller"',
    );
    expect(problems).toContain('"adductor-release": substitute for "step", which the exercise does not use');
  });

  it('reports an exercise with no minutes or no stop rule', () => {
    const broken = withExercise('wall-push', (exercise) => ({ ...exercise, minutes: 0, stopIf: [] }));
    const problems = findCatalogProblems(broken);
    expect(problems).toContain('"wall-push": minutes must be a positive number');
    expect(problems).toContain('"wall-push": needs steps, a stop rule and at least one driver');
  });
});

describe('validateCatalog', () => {
  it('passes a sound catalog through unchanged', () => {
    expect(validateCatalog(CATALOG)).toBe(CATALOG);
  });

  it('refuses a broken copy with an invalid-input error naming the problem', () => {
    const broken = withExercise('calf-stretch', (exercise) => ({
      ...exercise,
      dosage: { holdSeconds: -30, perSide: true },
    }));
    expect(() => validateCatalog(broken)).toThrow(DomainError);
    expect(() => validateCatalog(broken)).toThrow(/"calf-stretch": dosage holdSeconds must be positive/);
    expect(() => validateCatalog(broken)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }) as Error,
    );
  });
});
