import { describe, expect, it } from 'vitest';
import { TRIAL_TESTS } from '../geometry/types.js';
import { trialSidesOf } from './test-profiles.js';

describe(trialSidesOf.name, () => {
  it('offers each leg on its own for the single-leg squat and the step-down', () => {
    expect(trialSidesOf('single-leg-squat')).toEqual(['left', 'right']);
    expect(trialSidesOf('step-down')).toEqual(['left', 'right']);
  });

  it('offers both legs together for every other test', () => {
    const others = TRIAL_TESTS.filter((test) => test !== 'single-leg-squat' && test !== 'step-down');
    expect(others.map(trialSidesOf)).toEqual(others.map(() => ['both']));
  });
});
