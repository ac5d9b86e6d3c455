/**
 * The session player: a pure state machine. Events in, the next state and cues out; the caller
 * owns the clock (ticks carry elapsed milliseconds) and the speaker.
 *
 * ready → for each exercise, for each set, for each leg: work → rest → … → pain check → next
 * exercise → … → summary.
 */
import type { Side } from '../assessment/types.js';
import { DomainError } from '../errors.js';
import type {
  PainWhere,
  PlayerEvent,
  PlayerItem,
  PlayerOptions,
  PlayerState,
  SkipReason,
  StepResult,
} from './types.js';
import * as say from './cue-text.js';
import { PAIN_STOP_ABOVE, isStopPain } from './pain.js';
import { firstBout, lastBout, previousBout, targetReps, workMode } from './bouts.js';
import {
  FRESH_OUTCOME,
  completeBout,
  enterWork,
  itemAt,
  nextItem,
  undoTo,
  withOutcome,
} from './player-flow.js';
import { advanceTime } from './player-time.js';

/** Default rest between sets (seconds); an option, not a clinical figure. */
export const DEFAULT_REST_BETWEEN_SETS_SECONDS = 30;
/** Default pause to change legs (seconds). */
export const DEFAULT_REST_BETWEEN_SIDES_SECONDS = 10;

function checkItem(item: PlayerItem): void {
  const { sets, reps, holdSeconds, durationSeconds } = item.dosage;
  for (const value of [sets, reps, holdSeconds, durationSeconds]) {
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
      throw new DomainError('invalid-input', `${item.name}: dosage numbers must be positive.`);
    }
  }
}

/** A player waiting for `start`. Throws DomainError('invalid-input') for a dosage it cannot run. */
export function createPlayer(items: readonly PlayerItem[], options: PlayerOptions): PlayerState {
  items.forEach(checkItem);
  return {
    items,
    options: {
      sessionDate: options.sessionDate,
      restBetweenSetsSeconds: options.restBetweenSetsSeconds ?? DEFAULT_REST_BETWEEN_SETS_SECONDS,
      restBetweenSidesSeconds: options.restBetweenSidesSeconds ?? DEFAULT_REST_BETWEEN_SIDES_SECONDS,
      painStopAbove: options.painStopAbove ?? PAIN_STOP_ABOVE,
    },
    phase: { kind: 'ready' },
    paused: false,
    startedAt: null,
    finishedAt: null,
    painBefore: null,
    painAfter: null,
    bouts: [],
    outcomes: items.map(() => FRESH_OUTCOME),
  };
}

const same = (state: PlayerState): StepResult => ({ state, cues: [] });

/** The exercise the player is on, if any. */
function currentItemIndex(state: PlayerState): number | null {
  const { phase } = state;
  switch (phase.kind) {
    case 'work':
      return phase.at.itemIndex;
    case 'rest':
      return phase.next.itemIndex;
    case 'pain-check':
      return phase.itemIndex;
    case 'ready':
    case 'summary':
      return null;
  }
}

function start(state: PlayerState, at: string): StepResult {
  if (state.phase.kind !== 'ready') {
    return same(state);
  }
  const started = { ...state, startedAt: at };
  const first = state.items[0];
  if (first === undefined) {
    return { state: { ...started, phase: { kind: 'summary' } }, cues: [say.speak(say.SESSION_DONE)] };
  }
  return enterWork(started, firstBout(0), [say.speak(say.sessionStart(first))]);
}

function repDone(state: PlayerState): StepResult {
  const { phase } = state;
  if (phase.kind !== 'work') {
    return same(state);
  }
  const mode = workMode(itemAt(state, phase.at.itemIndex).dosage);
  if (mode === 'hold' || mode === 'duration') {
    return same(state);
  }
  const reps = phase.reps + 1;
  const counted = { ...state, phase: { ...phase, reps } };
  const target = targetReps(itemAt(state, phase.at.itemIndex).dosage);
  if (target !== null && reps >= target) {
    return completeBout(counted);
  }
  const halfway = target !== null && target >= 4 && reps === Math.floor(target / 2);
  return { state: counted, cues: [say.speak(halfway ? `${reps}. ${say.HALFWAY}` : String(reps))] };
}

/** A set of reps done in one go: the target is counted (what was counted so far, with no target). */
function setDone(state: PlayerState): StepResult {
  const { phase } = state;
  if (phase.kind !== 'work' || workMode(itemAt(state, phase.at.itemIndex).dosage) !== 'reps') {
    return same(state);
  }
  const target = targetReps(itemAt(state, phase.at.itemIndex).dosage);
  return completeBout({ ...state, phase: { ...phase, reps: Math.max(phase.reps, target ?? 0) } });
}

function holdDone(state: PlayerState): StepResult {
  const { phase } = state;
  if (phase.kind !== 'work') {
    return same(state);
  }
  if (workMode(itemAt(state, phase.at.itemIndex).dosage) !== 'hold' || phase.remainingMs === null) {
    return completeBout(state);
  }
  // Ending a hold early: count it, then let the countdown logic start the next hold or finish.
  return advanceTime(state, phase.remainingMs);
}

function skip(state: PlayerState, reason: SkipReason): StepResult {
  const index = currentItemIndex(state);
  if (index === null) {
    return same(state);
  }
  if (state.phase.kind === 'pain-check') {
    return nextItem(state, index);
  }
  return nextItem(
    withOutcome(state, index, (o) => ({ ...o, skipped: reason })),
    index,
  );
}

