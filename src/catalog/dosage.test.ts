/**
 * Every dosage against the seeds' figures, written out here by hand from the seed text and kept
 * apart from the data files on purpose: a typo in either place fails this test.
 */
import { describe, expect, it } from 'vitest';
import { EXERCISES } from './catalog.js';
import type { SeedFile } from './types.js';

interface SeedFigure {
  readonly seed: SeedFile;
  readonly section: string;
  readonly id: string;
  readonly sets?: number;
  readonly reps?: number;
  readonly holdSeconds?: number;
  readonly durationSeconds?: number;
  readonly perSide: boolean;
  readonly progressTo?: {
    readonly reps?: number;
    readonly holdSeconds?: number;
    readonly durationSeconds?: number;
  };
}

// prettier-ignore
const SEED_FIGURES: readonly SeedFigure[] = [
  // seed 000, 1. Releases
  { seed: '000', section: '1a Adductor: 2 minutes on each side', id: 'adductor-release', durationSeconds: 120, perSide: true },
  { seed: '000', section: '1b TFL/anterior glute med: 2 minutes on each side', id: 'tfl-release', durationSeconds: 120, perSide: true },
  // seed 000, 2. Stretches
  { seed: '000', section: '2a Adductors: hold 30 s, other side', id: 'adductor-side-lunge-stretch', holdSeconds: 30, perSide: true },
  { seed: '000', section: '2b Groin: hold 30 s', id: 'butterfly-stretch', holdSeconds: 30, perSide: false },
  { seed: '000', section: '2c TFL: hold 30 s', id: 'tfl-stretch', holdSeconds: 30, perSide: true },
  { seed: '000', section: '2d Outer shin/foot: hold 30 s', id: 'outer-shin-foot-stretch', holdSeconds: 30, perSide: true },
  // seed 000, 3. Internal rotation of the tibia
  { seed: '000', section: '3a Lateral hamstring: 1 minute', id: 'lateral-hamstring-release', durationSeconds: 60, perSide: true },
  { seed: '000', section: '3b Outer thigh: 1 minute', id: 'outer-thigh-release', durationSeconds: 60, perSide: true },
  { seed: '000', section: '3c Popliteus: 30 times', id: 'popliteus-tibial-internal-rotation', reps: 30, perSide: true },
  // seed 000, 4. Strengthening
  { seed: '000', section: '4a Glute max: hold 3-5 s, 20 times', id: 'side-lying-hip-external-rotation', reps: 20, holdSeconds: 3, progressTo: { holdSeconds: 5 }, perSide: true },
  { seed: '000', section: '4b Glute med: hold 3-5 s, 10 times', id: 'side-lying-hip-abduction', reps: 10, holdSeconds: 3, progressTo: { holdSeconds: 5 }, perSide: true },
  { seed: '000', section: '4c Quadriceps: 30 times', id: 'straight-leg-raise', reps: 30, perSide: true },
  // seed 000, 5. Maintain ideal knee alignment
  { seed: '000', section: '5a Single leg balance: 30 s', id: 'single-leg-balance', holdSeconds: 30, perSide: true },
  { seed: '000', section: '5b Wall push: hold 5-10 s, 5 times both sides', id: 'wall-push', reps: 5, holdSeconds: 5, progressTo: { holdSeconds: 10 }, perSide: true },
  { seed: '000', section: '5c Squat: 10 times', id: 'banded-chair-squat', reps: 10, perSide: false },
  { seed: '000', section: '5d Step up: 10-20 times, other side', id: 'step-up', reps: 10, progressTo: { reps: 20 }, perSide: true },
  { seed: '000', section: '5e Single leg hinge: 10 times, other side', id: 'single-leg-hinge', reps: 10, perSide: true },
  { seed: '000', section: '5f Single-leg squat: 10 repetitions', id: 'single-leg-squat', reps: 10, perSide: true },
  // seed 000, 6. Improve walking pattern
  { seed: '000', section: '6A a Calf release: 2 minutes', id: 'calf-release', durationSeconds: 120, perSide: true },
  { seed: '000', section: '6A b Calf stretch: 1-2 minutes', id: 'calf-stretch', holdSeconds: 60, progressTo: { holdSeconds: 120 }, perSide: true },
  { seed: '000', section: '6A c Ankle joint mobilisation: 30 times', id: 'ankle-mobilisation-lunge', reps: 30, perSide: true },
  { seed: '000', section: '6B a Short foot: hold 5 s, 20 times', id: 'short-foot', reps: 20, holdSeconds: 5, perSide: false },
  { seed: '000', section: '6C a Big toe flexor release: 1-2 minutes', id: 'big-toe-flexor-release', durationSeconds: 60, progressTo: { durationSeconds: 120 }, perSide: true },
  { seed: '000', section: '6C b Big toe flexor stretch: hold 30 s, 3 times', id: 'big-toe-flexor-stretch', reps: 3, holdSeconds: 30, perSide: true },
  { seed: '000', section: '6C c Stepping: 20 times', id: 'split-stance-stepping', reps: 20, perSide: true },
  // seed 001
  // Issue 9: where seed 001 or 002 gives no figure, seed 000's dose for the nearest exercise, as a rule of thumb
  { seed: '001', section: 'Key 1 Short & skinny foot: no figures; rule of thumb seed 000 6B (5 s, 20 times)', id: 'short-and-skinny-foot', reps: 20, holdSeconds: 5, perSide: true },
  { seed: '001', section: 'Key 1 Ankle dorsiflexion: no figures; rule of thumb seed 000 6A c (30 times)', id: 'ankle-dorsiflexion', reps: 30, perSide: true },
  { seed: '001', section: 'Exercise 1 Hip hitch: 1 set of 5 reps, 5 s at the top', id: 'hip-hitch', sets: 1, reps: 5, holdSeconds: 5, perSide: true },
  { seed: '001', section: 'Exercise 2 1-leg hinge: 1 minute each side', id: 'one-leg-hinge', durationSeconds: 60, perSide: true },
  { seed: '001', section: 'Exercise 3 1-leg squat: 2 sets of 1 minute each side', id: 'one-leg-squat', sets: 2, durationSeconds: 60, perSide: true },
  // seed 002: names and how-to only, no figures; rule of thumb from seed 000's nearest exercise
  { seed: '002', section: 'Banded clamshell: rule of thumb seed 000 4a', id: 'banded-clamshell', reps: 20, holdSeconds: 3, progressTo: { holdSeconds: 5 }, perSide: true },
  { seed: '002', section: 'Banded side steps: rule of thumb seed 000 4b', id: 'banded-side-steps', reps: 10, perSide: true },
  { seed: '002', section: 'Single-leg deadlift: rule of thumb seed 000 5e', id: 'single-leg-deadlift', reps: 10, perSide: true },
  { seed: '002', section: 'Half-kneeling hip flexor stretch: rule of thumb seed 000 2a-2d', id: 'half-kneeling-hip-flexor-stretch', holdSeconds: 30, perSide: true },
  { seed: '002', section: 'Band above the knees in squats: rule of thumb seed 000 5c', id: 'banded-squat', reps: 10, perSide: false },
];

