/** Finding catalog entries by id in the catalog the server sent. */
import type { Advice, Equipment, Exercise } from '../../src/catalog/types.js';
import type { Program } from '../../src/program/types.js';
import type { Catalog } from '../api/types.js';

export function exerciseIn(catalog: Catalog, id: string): Exercise | undefined {
  return catalog.exercises.find((exercise) => exercise.id === id);
}

export function adviceIn(catalog: Catalog, id: string): Advice | undefined {
  return catalog.advice.find((advice) => advice.id === id);
}

/** The name of an exercise, or its id when the catalog no longer has it. */
export function exerciseName(catalog: Catalog, id: string): string {
  return exerciseIn(catalog, id)?.name ?? id;
}

/** Everything a session needs, without 'none', in catalog order. */
export function programEquipment(program: Program, catalog: Catalog): readonly Equipment[] {
  const needed = new Set<Equipment>();
  for (const block of program.blocks) {
    for (const item of block.items) {
      for (const piece of exerciseIn(catalog, item.exerciseId)?.equipment ?? []) {
        if (piece !== 'none') {
          needed.add(piece);
        }
      }
    }
  }
  return [...needed];
}