function back(state: PlayerState): StepResult {
  const { phase } = state;
  switch (phase.kind) {
    case 'ready':
      return same(state);
    case 'work': {
      if (phase.reps > 0 || phase.holdMs > 0) {
        return undoTo(state, phase.at);
      }
      const item = itemAt(state, phase.at.itemIndex);
      const before = previousBout(item, phase.at);
      if (before !== null) {
        return undoTo(state, before);
      }
      const previous = phase.at.itemIndex - 1;
      return undoTo(state, previous >= 0 ? lastBout(itemAt(state, previous), previous) : phase.at);
    }
    case 'rest': {
      const item = itemAt(state, phase.next.itemIndex);
      return undoTo(state, previousBout(item, phase.next) ?? phase.next);
    }
    case 'pain-check':
      return undoTo(state, lastBout(itemAt(state, phase.itemIndex), phase.itemIndex));
    case 'summary': {
      const last = state.items.length - 1;
      if (state.finishedAt !== null || last < 0) {
        return same(state);
      }
      return undoTo(state, lastBout(itemAt(state, last), last));
    }
  }
}

function painReported(state: PlayerState, pain: number, where?: PainWhere, madeItWorse = false): StepResult {
  if (!Number.isInteger(pain) || pain < 0 || pain > 10) {
    throw new DomainError('invalid-input', 'Pain is a whole number from 0 to 10.');
  }
  const { phase } = state;
  if (phase.kind === 'ready') {
    return same({ ...state, painBefore: pain });
  }
  if (phase.kind === 'summary') {
    return same({ ...state, painAfter: pain });
  }
  const index = currentItemIndex(state) ?? 0;
  const worst = Math.max(state.outcomes[index]?.painDuring ?? 0, pain);
  // Pain elsewhere (the back) does not stop a knee exercise; "made it worse" always does.
  const stop =
    (where !== 'elsewhere' && isStopPain(pain, state.painBefore, state.options.painStopAbove)) || madeItWorse;
  const interrupts = stop && phase.kind !== 'pain-check';
  const noted = withOutcome(state, index, (o) => ({
    ...o,
    painDuring: worst,
    stoppedForPain: o.stoppedForPain || interrupts,
    ...(where !== undefined ? { painWhere: where } : {}),
    ...(madeItWorse || o.madeItWorse === true ? { madeItWorse: true } : {}),
  }));
  if (stop || phase.kind === 'pain-check') {
    return nextItem(noted, index, [say.speak(stop ? say.painStop(pain) : say.PAIN_NOTED)]);
  }
  return same(noted);
}

function kneeCaveIn(state: PlayerState, side: Side): StepResult {
  const { phase } = state;
  if (phase.kind !== 'work') {
    return same(state);
  }
  const counted = withOutcome(state, phase.at.itemIndex, (o) => ({
    ...o,
    caveIns: { ...o.caveIns, [side]: o.caveIns[side] + 1 },
  }));
  return { state: counted, cues: [{ kind: 'knee-out', side }] };
}

function finish(state: PlayerState, at: string): StepResult {
  if (state.startedAt === null || state.finishedAt !== null) {
    return same(state);
  }
  const current = currentItemIndex(state);
  const outcomes = state.outcomes.map((o, i) => {
    const untouched = o.skipped === null && !state.bouts.some((b) => b.at.itemIndex === i);
    const leftOut = current === null ? state.phase.kind !== 'summary' : i > current;
    return untouched && leftOut && !o.stoppedForPain ? { ...o, skipped: 'ended-early' as const } : o;
  });
  return {
    state: { ...state, outcomes, finishedAt: at, paused: false, phase: { kind: 'summary' } },
    cues: [say.speak(say.SESSION_SAVED)],
  };
}

/** Apply one event. Unknown-in-this-phase events change nothing and say nothing. */
export function step(state: PlayerState, event: PlayerEvent): StepResult {
  if (state.paused && event.type !== 'resume' && event.type !== 'finish' && event.type !== 'note') {
    return same(state);
  }
  switch (event.type) {
    case 'start':
      return start(state, event.at);
    case 'tick':
      return advanceTime(state, event.elapsedMs);
    case 'repDone':
      return repDone(state);
    case 'holdDone':
      return holdDone(state);
    case 'setDone':
      return setDone(state);
    case 'skip':
      return skip(state, event.reason ?? 'other');
    case 'pause':
      return state.phase.kind === 'work' || state.phase.kind === 'rest'
        ? { state: { ...state, paused: true }, cues: [say.speak(say.PAUSED)] }
        : same(state);
    case 'resume':
      return state.paused
        ? { state: { ...state, paused: false }, cues: [say.speak(say.RESUMED)] }
        : same(state);
    case 'back':
      return back(state);
    case 'painReported':
      return painReported(state, event.pain, event.where, event.madeItWorse === true);
    case 'kneeCaveIn':
      return kneeCaveIn(state, event.side);
    case 'note': {
      const index = currentItemIndex(state) ?? state.items.length - 1;
      return index < 0
        ? same(state)
        : same(withOutcome(state, index, (o) => ({ ...o, notes: [...o.notes, event.text] })));
    }
    case 'finish':
      return finish(state, event.at);
  }
}
