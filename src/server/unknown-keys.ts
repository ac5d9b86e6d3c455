/**
 * Keys a schema dropped: zod's plain objects strip keys they do not know, which would lose a
 * misspelt field without a word. Comparing what came in with what the schema kept names them, so
 * every request schema refuses unknown keys the same way (loose objects and records keep theirs).
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Paths (`log.exercises.0.colour`) of keys in `input` that `parsed` no longer has. */
export function droppedKeys(input: unknown, parsed: unknown, path: readonly string[] = []): string[] {
  if (Array.isArray(input) && Array.isArray(parsed) && input.length === parsed.length) {
    return input.flatMap((item, index) => droppedKeys(item, parsed[index], [...path, String(index)]));
  }
  if (!isPlainObject(input) || !isPlainObject(parsed)) {
    return [];
  }
  return Object.keys(input).flatMap((key) =>
    key in parsed ? droppedKeys(input[key], parsed[key], [...path, key]) : [[...path, key].join('.')],
  );
}
