/**
 * The one small interpreter for rules as data (STYLE.md §6): `{ id, perSide, when, then,
 * source }`. Rules are validated when they load (shape, known facts, `{side}` only in per-side
 * rules, unique ids); running a rule gives its hits with the evidence that made it fire.
 */
import { z } from 'zod';
import { DomainError } from '../errors.js';
import type { Condition } from './conditions.js';
import { conditionSchema, evaluate, factsRead } from './conditions.js';
import type { Facts } from './facts.js';
import { FACT_NAMES } from './facts.js';
import type { Evidence, Side } from './types.js';

export interface Rule<Then> {
  readonly id: string;
  /** Run once per leg, with `{side}` standing for 'left' then 'right'. */
  readonly perSide: boolean;
  readonly when: Condition;
  readonly then: Then;
  /** Where the rule comes from: a seed file and section, or a paper in NORMS.md. */
  readonly source: string;
}

/** One rule that fired: for a leg, or for the whole body (`side` null). */
export interface Hit<Then> {
  readonly rule: Rule<Then>;
  readonly side: Side | null;
  readonly evidence: readonly Evidence[];
}

/** The schema of a rule table whose `then` has the given schema. */
export function ruleTableSchema<T extends z.ZodType>(then: T) {
  return z.array(
    z
      .object({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'rule ids are kebab-case' }),
        perSide: z.boolean(),
        when: conditionSchema,
        then,
        source: z.string().min(3, { error: 'every rule cites its source' }),
      })
      .strict(),
  );
}

function problemsOf(rule: Rule<unknown>): readonly string[] {
  const problems: string[] = [];
  for (const name of factsRead(rule.when)) {
    if (!FACT_NAMES.includes(name)) {
      problems.push(`rule "${rule.id}" reads an unknown fact "${name}"`);
    }
    if (!rule.perSide && name.includes('{side}')) {
      problems.push(`rule "${rule.id}" uses {side} but is not per side`);
    }
  }
  return problems;
}

/**
 * Parses and checks a rule table. Throws `DomainError('invalid-input')` naming every problem,
 * so a wrong edit to a table fails at load, not silently at run time.
 */
export function loadRules<T extends z.ZodType>(then: T, raw: unknown): readonly Rule<z.output<T>>[] {
  const parsed = ruleTableSchema(then).safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new DomainError('invalid-input', `the rule table is not valid: ${lines.join('; ')}`);
  }
  // zod cannot spell the generic `then` type; the schema above has just checked it.
  const rules = parsed.data as unknown as readonly Rule<z.output<T>>[];
  const ids = rules.map((rule) => rule.id);
  const problems = [
    ...rules.flatMap(problemsOf),
    ...ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `rule id "${id}" is used twice`),
  ];
  if (problems.length > 0) {
    throw new DomainError('invalid-input', `the rule table is not valid: ${problems.join('; ')}`);
  }
  return rules;
}

/** Runs every rule over the facts; per-side rules once per leg. Hits come in table order. */
export function runRules<Then>(rules: readonly Rule<Then>[], facts: Facts): readonly Hit<Then>[] {
  const hits: Hit<Then>[] = [];
  for (const rule of rules) {
    const sides: readonly (Side | null)[] = rule.perSide ? ['left', 'right'] : [null];
    for (const side of sides) {
      const outcome = evaluate(rule.when, facts, side);
      if (outcome.result === 'true') {
        const evidence = [...new Set(outcome.used)].flatMap((name) => {
          const fact = facts.get(name);
          return fact === undefined ? [] : [{ source: fact.source, detail: fact.detail }];
        });
        hits.push({ rule, side, evidence });
      }
    }
  }
  return hits;
}
