/**
 * What a person tells us before any self-test: the answer schema, parsed once at the edge
 * (CLI, HTTP body, a saved file). Every message says what to enter instead.
 */
import { z } from 'zod';
import { EQUIPMENT } from '../catalog/types.js';

export const AGE_GROUPS = ['child', 'teen', 'adult', 'older-adult'] as const;
export const SEXES = ['female', 'male'] as const;
export const SPORTS = [
  'running',
  'court-sports',
  'football',
  'gym',
  'skiing',
  'dance',
  'cycling',
  'other',
  'none',
] as const;
export const PAIN_AREAS = ['knee', 'hip', 'back', 'foot', 'none'] as const;
export const PAIN_ACTIVITIES = [
  'walking',
  'stairs',
  'squatting',
  'running',
  'jumping',
  'sitting',
  'at-rest',
] as const;
export const ONSETS = ['since-childhood', 'gradual', 'after-injury', 'after-surgery', 'not-sure'] as const;
export const SIDES_AFFECTED = ['left', 'right', 'both', 'not-sure'] as const;

/** The red-flag answers, asked first (seed 002, "Recognizing When Professional Intervention Is Necessary"). */
export const RED_FLAG_KEYS = ['acutePain', 'severePersistentPain', 'givingWay', 'fixedDeformity'] as const;
export type RedFlagKey = (typeof RED_FLAG_KEYS)[number];

const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: () => `choose ${what}: one of ${values.join(', ')}` });

const yesNo = (what: string) => z.boolean({ error: () => `answer yes (true) or no (false): ${what}` });

const wholeNumber = (what: string, min: number, max: number, unit: string) =>
  z
    .number({ error: () => `enter ${what} as a number of ${unit}` })
    .int({ error: () => `enter ${what} as a whole number of ${unit}` })
    .min(min, { error: () => `${what} must be at least ${min} ${unit}` })
    .max(max, { error: () => `${what} must be at most ${max} ${unit}` });

const noneAlone = (list: readonly string[]): boolean => !list.includes('none') || list.length === 1;

/** The questionnaire's answers. Optional fields may be skipped; defaults say what a skip means. */
export const answersSchema = z
  .object({
    acutePain: yesNo('sudden pain or swelling after a recent injury'),
    severePersistentPain: yesNo('severe pain that does not settle'),
    givingWay: yesNo('the knee gives way or feels unstable'),
    fixedDeformity: yesNo('a leg that stays bent or out of line even when you try to straighten it'),
    ageGroup: choice(AGE_GROUPS, 'an age group'),
    /** Only for children: under 8, knock knees are usually normal development (NORMS.md). */
    childAgeYears: wholeNumber("the child's age", 0, 12, 'years').optional(),
    sex: choice(SEXES, 'female or male').optional(),
    sidesAffected: choice(SIDES_AFFECTED, 'which knees cave in'),
    painAreas: z
      .array(choice(PAIN_AREAS, 'where it hurts'))
      .min(1, { error: () => 'choose at least one pain area, or "none"' })
      .refine(noneAlone, { error: () => '"none" cannot be chosen together with a pain area' }),
    painLevel: wholeNumber('pain now', 0, 10, 'points on the 0-10 scale').default(0),
    painDuring: z.array(choice(PAIN_ACTIVITIES, 'an activity that hurts')).default([]),
    onset: choice(ONSETS, 'when it started'),
    surgeryWeeksAgo: wholeNumber('weeks since the operation', 0, 2600, 'weeks').optional(),
    surgeryCleared: yesNo('your surgeon or physio has cleared you to exercise').optional(),
    familyHistory: yesNo('others in your family have knock knees').optional(),
    weeksOfExerciseSoFar: wholeNumber('weeks of corrective exercise so far', 0, 520, 'weeks').default(0),
    improvedSoFar: yesNo('the exercise so far has made a difference').optional(),
    sports: z
      .array(choice(SPORTS, 'a sport'))
      .default([])
      .refine(noneAlone, { error: () => '"none" cannot be chosen together with a sport' }),
    equipment: z
      .array(choice(EQUIPMENT, 'equipment you have'))
      .min(1, { error: () => 'choose the equipment you have, or "none"' })
      .refine(noneAlone, { error: () => '"none" cannot be chosen together with equipment' }),
    minutesPerSession: wholeNumber('minutes per session', 5, 120, 'minutes'),
    daysPerWeek: wholeNumber('days per week', 1, 7, 'days'),
    oneAreaOnly: yesNo('you can only work on one area for now').default(false),
  })
  .superRefine((answers, context) => {
    if (answers.painLevel > 0 && answers.painAreas.includes('none')) {
      context.addIssue({
        code: 'custom',
        path: ['painAreas'],
        message: 'you gave a pain level above 0: choose where it hurts instead of "none"',
      });
    }
    if (answers.onset === 'after-surgery' && answers.surgeryWeeksAgo === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['surgeryWeeksAgo'],
        message: 'you said it started after surgery: enter how many weeks ago the operation was',
      });
    }
  });

/** Answers as the code inside uses them (defaults filled in). */
export type Answers = z.output<typeof answersSchema>;
/** Answers as a file or form may give them (defaulted fields may be left out). */
export type AnswersInput = z.input<typeof answersSchema>;
