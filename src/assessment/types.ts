/**
 * What the assessment hands to the program builder: findings and the user's preferences.
 * This file is the contract between assessment, program and the app; extend, never rename.
 */
import type { Driver, Equipment } from '../catalog/types.js';

export type Side = 'left' | 'right';
/** Which legs something applies to. */
export type Sides = 'left' | 'right' | 'both';
export type AgeGroup = 'child' | 'teen' | 'adult' | 'older-adult';
export type Severity = 'mild' | 'moderate' | 'marked';

/** One answer or test result that supports a finding, in words a user can check. */
export interface Evidence {
  /** The question or self-test id, e.g. 'knee-to-wall'. */
  readonly source: string;
  /** e.g. 'Left knee-to-wall 6 cm (target more than 10 cm)'. */
  readonly detail: string;
}

/** A driver found on one or both sides, with why we think so. */
export interface Finding {
  readonly driver: Driver;
  readonly side: Sides;
  readonly severity: Severity;
  readonly evidence: readonly Evidence[];
  /** The id of the rule that produced it. */
  readonly ruleId: string;
}

/** Pictures that look like valgus but are a different problem (seed 000 comments). */
export type MixedPicture = 'bow-legs' | 'knee-hyperextension' | 'duck-feet' | 'pelvis-shift';

export type Professional =
  | 'physical-therapist'
  | 'orthopedic-specialist'
  | 'doctor'
  | 'paediatric-physiotherapist'
  /** Same day: an emergency department or urgent care (NORMS.md, red flags: emergency). */
  | 'urgent-care'
  /** A children's orthopaedic doctor (NORMS.md, children's knock knees: when to refer). */
  | 'paediatric-orthopaedic-specialist';

export interface Referral {
  /** 'stop': no program until seen; 'alongside': program allowed with the professional's advice. */
  readonly urgency: 'stop' | 'alongside';
  readonly to: readonly Professional[];
  readonly reasons: readonly string[];
  /** What to do next, in plain words. */
  readonly nextSteps: readonly string[];
}

export interface Findings {
  /** Which knees cave in, if any. */
  readonly valgusSide: Sides | 'none';
  /** Dynamic (can be corrected), likely structural (bone shape), or not enough information. */
  readonly nature: 'dynamic' | 'likely-structural' | 'unclear';
  readonly drivers: readonly Finding[];
  readonly mixedPictures: readonly MixedPicture[];
  readonly referral: Referral | null;
  /** False when a referral says stop: no program is built. */
  readonly programAllowed: boolean;
  /** Plain-language notes (e.g. "knock knees are normal development at this age"). */
  readonly notes: readonly string[];
  /**
   * The safety screen's decision as data: outcome, who to see, why (with sources), exclusions.
   * Always set by `findDrivers`; absent only in findings saved before the triage existed.
   */
  readonly triage?: Triage;
}

/** From most to least urgent; the most urgent rule that fires decides (triage.ts). */
export const TRIAGE_OUTCOMES = [
  'urgent',
  'see-professional-first',
  'normal-for-age',
  'start-with-adaptations',
  'go',
] as const;
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];

/** Ways the program is adapted; program/exclusions.ts says what each does to the exercises. */
export const EXCLUSIONS = [
  'no-kneeling',
  'no-deep-knee-bend',
  'no-end-range-locking',
  'supported-balance',
  'easiest-rungs-first',
  'no-lying-flat-on-back',
] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

export interface TriageReason {
  readonly text: string;
  /** The seed, NORMS.md section or named guideline the rule comes from. */
  readonly source: string;
  readonly ruleId: string;
}

export interface Triage {
  readonly outcome: TriageOutcome;
  readonly professionals: readonly Professional[];
  readonly reasons: readonly TriageReason[];
  readonly exclusions: readonly Exclusion[];
  /** What to do next, in plain words, most urgent first. */
  readonly nextSteps: readonly string[];
}

/** What the user told us about their time and kit; drives fitting and scheduling. */
export interface Preferences {
  readonly minutesPerSession: number;
  readonly daysPerWeek: number;
  readonly equipment: readonly Equipment[];
  readonly ageGroup: AgeGroup;
  /** Pain 0-10 now; the program loads only as much as symptoms allow. */
  readonly painNow: number;
  /**
   * Pain 0-10 now in the knee itself (0 when it hurts only elsewhere): this, not pain in the back,
   * sets where the knee's ladders start. Absent in older saved preferences: `painNow` is used.
   */
  readonly kneePainNow?: number;
  /** When the user can work on only one area (seed 000 author: start at the foot). */
  readonly oneAreaOnly: boolean;
}
