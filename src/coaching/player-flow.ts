/**
 * The player's transitions: entering a bout, finishing it, resting, moving to the next exercise,
 * stepping back. Each returns the next state and the cues to play.
 */
import type { BoutPosition, Cue, ItemOutcome, PlayerItem, PlayerState, StepResult } from './types.js';
import * as say from './cue-text.js';
import { boutOrdinal, firstBout, nextBout, sideOrder, timedMs } from './bouts.js';

/** An exercise's outcome before anything happened. */
export const FRESH_OUTCOME: ItemOutcome = {
  painDuring: null,
  stoppedForPain: false,
  skipped: null,
  caveIns: { left: 0, right: 0 },
  notes: [],
};

/** The item at an index; the state machine only ever holds valid indexes. */
export function itemAt(state: PlayerState, index: number): PlayerItem {
  const item = state.items[index];
  if (item === undefined) {
    throw new RangeError(`No exercise at position ${index}`);
  }
  return item;
}

/** The outcome of one item, changed by `change`. */
export function withOutcome(
  state: PlayerState,
  index: number,
  change: (outcome: ItemOutcome) => ItemOutcome,
): PlayerState {
  return { ...state, outcomes: state.outcomes.map((o, i) => (i === index ? change(o) : o)) };
}

/** Start a bout: a beep, then what to do. */
export function enterWork(state: PlayerState, at: BoutPosition, lead: readonly Cue[] = []): StepResult {
  const item = itemAt(state, at.itemIndex);
  const side = sideOrder(item)[at.sideIndex] ?? 'both';
  return {
    state: { ...state, phase: { kind: 'work', at, reps: 0, holdMs: 0, remainingMs: timedMs(item.dosage) } },
    cues: [...lead, say.BEEP, say.speak(say.boutIntro(item, at.set, side))],
  };
}

/** Record the bout in progress and go on: rest, other side, pain check. */
export function completeBout(state: PlayerState): StepResult {
  const { phase } = state;
  if (phase.kind !== 'work') {
    return { state, cues: [] };
  }
  const item = itemAt(state, phase.at.itemIndex);
  const recorded: PlayerState = {
    ...state,
    bouts: [...state.bouts, { at: phase.at, reps: phase.reps, holdMs: phase.holdMs }],
  };
  const next = nextBout(item, phase.at);
  if (next === null) {
    return {
      state: { ...recorded, phase: { kind: 'pain-check', itemIndex: phase.at.itemIndex } },
      cues: [say.BEEP, say.speak(say.painQuestion(item))],
    };
  }
  const after = next.set === phase.at.set ? 'side' : 'set';
  const restSeconds =
    after === 'side' ? state.options.restBetweenSidesSeconds : state.options.restBetweenSetsSeconds;
  const text =
    after === 'side'
      ? say.switchSides(sideOrder(item)[next.sideIndex] ?? 'both', restSeconds)
      : say.restBetweenSets(restSeconds);
  if (restSeconds <= 0) {
    return enterWork(recorded, next, [say.speak(text)]);
  }
  return {
    state: { ...recorded, phase: { kind: 'rest', after, next, remainingMs: restSeconds * 1000 } },
    cues: [say.BEEP, say.speak(text)],
  };
}

/** Move past item `index`: the next exercise's first bout, or the summary. */
export function nextItem(state: PlayerState, index: number, lead: readonly Cue[] = []): StepResult {
  const following = state.items[index + 1];
  if (following === undefined) {
    return { state: { ...state, phase: { kind: 'summary' } }, cues: [...lead, say.speak(say.SESSION_DONE)] };
  }
  return enterWork(state, firstBout(index + 1), [...lead, say.speak(say.nextExercise(following))]);
}

/**
 * Go back to a bout: forget it and everything recorded after it, clear the pain and skip marks
 * of its exercise and of every later one, and start it again.
 */
export function undoTo(state: PlayerState, at: BoutPosition): StepResult {
  const item = itemAt(state, at.itemIndex);
  const from = boutOrdinal(item, at);
  const bouts = state.bouts.filter(
    (b) =>
      b.at.itemIndex < at.itemIndex || (b.at.itemIndex === at.itemIndex && boutOrdinal(item, b.at) < from),
  );
  const outcomes = state.outcomes.map((o, i) => {
    if (i < at.itemIndex) {
      return o;
    }
    return i === at.itemIndex
      ? { ...o, painDuring: null, stoppedForPain: false, skipped: null }
      : FRESH_OUTCOME;
  });
  return enterWork({ ...state, bouts, outcomes }, at);
}
