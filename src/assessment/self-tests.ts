/**
 * The self-tests as data: what to do, step by step in our words, what it tells us, how the
 * result is entered (fields) and checked (zod). Per-side tests are entered once per leg.
 * The order is the order a person does them: standing looks first, lying-down tests last.
 */
import { DomainError } from '../errors.js';
import type { SelfTest } from './self-test-types.js';
import { ALIGNMENT_TESTS } from './self-tests-alignment.js';
import { FUNCTION_TESTS } from './self-tests-function.js';

export type { SelfTest, TestField } from './self-test-types.js';

export const SELF_TESTS: readonly SelfTest[] = [...ALIGNMENT_TESTS, ...FUNCTION_TESTS];

/** The self-test with this id or key; throws for an unknown one. */
export function selfTest(idOrKey: string): SelfTest {
  const found = SELF_TESTS.find((test) => test.id === idOrKey || test.key === idOrKey);
  if (found === undefined) {
    throw new DomainError('not-found', `Unknown self-test "${idOrKey}"`);
  }
  return found;
}
