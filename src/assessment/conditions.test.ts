import { describe, expect, it } from 'vitest';
import type { Condition } from './conditions.js';
import { evaluate } from './conditions.js';

const facts = new Map([
  ['kneeToWall.left.cm', { value: 6 }],
  ['painAreas', { value: ['knee', 'hip'] }],
  ['ageGroup', { value: 'adult' }],
]);
const stiffAnkle: Condition = { fact: 'kneeToWall.{side}.cm', op: 'lt', value: 10 };

describe('evaluate', () => {
  it('reads the fact of the leg being checked', () => {
    expect(evaluate(stiffAnkle, facts, 'left')).toEqual({ result: 'true', used: ['kneeToWall.left.cm'] });
  });

  it('treats a skipped test as unknown, so it never fires a rule, not even under "not"', () => {
    expect(evaluate(stiffAnkle, facts, 'right').result).toBe('unknown');
    expect(evaluate({ not: stiffAnkle }, facts, 'right').result).toBe('unknown');
  });

  it('fires "any" on one true part even when another test was skipped', () => {
    const condition: Condition = { any: [stiffAnkle, { fact: 'ageGroup', op: 'eq', value: 'adult' }] };
    expect(evaluate(condition, facts, 'right')).toEqual({ result: 'true', used: ['ageGroup'] });
  });

  it('fails "all" on one false part and stays unknown while a part is missing', () => {
    const adult = { fact: 'ageGroup', op: 'eq', value: 'adult' } as const;
    expect(
      evaluate({ all: [adult, { fact: 'ageGroup', op: 'eq', value: 'teen' }] }, facts, null).result,
    ).toBe('false');
    expect(evaluate({ all: [adult, stiffAnkle] }, facts, 'right').result).toBe('unknown');
    expect(evaluate({ all: [adult, stiffAnkle] }, facts, 'left').used).toEqual([
      'ageGroup',
      'kneeToWall.left.cm',
    ]);
  });

  it('checks list answers with "has" and choices with "in", including the leg name', () => {
    expect(evaluate({ fact: 'painAreas', op: 'has', value: 'hip' }, facts, null).result).toBe('true');
    expect(evaluate({ fact: 'painAreas', op: 'has', value: 'back' }, facts, null).result).toBe('false');
    const sides = new Map([['sidesAffected', { value: 'right' }]]);
    const caves: Condition = { fact: 'sidesAffected', op: 'in', value: ['{side}', 'both'] };
    expect(evaluate(caves, sides, 'right').result).toBe('true');
    expect(evaluate(caves, sides, 'left').result).toBe('false');
  });

  it('answers "absent" for an unanswered question', () => {
    expect(evaluate({ fact: 'surgeryCleared', op: 'absent' }, facts, null).result).toBe('true');
    expect(evaluate({ fact: 'ageGroup', op: 'absent' }, facts, null).result).toBe('false');
  });
});
