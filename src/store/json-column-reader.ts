/**
 * Reading JSON columns back: each parsed with its contract schema (src/contract/stored-shapes.ts)
 * and the same JSON guard the API applies, and a row that no longer parses skipped with a warning.
 */
import { z } from 'zod';
import { findJsonProblem, jsonDepthExceeds, MAX_JSON_DEPTH } from '../contract/json-guard.js';

/** Thrown when a stored column no longer parses: a broken invariant, never a user's mistake. */
export class CorruptColumnError extends Error {
  override name = 'CorruptColumnError';
}

/**
 * Parses one JSON column with its schema; `where` names the table and column for the error. A
 * value the API would refuse today (too deep, NUL, a date out of range) is corrupt too.
 */
export function parseJsonColumn<T>(schema: z.ZodType<T>, text: string, where: string): T {
  if (jsonDepthExceeds(text)) {
    throw new CorruptColumnError(`${where} nests deeper than ${MAX_JSON_DEPTH} levels`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CorruptColumnError(`${where} holds text that is not JSON`, { cause: error });
  }
  const problem = findJsonProblem(value);
  if (problem !== null) {
    throw new CorruptColumnError(`${where}: ${problem.message}`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new CorruptColumnError(`${where} does not match its schema: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/**
 * Turns rows into records, skipping (with a warning naming the row) one that no longer parses:
 * one bad row an older version let in must not make every read of the user's data fail.
 */
export function readableRows<Row extends { id: string }, Out>(
  rows: readonly Row[],
  toRecord: (row: Row) => Out,
  table: string,
): Out[] {
  return rows.flatMap((row) => {
    try {
      return [toRecord(row)];
    } catch (error) {
      if (!(error instanceof CorruptColumnError)) {
        throw error;
      }
      console.warn(
        `Kneeline: skipped ${table} row ${row.id}: ${error.message.split('\n')[0]?.slice(0, 200)}`,
      );
      return [];
    }
  });
}
