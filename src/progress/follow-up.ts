/**
 * The questions to ask after a session has been logged, on the next visit (Today): did the pain
 * settle within about an hour, and was the knee worse the next morning (NORMS.md, "Pain during
 * exercise": pain settles within about an hour and is not worse the next morning). Swelling,
 * locking and giving way are asked at the end of the session and again here ("since then").
 * Pure: `today` and `now` are passed in.
 */
import type { SessionLog, SessionSymptoms } from '../coaching/types.js';
import type { IsoDate } from '../program/types.js';
import { daysBetween } from './dates.js';

export const FOLLOW_UP_QUESTIONS = ['painSettledWithinHour', 'nextMorningWorse'] as const;
export type FollowUpQuestion = (typeof FOLLOW_UP_QUESTIONS)[number];

/** The question in plain words, and what answer is the worrying one. */
export const FOLLOW_UP_WORDS: Readonly<Record<FollowUpQuestion, string>> = {
  painSettledWithinHour: 'After the session, did any knee pain settle within about an hour?',
  nextMorningWorse: 'The morning after, was the knee worse than before the session?',
};

/** Red flags noticed since the session, asked with the follow-up (tick any that happened). */
export const SINCE_SESSION_WORDS = {
  newSwelling: 'The knee has swollen up',
  locking: 'The knee locked or got stuck and would not straighten or bend',
  givingWay: 'The knee gave way under me',
} as const;

/** A tick list's answers: every red flag asked, ticked ones yes and the others no. */
export function redFlagsAnswered(value: SessionSymptoms): SessionSymptoms {
  return {
    ...value,
    newSwelling: value.newSwelling === true,
    locking: value.locking === true,
    givingWay: value.givingWay === true,
  };
}

/** Pain "settles within about an hour" (NORMS.md): from then on the first question can be asked. */
export const SETTLE_MINUTES = 60;
/**
 * After this many days the next-morning question is not asked any more: memory of "the morning
 * after" fades, and a program of one session a week still meets it at the next session. A rule of
 * thumb, not a published figure.
 */
export const FOLLOW_UP_MAX_DAYS = 7;

export interface FollowUp {
  readonly logId: string;
  readonly sessionDate: IsoDate;
  readonly asks: readonly FollowUpQuestion[];
}

/** True when the log says there was no knee pain at all (every pain it asked was 0). */
function painFree(log: SessionLog): boolean {
  const scores = [
    log.painAfter,
    ...log.exercises.map((e) => (e.painWhere === 'elsewhere' ? 0 : e.painDuring)),
  ];
  const asked = scores.filter((score): score is number => score !== null);
  return asked.length > 0 && asked.every((score) => score === 0);
}

/**
 * What to ask about the latest logged session, or null. `now` is an ISO timestamp; the hour is
 * counted from the session's end (its start when it was left early).
 */
export function followUpDue(
  latest: { readonly id: string; readonly log: SessionLog } | null,
  today: IsoDate,
  now: string,
): FollowUp | null {
  if (latest === null) {
    return null;
  }
  const { log } = latest;
  const days = daysBetween(log.sessionDate, today);
  if (days < 0 || days > FOLLOW_UP_MAX_DAYS) {
    return null;
  }
  const symptoms = log.symptoms ?? {};
  const endedAt = Date.parse(log.finishedAt ?? log.startedAt);
  const anHourOn = days > 0 || Date.parse(now) - endedAt >= SETTLE_MINUTES * 60_000;
  const asks: FollowUpQuestion[] = [];
  if (symptoms.painSettledWithinHour === undefined && anHourOn && !painFree(log)) {
    asks.push('painSettledWithinHour');
  }
  if (symptoms.nextMorningWorse === undefined && days > 0) {
    asks.push('nextMorningWorse');
  }
  return asks.length === 0 ? null : { logId: latest.id, sessionDate: log.sessionDate, asks };
}
