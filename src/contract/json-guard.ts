/**
 * What JSON Kneeline stores, checked the same way where it enters (every API body, the import)
 * and where it is read back (a row an older version let in): nesting at most MAX_JSON_DEPTH, no
 * NUL character, only finite numbers (1e999 parses to Infinity and would be stored as null), no
 * `__proto__` key, and dates within the accepted years.
 */
import { checkYear } from './settings.js';

/**
 * Deepest nesting allowed. Kneeline's own data nests at most ~8 levels (an export's keypoint
 * frames); 64 leaves room and stays far below where JSON.stringify and zod overflow the stack
 * (~4,100 levels, issue 11).
 */
export const MAX_JSON_DEPTH = 64;

/** `YYYY-MM-DD` or an ISO timestamp, with a 4- to 6-digit (signed) year. */
const DATE_LIKE = /^([+-]?\d{4,6})-\d{2}-\d{2}(?:$|T)/;

export interface JsonProblem {
  readonly code: 'too-deep' | 'number-out-of-range' | 'nul-character' | 'date-out-of-range' | 'invalid-key';
  readonly message: string;
}

/** Nesting depth of JSON text over `limit`, counted without parsing (brackets in strings do not count). */
export function jsonDepthExceeds(text: string, limit: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92) {
        index += 1; // backslash: skip the escaped character
      } else if (code === 34) {
        inString = false;
      }
    } else if (code === 34) {
      inString = true;
    } else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > limit) {
        return true;
      }
    } else if (code === 125 || code === 93) {
      depth -= 1;
    }
  }
  return false;
}

const where = (path: readonly (string | number)[]): string =>
  path.length === 0 ? 'the body' : path.map(String).join('.');

/** The first value Kneeline must not store, or null; `path` names where it is. */
export function findJsonProblem(value: unknown, path: (string | number)[] = []): JsonProblem | null {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? null
      : {
          code: 'number-out-of-range',
          message: `${where(path)} is a number too large to store (e.g. 1e999)`,
        };
  }
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      return {
        code: 'nul-character',
        message: `${where(path)} contains a NUL character (\\u0000); remove it`,
      };
    }
    const year = DATE_LIKE.exec(value)?.[1];
    const problem = year === undefined ? null : checkYear(Number(year));
    return problem === null
      ? null
      : { code: 'date-out-of-range', message: `${where(path)} (${value.slice(0, 30)}): ${problem}` };
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const problem = findJsonProblem(value[index], [...path, index]);
      if (problem !== null) {
        return problem;
      }
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '__proto__' || key.includes('\u0000')) {
        return {
          code: 'invalid-key',
          message: `${where(path)} has a key Kneeline does not accept ("${key.slice(0, 30).replaceAll('\u0000', '\\u0000')}")`,
        };
      }
      const problem = findJsonProblem(item, [...path, key]);
      if (problem !== null) {
        return problem;
      }
    }
  }
  return null;
}
