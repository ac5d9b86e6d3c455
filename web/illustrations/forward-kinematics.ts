/**
 * Forward kinematics for the stick figure: a pose's joint angles (degrees) become joint
 * positions in figure units. Segment lengths come from SEGMENT_LENGTHS, so every solved pose
 * keeps the body's proportions; only declared foreshortening shortens a segment.
 */
import { degrees, toRadians } from '../../src/units.js';
import { GROUND_Y, HEAD_RADIUS, HIP_HALF_WIDTH, SEGMENT_LENGTHS, SHOULDER_HALF_WIDTH } from './skeleton.js';
import type { Joint, Point, Pose, Segment, SkeletonPoints, Side, View } from './skeleton.js';

/** How much of each segment shows when the pose does not say: front views see the feet end-on. */
export function defaultForeshortening(view: View, segment: Segment): number {
  return view !== 'side' && (segment === 'foot' || segment === 'toe') ? 0.35 : 1;
}

/** The shown length of one side's segment in this pose, in figure units. */
export function shownLength(pose: Pose, view: View, side: Side, segment: Segment): number {
  const key = `${side}${segment.charAt(0).toUpperCase()}${segment.slice(1)}` as keyof Pose['fore'];
  return SEGMENT_LENGTHS[segment] * (pose.fore[key] ?? defaultForeshortening(view, segment));
}

/** The unit vector of `angle` degrees measured from the trunk's "down", turned by the trunk tilt. */
function direction(tiltDegrees: number, angleDegrees: number, sign: number): Point {
  const tilt = toRadians(degrees(tiltDegrees));
  const angle = toRadians(degrees(angleDegrees));
  const x = sign * Math.sin(angle);
  const y = Math.cos(angle);
  return { x: x * Math.cos(tilt) - y * Math.sin(tilt), y: x * Math.sin(tilt) + y * Math.cos(tilt) };
}

function step(from: Point, toward: Point, length: number): Point {
  return { x: from.x + toward.x * length, y: from.y + toward.y * length };
}

/** +1 for limbs drawn towards +x: both limbs in the side view, the person's left in the front view. */
function sideSign(view: View, side: Side): number {
  return view === 'side' || side === 'left' ? 1 : -1;
}

function solveLeg(pose: Pose, view: View, side: Side, hip: Point): Partial<Record<Joint, Point>> {
  const leg = pose.legs[side];
  const sign = sideSign(view, side);
  const shinAngle = leg.hip - leg.knee;
  const footAngle = shinAngle + 90 + leg.ankle;
  const knee = step(hip, direction(pose.trunk, leg.hip, sign), shownLength(pose, view, side, 'thigh'));
  const ankle = step(knee, direction(pose.trunk, shinAngle, sign), shownLength(pose, view, side, 'shin'));
  const ball = step(ankle, direction(pose.trunk, footAngle, sign), shownLength(pose, view, side, 'foot'));
  const toe = step(
    ball,
    direction(pose.trunk, footAngle + leg.toe, sign),
    shownLength(pose, view, side, 'toe'),
  );
  return {
    [`${side}Hip`]: hip,
    [`${side}Knee`]: knee,
    [`${side}Ankle`]: ankle,
    [`${side}Ball`]: ball,
    [`${side}Toe`]: toe,
  };
}

function solveArm(pose: Pose, view: View, side: Side, shoulder: Point): Partial<Record<Joint, Point>> {
  const arm = pose.arms[side];
  const sign = sideSign(view, side);
  const elbow = step(
    shoulder,
    direction(pose.trunk, arm.shoulder, sign),
    shownLength(pose, view, side, 'upperArm'),
  );
  const wrist = step(
    elbow,
    direction(pose.trunk, arm.shoulder + arm.elbow, sign),
    shownLength(pose, view, side, 'forearm'),
  );
  return { [`${side}Shoulder`]: shoulder, [`${side}Elbow`]: elbow, [`${side}Wrist`]: wrist };
}

/** The joints with the pelvis at the origin. */
function solveAtOrigin(pose: Pose, view: View): SkeletonPoints {
  const pelvis = { x: 0, y: 0 };
  const neck = step(pelvis, direction(pose.trunk, 180, 1), SEGMENT_LENGTHS.trunk);
  const head = step(neck, direction(pose.trunk + pose.head, 180, 1), SEGMENT_LENGTHS.neck + HEAD_RADIUS);
  const across = direction(pose.trunk, 90, 1);
  const hipLine = direction(pose.trunk + pose.pelvisTilt, 90, 1);
  const front = view !== 'side';
  const hipOffset = front ? HIP_HALF_WIDTH : 0;
  const shoulderOffset = front ? SHOULDER_HALF_WIDTH : 0;
  return {
    pelvis,
    neck,
    head,
    ...solveLeg(pose, view, 'left', step(pelvis, hipLine, hipOffset)),
    ...solveLeg(pose, view, 'right', step(pelvis, hipLine, -hipOffset)),
    ...solveArm(pose, view, 'left', step(neck, across, shoulderOffset)),
    ...solveArm(pose, view, 'right', step(neck, across, -shoulderOffset)),
  } as SkeletonPoints;
}

/** The largest y of the figure (its lowest point on screen), counting the head's circle. */
export function lowestY(points: SkeletonPoints): number {
  const ys = Object.entries(points).map(([joint, point]) =>
    joint === 'head' ? point.y + HEAD_RADIUS : point.y,
  );
  return Math.max(...ys);
}

function translate(points: SkeletonPoints, dx: number, dy: number): SkeletonPoints {
  const moved = Object.entries(points).map(([joint, point]) => [joint, { x: point.x + dx, y: point.y + dy }]);
  return Object.fromEntries(moved) as SkeletonPoints;
}

/**
 * Every joint's position for a pose, placed by its anchor (on the floor at GROUND_Y when the
 * anchor gives no y).
 * @example solvePose(standing, 'side').head // { x: 100, y: ... } above the pelvis
 */
export function solvePose(pose: Pose, view: View): SkeletonPoints {
  const points = solveAtOrigin(pose, view);
  const anchor = points[pose.anchor.joint];
  const dx = pose.anchor.x - anchor.x;
  const dy = pose.anchor.y === undefined ? GROUND_Y - lowestY(points) : pose.anchor.y - anchor.y;
  return translate(points, dx, dy);
}
