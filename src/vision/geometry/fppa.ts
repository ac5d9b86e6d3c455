/**
 * Frontal plane projection angle (FPPA) of one knee.
 *
 * FPPA is the angle between the thigh (hip→knee) and the shank (knee→ankle) in a frontal 2D view:
 * 0° is a straight line, positive when the knee lies medial to the hip–ankle line (valgus),
 * negative when lateral (varus) (Willson et al. 2006; Munro, Herrington & Carolan 2012; NORMS.md).
 */
import type { Degrees } from '../../units.js';
import { degrees, radians, toDegrees } from '../../units.js';
import type { LegSide } from './legs.js';
import { legOf, medialSign } from './legs.js';
import type { Point } from './point.js';
import { angleBetween, vector } from './point.js';
import type { PoseFrame } from './types.js';

/**
 * Signed FPPA from three points and the medial direction (+1: towards image right, −1: left).
 * Returns null when the thigh or shank has no length.
 * @example fppaFromPoints({x:0,y:0}, {x:-10,y:100}, {x:0,y:200}, -1) // ≈ +11.4 (knee medial)
 */
export function fppaFromPoints(hip: Point, knee: Point, ankle: Point, medial: 1 | -1): Degrees | null {
  const thigh = vector(hip, knee);
  const shank = vector(knee, ankle);
  const magnitude = angleBetween(thigh, shank);
  if (Number.isNaN(magnitude)) {
    return null;
  }
  const hipToAnkle = vector(hip, ankle);
  const hipToKnee = thigh;
  const lengthSquared = hipToAnkle.x ** 2 + hipToAnkle.y ** 2;
  const along =
    lengthSquared === 0 ? 0 : (hipToKnee.x * hipToAnkle.x + hipToKnee.y * hipToAnkle.y) / lengthSquared;
  // The knee's offset from the hip–ankle line, across it: its sideways part says medial or lateral.
  const offsetX = hipToKnee.x - along * hipToAnkle.x;
  const sign = offsetX * medial >= 0 ? 1 : -1;
  return degrees(sign * toDegrees(radians(magnitude)));
}

/**
 * Signed FPPA of the person's `side` knee on a frame whose labels are the person's own sides
 * (see `toAnatomicalSides`). Null when the hip, knee or ankle of that leg is missing.
 */
export function kneeFppa(frame: PoseFrame, side: LegSide, mirrored: boolean): Degrees | null {
  const { hip, knee, ankle } = legOf(frame, side);
  if (hip === undefined || knee === undefined || ankle === undefined) {
    return null;
  }
  return fppaFromPoints(hip, knee, ankle, medialSign(frame, side, mirrored));
}

/**
 * The range of FPPA a person can show, degrees: beyond it the three points are not a leg seen from
 * the front (a lunge, a side view, a keypoint on the wrong joint). The one bound the trial, the
 * camera entry and the assessment's self-test field share (an app plausibility limit, not a norm).
 */
export const FPPA_PLAUSIBLE_RANGE = { min: degrees(-45), max: degrees(60) } as const;

/** `fppa` when it lies in FPPA_PLAUSIBLE_RANGE (bounds included), else null: not a knee angle. */
export function plausibleFppa(fppa: Degrees | null): Degrees | null {
  return fppa !== null && fppa >= FPPA_PLAUSIBLE_RANGE.min && fppa <= FPPA_PLAUSIBLE_RANGE.max ? fppa : null;
}
