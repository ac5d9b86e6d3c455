import { describe, expect, it } from 'vitest';
import { CATALOG, findExercise } from '../catalog/catalog.js';
import { EQUIPMENT } from '../catalog/types.js';
import type { Equipment, Exercise } from '../catalog/types.js';
import { equipmentLacking, fitEquipment } from './fit-equipment.js';

const calfRelease = (): Exercise => {
  const exercise = findExercise('calf-release');
  if (exercise === undefined) {
    throw new Error('calf-release is not in the catalog');
  }
  return exercise;
};

describe(fitEquipment.name, () => {
  it('leaves out a roller release for someone who has neither a roller nor a massage ball', () => {
    expect(fitEquipment(calfRelease(), [])).toMatchObject({ kind: 'missing' });
  });

  it('offers the massage ball instead of the roller to someone who owns a ball', () => {
    expect(fitEquipment(calfRelease(), ['massage-ball'])).toMatchObject({ kind: 'substitute' });
  });

  it('fits someone who owns the roller', () => {
    expect(fitEquipment(calfRelease(), ['foam-roller'])).toEqual({ kind: 'fits' });
  });
});

describe(equipmentLacking.name, () => {
  const kits: readonly (readonly Equipment[])[] = [
    [],
    ['massage-ball'],
    ['band', 'wall'],
    EQUIPMENT,
    ['step', 'chair'],
  ];

  it('agrees with fitEquipment on every exercise of the catalog, whatever kit a person has', () => {
    for (const exercise of CATALOG.filter((entry): entry is Exercise => entry.kind === 'exercise')) {
      for (const kit of kits) {
        const fit = fitEquipment(exercise, kit);
        expect(equipmentLacking(exercise, kit).length === 0, `${exercise.id} with [${kit.join(', ')}]`).toBe(
          fit.kind !== 'missing',
        );
      }
    }
  });
});
