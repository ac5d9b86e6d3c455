/**
 * Plain words for the program's vocabulary: driver names, block titles, sides, body areas.
 */
import type { Block, Driver, Equipment, Source } from '../catalog/types.js';
import { driverArea } from '../catalog/driver-area.js';
import type { Sides } from '../assessment/types.js';

/** A driver in words a user recognises. */
export const DRIVER_LABELS: Readonly<Record<Driver, string>> = {
  'foot-pronation': 'a flat (pronated) foot',
  'ankle-dorsiflexion': 'stiff ankles (limited dorsiflexion)',
  'hip-abductor-weakness': 'weak hip abductors (side of the hip)',
  'hip-external-rotator-weakness': 'weak hip external rotators (back and side of the hip)',
  'adductor-tightness': 'tight inner thighs (adductors)',
  'tfl-tightness': 'a tight front-outer hip (TFL)',
  'tibial-external-rotation': 'a shin that turns outwards (tibial external rotation)',
  'quadriceps-weakness': 'weak thigh muscles (quadriceps)',
  'anterior-pelvic-tilt': 'a forward-tilted pelvis (anterior pelvic tilt)',
  'pelvis-rotation': 'a rotated pelvis',
  'big-toe-extension': 'a stiff big toe (limited extension)',
  'knee-position-sense': 'a poor sense of where the knee is (knee position sense)',
};

/**
 * True for the foot and ankle drivers, the ones worked on first: the knee follows the foot
 * (seed 000, author's replies; seed 001, "Key #1": foot and ankle are the foundation).
 */
export function isFootOrAnkle(driver: Driver): boolean {
  const area = driverArea(driver);
  return area === 'foot' || area === 'ankle';
}

/** Block titles as the session shows them. */
export const BLOCK_TITLES: Readonly<Record<Block, string>> = {
  release: 'Release',
  stretch: 'Stretch',
  'tibial-rotation': 'Shin rotation',
  strength: 'Strengthen',
  alignment: 'Keep the leg in line',
  'walking-pattern': 'Foot and ankle (walking pattern)',
  pelvis: 'Pelvis',
  'anti-valgus': 'Anti-valgus training',
  habits: 'Habits',
};

export const EQUIPMENT_LABELS: Readonly<Record<Equipment, string>> = {
  'foam-roller': 'a foam roller',
  'massage-ball': 'a massage ball',
  band: 'a resistance band',
  step: 'a step',
  wall: 'a wall',
  chair: 'a chair',
  none: 'nothing',
};

/** "the right side", "both sides". */
export function sidesWords(sides: Sides): string {
  return sides === 'both' ? 'both sides' : `the ${sides} side`;
}

/** "seed 000, 'Improve arch support'". */
export function sourceWords(source: Source): string {
  return `seed ${source.seed}, "${source.section}"`;
}
