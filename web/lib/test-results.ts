/**
 * Reading and writing one entry of a self-test result. A per-side test keeps `{left, right}`;
 * a field with a name sits inside an object (`{seconds, kneeCaved}`), a field without one is the
 * whole value. Empty entries are removed, so a skipped test or leg leaves nothing behind.
 */
import type { Side } from '../../src/assessment/types.js';

interface ResultShape {
  readonly perSide: boolean;
}

type Loose = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function legValue(result: unknown, test: ResultShape, leg: Side | null): unknown {
  if (!test.perSide) {
    return result;
  }
  return isRecord(result) && leg !== null ? result[leg] : undefined;
}

/** The value entered for one field (and leg), or undefined. */
export function readEntry(
  result: unknown,
  test: ResultShape,
  leg: Side | null,
  name: string | null,
): unknown {
  const value = legValue(result, test, leg);
  if (name === null) {
    return value;
  }
  return isRecord(value) ? value[name] : undefined;
}

function setKey(record: Loose, key: string, value: unknown): Loose | undefined {
  const next: Record<string, unknown> = { ...record };
  if (value === undefined) {
    delete next[key];
  } else {
    next[key] = value;
  }
  return Object.keys(next).length === 0 ? undefined : next;
}

/** The whole result after one field (and leg) changes; undefined when nothing is left. */
export function writeEntry(
  result: unknown,
  test: ResultShape,
  leg: Side | null,
  name: string | null,
  value: unknown,
): unknown {
  const current = legValue(result, test, leg);
  const legResult = name === null ? value : setKey(isRecord(current) ? current : {}, name, value);
  if (!test.perSide || leg === null) {
    return legResult;
  }
  return setKey(isRecord(result) ? result : {}, leg, legResult);
}
