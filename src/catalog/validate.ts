/** Checks the catalog's invariants once, at load, so no caller has to. */
import { DomainError } from '../errors.js';
import type { Advice, CatalogEntry, Dosage, Driver, Exercise } from './types.js';
import { DRIVERS } from './types.js';

/**
 * Drivers the seeds answer with advice only: seed 000 step 8b sends the reader to a separate
 * guide for a rotated pelvis and gives no exercise, so no exercise here claims to fix it.
 */
export const ADVICE_ONLY_DRIVERS: readonly Driver[] = ['pelvis-rotation'];

/** Every broken invariant of `entries`, one sentence each; empty when the catalog is sound. */
export function findCatalogProblems(entries: readonly CatalogEntry[]): readonly string[] {
  const exercises = entries.filter((entry): entry is Exercise => entry.kind === 'exercise');
  const advice = entries.filter((entry): entry is Advice => entry.kind === 'advice');
  return [
    ...duplicateIds(entries),
    ...brokenLinks(exercises),
    ...unaddressedDrivers(exercises, advice),
    ...exercises.flatMap(exerciseProblems),
  ];
}

/** Returns `entries` unchanged, or throws DomainError 'invalid-input' listing every problem. */
export function validateCatalog<T extends readonly CatalogEntry[]>(entries: T): T {
  const problems = findCatalogProblems(entries);
  if (problems.length > 0) {
    throw new DomainError('invalid-input', `The exercise catalog is broken:\n- ${problems.join('\n- ')}`);
  }
  return entries;
}

function duplicateIds(entries: readonly CatalogEntry[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of entries) {
    if (seen.has(id)) {
      problems.push(`id "${id}" is used more than once`);
    }
    seen.add(id);
  }
  return problems;
}

function brokenLinks(exercises: readonly Exercise[]): string[] {
  const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));
  const problems: string[] = [];
  for (const exercise of exercises) {
    const up = exercise.progression === undefined ? undefined : byId.get(exercise.progression);
    const down = exercise.regression === undefined ? undefined : byId.get(exercise.regression);
    if (exercise.progression !== undefined && up?.regression !== exercise.id) {
      problems.push(
        `"${exercise.id}" progresses to "${exercise.progression}", which does not regress back to it`,
      );
    }
    if (exercise.regression !== undefined && down?.progression !== exercise.id) {
      problems.push(
        `"${exercise.id}" regresses to "${exercise.regression}", which does not progress back to it`,
      );
    }
    if (exercise.progression === exercise.id || exercise.regression === exercise.id) {
      problems.push(`"${exercise.id}" links to itself`);
    }
  }
  return problems;
}

function unaddressedDrivers(exercises: readonly Exercise[], advice: readonly Advice[]): string[] {
  return DRIVERS.flatMap((driver) => {
    const pool: readonly CatalogEntry[] = ADVICE_ONLY_DRIVERS.includes(driver) ? advice : exercises;
    const kind = ADVICE_ONLY_DRIVERS.includes(driver) ? 'advice' : 'exercise';
    return pool.some((entry) => entry.addresses.includes(driver)) ? [] : [`no ${kind} addresses "${driver}"`];
  });
}

function exerciseProblems(exercise: Exercise): string[] {
  const at = `"${exercise.id}"`;
  const problems = dosageProblems(exercise.dosage).map((problem) => `${at}: ${problem}`);
  if (!(exercise.minutes > 0 && Number.isFinite(exercise.minutes))) {
    problems.push(`${at}: minutes must be a positive number`);
  }
  if (exercise.steps.length === 0 || exercise.stopIf.length === 0 || exercise.addresses.length === 0) {
    problems.push(`${at}: needs steps, a stop rule and at least one driver`);
  }
  return [...problems, ...equipmentProblems(exercise).map((problem) => `${at}: ${problem}`)];
}

const DOSE_FIELDS = ['sets', 'reps', 'holdSeconds', 'durationSeconds'] as const;

function dosageProblems(dosage: Dosage): string[] {
  const problems: string[] = [];
  for (const field of DOSE_FIELDS) {
    const start = dosage[field];
    const top = dosage.progressTo?.[field];
    if (start !== undefined && !(start > 0 && Number.isFinite(start))) {
      problems.push(`dosage ${field} must be positive`);
    }
    if (top !== undefined && (start === undefined || !(top > start))) {
      problems.push(`dosage progressTo.${field} must be above a starting ${field}`);
    }
  }
  if (DOSE_FIELDS.every((field) => dosage[field] === undefined) && dosage.note === undefined) {
    problems.push('a dosage without numbers must say why in a note');
  }
  return problems;
}

function equipmentProblems(exercise: Exercise): string[] {
  const { equipment, substitutes } = exercise;
  const problems: string[] = [];
  if (equipment.length === 0 || (equipment.includes('none') && equipment.length > 1)) {
    problems.push("equipment is ['none'] or a list of real items");
  }
  for (const item of equipment) {
    if (item !== 'none' && !substitutes.some((substitute) => substitute.for === item)) {
      problems.push(`no substitute (or a note that there is none) for "${item}"`);
    }
  }
  for (const substitute of substitutes) {
    if (!equipment.includes(substitute.for)) {
      problems.push(`substitute for "${substitute.for}", which the exercise does not use`);
    }
  }
  return problems;
}
