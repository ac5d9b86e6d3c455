/**
 * The user's settings: units, training days, start date, reminders, voice. Shared by the store
 * (the `settings.data` column) and the HTTP API (`PUT /api/settings`).
 */
import { z } from 'zod';

/**
 * The years a date may have. A knee program runs within a lifetime: 1900 leaves room for a birth
 * year, 2100 for any schedule. Outside them a date is a typo (0050 for 2050, 9999 as "never"), and
 * JavaScript reads years 0-99 as 1900-1999, so they are refused rather than silently moved.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

/** Null when `year` is allowed, else the sentence that says why not. */
export function checkYear(year: number): string | null {
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR
    ? null
    : `the year ${year} is outside ${EARLIEST_YEAR}-${LATEST_YEAR}, the years Kneeline accepts`;
}

const yearOf = (value: string): number => Number(value.slice(0, 4));

/** A calendar day `YYYY-MM-DD` that exists (2026-02-30 does not), in the years 1900-2100. */
export const isoDateSchema = z.iso
  .date({ message: 'must be a date written YYYY-MM-DD, e.g. 2026-12-01' })
  .refine((value) => checkYear(yearOf(value)) === null, {
    error: (issue) => `${checkYear(yearOf(String(issue.input)))}`,
  });

/** An ISO timestamp with its offset, in the years 1900-2100. */
export const timestampSchema = z.iso
  .datetime({ offset: true, message: 'must be a time written like 2026-12-01T18:00:00Z' })
  .refine((value) => checkYear(yearOf(value)) === null, {
    error: (issue) => `${checkYear(yearOf(String(issue.input)))}`,
  });

/** Training weekdays, 0 = Sunday .. 6 = Saturday, each at most once. */
export const weekdaysSchema = z
  .array(
    z
      .number()
      .int()
      .min(0, 'weekdays go from 0 (Sunday) to 6 (Saturday)')
      .max(6, 'weekdays go from 0 (Sunday) to 6 (Saturday)'),
  )
  .min(1, 'choose at least one training day')
  .max(7)
  .refine((days) => new Set(days).size === days.length, 'each weekday may appear once');

/** Unknown keys are refused naming them ("remindrs" is a typo, not something to drop silently). */
export const settingsSchema = z.strictObject({
  units: z.enum(['metric', 'imperial']),
  weekdays: weekdaysSchema,
  startDate: isoDateSchema,
  reminders: z.strictObject({
    enabled: z.boolean(),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM, e.g. 07:30'),
  }),
  voice: z.boolean(),
  /**
   * The person has seen a physical therapist about their knees: a stall after regular work then
   * goes to an orthopaedic specialist (progress/escalation.ts, seed 002). Absent: not said.
   */
  seenPhysicalTherapist: z.boolean().optional(),
});
/** Settings as the API sends and receives them. */
export type Settings = z.infer<typeof settingsSchema>;

/** Settings as stored: no start date until the user picks one (then "today" stands in). */
export const storedSettingsSchema = settingsSchema.extend({ startDate: isoDateSchema.nullable() });
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

/** What a new user starts with: Monday, Wednesday, Friday; no start date yet; calendar alarms at 18:00. */
export const DEFAULT_SETTINGS: StoredSettings = Object.freeze({
  units: 'metric',
  weekdays: [1, 3, 5],
  startDate: null,
  // Calendar alarms on by default: a reminder a person never switched on is one they never get.
  reminders: Object.freeze({ enabled: true, time: '18:00' }),
  voice: true,
});
