/**
 * The referral, read from the triage (triage.ts owns every safety rule): who to see, how urgently,
 * and the notes every program follows.
 */
import type { Facts } from './facts.js';
import { factsFrom } from './facts.js';
import type { AssessmentInput } from './input.js';
import { referralOf, triageFromFacts } from './triage.js';
import type { Referral, Triage } from './types.js';

/** The referral the facts call for (several red flags merge into one), the triage and its notes. */
export function triageReferral(facts: Facts): {
  readonly referral: Referral | null;
  readonly notes: readonly string[];
  readonly triage: Triage;
} {
  const { triage, notes } = triageFromFacts(facts);
  return { referral: referralOf(triage), notes, triage };
}

/** The referral for one assessment, or null when none is needed. */
export function referralFor(input: AssessmentInput): Referral | null {
  return triageReferral(factsFrom(input)).referral;
}
