/**
 * When pain ends an exercise. Seed 000's author, across the reader threads (USER-NEEDS.md,
 * "pain from the exercises"): pain is a stop sign, so stop or make the exercise easier; a stretch
 * sensation is fine and never a reason to stop.
 */

/**
 * Pain during an exercise above this score (0-10) stops it and flags it for an easier version.
 * The seeds give no number; 5 is the top of the "acceptable" zone of the pain-monitoring model
 * used in knee rehabilitation (Thomeé 1997, patellofemoral pain: 0-2 safe, 2-5 acceptable,
 * above 5 high risk). A stretch feeling should be rated 0 and never reaches it.
 */
export const PAIN_STOP_ABOVE = 5;

/** True when a pain score (0-10) means: stop this exercise and regress it next time. */
export function isStopPain(pain: number, stopAbove: number = PAIN_STOP_ABOVE): boolean {
  return pain > stopAbove;
}
