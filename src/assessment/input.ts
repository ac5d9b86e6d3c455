/**
 * `AssessmentInput`: everything the findings engine reads, `{ answers, tests }`, and the one
 * place it is parsed. An answers file written by `kneeline assess` has exactly this shape.
 */
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { answersSchema } from './answers.js';
import { testsSchema } from './self-test-results.js';

export const assessmentInputSchema = z.object({
  answers: answersSchema,
  tests: testsSchema.default({}),
});

/** Parsed and defaulted input: what `findDrivers` takes. */
export type AssessmentInput = z.output<typeof assessmentInputSchema>;
/** Input as a file may hold it (defaults not yet filled). */
export type AssessmentInputFile = z.input<typeof assessmentInputSchema>;

/**
 * Parses untrusted data (a file's JSON, a request body) into an `AssessmentInput`.
 * Throws `DomainError('invalid-input')` listing every problem as `field: what to do`.
 */
export function parseAssessmentInput(data: unknown): AssessmentInput {
  const result = assessmentInputSchema.safeParse(data);
  if (result.success) {
    return result.data;
  }
  const lines = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'input';
    return `  - ${where}: ${issue.message}`;
  });
  throw new DomainError('invalid-input', `the assessment answers are not valid:\n${lines.join('\n')}`);
}
