import { ZodError } from 'zod';
import { DomainError } from '../errors.js';

/** A mistake the user can fix: printed as a sentence, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Turns a zod issue list into lines a person can act on: "answers.minutesPerSession: must be ≥ 5". */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : 'input';
      return `  - ${where}: ${issue.message}`;
    })
    .join('\n');
}

/** Prints an error the way a user should see it and returns the exit code. */
export function reportCliError(error: unknown): number {
  if (error instanceof UsageError || error instanceof DomainError) {
    console.error(`kneeline: ${error.message}`);
    return 1;
  }
  if (error instanceof ZodError) {
    console.error(`kneeline: the input is not valid:\n${describeZodError(error)}`);
    return 1;
  }
  console.error(
    'kneeline: an unexpected error happened. This is a bug; please report it with the details below.',
  );
  console.error(error);
  return 2;
}
