/**
 * A broken invariant or a user's mistake that code cannot carry on from (STYLE.md §7).
 * `code` is stable and mapped to an HTTP status by the server's one error handler,
 * and to a sentence (never a stack trace) by the CLI.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Every code a DomainError can carry. Add new ones here so the server maps them. */
export type DomainErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'referral-required'
  | 'no-person-in-view'
  | 'not-a-video'
  | 'unsupported';
