/**
 * The triage in plain words, for the terminal and any text view: the outcome first, who to see,
 * why (each reason with its source), what changes in the program, and what to do next.
 */
import { PROFESSIONAL_WORDS } from './describe-findings.js';
import type { Exclusion, Triage, TriageOutcome } from './types.js';

export const OUTCOME_WORDS: Readonly<Record<TriageOutcome, string>> = {
  urgent: 'Get help today. Do not start the exercises.',
  'see-professional-first': 'See a professional before starting any exercise.',
  'normal-for-age': 'This looks like normal growth for the age: no exercise program is needed.',
  'start-with-adaptations': 'You can start, with the changes below.',
  go: 'You can start.',
};

/** What each exclusion changes, in the user's words. */
export const EXCLUSION_WORDS: Readonly<Record<Exclusion, string>> = {
  'no-kneeling': 'No exercise kneels on the knee.',
  'no-deep-knee-bend': 'No deep knee bends (the deepest single-leg squats and lunges are left out).',
  'no-end-range-locking': 'Keep a soft bend: nothing locks the knee straight or pushes it past straight.',
  'supported-balance': 'Single-leg and balance work next to a wall or sturdy chair, one hand ready.',
  'easiest-rungs-first': 'Every exercise starts at its easiest version.',
  'no-lying-flat-on-back': 'No long spells lying flat on your back: prop the head and shoulders up.',
};

/** The triage as lines of text; `sources` adds each reason's source in brackets. */
export function describeTriage(triage: Triage, options: { readonly sources?: boolean } = {}): string[] {
  const lines = [`Safety check: ${OUTCOME_WORDS[triage.outcome]}`];
  if (triage.professionals.length > 0) {
    const who = triage.professionals.map((p) => PROFESSIONAL_WORDS[p]).join(', ');
    const when = triage.outcome === 'start-with-adaptations' ? 'Alongside the program, see' : 'See';
    lines.push(`${when}: ${who}.`);
  }
  for (const reason of triage.reasons) {
    lines.push(`  - ${reason.text}${options.sources === true ? ` [${reason.source}]` : ''}`);
  }
  if (triage.exclusions.length > 0) {
    lines.push('Changes to the program:', ...triage.exclusions.map((e) => `  * ${EXCLUSION_WORDS[e]}`));
  }
  if (triage.nextSteps.length > 0) {
    lines.push('Next steps:', ...triage.nextSteps.map((step) => `  > ${step}`));
  }
  return lines;
}
