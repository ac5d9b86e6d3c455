/**
 * Saving a session log: the log, the session marked done and the progression it triggers (pain
 * regresses an exercise, ease progresses it) land in one transaction.
 */
import { CATALOG } from '../catalog/catalog.js';
import type { SessionLog, SessionSymptoms } from '../coaching/types.js';
import type { Professional } from '../assessment/types.js';
import { DomainError } from '../errors.js';
import { applyProgression as applyProgramProgression, regressItems } from '../program/apply-progression.js';
import type { IsoDate, Program } from '../program/types.js';
import type { SessionTriage } from '../progress/session-triage.js';
import { followUpTriage, sessionTriage } from '../progress/session-triage.js';
import type { Store } from '../store/store.js';
import type {
  FollowUpResponse,
  LogResponse,
  ProgressionChange,
  ResumeResponse,
} from '../contract/schemas.js';
import { currentProgram, resolveSettings } from './settings.js';

/** Applies progression to every item the log touched (the rules live in src/program). */
export function applyProgression(
  program: Program,
  logs: readonly SessionLog[],
  touched: ReadonlySet<string>,
  today: IsoDate,
): { program: Program; changes: readonly ProgressionChange[] } {
  return applyProgramProgression(program, logs, touched, today, CATALOG);
}

/**
 * The session triage (src/progress/session-triage.ts) on the program after progression: it moves
 * a painful knee's exercises down, or pauses the program and names who to see.
 */
export function applySessionTriage(
  program: Program,
  logs: readonly SessionLog[],
  today: IsoDate,
  startDate: IsoDate,
): { program: Program; changes: readonly ProgressionChange[]; triage: SessionTriage } {
  const triage = sessionTriage(logs, program, CATALOG, startDate);
  return { ...applyTriage(program, triage, today), triage };
}

/** A stop pauses the program (who to see, why); otherwise the triage's step-downs are applied. */
function applyTriage(
  program: Program,
  triage: SessionTriage,
  today: IsoDate,
): { program: Program; changes: readonly ProgressionChange[] } {
  if (triage.outcome === 'urgent' || triage.outcome === 'see-professional-first') {
    const paused = {
      on: today,
      professionals: triage.professionals,
      reasons: triage.reasons.map((r) => r.text),
      ...(triage.outcome === 'urgent' ? { urgent: true } : {}),
    };
    return { program: { ...program, paused }, changes: [] };
  }
  return triage.regress.length === 0
    ? { program, changes: [] }
    : regressItems(program, triage.regress, today, CATALOG);
}

/**
 * Progression reads an item's logs dated after its `changedOn`: when every touched item has one,
 * older logs cannot matter and are not read. Null: read them all.
 */
export function logsNeededAfter(program: Program, touched: ReadonlySet<string>): IsoDate | null {
  const items = program.blocks.flatMap((block) => block.items).filter((item) => touched.has(item.exerciseId));
  let earliest: IsoDate | null = null;
  for (const item of items) {
    if (item.changedOn === undefined) {
      return null;
    }
    if (earliest === null || item.changedOn < earliest) {
      earliest = item.changedOn;
    }
  }
  return earliest;
}

