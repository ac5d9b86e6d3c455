/**
 * Fitting an exercise to the kit a person has: a substitute from the catalog, or left out.
 */
import type { Equipment, Exercise } from '../catalog/types.js';
import { EQUIPMENT_LABELS } from './labels.js';

export type EquipmentFit =
  | { readonly kind: 'fits' }
  | { readonly kind: 'substitute'; readonly note: string }
  | { readonly kind: 'missing'; readonly why: string };

/**
 * Whether the person can do the exercise with what they own. 'none' is always at hand.
 * @example fitEquipment(bandedClamshell, ['wall']) // { kind: 'substitute', note: 'Instead of a resistance band: ...' }
 */
export function fitEquipment(exercise: Exercise, owned: readonly Equipment[]): EquipmentFit {
  const missing = exercise.equipment.filter((item) => item !== 'none' && !owned.includes(item));
  if (missing.length === 0) {
    return { kind: 'fits' };
  }
  const notes: string[] = [];
  for (const item of missing) {
    const substitute = exercise.substitutes.find((s) => s.for === item);
    if (substitute === undefined) {
      return {
        kind: 'missing',
        why: `Needs ${EQUIPMENT_LABELS[item]}, which you do not have, and there is no good substitute.`,
      };
    }
    notes.push(`Instead of ${EQUIPMENT_LABELS[item]}: ${substitute.use}`);
  }
  return { kind: 'substitute', note: notes.join(' ') };
}
