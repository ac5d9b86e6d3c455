/**
 * The screen's answers a physical therapist asks before any program: the red flags of NORMS.md
 * ("Red flags and where to send the person"), known diagnoses, falls, pregnancy. Every field here
 * is read by a triage rule (triage-*.ts); a field no rule reads does not belong here.
 */
import { z } from 'zod';

const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: () => `choose ${what}: one of ${values.join(', ')}` });
const yesNo = (what: string) => z.boolean({ error: () => `answer yes (true) or no (false): ${what}` });
const noneAlone = (list: readonly string[]): boolean => !list.includes('none') || list.length === 1;

/** What happened right after a recent injury (NORMS.md emergency list and the Ottawa knee rule). */
export const INJURY_SIGNS = [
  'large-swelling-soon',
  'cannot-take-four-steps',
  'cannot-bend-to-90',
  'tender-kneecap-or-outer-bone',
  'cannot-lift-straight-leg',
  'kneecap-dislocated',
  'none',
] as const;
export const LOCKING = ['no', 'catches', 'locked'] as const;
export const WEIGHT_BEARING = ['yes', 'limp', 'no'] as const;
export const DIAGNOSES = [
  'meniscus-tear',
  'ligament-injury',
  'osteoarthritis',
  'osgood-schlatter',
  'hypermobility',
  'none',
] as const;
export type Diagnosis = (typeof DIAGNOSES)[number];

/** Optional so an older answers file still reads; a skipped red flag is asked for by the app. */
export const screenFields = {
  ageYears: z
    .number({ error: () => 'enter your age as a number of years' })
    .int({ error: () => 'enter your age as a whole number of years' })
    .min(0, { error: () => 'age must be at least 0 years' })
    .max(120, { error: () => 'age must be at most 120 years' })
    .optional(),
  injurySigns: z
    .array(choice(INJURY_SIGNS, 'what happened after the injury'))
    .refine(noneAlone, { error: () => '"none" cannot be chosen together with another sign' })
    .default([]),
  swellingWithoutInjury: yesNo('the knee swells up without an injury').optional(),
  warmOrRed: yesNo('the knee is warm to the touch or red').optional(),
  feverOrUnwell: yesNo('you have a fever or feel unwell').optional(),
  footNumbOrCold: yesNo('the foot is numb, cold or changes colour').optional(),
  locking: choice(LOCKING, 'whether the knee locks or catches').optional(),
  bearsWeight: choice(WEIGHT_BEARING, 'whether you can walk on the leg').optional(),
  nightPain: yesNo('the knee hurts at night or wakes you').optional(),
  weightLossOrCancer: yesNo('unexplained weight loss or a history of cancer').optional(),
  kneecapSlips: yesNo('the kneecap slips or pops out of place').optional(),
  shapeChanging: yesNo('the shape of the legs is getting worse').optional(),
  diagnoses: z
    .array(choice(DIAGNOSES, 'a diagnosis you have been given'))
    .refine(noneAlone, { error: () => '"none" cannot be chosen together with a diagnosis' })
    .default([]),
  clearedForExercise: yesNo('a professional has seen the knee and cleared you for exercise').optional(),
  fallsLastYear: yesNo('you fell in the last 12 months or use a walking aid').optional(),
  painNextDay: yesNo('the knee is worse the morning after activity').optional(),
  pregnant: yesNo('you are pregnant').optional(),
} as const;
