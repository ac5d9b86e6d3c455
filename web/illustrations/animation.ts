/**
 * An exercise's illustration as data: the view, the props, the keyframe poses and a sentence
 * saying what moves. One `ExerciseAnimation` per catalog exercise id lives in poses/.
 */
import type { Joint, Pose, View } from './skeleton.js';

/** Things drawn around the figure, in figure units (ground at GROUND_Y). */
export type Prop =
  /** A resistance band between two joints, drawn as a coloured line. */
  | { readonly kind: 'band'; readonly between: readonly [Joint, Joint] }
  /** A box step standing on the floor; its top is a support surface. */
  | { readonly kind: 'step'; readonly x: number; readonly width: number; readonly height: number }
  /** A wall seen edge-on: a vertical line at x. */
  | { readonly kind: 'wall'; readonly x: number }
  /** A chair: seat from x to x + width at seatHeight above the floor, backrest on one side or behind. */
  | {
      readonly kind: 'chair';
      readonly x: number;
      readonly width: number;
      readonly seatHeight: number;
      readonly back: 'left' | 'right' | 'behind';
    }
  /**
   * A foam roller lying across the view on the floor, centred at x; seen from above (`length`
   * given) it is drawn lengthwise, centred at (x, y).
   */
  | {
      readonly kind: 'roller';
      readonly x: number;
      readonly radius: number;
      readonly y?: number;
      readonly length?: number;
    }
  /** A massage ball on the floor (or at `y` when something holds it up), centred at x. */
  | { readonly kind: 'ball'; readonly x: number; readonly radius: number; readonly y?: number };

/** One key pose and how long the figure rests in it, in seconds. */
export interface Keyframe {
  readonly pose: Pose;
  readonly holdSeconds?: number;
}

export interface ExerciseAnimation {
  readonly view: View;
  /** What moves, in a sentence, for the SVG's title and screen readers. */
  readonly description: string;
  /** At least two; the figure moves 0 → 1 → … → last → 0. All share one anchor joint. */
  readonly keyframes: readonly Keyframe[];
  readonly props: readonly Prop[];
  /** A joint the exercise works on, marked with a faint ring (a foot arch, a released muscle). */
  readonly focus?: Joint;
  /** Seconds each move between keyframes takes; 1.4 when absent. */
  readonly moveSeconds?: number;
}

/** A horizontal surface a body part can rest on: the floor or a prop's top, in figure units. */
export interface Surface {
  readonly y: number;
  readonly from: number;
  readonly to: number;
}

/** The floor and the tops of the props, each with the x range it covers. */
export function supportSurfaces(props: readonly Prop[], groundY: number, width: number): readonly Surface[] {
  const props_ = props.flatMap((prop): Surface[] => {
    switch (prop.kind) {
      case 'step':
        return [{ y: groundY - prop.height, from: prop.x, to: prop.x + prop.width }];
      case 'chair':
        return [{ y: groundY - prop.seatHeight, from: prop.x, to: prop.x + prop.width }];
      case 'roller':
        return prop.length === undefined
          ? [{ y: groundY - 2 * prop.radius, from: prop.x - prop.radius, to: prop.x + prop.radius }]
          : [];
      case 'ball': {
        const centre = prop.y ?? groundY - prop.radius;
        return [{ y: centre - prop.radius, from: prop.x - prop.radius, to: prop.x + prop.radius }];
      }
      case 'band':
      case 'wall':
        return [];
    }
  });
  return [{ y: groundY, from: 0, to: width }, ...props_];
}
