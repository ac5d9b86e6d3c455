import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SELF_TESTS } from '../../src/assessment/self-tests.js';
import { EXERCISES } from '../../src/catalog/catalog.js';
import { EXERCISE_ANIMATIONS } from '../illustrations/poses/index.js';
import { POSE_OF_TEST, TestPicture } from './test-picture.js';

describe('TestPicture', () => {
  it('gives every self-test a picture of its own position', () => {
    const missing = SELF_TESTS.filter((test) => POSE_OF_TEST[test.id] === undefined).map((test) => test.id);
    expect(missing).toEqual([]);
    const poses = SELF_TESTS.map((test) => POSE_OF_TEST[test.id]);
    expect(new Set(poses).size).toBe(SELF_TESTS.length);
  });

  it('shows a test done lying down with a person lying down, never standing', () => {
    const lying = SELF_TESTS.filter((test) => /^Lie\b/.test(test.steps[0] ?? ''));
    expect(lying.map((test) => test.id)).toEqual(expect.arrayContaining(['leg-drop', 'straight-leg-raise']));
    for (const test of lying) {
      expect(POSE_OF_TEST[test.id], test.id).toMatch(/lying/);
    }
    expect(POSE_OF_TEST['leg-drop']).toBe('side-lying-leg-drop');
  });

  it('describes each picture in words', () => {
    for (const test of SELF_TESTS) {
      const html = renderToString(<TestPicture testId={test.id} />);
      expect(html, test.id).toMatch(/role="img" aria-label="[^"]{20,}"/);
    }
  });
});

describe('exercise pictures', () => {
  it('gives every exercise in the catalog its own moving picture', () => {
    expect(
      EXERCISES.filter((exercise) => EXERCISE_ANIMATIONS[exercise.id] === undefined).map((e) => e.id),
    ).toEqual([]);
  });
});