describe('EXERCISES', () => {
  it.each(SEED_FIGURES)('gives $id exactly the seed $seed figures ($section)', (figure) => {
    const exercise = EXERCISES.find((candidate) => candidate.id === figure.id);
    const { note: _note, ...numbers } = exercise?.dosage ?? { perSide: !figure.perSide };
    const { seed: _seed, section: _section, id: _id, ...expected } = figure;
    expect(numbers).toEqual(expected);
    expect(exercise?.source.seed).toBe(figure.seed);
  });

  it('doses every exercise, and says "rule of thumb" wherever the seed itself gives no figure', () => {
    expect(SEED_FIGURES.filter((figure) => !hasFigures(figure))).toEqual([]);
    const borrowed = SEED_FIGURES.filter((figure) => figure.section.includes('rule of thumb'));
    expect(borrowed).toHaveLength(7);
    for (const figure of borrowed) {
      const note = EXERCISES.find((exercise) => exercise.id === figure.id)?.dosage.note;
      expect(note, figure.id).toMatch(/gives no.*Rule of thumb, not a measured dose/);
    }
  });

  it('leaves no exercise of the catalog unchecked against the seeds', () => {
    expect(EXERCISES.map((exercise) => exercise.id).sort()).toEqual(
      SEED_FIGURES.map((figure) => figure.id).sort(),
    );
  });
});

function hasFigures(figure: SeedFigure): boolean {
  return [figure.sets, figure.reps, figure.holdSeconds, figure.durationSeconds].some(
    (value) => value !== undefined,
  );
}
