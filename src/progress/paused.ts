/**
 * The words for a program paused by the session triage: why, who to see and what to do next,
 * including how to start again once seen. One owner of the text: the web app's Today page and
 * the session summary show these lines.
 */
import { PROFESSIONAL_WORDS } from '../assessment/describe-findings.js';
import type { Program } from '../program/types.js';

/** What to do while the program is paused (the session triage's next steps). */
export const PAUSED_NEXT_STEPS: readonly string[] = [
  'Do not do the program exercises until you have been seen. Everyday walking is fine if it does not make the knee worse.',
  'Take your Kneeline report to the appointment ("Share with my physio"): it shows your sessions, your pain and what changed.',
  'Once you have been seen and told you can carry on, say so here and tell us who you saw: the program starts again where you left off.',
];

export interface PausedAdvice {
  readonly title: string;
  /** Who to see, in words ("your doctor", "a physical therapist"). */
  readonly who: readonly string[];
  readonly why: readonly string[];
  readonly next: readonly string[];
}

/** The paused program's message; null when the program runs. */
export function pausedAdvice(program: Program): PausedAdvice | null {
  const paused = program.paused;
  if (paused === undefined) {
    return null;
  }
  return {
    title:
      paused.urgent === true
        ? `Your program is paused since ${paused.on}: get seen today`
        : `Your program is paused since ${paused.on}`,
    who: paused.professionals.map((p) => PROFESSIONAL_WORDS[p]),
    why: paused.reasons,
    next: PAUSED_NEXT_STEPS,
  };
}
