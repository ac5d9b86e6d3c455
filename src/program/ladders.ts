/**
 * Progression ladders, read from the catalog's own links: each exercise may name the next harder
 * exercise of its pattern (`progression`) and the easier one (`regression`). A ladder is one such
 * chain, easiest first, e.g. banded chair squat → step-up → single-leg hinge → single-leg squat
 * (seed 000, step 5).
 */
import type { CatalogEntry, Exercise } from '../catalog/types.js';

/** The exercises of a catalog, by id. */
export function exerciseMap(catalog: readonly CatalogEntry[]): ReadonlyMap<string, Exercise> {
  const map = new Map<string, Exercise>();
  for (const entry of catalog) {
    if (entry.kind === 'exercise') {
      map.set(entry.id, entry);
    }
  }
  return map;
}

interface Links {
  readonly harder: ReadonlyMap<string, string>;
  readonly easier: ReadonlyMap<string, string>;
}

/** Both directions of every link whose ends are in the catalog; a link stated once counts both ways. */
function linksOf(exercises: ReadonlyMap<string, Exercise>): Links {
  const harder = new Map<string, string>();
  const easier = new Map<string, string>();
  const link = (from: string, to: string): void => {
    if (exercises.has(from) && exercises.has(to) && from !== to) {
      if (!harder.has(from)) {
        harder.set(from, to);
      }
      if (!easier.has(to)) {
        easier.set(to, from);
      }
    }
  };
  for (const exercise of exercises.values()) {
    if (exercise.progression !== undefined) {
      link(exercise.id, exercise.progression);
    }
  }
  for (const exercise of exercises.values()) {
    if (exercise.regression !== undefined) {
      link(exercise.regression, exercise.id);
    }
  }
  return { harder, easier };
}

/**
 * The ladder an exercise belongs to, easiest first; `[id]` alone when it has no links, `[]` when the
 * id is not an exercise of the catalog. Cycles in the data end the walk instead of looping.
 * @example ladderFor(catalog, 'step-up') // ['banded-chair-squat', 'step-up', 'single-leg-hinge', 'single-leg-squat']
 */
export function ladderFor(catalog: readonly CatalogEntry[], id: string): readonly string[] {
  const exercises = exerciseMap(catalog);
  if (!exercises.has(id)) {
    return [];
  }
  const { harder, easier } = linksOf(exercises);
  let bottom = id;
  const seen = new Set([id]);
  for (let down = easier.get(bottom); down !== undefined && !seen.has(down); down = easier.get(bottom)) {
    seen.add(down);
    bottom = down;
  }
  const ladder = [bottom];
  for (let up = harder.get(bottom); up !== undefined && !ladder.includes(up); up = harder.get(up)) {
    ladder.push(up);
  }
  return ladder.includes(id) ? ladder : [id];
}

/** Every ladder with two or more rungs in the catalog, easiest first, each listed once. */
export function laddersOf(catalog: readonly CatalogEntry[]): readonly (readonly string[])[] {
  const ladders: (readonly string[])[] = [];
  const placed = new Set<string>();
  for (const id of exerciseMap(catalog).keys()) {
    if (!placed.has(id)) {
      const ladder = ladderFor(catalog, id);
      ladder.forEach((rung) => placed.add(rung));
      if (ladder.length > 1) {
        ladders.push(ladder);
      }
    }
  }
  return ladders;
}

/** The next harder (+1) or easier (-1) rung of an exercise, or undefined at the ladder's end. */
export function neighbourRung(
  catalog: readonly CatalogEntry[],
  id: string,
  step: 1 | -1,
): string | undefined {
  const ladder = ladderFor(catalog, id);
  return ladder[ladder.indexOf(id) + step];
}
