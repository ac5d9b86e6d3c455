/** Every exercise's illustration, by catalog exercise id. */
import type { ExerciseAnimation } from '../animation.js';
import { ALIGNMENT_ANIMATIONS } from './alignment.js';
import { FLOOR_SIDE_ANIMATIONS } from './floor-side.js';
import { LYING_FRONT_ANIMATIONS } from './lying-front.js';
import { SEATED_ANIMATIONS } from './seated.js';
import { STANDING_FRONT_ANIMATIONS } from './standing-front.js';
import { STANDING_SIDE_ANIMATIONS } from './standing-side.js';

export const EXERCISE_ANIMATIONS: Readonly<Partial<Record<string, ExerciseAnimation>>> = {
  ...ALIGNMENT_ANIMATIONS,
  ...STANDING_SIDE_ANIMATIONS,
  ...STANDING_FRONT_ANIMATIONS,
  ...FLOOR_SIDE_ANIMATIONS,
  ...LYING_FRONT_ANIMATIONS,
  ...SEATED_ANIMATIONS,
};
