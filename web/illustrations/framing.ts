/**
 * The part of the figure box an exercise needs: the union of every pose it passes through and
 * its props, padded. Lying figures then fill the picture instead of a strip along the floor.
 * One frame per animation, so the camera never moves while the figure does.
 */
import type { ExerciseAnimation, Prop } from './animation.js';
import { solvePose } from './forward-kinematics.js';
import { cycleSeconds, poseAt } from './interpolate.js';
import { FIGURE_HEIGHT, FIGURE_WIDTH, GROUND_Y, HEAD_RADIUS } from './skeleton.js';

/** A rectangle in figure units. */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const PADDING = 10;
/** The smallest frame side, in figure units, so a compact pose still has room around it. */
const MIN_SIZE = 60;

/** A prop's extent as [left, top, right], or null for props drawn on the figure. */
function propBox(prop: Prop): readonly [number, number, number] | null {
  switch (prop.kind) {
    case 'step':
      return [prop.x, GROUND_Y - prop.height, prop.x + prop.width];
    case 'chair':
      return [prop.x, GROUND_Y - prop.seatHeight - 40, prop.x + prop.width];
    case 'roller': {
      const half = prop.length === undefined ? prop.radius : prop.length / 2;
      const top = prop.length === undefined ? GROUND_Y - 2 * prop.radius : (prop.y ?? 0) - prop.radius;
      return [prop.x - half, top, prop.x + half];
    }
    case 'ball':
      return [prop.x - prop.radius, (prop.y ?? GROUND_Y - prop.radius) - prop.radius, prop.x + prop.radius];
    case 'wall':
      return [prop.x, GROUND_Y, prop.x + 6];
    case 'band':
      return null;
  }
}

/** [low, high] grown to at least `least` around its middle and kept inside [0, limit]. */
function span(low: number, high: number, least: number, limit: number): readonly [number, number] {
  const size = Math.min(limit, Math.max(least, high - low));
  const start = Math.min(Math.max(0, (low + high) / 2 - size / 2), limit - size);
  return [start, size];
}

/**
 * The frame that shows the whole movement and its props, padded, at least MIN_SIZE each way,
 * reaching down to the floor line except in the view from above.
 */
export function frameFor(animation: ExerciseAnimation): Frame {
  const cycle = cycleSeconds(animation);
  const poses = Array.from({ length: 24 }, (_, index) => poseAt(animation, (cycle * index) / 24));
  const points = poses.flatMap((pose) =>
    Object.entries(solvePose(pose, animation.view)).flatMap(([joint, point]) =>
      joint === 'head'
        ? [
            { x: point.x - HEAD_RADIUS, y: point.y - HEAD_RADIUS },
            { x: point.x + HEAD_RADIUS, y: point.y + HEAD_RADIUS },
          ]
        : [point],
    ),
  );
  const boxes = animation.props.map(propBox).filter((box) => box !== null);
  const xs = [...points.map((point) => point.x), ...boxes.flatMap((box) => [box[0], box[2]])];
  const ys = [...points.map((point) => point.y), ...boxes.map((box) => box[1])];
  const bottom = animation.view === 'above' ? Math.max(...ys) + PADDING : FIGURE_HEIGHT;
  const [x, width] = span(Math.min(...xs) - PADDING, Math.max(...xs) + PADDING, MIN_SIZE, FIGURE_WIDTH);
  const [y, height] = span(Math.min(...ys) - PADDING, bottom, MIN_SIZE, FIGURE_HEIGHT);
  return { x, y, width, height };
}
