import { describe, expect, it } from 'vitest';
import { regressItems } from './apply-progression.js';
import { SMALL_CATALOG } from './test-fixtures.js';
import type { Program, ProgramItem } from './types.js';

const item = (exerciseId: string, overrides: Partial<ProgramItem> = {}): ProgramItem => ({
  exerciseId,
  sides: 'both',
  dosage: { reps: 15, perSide: true },
  reason: 'For weak hips.',
  source: { seed: '000', section: 'test' },
  priority: 1,
  minutes: 2,
  ...overrides,
});

const programOf = (...items: ProgramItem[]): Program => ({
  blocks: [{ block: 'strength', title: 'Strength', items }],
  advice: [],
  leftOut: [],
  weeks: [],
  minutesPerSession: 10,
  referral: null,
});

const PAIN = 'Pain above 5/10 after the session.';
const today = '2026-12-03';

describe(regressItems.name, () => {
  // SMALL_CATALOG's ladder: side-lying-abduction → banded-clamshell → banded-side-steps.
  it('moves an exercise one rung down, with the easier exercise’s own dosage and the reason', () => {
    const { program, changes } = regressItems(
      programOf(item('banded-side-steps', { easierExerciseId: 'banded-clamshell' })),
      [{ exerciseId: 'banded-side-steps', why: PAIN }],
      today,
      SMALL_CATALOG,
    );
    const [moved] = program.blocks[0]?.items ?? [];
    expect(moved).toMatchObject({
      exerciseId: 'banded-clamshell',
      dosage: { reps: 10, perSide: true },
      changedOn: today,
      reason: `Changed on ${today}: ${PAIN} Now banded clamshell.`,
    });
    expect(moved?.easierExerciseId).toBeUndefined();
    expect(changes).toEqual([
      {
        exerciseId: 'banded-side-steps',
        decision: {
          kind: 'regress-rung',
          ruleId: 'session-triage',
          reason: PAIN,
          toExerciseId: 'banded-clamshell',
        },
      },
    ]);
  });

  it('keeps the easiest rung of a ladder and puts it back to its starting dosage', () => {
    const { program, changes } = regressItems(
      programOf(item('side-lying-abduction')),
      [{ exerciseId: 'side-lying-abduction', why: PAIN }],
      today,
      SMALL_CATALOG,
    );
    expect(program.blocks[0]?.items).toEqual([
      item('side-lying-abduction', { dosage: { reps: 10, perSide: true }, changedOn: today }),
    ]);
    expect(changes[0]?.decision.kind).toBe('stay');
    expect(changes[0]?.decision.reason).toBe(
      `${PAIN} This is its easiest version: back to its starting dosage.`,
    );
  });

  it('sets an exercise aside when its easier version is already in the program', () => {
    const { program, changes } = regressItems(
      programOf(item('banded-clamshell'), item('banded-side-steps')),
      [{ exerciseId: 'banded-side-steps', why: PAIN }],
      today,
      SMALL_CATALOG,
    );
    expect(program.blocks[0]?.items.map((i) => i.exerciseId)).toEqual(['banded-clamshell']);
    expect(program.leftOut).toEqual([
      { exerciseId: 'banded-side-steps', why: `${PAIN} Its easier version is already in your program.` },
    ]);
    expect(changes[0]?.decision.kind).toBe('stop');
  });

  it('leaves alone an exercise not named, and one already changed today', () => {
    const changedToday = item('banded-side-steps', { changedOn: today });
    const { program, changes } = regressItems(
      programOf(item('banded-clamshell'), changedToday),
      [{ exerciseId: 'banded-side-steps', why: PAIN }],
      today,
      SMALL_CATALOG,
    );
    expect(program.blocks[0]?.items).toEqual([item('banded-clamshell'), changedToday]);
    expect(changes).toEqual([]);
  });
});
