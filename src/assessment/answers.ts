/**
 * What a person tells us before any self-test: the answer schema, parsed once at the edge
 * (CLI, HTTP body, a saved file). Every message says what to enter instead.
 */
import { z } from 'zod';
import { EQUIPMENT } from '../catalog/types.js';
import { screenFields } from './answers-screen.js';

export const AGE_GROUPS = ['child', 'teen', 'adult', 'older-adult'] as const;
export const SEXES = ['female', 'male'] as const;
/** The sexes the questionnaire offers; the norms that differ by sex use the same two. */
export type SexAnswer = (typeof SEXES)[number];

/**
 * The person's sex from a draft's answers (not yet parsed), for the norms that differ; null when
 * not given, so a verdict that needs it says so instead of guessing.
 */
export function sexOf(answers: Readonly<Record<string, unknown>>): SexAnswer | null {
  return SEXES.find((sex) => sex === answers.sex) ?? null;
}
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
  'kneeling',
  'after-exercise',
  'at-rest',
] as const;
export const ONSETS = ['since-childhood', 'gradual', 'after-injury', 'after-surgery', 'not-sure'] as const;
export const SIDES_AFFECTED = ['left', 'right', 'both', 'not-sure'] as const;

/** The years each age group spans, as the questionnaire labels them. */
export const AGE_GROUP_YEARS: Readonly<Record<(typeof AGE_GROUPS)[number], readonly [number, number]>> = {
  child: [0, 12],
  teen: [13, 17],
  adult: [18, 64],
  'older-adult': [65, 120],
};

function unknownKeysMessage(issue: { readonly code?: string; readonly keys?: readonly string[] }): string {
  const keys = issue.keys ?? [];
  return issue.code === 'unrecognized_keys' && keys.length > 0
    ? `unknown answer${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove ${keys.length > 1 ? 'them' : 'it'}`
    : 'the answers must be an object of known answers';
}

/**
 * The red-flag answers, asked first: any yes means see someone before a program (seed 002,
 * "Recognizing When Professional Intervention Is Necessary"; NORMS.md, red flags). A fixed
 * deformity is asked later, with "already seen and cleared", because a cleared adult may start.
 */
export const RED_FLAG_KEYS = [
  'acutePain',
  'severePersistentPain',
  'givingWay',
  'swellingWithoutInjury',
  'warmOrRed',
  'footNumbOrCold',
  'nightPain',
] as const;
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
  .strictObject(
    {
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
      ...screenFields,
    },
    // An answer we do not know is a typo or an older app: say which, never drop it silently.
    { error: (issue) => unknownKeysMessage(issue as { code?: string; keys?: readonly string[] }) },
  )
  .superRefine((answers, context) => {
    const range = answers.ageYears === undefined ? undefined : AGE_GROUP_YEARS[answers.ageGroup];
    if (range !== undefined && answers.ageYears !== undefined) {
      if (answers.ageYears < range[0] || answers.ageYears > range[1]) {
        context.addIssue({
          code: 'custom',
          path: ['ageYears'],
          message: `an age of ${answers.ageYears} does not fit the age group "${answers.ageGroup}" (${range[0]}-${range[1]} years): correct one of them`,
        });
      }
    }
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
