/**
 * The shape of a self-test definition, and small helpers the definition tables share.
 */
import type { z } from 'zod';
import type { Source } from '../catalog/types.js';
import type { Question } from './question-types.js';
import { options } from './question-types.js';
import type { TestKey } from './self-test-results.js';

/** One value to enter. `name` null: the field is the whole (per-side) result. */
export interface TestField {
  readonly name: string | null;
  readonly question: Omit<Question, 'id' | 'askIf'>;
}

export interface SelfTest {
  /** Kebab-case id used in evidence, e.g. 'knee-to-wall'. */
  readonly id: string;
  /** The field of `tests` that holds its result. */
  readonly key: TestKey;
  readonly name: string;
  readonly steps: readonly string[];
  readonly tellsUs: string;
  readonly perSide: boolean;
  readonly fields: readonly TestField[];
  readonly resultSchema: z.ZodType;
  readonly source: Source;
}

export const yesNo = { kind: 'yes-no' } as const;
export const single = (labels: Readonly<Record<string, string>>) =>
  ({ kind: 'single', options: options(labels) }) as const;
export const ask = (prompt: string, help: string, input: Question['input']) => ({ prompt, help, input });
