/**
 * What a triage rule decides, and the small condition helpers the triage tables share.
 * Three-valued logic (conditions.ts): an unanswered question is 'unknown' and never fires a
 * rule, so "not cleared" is written as "answered no, or not answered".
 */
import { z } from 'zod';
import { EXCLUSIONS } from './types.js';

export const PROFESSIONALS = [
  'physical-therapist',
  'orthopedic-specialist',
  'doctor',
  'paediatric-physiotherapist',
  'urgent-care',
  'paediatric-orthopaedic-specialist',
] as const;

export const triageThenSchema = z.discriminatedUnion('kind', [
  /** See someone: today (urgent), before starting, or alongside an adapted program. */
  z.object({
    kind: z.literal('refer'),
    outcome: z.enum(['urgent', 'see-professional-first', 'start-with-adaptations']),
    to: z.array(z.enum(PROFESSIONALS)).min(1),
    reason: z.string().min(1),
    nextSteps: z.array(z.string().min(1)).min(1),
    exclusions: z.array(z.enum(EXCLUSIONS)).default([]),
  }),
  /** Adapt the program without a referral (e.g. knees that bow backwards: no locking). */
  z.object({
    kind: z.literal('adapt'),
    reason: z.string().min(1),
    exclusions: z.array(z.enum(EXCLUSIONS)).min(1),
  }),
  /** A young child's knock knees that are normal development: no program, say so. */
  z.object({
    kind: z.literal('normal-for-age'),
    reason: z.string().min(1),
    nextSteps: z.array(z.string()).min(1),
  }),
  /** Advice every program follows, without a referral. */
  z.object({ kind: z.literal('advise'), note: z.string().min(1) }),
]);
export type TriageThen = z.output<typeof triageThenSchema>;

export const yes = (fact: string) => ({ fact, op: 'eq', value: true }) as const;
/** Answered no, or not answered: the cautious reading of a missing clearance. */
export const notYes = (fact: string) =>
  ({
    any: [
      { fact, op: 'eq', value: false },
      { fact, op: 'absent' },
    ],
  }) as const;
export const has = (fact: string, value: string) => ({ fact, op: 'has', value }) as const;
export const is = (fact: string, value: string) => ({ fact, op: 'eq', value }) as const;
export const growing = { fact: 'ageGroup', op: 'in', value: ['child', 'teen'] } as const;
export const grownUp = { fact: 'ageGroup', op: 'in', value: ['adult', 'older-adult'] } as const;
export const afterSurgery = is('onset', 'after-surgery');
export const cleared = yes('clearedForExercise');

export const SEE_FIRST = 'Pause the knee program until you have been seen.';
export const TODAY = 'Go today: an emergency department or urgent care. Do not exercise the knee meanwhile.';
