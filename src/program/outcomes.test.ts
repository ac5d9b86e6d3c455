import { describe, expect, it } from 'vitest';
import { outcomesFromSession } from './outcomes.js';

const done = {
  exerciseId: 'short-foot',
  completed: true,
  painDuring: 0,
  stoppedForPain: false,
  skipped: null,
};

describe('outcomesFromSession', () => {
  it('carries the session day and the pain before it onto each exercise', () => {
    const outcomes = outcomesFromSession({ sessionDate: '2026-12-01', painBefore: 2, exercises: [done] });
    expect(outcomes).toEqual([
      {
        exerciseId: 'short-foot',
        date: '2026-12-01',
        painBefore: 2,
        painDuring: 0,
        completed: true,
        stoppedForPain: false,
      },
    ]);
  });

  it('counts an exercise skipped for pain as stopped for pain, and ignores one skipped for lack of time', () => {
    const outcomes = outcomesFromSession({
      sessionDate: '2026-12-01',
      painBefore: null,
      exercises: [
        { ...done, exerciseId: 'step-up', completed: false, skipped: { reason: 'pain' } },
        { ...done, exerciseId: 'calf-stretch', completed: false, skipped: { reason: 'no-time' } },
      ],
    });
    expect(outcomes.map((o) => [o.exerciseId, o.stoppedForPain])).toEqual([['step-up', true]]);
  });
});
