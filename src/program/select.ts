/**
 * Which exercises a person's findings call for, before time and kit are fitted.
 */
import type { CatalogEntry, Driver, Exercise } from '../catalog/types.js';
import type { Finding, Findings, Preferences } from '../assessment/types.js';
import { driverArea } from '../catalog/driver-area.js';
import { isFootOrAnkle } from './labels.js';
import { exerciseMap, ladderFor } from './ladders.js';

/** An exercise the findings call for, with the findings it answers. */
export interface Candidate {
  readonly exercise: Exercise;
  /** The found drivers it addresses; empty for core alignment work. */
  readonly findings: readonly Finding[];
  /** 0 for the easiest rung of its ladder (or no ladder), 1 for the next, and so on. */
  readonly rung: number;
}

/** Something not selected, and why, in plain words. */
export interface Excluded {
  readonly exerciseId: string;
  readonly why: string;
}

/**
 * The alignment work every valgus program carries, whatever the drivers: training the whole leg
 * in line (seed 000, step 5 "Maintain Ideal Knee Alignment": "just as important" as the rest).
 */
export const CORE_EXERCISE_IDS: readonly string[] = ['single-leg-balance', 'banded-chair-squat'];

/** Areas in the order a person who can work on only one area starts (the knee follows the foot). */
const AREA_ORDER = [['foot', 'ankle'], ['hip'], ['knee'], ['pelvis'], ['awareness']] as const;

/** The drivers of the one area to start with: foot and ankle first when any was found. */
export function firstAreaDrivers(findings: Findings): ReadonlySet<Driver> {
  for (const areas of AREA_ORDER) {
    const inArea = findings.drivers
      .map((finding) => finding.driver)
      .filter((driver) => (areas as readonly string[]).includes(driverArea(driver)));
    if (inArea.length > 0) {
      return new Set(inArea);
    }
  }
  return new Set();
}

/** Every exercise addressing a found driver, plus the core alignment work, in catalog order. */
export function selectCandidates(findings: Findings, catalog: readonly CatalogEntry[]): readonly Candidate[] {
  const candidates: Candidate[] = [];
  for (const exercise of exerciseMap(catalog).values()) {
    const answered = findings.drivers.filter((finding) => exercise.addresses.includes(finding.driver));
    if (answered.length > 0 || CORE_EXERCISE_IDS.includes(exercise.id)) {
      const rung = Math.max(0, ladderFor(catalog, exercise.id).indexOf(exercise.id));
      candidates.push({ exercise, findings: answered, rung });
    }
  }
  return candidates;
}

/** Keeps only the work of one area when the person can do only one (seed 000: start at the foot). */
export function narrowToOneArea(
  candidates: readonly Candidate[],
  findings: Findings,
  preferences: Preferences,
): { readonly kept: readonly Candidate[]; readonly excluded: readonly Excluded[] } {
  if (!preferences.oneAreaOnly) {
    return { kept: candidates, excluded: [] };
  }
  const area = firstAreaDrivers(findings);
  const footFirst = [...area].some(isFootOrAnkle);
  const kept = candidates.filter((candidate) => candidate.findings.some((f) => area.has(f.driver)));
  const why = footFirst
    ? "You chose to work on one area: the foot and ankle come first, because the knee follows the foot (seed 000, author's replies)."
    : 'You chose to work on one area, and this exercise belongs to another.';
  const excluded = candidates
    .filter((candidate) => !kept.includes(candidate))
    .map((candidate) => ({ exerciseId: candidate.exercise.id, why }));
  return { kept, excluded };
}

/**
 * With pain present, only the easiest rung of each ladder: the program loads only as much as the
 * symptoms allow (USER-NEEDS.md, "pain already present"). Harder rungs come back through progression.
 */
export function easiestRungsOnly(
  candidates: readonly Candidate[],
  catalog: readonly CatalogEntry[],
  painNow: number,
  /** Why, when the triage (not pain now) asks for the easiest versions. */
  because?: string,
): { readonly kept: readonly Candidate[]; readonly excluded: readonly Excluded[] } {
  if (painNow <= 0) {
    return { kept: candidates, excluded: [] };
  }
  const exercises = exerciseMap(catalog);
  const kept: Candidate[] = [];
  const excluded: Excluded[] = [];
  for (const candidate of candidates) {
    const easiestId = ladderFor(catalog, candidate.exercise.id)[0] ?? candidate.exercise.id;
    const easiest = exercises.get(easiestId) ?? candidate.exercise;
    if (candidate.rung > 0) {
      excluded.push({
        exerciseId: candidate.exercise.id,
        why:
          because === undefined
            ? `You have knee pain now (${painNow}/10), so this pattern starts at its easiest version, ${easiest.name}, and moves up only when sessions are pain-free (USER-NEEDS.md, "pain already present").`
            : `${because} This pattern starts at its easiest version, ${easiest.name}.`,
      });
    }
    const existing = kept.find((k) => k.exercise.id === easiest.id);
    if (existing === undefined) {
      kept.push({ exercise: easiest, findings: candidate.findings, rung: 0 });
    } else if (candidate.findings.length > 0) {
      const merged = [
        ...existing.findings,
        ...candidate.findings.filter((f) => !existing.findings.includes(f)),
      ];
      kept[kept.indexOf(existing)] = { ...existing, findings: merged };
    }
  }
  return { kept, excluded };
}
