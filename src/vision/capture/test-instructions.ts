/**
 * What to do for each camera test, in our words: the steps shown before recording, the words said
 * at the start, and the longest a recording runs. Timings are app choices.
 */
import type { TrialTest } from '../geometry/types.js';
import type { TrialSide } from '../trial/types.js';

export interface TestInstructions {
  readonly title: string;
  readonly steps: readonly string[];
  /** Said (and shown) when the recording starts. */
  readonly go: string;
  /** The recording stops by itself after this long, ms. */
  readonly maxMs: number;
}

const legName = (side: TrialSide): string => (side === 'right' ? 'right' : 'left');

/** The instructions for a test (and, for single-leg tests, the standing leg). */
export function testInstructions(test: TrialTest, side: TrialSide): TestInstructions {
  switch (test) {
    case 'standing':
      return {
        title: 'Standing knee test',
        steps: [
          'Wear shorts or fitted trousers. Stand about 2 to 3 metres from the camera, facing it.',
          'March on the spot for a few seconds, then stop and let your legs settle. For the ankle gap, let your knees touch lightly.',
          'Stand still while we record for 5 seconds.',
        ],
        go: 'Stand still.',
        maxMs: 5000,
      };
    case 'squat':
      return {
        title: 'Double-leg squat',
        steps: [
          'Stand facing the camera, feet hip-width apart, toes forward.',
          'When the recording starts, do 5 slow squats, as deep as is comfortable.',
          'Press Done when you have finished.',
        ],
        go: 'Go: 5 slow squats.',
        maxMs: 40_000,
      };
    case 'single-leg-squat':
      return {
        title: `Single-leg squat, ${legName(side)} leg`,
        steps: [
          `Stand facing the camera on your ${legName(side)} leg, a chair or wall near for balance.`,
          'When the recording starts, bend the standing knee slowly as far as you can control, then come back up. Do 5.',
          'Press Done when you have finished.',
        ],
        go: `Go: 5 single-leg squats on your ${legName(side)} leg.`,
        maxMs: 40_000,
      };
    case 'step-down':
      return {
        title: `Step-down, ${legName(side)} leg`,
        steps: [
          `Stand on a low step facing the camera, on your ${legName(side)} leg.`,
          'Slowly lower the other heel to touch the floor in front of the step, then straighten up. Do 5.',
          'Press Done when you have finished.',
        ],
        go: 'Go: 5 slow step-downs.',
        maxMs: 40_000,
      };
    case 'drop-landing':
      return {
        title: 'Drop landing',
        steps: [
          'Stand on a sturdy low box or step (about 30 cm) facing the camera, with the whole box and floor in view.',
          'Drop off it and land softly on both feet, then step back up. Do 3 to 5 landings.',
          'Only do this if landing from a step is comfortable for you. Press Done when you have finished.',
        ],
        go: 'Go: drop off and land softly.',
        maxMs: 40_000,
      };
  }
}
