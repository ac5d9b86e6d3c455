import { describe, expect, it } from 'vitest';
import type { Program, ProgramItem } from '../program/types.js';
import { sampleProgram } from '../store/test-fixtures.js';
import { logsNeededAfter } from './log-session.js';

const item = (exerciseId: string, changedOn?: string): ProgramItem => {
  const base = sampleProgram.blocks[0]?.items[0];
  if (base === undefined) {
    throw new Error('the sample program has no item');
  }
  return { ...base, exerciseId, ...(changedOn === undefined ? {} : { changedOn }) };
};
const programOf = (...items: ProgramItem[]): Program => ({
  ...sampleProgram,
  blocks: [{ block: 'strength', title: 'Strength', items }],
});

describe('logsNeededAfter', () => {
  it('reads every log while a touched exercise has never changed', () => {
    const program = programOf(item('a', '2026-12-01'), item('b'));
    expect(logsNeededAfter(program, new Set(['a', 'b']))).toBeNull();
  });

  it('reads only logs after the earliest change of the touched exercises', () => {
    const program = programOf(item('a', '2026-12-05'), item('b', '2026-12-02'), item('c'));
    expect(logsNeededAfter(program, new Set(['a', 'b']))).toBe('2026-12-02');
  });

  it('reads every log when the log touched no exercise of the program', () => {
    expect(logsNeededAfter(programOf(item('a', '2026-12-05')), new Set(['z']))).toBeNull();
  });
});
