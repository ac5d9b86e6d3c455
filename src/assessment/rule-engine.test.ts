import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadRules } from './rule-engine.js';
import { FINDING_RULES } from './rules.js';
import { TRIAGE_RULES } from './triage.js';

const then = z.object({ note: z.string() });
const rule = (overrides: object) => ({
  id: 'stiff-ankle',
  perSide: true,
  when: { fact: 'kneeToWall.{side}.cm', op: 'lt', value: 10 },
  then: { note: 'stiff' },
  source: 'seed 000, 6A',
  ...overrides,
});

describe('loadRules', () => {
  it('accepts a well-formed rule', () => {
    expect(loadRules(then, [rule({})])).toHaveLength(1);
  });

  it('refuses a rule that reads a fact no question or test gives', () => {
    expect(() =>
      loadRules(then, [rule({ when: { fact: 'kneeToWal.{side}.cm', op: 'lt', value: 10 } })]),
    ).toThrow(/unknown fact "kneeToWal/);
  });

  it('refuses {side} in a whole-body rule', () => {
    expect(() => loadRules(then, [rule({ perSide: false })])).toThrow(/uses \{side\} but is not per side/);
  });

  it('refuses a rule without a source, or with an id used twice', () => {
    expect(() => loadRules(then, [rule({ source: '' })])).toThrow(/cites its source/);
    expect(() => loadRules(then, [rule({}), rule({})])).toThrow(/used twice/);
  });

  it('refuses a number comparison against a word', () => {
    expect(() =>
      loadRules(then, [rule({ when: { fact: 'kneeToWall.{side}.cm', op: 'lt', value: 'ten' } })]),
    ).toThrow(/compare with a number/);
  });

  it('has loaded the shipped findings and safety tables, every rule citing a source', () => {
    expect(FINDING_RULES.length).toBeGreaterThan(20);
    expect(TRIAGE_RULES.every((r) => r.source.length > 0)).toBe(true);
  });
});
