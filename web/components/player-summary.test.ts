import { describe, expect, it } from 'vitest';
import { createPlayer, step } from '../../src/coaching/player.js';
import type { PlayerEvent, PlayerItem, PlayerState } from '../../src/coaching/types.js';
import { changeLines, outcomeWords } from './player-summary.js';

const items: PlayerItem[] = [
  {
    exerciseId: 'clamshell',
    name: 'Clamshell',
    dosage: { reps: 2, perSide: false },
    sides: 'both',
    cues: [],
  },
  { exerciseId: 'bridge', name: 'Bridge', dosage: { reps: 2, perSide: false }, sides: 'both', cues: [] },
];

function run(events: readonly PlayerEvent[]): PlayerState {
  return events.reduce(
    (state, event) => step(state, event).state,
    createPlayer(items, { sessionDate: '2026-12-01' }),
  );
}

describe('outcomeWords', () => {
  it('tells done from stopped for pain', () => {
    const state = run([
      { type: 'start', at: '2026-12-01T08:00:00Z' },
      { type: 'repDone' },
      { type: 'repDone' },
      { type: 'painReported', pain: 0 },
      { type: 'repDone' },
      { type: 'painReported', pain: 8 },
    ]);
    expect(outcomeWords(state, 0)).toBe('done');
    expect(outcomeWords(state, 1)).toMatch(/stopped because it hurt/);
  });
});

describe('changeLines', () => {
  it('lists what changes next time and leaves out exercises that stay the same', () => {
    const lines = changeLines([
      {
        exerciseId: 'a',
        decision: { kind: 'progress-dosage', ruleId: 'r1', reason: 'Add a set next time.' },
      },
      { exerciseId: 'b', decision: { kind: 'stay', ruleId: 'r2', reason: 'Keep it as it is.' } },
    ]);
    expect(lines).toEqual(['Add a set next time.']);
  });

  it('says a reason that moved several exercises once', () => {
    const step = { kind: 'regress-rung', ruleId: 'r', reason: 'The pain lingered.', toExerciseId: 'z' };
    const lines = changeLines([
      { exerciseId: 'a', decision: step },
      { exerciseId: 'b', decision: step },
    ]);
    expect(lines).toEqual(['The pain lingered.']);
  });
});
