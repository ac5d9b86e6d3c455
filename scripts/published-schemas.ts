/**
 * The published schemas in schemas/, compiled with ajv, for the tests that check Kneeline's own
 * output against them (as another tool reading that output would).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';

const schemasDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

const read = (name: string): object => JSON.parse(readFileSync(join(schemasDir, name), 'utf8')) as object;

/** The problems ajv finds in `value` against schemas/`name`, as readable lines; empty when valid. */
export function schemaProblems(name: 'analyze-report.v1.json' | 'export.v1.json', value: unknown): string[] {
  // The schemas carry a pattern beside every date format, so ajv need not know the formats.
  const ajv = new Ajv({ allErrors: true, strict: true, formats: { date: true, 'date-time': true } });
  const validate = ajv.compile(read(name));
  return validate(value)
    ? []
    : (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath} ${error.message ?? ''}`);
}
