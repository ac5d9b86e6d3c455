/**
 * A self-test result in words for a clinician: "6 cm", "It drifted inwards", "12 s; knee caved".
 * Reads the test's own field definitions, so a new test needs no change here.
 */
import type { TestField } from '../assessment/self-test-types.js';

type Loose = Readonly<Record<string, unknown>>;
const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One field's value in words, or null when nothing was entered. */
export function fieldWords(field: TestField, value: unknown): string | null {
  const input = field.question.input;
  if (value === undefined || value === null) {
    return null;
  }
  switch (input.kind) {
    case 'yes-no':
      return typeof value === 'boolean'
        ? `${field.question.prompt.replace(/\?$/, '')}: ${value ? 'yes' : 'no'}`
        : null;
    case 'single':
      return (
        input.options.find((option) => option.value === value)?.label ??
        (typeof value === 'string' ? value : null)
      );
    case 'multi':
      return Array.isArray(value)
        ? value
            .map((entry) => input.options.find((option) => option.value === entry)?.label ?? String(entry))
            .join(', ')
        : null;
    case 'number':
      return typeof value === 'number' ? `${value} ${input.unit}` : null;
    case 'length': {
      const length = isRecord(value) ? value : null;
      return length !== null && typeof length.value === 'number' && typeof length.unit === 'string'
        ? `${length.value} ${length.unit}`
        : typeof value === 'number'
          ? `${value} cm`
          : null;
    }
  }
}

/** Everything entered for one leg (or the whole test when `leg` is null), joined with "; ". */
export function entryWords(
  test: { readonly perSide: boolean; readonly fields: readonly TestField[] },
  result: unknown,
  leg: 'left' | 'right' | null,
): string | null {
  const value = test.perSide ? (isRecord(result) && leg !== null ? result[leg] : undefined) : result;
  const parts = test.fields
    .map((field) =>
      fieldWords(field, field.name === null ? value : isRecord(value) ? value[field.name] : undefined),
    )
    .filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join('; ');
}
