/**
 * Writing poses in screen terms: limb directions as world angles in degrees (0 points straight
 * down, positive turns towards +x on screen), turned here into the joint angles a `Pose` holds.
 * `sign` is +1 for every limb in the side view and for the person's left in front views, -1
 * for the person's right in front views (their limbs mirror).
 */
import type { ArmAngles, LegAngles, Point, Side, View } from '../skeleton.js';
import { SEGMENT_LENGTHS } from '../skeleton.js';

/** +1 or -1, see the file comment. */
export function limbSign(view: View, side: Side): 1 | -1 {
  return view === 'side' || side === 'left' ? 1 : -1;
}

export interface WorldLeg {
  readonly thigh: number;
  readonly shin: number;
  /** Foot direction; flat and pointing forward (90) in the side view, 25 degrees out in front views. */
  readonly foot?: number;
  /** Big-toe direction; in line with the foot when absent. */
  readonly toe?: number;
}

/** The same angle in (-180, 180] degrees, so tweens never spin the long way round. */
export function wrapDegrees(angle: number): number {
  const wrapped = ((angle % 360) + 360) % 360;
  return wrapped > 180 ? wrapped - 360 : wrapped;
}

/** Leg joint angles from world directions, for a trunk tilted `trunk` degrees. */
export function legFromWorld(world: WorldLeg, trunk: number, sign: 1 | -1, view: View): LegAngles {
  const defaultFoot = view === 'side' ? 90 : world.shin + sign * 25;
  const foot = world.foot ?? defaultFoot;
  return {
    hip: wrapDegrees(sign * (world.thigh + trunk)),
    knee: wrapDegrees(sign * (world.thigh - world.shin)),
    ankle: wrapDegrees(sign * (foot - world.shin) - 90),
    toe: wrapDegrees(sign * ((world.toe ?? foot) - foot)),
  };
}

/** Arm joint angles from world directions of the upper arm and forearm. */
export function armFromWorld(upper: number, forearm: number, trunk: number, sign: 1 | -1): ArmAngles {
  return { shoulder: wrapDegrees(sign * (upper + trunk)), elbow: wrapDegrees(sign * (forearm - upper)) };
}

const toDeg = (radians: number): number => (radians * 180) / Math.PI;

/**
 * World angles of a two-segment limb from `from` that ends at `to` (two-link reach): `first`
 * and `second` are the shown segment lengths. `bend` +1 puts the middle joint on the +x side of
 * the from-to line. A target out of reach gives a straight limb pointing at it.
 */
export function twoLink(
  from: Point,
  to: Point,
  first: number,
  second: number,
  bend: 1 | -1,
): readonly [number, number] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const distance = Math.min(Math.hypot(dx, dy), first + second - 1e-6);
  const toward = toDeg(Math.atan2(dx, dy));
  const cosine = (first ** 2 + distance ** 2 - second ** 2) / (2 * first * distance);
  const firstAngle = toward + bend * toDeg(Math.acos(Math.min(1, Math.max(-1, cosine))));
  const middleX = from.x + first * Math.sin((firstAngle * Math.PI) / 180);
  const middleY = from.y + first * Math.cos((firstAngle * Math.PI) / 180);
  return [firstAngle, toDeg(Math.atan2(to.x - middleX, to.y - middleY))];
}

/** Thigh and shin world angles that put the ankle at `ankle` from the hip (knee towards `bend`). */
export function reach(hip: Point, ankle: Point, bend: 1 | -1, thighScale = 1, shinScale = 1): WorldLeg {
  const [thigh, shin] = twoLink(
    hip,
    ankle,
    SEGMENT_LENGTHS.thigh * thighScale,
    SEGMENT_LENGTHS.shin * shinScale,
    bend,
  );
  return { thigh, shin };
}

/** Upper-arm and forearm world angles that put the wrist at `wrist` (elbow towards `bend`). */
export function armReach(
  shoulder: Point,
  wrist: Point,
  bend: 1 | -1,
  upperScale = 1,
  forearmScale = 1,
): readonly [number, number] {
  return twoLink(
    shoulder,
    wrist,
    SEGMENT_LENGTHS.upperArm * upperScale,
    SEGMENT_LENGTHS.forearm * forearmScale,
    bend,
  );
}
