/**
 * The user's settings: units, training days, start date, reminders, voice. Shared by the store
 * (the `settings.data` column) and the HTTP API (`PUT /api/settings`).
 */
import { z } from 'zod';

/** A calendar day `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const isoDateSchema = z.iso.date({ message: 'must be a date written YYYY-MM-DD, e.g. 2026-12-01' });

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

export const settingsSchema = z.object({
  units: z.enum(['metric', 'imperial']),
  weekdays: weekdaysSchema,
  startDate: isoDateSchema,
  reminders: z.object({
    enabled: z.boolean(),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM, e.g. 07:30'),
  }),
  voice: z.boolean(),
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
