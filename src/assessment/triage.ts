/**
 * The safety triage: every triage rule (red flags, children, diagnoses and care) run over the
 * facts of one assessment, merged into one decision. The most urgent outcome wins; professionals,
 * reasons (each with its source), next steps and exclusions are joined. The same function serves
 * the CLI, the server and the web app (one rule set), and `sessionTriage` reuses its outcomes.
 */
import type { Facts } from './facts.js';
import { factsFrom } from './facts.js';
import type { AssessmentInput } from './input.js';
import type { Hit, Rule } from './rule-engine.js';
import { loadRules, runRules } from './rule-engine.js';
import { CARE_RULES, DIAGNOSIS_RULES } from './triage-care.js';
import { CHILD_RULES } from './triage-children.js';
import { SEE_FIRST_RULES, URGENT_RULES } from './triage-red-flags.js';
import type { TriageThen } from './triage-then.js';
import { triageThenSchema } from './triage-then.js';
import type { Exclusion, Professional, Referral, Triage, TriageOutcome, TriageReason } from './types.js';
import { TRIAGE_OUTCOMES } from './types.js';

/** Every triage rule, validated at load: a wrong edit fails loudly here. */
export const TRIAGE_RULES: readonly Rule<TriageThen>[] = loadRules(triageThenSchema, [
  ...URGENT_RULES,
  ...SEE_FIRST_RULES,
  ...CHILD_RULES,
  ...DIAGNOSIS_RULES,
  ...CARE_RULES,
]);

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
const rank = (outcome: TriageOutcome): number => TRIAGE_OUTCOMES.indexOf(outcome);

function outcomeOf(then: TriageThen): TriageOutcome {
  switch (then.kind) {
    case 'refer':
      return then.outcome;
    case 'adapt':
      return 'start-with-adaptations';
    case 'normal-for-age':
      return 'normal-for-age';
    case 'advise':
      return 'go';
  }
}

/** Merges rule hits into one triage: the most urgent outcome decides what is shown first. */
export function mergeTriage(hits: readonly Hit<TriageThen>[]): { triage: Triage; notes: string[] } {
  const deciding = hits.filter((hit) => hit.rule.then.kind !== 'advise');
  const outcome = deciding.reduce<TriageOutcome>(
    (best, hit) => (rank(outcomeOf(hit.rule.then)) < rank(best) ? outcomeOf(hit.rule.then) : best),
    'go',
  );
  // "Normal for the age" is said only when nothing more serious was found.
  const shown = [...deciding]
    .filter((hit) => outcome === 'normal-for-age' || hit.rule.then.kind !== 'normal-for-age')
    .sort((a, b) => rank(outcomeOf(a.rule.then)) - rank(outcomeOf(b.rule.then)));
  // A stop (urgent or before starting) says only who to see now and why; the care and changes
  // that go alongside a program come back once a program is allowed.
  const stops = rank(outcome) <= rank('see-professional-first');
  const deciders = stops
    ? shown.filter((hit) => rank(outcomeOf(hit.rule.then)) <= rank('see-professional-first'))
    : shown;
  const reasons: TriageReason[] = [];
  for (const hit of deciders) {
    const then = hit.rule.then;
    const text = 'reason' in then ? then.reason : '';
    if (!reasons.some((r) => r.text === text)) {
      reasons.push({ text, source: hit.rule.source, ruleId: hit.rule.id });
    }
  }
  const professionals = unique(
    deciders.flatMap((hit): readonly Professional[] =>
      hit.rule.then.kind === 'refer' ? hit.rule.then.to : [],
    ),
  );
  const exclusions = unique(
    deciders.flatMap((hit): readonly Exclusion[] =>
      'exclusions' in hit.rule.then ? hit.rule.then.exclusions : [],
    ),
  );
  const nextSteps = unique(
    deciders.flatMap((hit) => ('nextSteps' in hit.rule.then ? hit.rule.then.nextSteps : [])),
  );
  const notes = hits.flatMap((hit) => (hit.rule.then.kind === 'advise' ? [hit.rule.then.note] : []));
  return { triage: { outcome, professionals, reasons, exclusions, nextSteps }, notes: unique(notes) };
}

/** The triage for the facts of one assessment, with the notes every program follows. */
export function triageFromFacts(facts: Facts): { triage: Triage; notes: string[] } {
  return mergeTriage(runRules(TRIAGE_RULES, facts));
}

/** The triage for one assessment: what the CLI prints and the server stores with the findings. */
export function triageOf(input: AssessmentInput): Triage {
  return triageFromFacts(factsFrom(input)).triage;
}

/** True when the triage lets a program be built now. */
export function allowsProgram(triage: Triage): boolean {
  return triage.outcome === 'start-with-adaptations' || triage.outcome === 'go';
}

/** The older `Referral` view of a triage (web pages and progress read it); null with no one to see. */
export function referralOf(triage: Triage): Referral | null {
  if (triage.professionals.length === 0) {
    return null;
  }
  return {
    urgency: allowsProgram(triage) ? 'alongside' : 'stop',
    to: triage.professionals,
    reasons: triage.reasons.map((reason) => reason.text),
    nextSteps: triage.nextSteps,
  };
}
