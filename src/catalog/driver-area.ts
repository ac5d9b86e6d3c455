/** Where each driver sits in the body, for the body diagram and "foot first" ordering. */
import type { BodyArea, Driver } from './types.js';

/** One body area per driver; a table so a clinician can read and change it. */
export const DRIVER_AREAS: Readonly<Record<Driver, BodyArea>> = {
  'foot-pronation': 'foot',
  'big-toe-extension': 'foot',
  'ankle-dorsiflexion': 'ankle',
  'tibial-external-rotation': 'knee',
  'quadriceps-weakness': 'knee',
  'hip-abductor-weakness': 'hip',
  'hip-external-rotator-weakness': 'hip',
  'adductor-tightness': 'hip',
  'tfl-tightness': 'hip',
  'anterior-pelvic-tilt': 'pelvis',
  'pelvis-rotation': 'pelvis',
  'knee-position-sense': 'awareness',
};

/**
 * The body area a driver belongs to.
 * @example driverArea('ankle-dorsiflexion') // 'ankle'
 */
export function driverArea(driver: Driver): BodyArea {
  return DRIVER_AREAS[driver];
}
