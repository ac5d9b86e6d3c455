/**
 * Repetition segmentation on a depth signal with hysteresis: a rep begins at the last standing
 * sample before depth crosses `enterDepth`, has its bottom at the deepest sample, and ends at
 * the first sample back below `exitDepth`. Two thresholds keep jitter from splitting a rep.
 */

/** A repetition as positions in the depth array. */
export interface RepWindow {
  readonly start: number;
  readonly bottom: number;
  readonly end: number;
  readonly cutOffAtStart: boolean;
  readonly cutOffAtEnd: boolean;
  /** False when a cut-off rep never rose from its deepest sample (the true bottom may be later). */
  readonly bottomReached: boolean;
}

/** Finds repetitions; `null` depths (no hips or ankles seen) are skipped. */
export function segmentRepetitions(
  depths: readonly (number | null)[],
  thresholds: { readonly enterDepth: number; readonly exitDepth: number },
): RepWindow[] {
  const reps: RepWindow[] = [];
  let lastStanding = -1;
  let open: { start: number; bottom: number; cutOffAtStart: boolean } | null = null;
  let lastSeen = -1;
  for (const [index, depth] of depths.entries()) {
    if (depth === null) {
      continue;
    }
    if (open === null) {
      if (depth >= thresholds.enterDepth) {
        open = {
          start: lastStanding < 0 ? index : lastStanding,
          bottom: index,
          cutOffAtStart: lastStanding < 0,
        };
      } else if (depth < thresholds.exitDepth) {
        lastStanding = index;
      }
    } else if (depth < thresholds.exitDepth) {
      reps.push({ ...open, end: index, cutOffAtEnd: false, bottomReached: true });
      open = null;
      lastStanding = index;
    } else if (depth > (depths[open.bottom] ?? 0)) {
      open.bottom = index;
    }
    lastSeen = index;
  }
  if (open !== null) {
    const { start, bottom, cutOffAtStart } = open;
    const rise = (depths[bottom] ?? 0) - (depths[lastSeen] ?? 0);
    const bottomReached = rise >= (thresholds.enterDepth - thresholds.exitDepth) / 2;
    reps.push({ start, bottom, end: lastSeen, cutOffAtStart, cutOffAtEnd: true, bottomReached });
  }
  return reps;
}
