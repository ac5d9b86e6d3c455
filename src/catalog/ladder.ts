/** Progression ladders: exercises of one pattern linked easiest to hardest. */
import type { Exercise } from './types.js';

/**
 * The whole ladder `start` sits on, easiest first, following `regression` links down and
 * `progression` links up. Stops at a link that does not resolve or at a repeat, so a broken
 * table cannot loop; validation reports such links separately.
 */
export function ladderFrom(byId: ReadonlyMap<string, Exercise>, start: Exercise): readonly Exercise[] {
  const seen = new Set<string>([start.id]);
  let bottom = start;
  for (
    let next = lookup(byId, bottom.regression);
    next && !seen.has(next.id);
    next = lookup(byId, bottom.regression)
  ) {
    seen.add(next.id);
    bottom = next;
  }
  const ladder: Exercise[] = [bottom];
  const onLadder = new Set<string>([bottom.id]);
  for (
    let next = lookup(byId, bottom.progression);
    next && !onLadder.has(next.id);
    next = lookup(byId, next.progression)
  ) {
    onLadder.add(next.id);
    ladder.push(next);
  }
  return ladder;
}

function lookup(byId: ReadonlyMap<string, Exercise>, id: string | undefined): Exercise | undefined {
  return id === undefined ? undefined : byId.get(id);
}
