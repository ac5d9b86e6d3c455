import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  ADVICE,
  CATALOG,
  EXERCISES,
  adviceById,
  driverArea,
  exerciseById,
  exercisesAddressing,
  findExercise,
  ladderOf,
} from './catalog.js';
import type { CameraCheck } from './types.js';
import { DRIVERS } from './types.js';

/** The ids other parts of the app already use (the catalog brief). */
const EXERCISE_IDS = [
  // seed 000
  'adductor-release',
  'tfl-release',
  'adductor-side-lunge-stretch',
  'butterfly-stretch',
  'tfl-stretch',
  'outer-shin-foot-stretch',
  'lateral-hamstring-release',
  'outer-thigh-release',
  'popliteus-tibial-internal-rotation',
  'side-lying-hip-external-rotation',
  'side-lying-hip-abduction',
  'straight-leg-raise',
  'single-leg-balance',
  'wall-push',
  'banded-chair-squat',
  'step-up',
  'single-leg-hinge',
  'single-leg-squat',
  'calf-release',
  'calf-stretch',
  'ankle-mobilisation-lunge',
  'short-foot',
  'big-toe-flexor-release',
  'big-toe-flexor-stretch',
  'split-stance-stepping',
  // seed 001
  'short-and-skinny-foot',
  'ankle-dorsiflexion',
  'hip-hitch',
  'one-leg-hinge',
  'one-leg-squat',
  // seed 002
  'banded-clamshell',
  'banded-side-steps',
  'single-leg-deadlift',
  'half-kneeling-hip-flexor-stretch',
  'banded-squat',
] as const;

const ADVICE_IDS = [
  'anterior-pelvic-tilt',
  'rotated-pelvis',
  'one-sided-valgus',
  'w-sitting',
  'driving',
  'sitting',
  'sleeping',
  'valgus-braces',
  'fatigue-map',
  'anti-valgus-frequency',
  'orthotics-medial-posting',
  'knee-over-second-toe',
] as const;

describe('exerciseById', () => {
  it.each(EXERCISE_IDS)('finds %s', (id) => {
    expect(exerciseById(id).id).toBe(id);
  });

  it('refuses an exercise that does not exist with a not-found error', () => {
    expect(() => exerciseById('moonwalk')).toThrow(DomainError);
    expect(() => exerciseById('moonwalk')).toThrow(expect.objectContaining({ code: 'not-found' }) as Error);
  });
});

describe('findExercise', () => {
  it('answers undefined for an unknown id instead of throwing', () => {
    expect(findExercise('moonwalk')).toBeUndefined();
    expect(findExercise('step-up')?.name).toBe('Step-up');
  });
});

describe('adviceById', () => {
  it.each(ADVICE_IDS)('finds %s', (id) => {
    expect(adviceById(id).kind).toBe('advice');
  });

  it('refuses unknown advice with a not-found error', () => {
    expect(() => adviceById('step-up')).toThrow(expect.objectContaining({ code: 'not-found' }) as Error);
  });
});

