/**
 * Turn a player's state into the session log the server stores and progress reads.
 */
import { DomainError } from '../errors.js';
import { NOTES_MAX_CHARS } from './types.js';
import type {
  BoutRecord,
  BoutSide,
  ExerciseLog,
  ItemOutcome,
  PlayerItem,
  PlayerState,
  SessionLog,
} from './types.js';
import { setCount, sideOrder } from './bouts.js';
import { isStopPain } from './pain.js';

function setsDone(item: PlayerItem, bouts: readonly BoutRecord[]): number {
  const sides = sideOrder(item).length;
  let done = 0;
  for (let set = 0; set < setCount(item); set += 1) {
    if (bouts.filter((b) => b.at.set === set).length === sides) {
      done += 1;
    }
  }
  return done;
}

function sidesDone(item: PlayerItem, bouts: readonly BoutRecord[]): BoutSide[] {
  const order = sideOrder(item);
  const done = new Set(bouts.map((b) => order[b.at.sideIndex] ?? 'both'));
  return order.filter((side) => done.has(side));
}

/** Pain above the threshold, a pain stop, or a skip for pain or difficulty: offer an easier version. */
function needsRegression(outcome: ItemOutcome, painBefore: number | null, stopAbove: number): boolean {
  const painful = outcome.painDuring !== null && isStopPain(outcome.painDuring, painBefore, stopAbove);
  return painful || outcome.stoppedForPain || outcome.skipped === 'pain' || outcome.skipped === 'too-hard';
}

function exerciseLog(state: PlayerState, item: PlayerItem, index: number): ExerciseLog {
  const outcome = state.outcomes[index];
  if (outcome === undefined) {
    throw new RangeError(`No outcome for exercise ${index}`);
  }
  const bouts = state.bouts.filter((b) => b.at.itemIndex === index);
  const sets = setsDone(item, bouts);
  return {
    exerciseId: item.exerciseId,
    sides: item.sides,
    sidesDone: sidesDone(item, bouts),
    completed: sets === setCount(item) && outcome.skipped === null && !outcome.stoppedForPain,
    setsDone: sets,
    repsDone: bouts.reduce((sum, b) => sum + b.reps, 0),
    holdSecondsDone: Math.round(bouts.reduce((sum, b) => sum + b.holdMs, 0) / 100) / 10,
    painDuring: outcome.painDuring,
    stoppedForPain: outcome.stoppedForPain,
    flaggedForRegression: needsRegression(outcome, state.painBefore, state.options.painStopAbove),
    skipped: outcome.skipped === null ? null : { reason: outcome.skipped },
    caveIns: outcome.caveIns,
    notes: outcome.notes.length > 0 ? outcome.notes.join('\n').slice(0, NOTES_MAX_CHARS) : null,
    ...(outcome.painWhere !== undefined ? { painWhere: outcome.painWhere } : {}),
    ...(outcome.madeItWorse === true ? { madeItWorse: true } : {}),
  };
}

/**
 * The session so far as a log. Works mid-session (finishedAt is then null) so a closed app
 * loses nothing. Throws DomainError('invalid-input') before `start`.
 */
export function summarize(state: PlayerState): SessionLog {
  if (state.startedAt === null) {
    throw new DomainError('invalid-input', 'The session has not started yet.');
  }
  const exercises = state.items.map((item, index) => exerciseLog(state, item, index));
  return {
    sessionDate: state.options.sessionDate,
    startedAt: state.startedAt,
    finishedAt: state.finishedAt,
    painBefore: state.painBefore,
    painAfter: state.painAfter,
    exercises,
    kneeCaveIns: {
      left: exercises.reduce((sum, e) => sum + e.caveIns.left, 0),
      right: exercises.reduce((sum, e) => sum + e.caveIns.right, 0),
    },
  };
}
