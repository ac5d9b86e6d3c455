/**
 * The program module's public face: build a program, progress it, schedule it, export it.
 */
export type * from './types.js';
export { buildProgram, blockOrder, sessionBudget, YOUNG_MINUTES } from './build-program.js';
export { progressItem, nextDosage, isFullDosage, matchRule } from './progression.js';
export type { ProgressionResult, ProgressionOptions } from './progression.js';
export {
  PROGRESSION_RULES,
  PAIN_STOP_ABOVE,
  CLEAN_SESSIONS_TO_PROGRESS,
  isPainful,
  isClean,
} from './progression-rules.js';
export { weekPlans, nextSessionsPerWeek } from './frequency.js';
export { ladderFor, laddersOf, neighbourRung } from './ladders.js';
export { outcomesFromSession } from './outcomes.js';
export type { LoggedSession } from './outcomes.js';
export { scheduleSessions, spreadEvenly } from './schedule.js';
export type { ScheduleOptions } from './schedule.js';
export { toICalendar, sessionUid } from './calendar.js';
export type { CalendarOptions } from './calendar.js';
export { addDays, weekdayOf, isIsoDate, parseIsoDate } from './iso-date.js';
export { formatProgramText } from './format-text.js';
export { formatDosage } from './format-dosage.js';
