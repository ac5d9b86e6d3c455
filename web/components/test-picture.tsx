/**
 * The picture for a self-test: a line drawing of its own position, described in words for
 * screen readers.
 */
import { POSE_DESCRIPTIONS, testFigure } from './test-picture-figures.js';
import type { TestPose } from './test-picture-figures.js';

/** Each self-test's own position (a test without one shows no picture rather than a wrong one). */
export const POSE_OF_TEST: Readonly<Record<string, TestPose>> = {
  'standing-knee': 'front',
  intermalleolar: 'front-knees-together',
  'foot-angle': 'feet-from-above',
  'knee-hyperextension': 'side-knee',
  'anterior-pelvic-tilt': 'side-pelvis',
  'pelvis-position': 'front-hands-on-hips',
  'active-correction': 'front-knees-out',
  'foot-arch': 'foot-arch',
  'big-toe-extension': 'big-toe',
  'knee-to-wall': 'wall',
  'single-leg-balance': 'one-leg',
  'single-leg-squat': 'squat',
  'knee-position-sense': 'half-squat-eyes-closed',
  'groin-stretch': 'lying-butterfly',
  'leg-drop': 'side-lying-leg-drop',
  'straight-leg-raise': 'lying-leg-raise',
};

export function TestPicture({ testId }: { readonly testId: string }) {
  const pose = POSE_OF_TEST[testId];
  if (pose === undefined) {
    return null;
  }
  return (
    <svg
      className="test-picture"
      viewBox="0 0 120 160"
      width="150"
      height="200"
      role="img"
      aria-label={POSE_DESCRIPTIONS[pose]}
      data-pose={pose}
      fill="none"
      stroke="#1d2a2e"
      strokeWidth="4"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {testFigure(pose)}
    </svg>
  );
}
