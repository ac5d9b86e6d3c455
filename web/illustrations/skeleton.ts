/**
 * The stick figure's body: joint names, segment lengths and the pose a keyframe gives.
 * Lengths are in figure units (the SVG viewBox is FIGURE_WIDTH x FIGURE_HEIGHT, ground at GROUND_Y);
 * angles are in degrees (see `LimbAngles`).
 */
import type { Side } from '../../src/assessment/types.js';

/** The figure's viewBox size and the floor line, in figure units. */
export const FIGURE_WIDTH = 200;
export const FIGURE_HEIGHT = 160;
export const GROUND_Y = 150;

/** Segment lengths in figure units; constant for every pose (foreshortening aside). */
export const SEGMENT_LENGTHS = {
  trunk: 38,
  neck: 6,
  upperArm: 20,
  forearm: 19,
  thigh: 30,
  shin: 30,
  foot: 10,
  toe: 4,
} as const;
export type Segment = keyof typeof SEGMENT_LENGTHS;

/** Head radius and the half-widths of pelvis and shoulders as seen from the front. */
export const HEAD_RADIUS = 8;
export const HIP_HALF_WIDTH = 7;
export const SHOULDER_HALF_WIDTH = 11;

/** Which limb: in the front view 'left' is the person's left (the viewer's right). */
export type { Side };

export const JOINTS = [
  'pelvis',
  'neck',
  'head',
  'leftShoulder',
  'leftElbow',
  'leftWrist',
  'rightShoulder',
  'rightElbow',
  'rightWrist',
  'leftHip',
  'leftKnee',
  'leftAnkle',
  'leftBall',
  'leftToe',
  'rightHip',
  'rightKnee',
  'rightAnkle',
  'rightBall',
  'rightToe',
] as const;
export type Joint = (typeof JOINTS)[number];

/** A point in figure units (y grows downwards, as in SVG). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Every joint's position: what a pose solves to and what the figure draws. */
export type SkeletonPoints = Readonly<Record<Joint, Point>>;

/**
 * A leg's angles in degrees, each relative to the segment above it.
 * Side view: `hip` is flexion (thigh forward of the trunk line), `knee` is flexion (the shin
 * folds back; never negative), `ankle` is dorsiflexion from a right angle (negative points the
 * toes), `toe` is big-toe extension. Front view: `hip` is abduction (outwards), `knee` turns the
 * shin back towards the midline (positive: knee out over the foot, negative: knee caving in),
 * `ankle` turns the foot stub (front views foreshorten it).
 */
export interface LegAngles {
  readonly hip: number;
  readonly knee: number;
  readonly ankle: number;
  readonly toe: number;
}

/** An arm's angles in degrees: shoulder flexion (front view: abduction) and elbow flexion. */
export interface ArmAngles {
  readonly shoulder: number;
  readonly elbow: number;
}

/** How much of a segment's length shows when it points towards or away from the viewer (0..1]. */
export type Foreshortening = Readonly<Partial<Record<`${Side}${Capitalize<Segment>}`, number>>>;

/** Where the figure is placed: this joint sits at x (and at y, or on the floor when y is absent). */
export interface Anchor {
  readonly joint: Joint;
  readonly x: number;
  readonly y?: number;
}

/**
 * One keyframe pose. `trunk` tilts the whole body in degrees: 0 upright, positive leans
 * forward (front view: towards the viewer's right), -90 lies with the head on the left.
 * `head` tilts the head from the trunk line; `pelvisTilt` drops the person's left hip in the
 * front view (positive) for hip hitches.
 */
export interface Pose {
  readonly anchor: Anchor;
  readonly trunk: number;
  readonly head: number;
  readonly pelvisTilt: number;
  readonly legs: Readonly<Record<Side, LegAngles>>;
  readonly arms: Readonly<Record<Side, ArmAngles>>;
  readonly fore: Foreshortening;
}

/**
 * The projection the figure is drawn in: 'front' (alignment work; side-lying uses it turned on
 * its side), 'side' (hinges, lunges, floor work seen from the side), 'above' (lying on the back
 * seen from the ceiling: the front view's angles, no floor line).
 */
export type View = 'front' | 'side' | 'above';
