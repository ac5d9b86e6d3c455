/** Settings as the API shows them, and moving the schedule when the training days change. */
import { scheduleSessions } from '../program/schedule.js';
import type { IsoDate } from '../program/types.js';
import type { Settings, StoredSettings } from '../contract/settings.js';
import type { ProgramRecord } from '../store/programs.repository.js';
import type { Repositories } from '../store/store.js';

/** How many weeks of sessions the calendar holds (the 4 planned weeks and 4 more of "week 5 onwards"). */
export const SCHEDULE_WEEKS = 8;

/** A user who never picked a start date starts today. */
export function resolveSettings(stored: StoredSettings, today: IsoDate): Settings {
  return { ...stored, startDate: stored.startDate ?? today };
}

/** The start date a new schedule uses: the chosen one, but never a day already past. */
export function scheduleStart(stored: StoredSettings, today: IsoDate): IsoDate {
  return stored.startDate !== null && stored.startDate > today ? stored.startDate : today;
}

/**
 * Saves the settings and, when the training days or the start date shown changed, lays the current program's
 * sessions not yet done on the new days (from today on). Run inside a transaction.
 */
export async function saveSettings(
  repos: Repositories,
  userId: string,
  next: Settings,
  today: IsoDate,
  now: string,
): Promise<Settings> {
  const before = await repos.settings.get(userId);
  await repos.settings.save(userId, next, now);
  // Compared with what the settings page showed: a start date never picked reads as today, and
  // sending that back unchanged (to toggle the voice, say) must not restart the program from week 1.
  const shownStart = resolveSettings(before, today).startDate;
  const moved = shownStart !== next.startDate || before.weekdays.join() !== next.weekdays.join();
  const current = await currentProgram(repos, userId);
  if (moved && current !== null) {
    const sessions = scheduleSessions(current.program, {
      startDate: next.startDate,
      weekdays: next.weekdays,
      weeks: SCHEDULE_WEEKS,
    });
    await repos.sessions.replaceUpcoming(userId, current.id, sessions, today);
  }
  return next;
}

/** The program of the latest completed assessment, or null (none yet, or that assessment said stop). */
export async function currentProgram(repos: Repositories, userId: string): Promise<ProgramRecord | null> {
  const [program, assessmentId] = await Promise.all([
    repos.programs.current(userId),
    repos.assessments.latestCompletedId(userId),
  ]);
  return program !== null && program.assessmentId === assessmentId ? program : null;
}
