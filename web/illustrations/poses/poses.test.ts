import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../../src/catalog/catalog.js';
import type { ExerciseAnimation } from '../animation.js';
import { supportSurfaces } from '../animation.js';
import { lowestY, shownLength, solvePose } from '../forward-kinematics.js';
import { cycleSeconds, poseAt } from '../interpolate.js';
import { FIGURE_HEIGHT, FIGURE_WIDTH, GROUND_Y, HEAD_RADIUS, SEGMENT_LENGTHS } from '../skeleton.js';
import type { Joint, Pose, Segment, Side } from '../skeleton.js';
import { EXERCISE_ANIMATIONS } from './index.js';

const animations = Object.entries(EXERCISE_ANIMATIONS).filter(
  (entry): entry is [string, ExerciseAnimation] => entry[1] !== undefined,
);

/** The key poses and eight in-between moments of each animation. */
function samplePoses(animation: ExerciseAnimation): readonly Pose[] {
  const cycle = cycleSeconds(animation);
  const between = Array.from({ length: 8 }, (_, index) => poseAt(animation, (cycle * (index + 0.5)) / 8));
  return [...animation.keyframes.map((frame) => frame.pose), ...between];
}

const BONES: readonly (readonly [Segment, (side: Side) => readonly [Joint, Joint]])[] = [
  ['thigh', (side) => [`${side}Hip`, `${side}Knee`]],
  ['shin', (side) => [`${side}Knee`, `${side}Ankle`]],
  ['foot', (side) => [`${side}Ankle`, `${side}Ball`]],
  ['toe', (side) => [`${side}Ball`, `${side}Toe`]],
  ['upperArm', (side) => [`${side}Shoulder`, `${side}Elbow`]],
  ['forearm', (side) => [`${side}Elbow`, `${side}Wrist`]],
];

describe('EXERCISE_ANIMATIONS', () => {
  it('has a moving picture with at least two key poses for every exercise in the catalog', () => {
    const missing = EXERCISES.filter(
      (exercise) => (EXERCISE_ANIMATIONS[exercise.id]?.keyframes.length ?? 0) < 2,
    );
    expect(missing.map((exercise) => exercise.id)).toEqual([]);
  });

  it('draws no picture for an exercise the catalog does not have', () => {
    const ids = new Set(EXERCISES.map((exercise) => exercise.id));
    expect(animations.map(([id]) => id).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('describes each movement in a sentence for screen readers', () => {
    for (const [id, animation] of animations) {
      expect(animation.description, id).toMatch(/^[A-Z].{30,}\.$/);
    }
  });

  it('keeps every bone its own length in every pose and in between (foreshortening aside)', () => {
    for (const [id, animation] of animations) {
      for (const pose of samplePoses(animation)) {
        const points = solvePose(pose, animation.view);
        for (const side of ['left', 'right'] as const) {
          for (const [segment, ends] of BONES) {
            const [from, to] = ends(side);
            const length = Math.hypot(points[to].x - points[from].x, points[to].y - points[from].y);
            const shown = shownLength(pose, animation.view, side, segment);
            expect(shown, `${id} ${side} ${segment}`).toBeGreaterThan(0);
            expect(shown, `${id} ${side} ${segment}`).toBeLessThanOrEqual(SEGMENT_LENGTHS[segment] + 1e-9);
            expect(Math.abs(length - shown), `${id} ${side} ${segment}`).toBeLessThan(0.01);
          }
        }
        const trunk = Math.hypot(points.neck.x - points.pelvis.x, points.neck.y - points.pelvis.y);
        expect(Math.abs(trunk - SEGMENT_LENGTHS.trunk), id).toBeLessThan(0.01);
      }
    }
  });

  it('keeps every joint and the head inside the picture', () => {
    for (const [id, animation] of animations) {
      for (const pose of samplePoses(animation)) {
        for (const [joint, point] of Object.entries(solvePose(pose, animation.view))) {
          const margin = joint === 'head' ? HEAD_RADIUS : 0;
          expect(Number.isFinite(point.x) && Number.isFinite(point.y), `${id} ${joint}`).toBe(true);
          expect(point.x - margin, `${id} ${joint}`).toBeGreaterThanOrEqual(0);
          expect(point.x + margin, `${id} ${joint}`).toBeLessThanOrEqual(FIGURE_WIDTH);
          expect(point.y - margin, `${id} ${joint}`).toBeGreaterThanOrEqual(0);
          expect(point.y + margin, `${id} ${joint}`).toBeLessThanOrEqual(FIGURE_HEIGHT);
        }
      }
    }
  });

  it('never bends a knee or an elbow backwards in the side view', () => {
    for (const [id, animation] of animations.filter(([, animation]) => animation.view === 'side')) {
      for (const pose of samplePoses(animation)) {
        for (const side of ['left', 'right'] as const) {
          expect(pose.legs[side].knee, `${id} ${side} knee`).toBeGreaterThanOrEqual(-2);
          expect(pose.legs[side].knee, `${id} ${side} knee`).toBeLessThanOrEqual(160);
          expect(pose.arms[side].elbow, `${id} ${side} elbow`).toBeGreaterThanOrEqual(-2);
        }
      }
    }
  });

  it('rests on the floor or on a prop in every key pose, never floating or sinking', () => {
    for (const [id, animation] of animations.filter(([, animation]) => animation.view !== 'above')) {
      const surfaces = supportSurfaces(animation.props, GROUND_Y, FIGURE_WIDTH);
      for (const [index, frame] of animation.keyframes.entries()) {
        const points = solvePose(frame.pose, animation.view);
        expect(lowestY(points), `${id} key pose ${index}`).toBeLessThanOrEqual(GROUND_Y + 1.5);
        const touching = Object.entries(points).filter(([joint, point]) => {
          const bottom = joint === 'head' ? point.y + HEAD_RADIUS : point.y;
          return surfaces.some(
            (surface) =>
              Math.abs(surface.y - bottom) < 3 && point.x >= surface.from - 2 && point.x <= surface.to + 2,
          );
        });
        expect(touching.length, `${id} key pose ${index} touches nothing`).toBeGreaterThan(0);
      }
    }
  });

  it('places every key pose of an exercise by the same joint, so the figure does not jump', () => {
    for (const [id, animation] of animations) {
      const joints = new Set(animation.keyframes.map((frame) => frame.pose.anchor.joint));
      expect(joints.size, id).toBe(1);
    }
  });
});