describe('CATALOG', () => {
  it('holds every exercise and every piece of advice once', () => {
    expect(CATALOG).toHaveLength(EXERCISES.length + ADVICE.length);
    expect(new Set(CATALOG.map((entry) => entry.id)).size).toBe(CATALOG.length);
  });

  it('puts seed 001 work in the anti-valgus block, foot and ankle included', () => {
    const seed001 = EXERCISES.filter((exercise) => exercise.source.seed === '001');
    expect(seed001.map((exercise) => exercise.block)).toEqual(seed001.map(() => 'anti-valgus'));
    expect(seed001.map((exercise) => exercise.id)).toContain('short-and-skinny-foot');
  });

  it('tells the camera which check to run for the exercises it can watch', () => {
    const checks: Record<string, CameraCheck> = {
      'banded-chair-squat': 'squat',
      'banded-squat': 'squat',
      'step-up': 'step-up',
      'single-leg-balance': 'balance',
      'single-leg-hinge': 'hinge',
      'one-leg-hinge': 'hinge',
      'single-leg-deadlift': 'hinge',
      'single-leg-squat': 'single-leg-squat',
      'one-leg-squat': 'single-leg-squat',
      'hip-hitch': 'hip-hitch',
    };
    const withCheck = EXERCISES.filter((exercise) => exercise.cameraCheck !== undefined);
    expect(Object.fromEntries(withCheck.map((exercise) => [exercise.id, exercise.cameraCheck]))).toEqual(
      checks,
    );
  });

  it('offers a stand-in for a massage ball, foam roller, step, chair and wall wherever one is used', () => {
    for (const exercise of EXERCISES) {
      for (const item of exercise.equipment.filter((thing) => thing !== 'band' && thing !== 'none')) {
        expect(
          exercise.substitutes.map((substitute) => substitute.for),
          exercise.id,
        ).toContain(item);
      }
    }
  });

  it('says plainly that nothing replaces a band', () => {
    const banded = EXERCISES.filter((exercise) => exercise.equipment.includes('band'));
    expect(banded.length).toBeGreaterThan(0);
    for (const exercise of banded) {
      expect(exercise.substitutes.find((substitute) => substitute.for === 'band')?.use).toMatch(
        /no real stand-in/,
      );
    }
  });
});

describe('exercisesAddressing', () => {
  it('finds work for every driver except a rotated pelvis, which the seeds answer with advice', () => {
    const without = DRIVERS.filter((driver) => exercisesAddressing(driver).length === 0);
    expect(without).toEqual(['pelvis-rotation']);
    expect(ADVICE.some((advice) => advice.addresses.includes('pelvis-rotation'))).toBe(true);
  });

  it('includes the calf and ankle work for limited ankle dorsiflexion', () => {
    const ids = exercisesAddressing('ankle-dorsiflexion').map((exercise) => exercise.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'calf-release',
        'calf-stretch',
        'ankle-mobilisation-lunge',
        'ankle-dorsiflexion',
      ]),
    );
    expect(ids).not.toContain('step-up');
  });
});

describe('ladderOf', () => {
  const ids = (id: string): string[] => ladderOf(id).map((exercise) => exercise.id);

  it('climbs from the chair squat through the step-up and single-leg hinge to the single-leg squat', () => {
    const ladder = ids('single-leg-hinge');
    const start = ladder.indexOf('banded-chair-squat');
    expect(ladder.slice(start)).toEqual([
      'banded-chair-squat',
      'step-up',
      'single-leg-hinge',
      'single-leg-squat',
    ]);
  });

  it('gives the same ladder whichever rung you ask from, easiest first', () => {
    expect(ids('single-leg-squat')).toEqual(ids('straight-leg-raise'));
    expect(ids('single-leg-squat')[0]).toBe('straight-leg-raise');
  });

  it('climbs from side-lying abduction to the banded clamshell and banded side steps', () => {
    const ladder = ids('banded-clamshell');
    const start = ladder.indexOf('side-lying-hip-abduction');
    expect(ladder.slice(start, start + 3)).toEqual([
      'side-lying-hip-abduction',
      'banded-clamshell',
      'banded-side-steps',
    ]);
  });

  it("follows seed 001's order from hip hitch to 1-leg hinge to 1-leg squat", () => {
    expect(ids('one-leg-hinge')).toEqual(['hip-hitch', 'one-leg-hinge', 'one-leg-squat']);
  });

  it('returns a ladder of one for an exercise with no easier or harder version', () => {
    expect(ids('tfl-release')).toEqual(['tfl-release']);
  });
});

describe('driverArea', () => {
  it('places each driver in the body', () => {
    expect(driverArea('foot-pronation')).toBe('foot');
    expect(driverArea('ankle-dorsiflexion')).toBe('ankle');
    expect(driverArea('tibial-external-rotation')).toBe('knee');
    expect(driverArea('adductor-tightness')).toBe('hip');
    expect(driverArea('pelvis-rotation')).toBe('pelvis');
    expect(driverArea('knee-position-sense')).toBe('awareness');
  });
});
