/**
 * Time passing in the player: hold and timer countdowns, rests, and the halfway and last-three-
 * seconds voice cues. One tick may cross several bouts and rests; leftover time carries on.
 */
import type { Cue, PlayerState, StepResult } from './types.js';
import * as say from './cue-text.js';
import { completeBout, enterWork, itemAt } from './player-flow.js';
import { targetReps, timedMs, workMode } from './bouts.js';

/** Timed work shorter than this gets no "halfway" cue: it would talk over the countdown. */
const HALFWAY_CUE_MIN_MS = 10_000;

/** "3", "2", "1" as the remaining time crosses each whole second of the last three. */
function countdown(beforeMs: number, afterMs: number): Cue[] {
  const cues: Cue[] = [];
  for (const second of [3, 2, 1]) {
    if (beforeMs > second * 1000 && afterMs <= second * 1000) {
      cues.push(say.speak(String(second)));
    }
  }
  return cues;
}

interface Advanced {
  readonly result: StepResult;
  readonly leftMs: number;
}

function advanceWork(state: PlayerState, ms: number): Advanced {
  const { phase } = state;
  if (phase.kind !== 'work' || phase.remainingMs === null) {
    return { result: { state, cues: [] }, leftMs: 0 };
  }
  const item = itemAt(state, phase.at.itemIndex);
  const totalMs = timedMs(item.dosage) ?? 0;
  const before = phase.remainingMs;
  const after = Math.max(0, before - ms);
  const used = before - after;
  const cues: Cue[] = [];
  const half = totalMs / 2;
  if (totalMs >= HALFWAY_CUE_MIN_MS && before > half && after <= half) {
    cues.push(say.speak(say.HALFWAY));
  }
  cues.push(...countdown(before, after));
  const running = { ...phase, holdMs: phase.holdMs + used, remainingMs: after };
  if (after > 0) {
    return { result: { state: { ...state, phase: running }, cues }, leftMs: 0 };
  }
  const finished = finishTimed(state, running, totalMs);
  return { result: { state: finished.state, cues: [...cues, ...finished.cues] }, leftMs: ms - used };
}

/** A countdown reached zero: the next hold of the bout, or the bout is done. */
function finishTimed(
  state: PlayerState,
  running: Extract<PlayerState['phase'], { kind: 'work' }>,
  totalMs: number,
): StepResult {
  const item = itemAt(state, running.at.itemIndex);
  if (workMode(item.dosage) === 'hold') {
    const reps = running.reps + 1;
    const target = targetReps(item.dosage) ?? 1;
    if (reps < target) {
      return {
        state: { ...state, phase: { ...running, reps, remainingMs: totalMs } },
        cues: [say.BEEP, say.speak(say.holdAgain(reps + 1, target))],
      };
    }
    return completeBout({ ...state, phase: { ...running, reps } });
  }
  return completeBout({ ...state, phase: running });
}

function advanceRest(state: PlayerState, ms: number): Advanced {
  const { phase } = state;
  if (phase.kind !== 'rest') {
    return { result: { state, cues: [] }, leftMs: 0 };
  }
  const after = Math.max(0, phase.remainingMs - ms);
  const cues = countdown(phase.remainingMs, after);
  if (after > 0) {
    return { result: { state: { ...state, phase: { ...phase, remainingMs: after } }, cues }, leftMs: 0 };
  }
  const entered = enterWork(state, phase.next, cues);
  return { result: entered, leftMs: ms - phase.remainingMs };
}

/** Let `elapsedMs` pass. Reps, open bouts, pain checks and the summary wait for the person. */
export function advanceTime(state: PlayerState, elapsedMs: number): StepResult {
  let current: StepResult = { state, cues: [] };
  let left = elapsedMs;
  while (left > 0) {
    const { phase } = current.state;
    const timed = phase.kind === 'rest' || (phase.kind === 'work' && phase.remainingMs !== null);
    if (!timed) {
      break;
    }
    const step = phase.kind === 'rest' ? advanceRest(current.state, left) : advanceWork(current.state, left);
    current = { state: step.result.state, cues: [...current.cues, ...step.result.cues] };
    left = step.leftMs;
  }
  return current;
}
