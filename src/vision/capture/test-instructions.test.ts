import { describe, expect, it } from 'vitest';
import { TRIAL_TESTS } from '../geometry/types.js';
import { testInstructions } from './test-instructions.js';

const ONE_LEG = ['single-leg-squat', 'step-down'] as const;

describe('testInstructions', () => {
  it('gives every camera test a title, steps, words at the start and a time limit', () => {
    for (const test of TRIAL_TESTS) {
      const instructions = testInstructions(test, 'left');
      expect(instructions.title, test).not.toBe('');
      expect(instructions.steps.length, test).toBeGreaterThanOrEqual(2);
      expect(instructions.go, test).not.toBe('');
      expect(instructions.maxMs, test).toBeGreaterThan(0);
    }
  });

  it('names the standing leg of a one-leg test, and the other leg when asked for it', () => {
    for (const test of ONE_LEG) {
      expect(testInstructions(test, 'left').title).toMatch(/left leg/);
      expect(testInstructions(test, 'right').title).toMatch(/right leg/);
      expect(testInstructions(test, 'right').steps.join(' ')).toMatch(/right leg/);
      expect(testInstructions(test, 'right').steps.join(' ')).not.toMatch(/left leg/);
    }
  });

  it('records the standing test for 5 s and the moving tests for up to 40 s', () => {
    expect(testInstructions('standing', 'both').maxMs).toBe(5000);
    for (const test of TRIAL_TESTS.filter((name) => name !== 'standing')) {
      expect(testInstructions(test, 'both').maxMs, test).toBe(40_000);
    }
  });
});
