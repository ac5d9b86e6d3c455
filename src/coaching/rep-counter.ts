/**
 * Reps counted by the camera, credited to the session player: each rep the live tracker finishes
 * during a bout becomes one "rep done", on top of any the person taps (tapping stays the fallback
 * when the camera loses them). The tracker's count runs on across sets, so each bout starts from
 * the count it found.
 */

export interface CameraRepCredit {
  /** The bout the count belongs to (exercise, set, side), or null before the first. */
  readonly bout: string | null;
  /** The tracker's count when this bout began. */
  readonly baseline: number;
  /** Reps of this bout already passed to the player. */
  readonly credited: number;
}

export const NO_CAMERA_REPS: CameraRepCredit = { bout: null, baseline: 0, credited: 0 };

/**
 * Feeds the tracker's running count for `bout`; returns how many new reps to send to the player.
 * A new bout takes the current count as its baseline (nothing credited for reps of the last
 * one); a count that went down (the tracker restarted) restarts the baseline, keeping what was
 * credited.
 */
export function creditCameraReps(
  credit: CameraRepCredit,
  bout: string,
  trackerReps: number,
): { readonly credit: CameraRepCredit; readonly newReps: number } {
  if (credit.bout !== bout) {
    return { credit: { bout, baseline: trackerReps, credited: 0 }, newReps: 0 };
  }
  if (trackerReps < credit.baseline + credit.credited) {
    return { credit: { ...credit, baseline: trackerReps - credit.credited }, newReps: 0 };
  }
  const total = trackerReps - credit.baseline;
  return { credit: { ...credit, credited: total }, newReps: total - credit.credited };
}
