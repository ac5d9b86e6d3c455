/** The exercises of a session at their current progression level, with their names. */
import { findExercise } from '../catalog/catalog.js';
import type { Program } from '../program/types.js';
import type { TodayItem } from '../contract/schemas.js';

/**
 * Every program item in block order, named from the catalog (the id when the catalog lacks it);
 * none while a session's safety triage has paused the program (program.paused says why).
 */
export function sessionItems(program: Program): readonly TodayItem[] {
  if (program.paused !== undefined) {
    return [];
  }
  return program.blocks.flatMap((block) =>
    block.items.map((item) => ({ ...item, name: findExercise(item.exerciseId)?.name ?? item.exerciseId })),
  );
}