/** Saves the log for the session `sessionId` and applies progression. */
export async function logSession(
  store: Store,
  userId: string,
  sessionId: string,
  log: SessionLog,
  today: IsoDate,
  now: string,
): Promise<LogResponse> {
  return store.transaction(async (repos) => {
    await repos.users.lockForWrite(userId);
    const session = await repos.sessions.byId(userId, sessionId, today);
    if (session === null) {
      throw new DomainError(
        'not-found',
        `There is no session ${sessionId}: take the id from GET /api/sessions.`,
      );
    }
    if (session.status === 'done') {
      throw new DomainError(
        'conflict',
        `Session ${sessionId} (${session.date}) is already logged; a session is logged once.`,
      );
    }
    if (log.sessionDate !== session.date) {
      throw new DomainError(
        'invalid-input',
        `The log's sessionDate (${log.sessionDate}) must be the session's date (${session.date}).`,
      );
    }
    const saved = await repos.logs.add(userId, sessionId, log, now);
    await repos.sessions.markDone(userId, sessionId);
    const current = await currentProgram(repos, userId);
    let changes: readonly ProgressionChange[] = [];
    let triage: SessionTriage | null = null;
    if (current !== null) {
      const touched = new Set(log.exercises.map((exercise) => exercise.exerciseId));
      const logs = (await repos.logs.listAfter(userId, logsNeededAfter(current.program, touched))).map(
        (record) => record.log,
      );
      const progressed = applyProgression(current.program, logs, touched, log.sessionDate);
      // The session triage reads every log: pain rising week to week needs the earlier weeks.
      const allLogs = (await repos.logs.listAfter(userId, null)).map((record) => record.log);
      const startDate =
        (await repos.settings.get(userId)).startDate ?? allLogs[0]?.sessionDate ?? log.sessionDate;
      const checked = applySessionTriage(progressed.program, allLogs, log.sessionDate, startDate);
      triage = checked.triage;
      changes = [...progressed.changes, ...checked.changes];
      if (changes.length > 0 || checked.program.paused !== current.program.paused) {
        await repos.programs.update(userId, current.id, checked.program, now);
      }
    }
    return { log: { ...log, id: saved.id, sessionId }, changes, ...(triage !== null ? { triage } : {}) };
  });
}

/**
 * Adds answers given after the session (the hour after, the next morning, swelling, locking or
 * giving way since) to the latest log, and applies what only these answers add (followUpTriage):
 * a red flag pauses the program and names who to see, pain that lingers steps the knee's
 * exercises down. A later answer to the same question replaces the earlier one.
 */
export async function addFollowUp(
  store: Store,
  userId: string,
  logId: string,
  answers: SessionSymptoms,
  today: IsoDate,
  now: string,
): Promise<FollowUpResponse> {
  return store.transaction(async (repos) => {
    await repos.users.lockForWrite(userId);
    const logs = await repos.logs.list(userId);
    const record = logs.find((entry) => entry.id === logId);
    if (record === undefined) {
      throw new DomainError('not-found', `There is no session log ${logId}: take the id from GET /api/logs.`);
    }
    if (record !== logs.at(-1)) {
      throw new DomainError(
        'conflict',
        `Log ${logId} (${record.log.sessionDate}) is not your latest session: answer for the latest one.`,
      );
    }
    const log: SessionLog = { ...record.log, symptoms: { ...record.log.symptoms, ...answers } };
    await repos.logs.replace(userId, logId, log);
    const current = await currentProgram(repos, userId);
    const program = current?.program;
    const triage = followUpTriage(answers, program ?? { blocks: [] }, CATALOG);
    let changes: readonly ProgressionChange[] = [];
    if (current !== null && program !== undefined && program.paused === undefined) {
      const applied = applyTriage(program, triage, today);
      changes = applied.changes;
      if (applied.program !== program) {
        await repos.programs.update(userId, current.id, applied.program, now);
      }
    }
    return { log: { ...log, id: record.id, sessionId: record.sessionId }, changes, triage };
  });
}

/**
 * The person has been seen and may carry on: the pause is lifted, and when a physical therapist
 * was among those seen the settings say so (a later stall then goes to orthopaedics).
 */
export async function resumeProgram(
  store: Store,
  userId: string,
  seen: readonly Professional[],
  today: IsoDate,
  now: string,
): Promise<ResumeResponse> {
  return store.transaction(async (repos) => {
    await repos.users.lockForWrite(userId);
    const current = await currentProgram(repos, userId);
    if (current === null) {
      throw new DomainError('not-found', 'There is no program to resume: finish the assessment first.');
    }
    if (current.program.paused === undefined) {
      throw new DomainError('conflict', 'Your program is not paused: there is nothing to resume.');
    }
    const { paused: _paused, ...program } = current.program;
    await repos.programs.update(userId, current.id, program, now);
    const stored = await repos.settings.get(userId);
    const settings = resolveSettings(stored, today);
    if (seen.includes('physical-therapist') && stored.seenPhysicalTherapist !== true) {
      // Only this one setting changes: the schedule stays where it is.
      await repos.settings.save(userId, { ...stored, seenPhysicalTherapist: true }, now);
      return { program, settings: { ...settings, seenPhysicalTherapist: true } };
    }
    return { program, settings };
  });
}
