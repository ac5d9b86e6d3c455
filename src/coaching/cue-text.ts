/**
 * What the voice says, in our own words. Kept apart from the state machine so the wording can
 * change (or be translated) without touching the flow.
 */
import type { BoutSide, Cue, PlayerItem } from './types.js';
import { setCount, targetReps, workMode } from './bouts.js';

export const speak = (text: string): Cue => ({ kind: 'speak', text });
export const BEEP: Cue = { kind: 'beep' };

function sideWords(side: BoutSide): string {
  return side === 'both' ? '' : `, ${side} leg`;
}

function targetWords(item: PlayerItem): string {
  const { dosage } = item;
  const reps = targetReps(dosage);
  switch (workMode(dosage)) {
    case 'hold':
      return reps !== null && reps > 1
        ? `${reps} holds of ${dosage.holdSeconds} seconds`
        : `hold for ${dosage.holdSeconds} seconds`;
    case 'duration':
      return `${dosage.durationSeconds} seconds`;
    case 'reps':
      return `${reps} reps`;
    case 'open':
      return 'go until you feel it working, then tap done';
  }
}

/** Spoken as a bout starts: what, which leg, which set, the target and the first cue. */
export function boutIntro(item: PlayerItem, set: number, side: BoutSide): string {
  const sets = setCount(item);
  const setWords = sets > 1 ? `, set ${set + 1} of ${sets}` : '';
  const cue = item.cues[0];
  const lead = `${item.name}${sideWords(side)}${setWords}: ${targetWords(item)}.`;
  return cue === undefined ? lead : `${lead} ${cue}`;
}

export const sessionStart = (first: PlayerItem): string => `Let's begin. First up: ${first.name}.`;
export const nextExercise = (item: PlayerItem): string => `Next: ${item.name}.`;
export const switchSides = (side: BoutSide, restSeconds: number): string =>
  restSeconds > 0
    ? `Switch to your ${side} leg. Rest ${restSeconds} seconds.`
    : `Switch to your ${side} leg.`;
export const restBetweenSets = (restSeconds: number): string => `Good. Rest for ${restSeconds} seconds.`;
export const HALFWAY = 'Halfway there.';
export const holdAgain = (hold: number, of: number): string => `Relax. Hold ${hold} of ${of}, go.`;
export const painQuestion = (item: PlayerItem): string =>
  `How did ${item.name} feel? Rate any pain from 0 to 10. A stretching feeling is fine and counts as 0.`;
export const painStop = (pain: number): string =>
  `Pain of ${pain} is a stop sign. We'll stop this one and give you an easier version next time.`;
export const PAIN_NOTED = 'Thanks, noted.';
export const SESSION_DONE = 'All done. How does your knee feel now, from 0 to 10?';
export const SESSION_SAVED = 'Session saved. Well done for showing up.';
export const PAUSED = 'Paused.';
export const RESUMED = "Let's carry on.";
