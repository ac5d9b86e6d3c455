/**
 * zod schemas for the JSON the API takes and the store keeps in text columns (the store parses a
 * column with them in src/store/json-column-reader.ts, STYLE.md §8). Objects are loose: a field another module adds later
 * survives a round trip; the fields this code relies on are checked.
 */
import { z } from 'zod';
import { BLOCKS, DRIVERS, EQUIPMENT } from '../catalog/types.js';
import type { Findings, Preferences } from '../assessment/types.js';
import type { Program } from '../program/types.js';
import { PROFESSIONALS } from '../assessment/triage-then.js';
import { TRIAL_TESTS } from '../vision/geometry/types.js';
import { isoDateSchema } from './settings.js';

const sides = z.enum(['left', 'right', 'both']);

const referralSchema = z.looseObject({
  urgency: z.enum(['stop', 'alongside']),
  to: z.array(z.enum(PROFESSIONALS)),
  reasons: z.array(z.string()),
  nextSteps: z.array(z.string()),
});

/** Findings as the assessment produces them. */
export const findingsSchema: z.ZodType<Findings> = z.looseObject({
  valgusSide: z.enum(['left', 'right', 'both', 'none']),
  nature: z.enum(['dynamic', 'likely-structural', 'unclear']),
  drivers: z.array(
    z.looseObject({
      driver: z.enum(DRIVERS),
      side: sides,
      severity: z.enum(['mild', 'moderate', 'marked']),
      evidence: z.array(z.looseObject({ source: z.string(), detail: z.string() })),
      ruleId: z.string(),
    }),
  ),
  mixedPictures: z.array(z.enum(['bow-legs', 'knee-hyperextension', 'duck-feet', 'pelvis-shift'])),
  referral: referralSchema.nullable(),
  programAllowed: z.boolean(),
  notes: z.array(z.string()),
});

/** Preferences the program was fitted to. */
export const preferencesSchema: z.ZodType<Preferences> = z.looseObject({
  minutesPerSession: z.number(),
  daysPerWeek: z.number(),
  equipment: z.array(z.enum(EQUIPMENT)),
  ageGroup: z.enum(['child', 'teen', 'adult', 'older-adult']),
  painNow: z.number(),
  oneAreaOnly: z.boolean(),
});

const doseNumbers = {
  sets: z.number().exactOptional(),
  reps: z.number().exactOptional(),
  holdSeconds: z.number().exactOptional(),
  durationSeconds: z.number().exactOptional(),
};

const dosageSchema = z.looseObject({
  ...doseNumbers,
  perSide: z.boolean(),
  progressTo: z.looseObject(doseNumbers).exactOptional(),
  note: z.string().exactOptional(),
});

const sourceSchema = z.looseObject({ seed: z.enum(['000', '001', '002']), section: z.string() });

/** One program item; exported for the progression code that rewrites an item's level. */
export const programItemSchema = z.looseObject({
  exerciseId: z.string(),
  sides,
  dosage: dosageSchema,
  reason: z.string(),
  source: sourceSchema,
  priority: z.number(),
  substituteNote: z.string().exactOptional(),
  minutes: z.number(),
});

/** A program as the program builder produces it. */
export const programSchema: z.ZodType<Program> = z.looseObject({
  blocks: z.array(
    z.looseObject({ block: z.enum(BLOCKS), title: z.string(), items: z.array(programItemSchema) }),
  ),
  advice: z.array(z.looseObject({ adviceId: z.string(), reason: z.string() })),
  leftOut: z.array(z.looseObject({ exerciseId: z.string(), why: z.string() })),
  weeks: z.array(
    z.looseObject({
      week: z.number(),
      sessionsPerWeek: z.number(),
      focus: z.string(),
      retest: z.boolean(),
      review: z.boolean(),
    }),
  ),
  minutesPerSession: z.number(),
  referral: referralSchema.nullable(),
});

/** Answers or self-test results: an object keyed by question or test id. */
export const jsonObjectSchema = z.record(z.string(), z.unknown());

const trialSide = z.enum(['left', 'right', 'both']);

/**
 * A trial report (vision/trial's `TrialReport`): plain JSON, checked on the fields the app reads.
 * Per repetition and per side numbers only; there is no place for video.
 */
export const trialReportSchema = z.looseObject({
  schemaVersion: z.literal(1),
  test: z.enum(TRIAL_TESTS),
  side: trialSide,
  frameCount: z.number().int().min(0),
  usableFrameCount: z.number().int().min(0),
  repetitions: z.array(
    z.looseObject({
      number: z.number().int(),
      knees: z.array(z.looseObject({ side: z.enum(['left', 'right']) })),
    }),
  ),
  sides: z.array(
    z.looseObject({
      side: z.enum(['left', 'right']),
      repCount: z.number().int().min(0),
      medianPeakFppaDegrees: z.number().nullable(),
    }),
  ),
  asymmetryDegrees: z.number().nullable(),
  quality: z.array(z.unknown()),
  caution: z.string(),
});

/** Keypoint frames kept beside a measurement (optional, numbers only). */
export const keypointFramesSchema = z.array(z.looseObject({ index: z.number().int().min(0) })).max(10_000);

const perSide = (value: z.ZodNumber) =>
  z.strictObject({ left: value.exactOptional(), right: value.exactOptional() });

/** `POST /api/retests`: progress's `Retest`. */
export const retestSchema = z.strictObject({
  date: isoDateSchema,
  kneeToWallCm: perSide(
    z.number().min(0, 'a distance cannot be negative').max(40, 'more than 40 cm: check the number'),
  ),
  fppa: z
    .strictObject({
      test: z.enum(TRIAL_TESTS),
      degrees: perSide(z.number().min(-45).max(60)),
    })
    .exactOptional(),
  painNow: z
    .number()
    .int()
    .min(0, 'pain is 0 (none) to 10 (worst)')
    .max(10, 'pain is 0 (none) to 10 (worst)'),
  standingKneeTest: z.enum(['knees-inside-ankles', 'in-line']).exactOptional(),
});
