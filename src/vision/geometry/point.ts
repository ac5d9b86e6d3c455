/**
 * Small 2D vector helpers over image pixels (y points down).
 */
import type { Pixels } from '../../units.js';
import { pixels } from '../../units.js';

/** A point or vector in image pixels. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Euclidean distance between two points, in pixels. */
export function distance(a: Point, b: Point): Pixels {
  return pixels(Math.hypot(a.x - b.x, a.y - b.y));
}

/** The point halfway between two points. */
export function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** The vector from `from` to `to`. */
export function vector(from: Point, to: Point): Point {
  return { x: to.x - from.x, y: to.y - from.y };
}

/** Unsigned angle between two vectors in radians (0..π); NaN when either has no length. */
export function angleBetween(a: Point, b: Point): number {
  const lengths = Math.hypot(a.x, a.y) * Math.hypot(b.x, b.y);
  if (lengths === 0) {
    return Number.NaN;
  }
  const cos = (a.x * b.x + a.y * b.y) / lengths;
  return Math.acos(Math.min(1, Math.max(-1, cos)));
}
