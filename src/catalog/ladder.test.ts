import { describe, expect, it } from 'vitest';
import { EXERCISES } from './catalog.js';
import { ladderFrom } from './ladder.js';
import type { Exercise } from './types.js';

function rung(id: string, links: Pick<Exercise, 'progression' | 'regression'>): Exercise {
  const base = EXERCISES[0];
  if (base === undefined) {
    throw new Error('the catalog is empty');
  }
  const { progression: _p, regression: _r, ...rest } = base;
  return { ...rest, ...links, id };
}

describe('ladderFrom', () => {
  it('walks down to the easiest rung and up to the hardest', () => {
    const a = rung('a', { progression: 'b' });
    const b = rung('b', { progression: 'c', regression: 'a' });
    const c = rung('c', { regression: 'b' });
    const byId = new Map([a, b, c].map((exercise) => [exercise.id, exercise]));
    expect(ladderFrom(byId, c).map((exercise) => exercise.id)).toEqual(['a', 'b', 'c']);
  });

  it('stops instead of looping forever when links go round in a circle', () => {
    const a = rung('a', { progression: 'b', regression: 'b' });
    const b = rung('b', { progression: 'a', regression: 'a' });
    const byId = new Map([a, b].map((exercise) => [exercise.id, exercise]));
    expect(ladderFrom(byId, a).map((exercise) => exercise.id)).toEqual(['b', 'a']);
  });

  it('ends the ladder at a link to an exercise that is missing', () => {
    const a = rung('a', { progression: 'gone', regression: 'also-gone' });
    expect(ladderFrom(new Map([['a', a]]), a).map((exercise) => exercise.id)).toEqual(['a']);
  });
});
