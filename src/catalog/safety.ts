/**
 * Stop rules and stand-ins shared by many exercises, written once so every exercise says the
 * same thing in the same words.
 */
import type { Substitute } from './types.js';

/**
 * The author's rule for every exercise: never push into pain (seed 000, reader answers:
 * "do not push into anything that gives you pain"). A stretch feeling is expected; pain is not.
 */
export const STOP_IF_PAIN =
  'Stop if it hurts: sharp, pinching or growing pain is a signal to stop, not to push through.';

/** For stretches: the difference between a stretch and pain. */
export const STOP_IF_STRETCH_TURNS_PAINFUL =
  'Ease off if the pull turns into pain, pins and needles or numbness; a strong, even stretch is fine.';

/** For releases: pressure over a tender spot is fine, pain that lingers is not. */
export const STOP_IF_RELEASE_TOO_HARD =
  'Take weight off the roller if you cannot keep the muscle relaxed, or if tenderness turns into pain that lasts after you roll off.';

/** For loaded single-leg work: the knee giving way or caving in. */
export const STOP_IF_KNEE_CAVES =
  'Stop the set when the knee keeps caving in despite your cue, or if the knee feels unstable.';

/** A massage ball stands in for a foam roller. */
export const BALL_FOR_ROLLER: Substitute = {
  for: 'foam-roller',
  use: 'a massage ball, moved over the same area in small sections',
};
/** A foam roller stands in for a massage ball, less precisely. */
export const ROLLER_FOR_BALL: Substitute = {
  for: 'massage-ball',
  use: 'the end of a foam roller, with less precise pressure',
};
/** A staircase's bottom stair is a step. */
export const STAIRS_FOR_STEP: Substitute = { for: 'step', use: 'the bottom stair of a staircase' };
/** A bed edge or a sofa is a chair. */
export const BED_FOR_CHAIR: Substitute = {
  for: 'chair',
  use: 'the edge of a bed or a firm sofa of about knee height',
};
/** A door frame is a wall. */
export const DOOR_FOR_WALL: Substitute = { for: 'wall', use: 'a door frame' };
/** Nothing replaces the band's pull; say so and say what to do instead. */
export const NO_BAND_SUBSTITUTE: Substitute = {
  for: 'band',
  use: 'nothing gives the same pull (there is no real stand-in), so do the movement without it and press the knees out on your own',
};
