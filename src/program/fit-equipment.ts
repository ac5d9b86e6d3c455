/**
 * Fitting an exercise to the kit a person has: a substitute from the catalog, or left out.
 * The one owner of this rule: the program builder, progression and the library's "what can I do
 * with what I have" filter all ask it.
 */
import type { Equipment, Exercise, Substitute } from '../catalog/types.js';
import { EQUIPMENT_LABELS } from './labels.js';

export type EquipmentFit =
  | { readonly kind: 'fits' }
  | { readonly kind: 'substitute'; readonly note: string }
  | { readonly kind: 'missing'; readonly why: string };

/** How a substitute's words name another piece of equipment it needs ("a massage ball, moved …"). */
const EQUIPMENT_NAMED_IN_SUBSTITUTES: Readonly<Partial<Record<Equipment, string>>> = {
  'foam-roller': 'foam roller',
  'massage-ball': 'massage ball',
};

/** True when the person can use this substitute: it names no equipment they lack. */
function substituteUsable(substitute: Substitute, owned: readonly Equipment[]): boolean {
  const use = substitute.use.toLowerCase();
  return Object.entries(EQUIPMENT_NAMED_IN_SUBSTITUTES).every(
    ([piece, words]) =>
      piece === substitute.for || !use.includes(words) || owned.includes(piece as Equipment),
  );
}

const usableSubstitute = (
  exercise: Exercise,
  item: Equipment,
  owned: readonly Equipment[],
): Substitute | undefined =>
  exercise.substitutes.find((substitute) => substitute.for === item && substituteUsable(substitute, owned));

/**
 * The equipment an exercise needs that the person does not have and that no usable substitute
 * replaces (household stand-ins such as stairs or a door frame always count).
 * @example equipmentLacking(calfRelease, []) // ['foam-roller']: its substitute is a massage ball
 */
export function equipmentLacking(exercise: Exercise, owned: readonly Equipment[]): readonly Equipment[] {
  return exercise.equipment.filter(
    (item) =>
      item !== 'none' && !owned.includes(item) && usableSubstitute(exercise, item, owned) === undefined,
  );
}

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
    const substitute = usableSubstitute(exercise, item, owned);
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
