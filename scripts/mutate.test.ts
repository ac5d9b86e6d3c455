import { describe, expect, it } from 'vitest';
import { applyMutant, mutantsOf, parseOptions, percentDown, readFailure, sample } from './mutate.js';

const rule = [
  'export function isDeep(depth: number, limit: number): boolean {',
  '  return depth >= limit && depth !== 0;',
  '}',
  'const arrow = (a: number): boolean => a < 3;',
].join('\n');

describe(mutantsOf.name, () => {
  it('finds each comparison with the flip that breaks a boundary', () => {
    expect(mutantsOf('rule.ts', rule).map((m) => `${m.line} ${m.from}→${m.to}`)).toEqual([
      '2 >=→>',
      '2 !==→===',
      '4 <→<=',
    ]);
  });
});

describe(applyMutant.name, () => {
  it('changes exactly one operator', () => {
    const [first] = mutantsOf('rule.ts', rule);
    expect(first).toBeDefined();
    const mutated = applyMutant(rule, first!);
    expect(mutated).toContain('return depth > limit && depth !== 0;');
    expect(mutated.length).toBe(rule.length - 1);
  });

  it('refuses a mutant that no longer matches the text', () => {
    const [first] = mutantsOf('rule.ts', rule);
    expect(() => applyMutant(rule.replace('>=', '=='), first!)).toThrow(/expected ">="/);
  });
});

describe(sample.name, () => {
  it('draws the same mutants for the same seed, and no more than asked', () => {
    const all = mutantsOf('rule.ts', rule);
    expect(sample(all, 2, 7)).toEqual(sample(all, 2, 7));
    expect(sample(all, 2, 7)).toHaveLength(2);
    expect(sample(all, 10, 7)).toHaveLength(3);
  });
});

describe(percentDown.name, () => {
  it('rounds down, so a share just under 90% never reads as 90%', () => {
    expect(percentDown(899, 1000)).toBe('89.9%');
    expect(percentDown(8999, 10000)).toBe('89.9%');
    expect(percentDown(9, 10)).toBe('90.0%');
    expect(percentDown(0, 0)).toBe('0.0%');
  });
});

describe(parseOptions.name, () => {
  it('reads repeated folders and mutants to run again', () => {
    const options = parseOptions([
      '--limit',
      '5',
      '--folder',
      'src/program',
      '--only',
      'src/a.ts:3',
      '--only',
      'src/b.ts:9',
    ]);
    expect(options.limit).toBe(5);
    expect(options.folders).toEqual(['src/program']);
    expect(options.only).toEqual(['src/a.ts:3', 'src/b.ts:9']);
    expect(options.from).toBe(1);
    expect(parseOptions(['--from', '23']).from).toBe(23);
    expect(() => parseOptions(['--from', '0'])).toThrow(/usage/);
  });

  it('refuses a timeout that is not a positive number of seconds', () => {
    expect(() => parseOptions(['--timeout-seconds', 'soon'])).toThrow(/usage/);
    expect(() => parseOptions(['--timeout-seconds', '0'])).toThrow(/usage/);
  });
});

describe(readFailure.name, () => {
  const failed = (detail: string): string =>
    [
      ' Failed Tests 1 ',
      ' FAIL  src/assessment/answers.test.ts > answersSchema > takes an age at either end of its group',
      detail,
      ' Test Files  1 failed (3)',
    ].join('\n');

  it('names the first failing test when an assertion fails', () => {
    expect(readFailure(failed('AssertionError: expected 1 to be 2'))).toEqual({
      outcome: 'failed',
      failing: 'src/assessment/answers.test.ts > answersSchema > takes an age at either end of its group',
    });
  });

  it('tells a test that only ran out of time apart from a real failure', () => {
    expect(readFailure(failed('Error: Test timed out in 30000ms.')).outcome).toBe('slow test');
    expect(readFailure(failed('Error: Hook timed out in 120000ms.')).outcome).toBe('slow test');
  });

  it('counts a crash with no failing test as a failure', () => {
    expect(readFailure('Error: Cannot find module ./gone.js')).toEqual({ outcome: 'failed' });
  });
});
