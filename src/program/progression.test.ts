import { describe, expect, it } from 'vitest';
import { isFullDosage, nextDosage, progressItem } from './progression.js';
import type { ExerciseOutcome, ProgramItem } from './types.js';
import { SMALL_CATALOG } from './test-fixtures.js';

function itemFor(exerciseId: string, overrides: Partial<ProgramItem> = {}): ProgramItem {
  const exercise = SMALL_CATALOG.find((e) => e.id === exerciseId);
  if (exercise === undefined || exercise.kind !== 'exercise') {
    throw new Error(`no exercise ${exerciseId}`);
  }
  return {
    exerciseId,
    sides: 'both',
    dosage: exercise.dosage,
    reason: 'For weak hips.',
    source: exercise.source,
    priority: 2,
    minutes: exercise.minutes,
    ...overrides,
  };
}

function outcome(
  exerciseId: string,
  date: string,
  overrides: Partial<ExerciseOutcome> = {},
): ExerciseOutcome {
  return {
    exerciseId,
    date,
    painBefore: 0,
    painDuring: 0,
    completed: true,
    stoppedForPain: false,
    ...overrides,
  };
}

describe('progressItem', () => {
  it('moves up a rung after two full sessions in a row without pain', () => {
    const logs = [outcome('banded-clamshell', '2026-12-01'), outcome('banded-clamshell', '2026-12-03')];
    const result = progressItem(itemFor('banded-clamshell'), logs, SMALL_CATALOG, '2026-12-03');
    expect(result.decision.kind).toBe('progress-rung');
    expect(result.item?.exerciseId).toBe('banded-side-steps');
    expect(result.item?.changedOn).toBe('2026-12-03');
    expect(result.item?.sides).toBe('both');
  });

  it('stays put after only one good session', () => {
    const result = progressItem(
      itemFor('banded-clamshell'),
      [outcome('banded-clamshell', '2026-12-01')],
      SMALL_CATALOG,
      '2026-12-01',
    );
    expect(result.decision.kind).toBe('stay');
    expect(result.item?.exerciseId).toBe('banded-clamshell');
  });

  it('raises the dosage to the top of its range before changing exercise', () => {
    const logs = [outcome('step-up', '2026-12-01'), outcome('step-up', '2026-12-03')];
    const result = progressItem(itemFor('step-up'), logs, SMALL_CATALOG, '2026-12-03');
    expect(result.decision.kind).toBe('progress-dosage');
    expect(result.item?.dosage.reps).toBe(20);
  });

  it('stops a painful exercise and goes back one rung', () => {
    const logs = [
      outcome('banded-side-steps', '2026-12-01'),
      outcome('banded-side-steps', '2026-12-03', { painDuring: 4 }),
    ];
    const result = progressItem(itemFor('banded-side-steps'), logs, SMALL_CATALOG, '2026-12-03');
    expect(result.decision).toMatchObject({ kind: 'regress-rung', toExerciseId: 'banded-clamshell' });
    expect(result.item?.exerciseId).toBe('banded-clamshell');
  });

  it('lets a faint new ache of 1-2 out of 10 carry on at the same version', () => {
    const logs = [outcome('banded-clamshell', '2026-12-03', { painBefore: 0, painDuring: 2 })];
    expect(progressItem(itemFor('banded-clamshell'), logs, SMALL_CATALOG, '2026-12-03').decision.kind).toBe(
      'stay',
    );
  });

  it('treats pain that rose above what the person came in with as a stop sign', () => {
    const logs = [outcome('banded-clamshell', '2026-12-03', { painBefore: 3, painDuring: 4 })];
    expect(progressItem(itemFor('banded-clamshell'), logs, SMALL_CATALOG, '2026-12-03').decision.kind).toBe(
      'regress-rung',
    );
  });

  it('lets someone whose knee already aches keep an exercise that does not make it worse', () => {
    const logs = [outcome('banded-clamshell', '2026-12-03', { painBefore: 4, painDuring: 4 })];
    expect(progressItem(itemFor('banded-clamshell'), logs, SMALL_CATALOG, '2026-12-03').decision.kind).toBe(
      'stay',
    );
  });

  it('lets a faint ache that was already there carry on', () => {
    const logs = [outcome('banded-clamshell', '2026-12-03', { painBefore: 2, painDuring: 2 })];
    expect(progressItem(itemFor('banded-clamshell'), logs, SMALL_CATALOG, '2026-12-03').decision.kind).toBe(
      'stay',
    );
  });

  it('pauses the easiest version when it hurts and points to a physical therapist', () => {
    const logs = [outcome('side-lying-abduction', '2026-12-03', { stoppedForPain: true })];
    const result = progressItem(itemFor('side-lying-abduction'), logs, SMALL_CATALOG, '2026-12-03');
    expect(result.item).toBeNull();
    expect(result.decision.kind).toBe('stop');
    expect(result.decision.reason).toContain('physical therapist');
  });

  it('counts only sessions after the last change', () => {
    const item = itemFor('banded-clamshell', { changedOn: '2026-12-03' });
    const logs = [
      outcome('banded-clamshell', '2026-12-01'),
      outcome('banded-clamshell', '2026-12-03'),
      outcome('banded-clamshell', '2026-12-05'),
    ];
    expect(progressItem(item, logs, SMALL_CATALOG, '2026-12-05').decision.kind).toBe('stay');
  });

  it('does not move up after sessions that were not finished', () => {
    const logs = [
      outcome('banded-clamshell', '2026-12-01'),
      outcome('banded-clamshell', '2026-12-03', { completed: false }),
    ];
    expect(progressItem(itemFor('banded-clamshell'), logs, SMALL_CATALOG, '2026-12-03').decision.kind).toBe(
      'stay',
    );
  });
});

describe('progressItem with kit', () => {
  const twoGood = [outcome('banded-clamshell', '2026-12-01'), outcome('banded-clamshell', '2026-12-03')];

  it('keeps the current exercise when the next one needs kit the person does not have', () => {
    const result = progressItem(
      itemFor('side-lying-abduction'),
      [outcome('side-lying-abduction', '2026-12-01'), outcome('side-lying-abduction', '2026-12-03')],
      SMALL_CATALOG,
      '2026-12-03',
      { equipment: ['wall'] },
    );
    expect(result.decision.kind).toBe('stay');
    expect(result.decision.reason).toContain('needs kit you do not have');
    expect(result.item?.exerciseId).toBe('side-lying-abduction');
  });

  it('writes one change note, not a pile of them, when an exercise moves twice', () => {
    const once = progressItem(itemFor('banded-clamshell'), twoGood, SMALL_CATALOG, '2026-12-03').item;
    const painful = [outcome('banded-side-steps', '2026-12-05', { painDuring: 5 })];
    const twice = once === null ? null : progressItem(once, painful, SMALL_CATALOG, '2026-12-05').item;
    expect(twice?.exerciseId).toBe('banded-clamshell');
    expect(twice?.reason.match(/Changed on/g)).toHaveLength(1);
    expect(twice?.reason).toContain('Changed on 2026-12-05');
    expect(twice?.reason).toContain('For weak hips.');
  });
});

describe('nextDosage', () => {
  it('goes to the top of the seed range, and no further', () => {
    const start = { reps: 10, perSide: true, progressTo: { reps: 20 } };
    expect(nextDosage(start).reps).toBe(20);
    expect(nextDosage(nextDosage(start)).reps).toBe(20);
    expect(isFullDosage(start)).toBe(false);
    expect(isFullDosage(nextDosage(start))).toBe(true);
  });
});
