import { describe, expect, it } from 'vitest';
import type { QuestionInput } from './question-types.js';
import { testsSchema } from './self-test-results.js';
import { SELF_TESTS, selfTest } from './self-tests.js';

/** A value a person could enter for this field. */
function sampleValue(input: QuestionInput): unknown {
  switch (input.kind) {
    case 'yes-no':
      return true;
    case 'single':
      return input.options[0]?.value;
    case 'multi':
      return [input.options[0]?.value];
    case 'number':
      return input.min;
    case 'length':
      return { value: 4, unit: 'in' };
  }
}

describe('SELF_TESTS', () => {
  it('has a definition for every result the findings engine reads, and no other', () => {
    expect(SELF_TESTS.map((t) => t.key).sort()).toEqual(Object.keys(testsSchema.shape).sort());
  });

  it('gives each test steps, what it tells us and a source', () => {
    for (const test of SELF_TESTS) {
      expect(test.steps.length, test.id).toBeGreaterThan(1);
      expect(test.tellsUs.length, test.id).toBeGreaterThan(20);
      expect(test.source.section.length, test.id).toBeGreaterThan(3);
    }
  });

  it('builds, from its own fields, a result its schema accepts', () => {
    for (const test of SELF_TESTS) {
      const fields = test.fields.map((field): [string | null, unknown] => [
        field.name,
        sampleValue(field.question.input),
      ]);
      const one: unknown = fields[0]?.[0] === null ? fields[0][1] : Object.fromEntries(fields);
      const result: unknown = test.perSide ? { left: one } : one;
      expect(test.resultSchema.safeParse(result).success, test.id).toBe(true);
    }
  });
});

describe('kneeToWall results', () => {
  it('catches a distance in centimetres entered as inches', () => {
    const parsed = selfTest('knee-to-wall').resultSchema.safeParse({ left: { value: 25, unit: 'in' } });
    expect(parsed.error?.issues[0]?.message).toMatch(/did you mean centimetres/);
  });

  // 16 in is about 40.6 cm, just past the 40 cm the field allows (lengthValue in self-test-results).
  it('takes up to 16 in, and asks about centimetres from just over 16 in', () => {
    const schema = selfTest('knee-to-wall').resultSchema;
    expect(schema.safeParse({ left: { value: 16, unit: 'in' } }).success).toBe(true);
    const over = schema.safeParse({ left: { value: 16.5, unit: 'in' } });
    expect(over.error?.issues[0]?.message).toMatch(/more than 16 in: did you mean centimetres/);
    expect(schema.safeParse({ left: { value: 16.5, unit: 'cm' } }).success).toBe(true);
  });

  it('needs at least one leg', () => {
    expect(selfTest('kneeToWall').resultSchema.safeParse({}).success).toBe(false);
  });
});
