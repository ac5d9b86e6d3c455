/**
 * The condition language of the rules (findings and referral): comparisons over named facts,
 * combined with all / any / not. `{side}` in a fact name or string value stands for the leg a
 * per-side rule is being run for. Logic is three-valued: a skipped test makes its comparisons
 * 'unknown', and a rule fires only on a clear 'true', so a skipped test never fires a rule.
 */
import { z } from 'zod';
import type { Side } from './types.js';

export type FactValue = number | string | boolean | readonly string[];

export const OPERATORS = ['lt', 'lte', 'gt', 'gte', 'eq', 'ne', 'in', 'has', 'absent'] as const;
export type Operator = (typeof OPERATORS)[number];

/** A comparison of one fact with a value, e.g. `{ fact: 'kneeToWall.{side}.cm', op: 'lt', value: 10 }`. */
export interface Comparison {
  readonly fact: string;
  readonly op: Operator;
  /** Number for lt/lte/gt/gte; list for `in`; a string for `has` (list facts); none for `absent`. */
  readonly value?: number | string | boolean | readonly string[] | undefined;
}

export type Condition =
  | Comparison
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

const comparisonSchema = z
  .object({
    fact: z.string().min(1),
    op: z.enum(OPERATORS),
    value: z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]).optional(),
  })
  .strict()
  .refine((c) => (c.op === 'absent') === (c.value === undefined), {
    error: 'give a value for every operator except "absent"',
  })
  .refine((c) => !['lt', 'lte', 'gt', 'gte'].includes(c.op) || typeof c.value === 'number', {
    error: 'lt, lte, gt and gte compare with a number',
  })
  .refine((c) => c.op !== 'in' || Array.isArray(c.value), { error: '"in" needs a list of values' });

/** Validates a condition tree (rules are checked when they load). */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    comparisonSchema,
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);

/** The outcome of a condition, and the facts that made it true (the evidence). */
export interface Outcome {
  readonly result: 'true' | 'false' | 'unknown';
  readonly used: readonly string[];
}

/** Replaces `{side}` with the leg's name; per-side rules are run once per leg. */
export function forSide(text: string, side: Side | null): string {
  return side === null ? text : text.replaceAll('{side}', side);
}

function compare(op: Operator, given: FactValue, wanted: Comparison['value'], side: Side | null): boolean {
  const want = typeof wanted === 'string' ? forSide(wanted, side) : wanted;
  switch (op) {
    case 'lt':
      return typeof given === 'number' && given < (want as number);
    case 'lte':
      return typeof given === 'number' && given <= (want as number);
    case 'gt':
      return typeof given === 'number' && given > (want as number);
    case 'gte':
      return typeof given === 'number' && given >= (want as number);
    case 'eq':
      return given === want;
    case 'ne':
      return given !== want;
    case 'in':
      return Array.isArray(want) && want.map((v: string) => forSide(v, side)).includes(String(given));
    case 'has':
      return Array.isArray(given) && typeof want === 'string' && given.includes(want);
    case 'absent':
      return false;
  }
}

/** Evaluates `condition` over `facts` for one leg (or none, for whole-body rules). */
export function evaluate(
  condition: Condition,
  facts: ReadonlyMap<string, { readonly value: FactValue }>,
  side: Side | null,
): Outcome {
  if ('all' in condition) {
    const parts = condition.all.map((part) => evaluate(part, facts, side));
    return combine(parts, 'all');
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => evaluate(part, facts, side));
    return combine(parts, 'any');
  }
  if ('not' in condition) {
    const inner = evaluate(condition.not, facts, side);
    const flipped = { true: 'false', false: 'true', unknown: 'unknown' } as const;
    return { result: flipped[inner.result], used: [] };
  }
  const name = forSide(condition.fact, side);
  const fact = facts.get(name);
  if (condition.op === 'absent') {
    return { result: fact === undefined ? 'true' : 'false', used: [] };
  }
  if (fact === undefined) {
    return { result: 'unknown', used: [] };
  }
  const holds = compare(condition.op, fact.value, condition.value, side);
  return { result: holds ? 'true' : 'false', used: holds ? [name] : [] };
}

function combine(parts: readonly Outcome[], mode: 'all' | 'any'): Outcome {
  const decisive = mode === 'all' ? 'false' : 'true';
  const trueParts = parts.filter((part) => part.result === 'true');
  const used = trueParts.flatMap((part) => part.used);
  if (parts.some((part) => part.result === decisive)) {
    return { result: decisive, used: mode === 'any' ? used : [] };
  }
  if (parts.some((part) => part.result === 'unknown')) {
    return { result: 'unknown', used: [] };
  }
  return { result: mode === 'all' ? 'true' : 'false', used: mode === 'all' ? used : [] };
}

/** Every fact name a condition reads, as written (with `{side}` left in). */
export function factsRead(condition: Condition): readonly string[] {
  if ('all' in condition) {
    return condition.all.flatMap(factsRead);
  }
  if ('any' in condition) {
    return condition.any.flatMap(factsRead);
  }
  if ('not' in condition) {
    return factsRead(condition.not);
  }
  return [condition.fact];
}
