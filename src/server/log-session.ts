/**
 * Saving a session log: the log, the session marked done and the progression it triggers (pain
 * regresses an exercise, ease progresses it) land in one transaction.
 */
import { CATALOG } from '../catalog/catalog.js';
import type { SessionLog } from '../coaching/types.js';
import { DomainError } from '../errors.js';
import { applyProgression as applyProgramProgression, regressItems } from '../program/apply-progression.js';
import type { IsoDate, Program } from '../program/types.js';
import type { SessionTriage } from '../progress/session-triage.js';
import { sessionTriage } from '../progress/session-triage.js';
import type { Store } from '../store/store.js';
import type { LogResponse, ProgressionChange } from '../contract/schemas.js';
import { currentProgram } from './settings.js';

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
  if (triage.outcome === 'urgent' || triage.outcome === 'see-professional-first') {
    const paused = {
      on: today,
      professionals: triage.professionals,
      reasons: triage.reasons.map((r) => r.text),
    };
    return { program: { ...program, paused }, changes: [], triage };
  }
  const regressed = regressItems(program, triage.regress, today, CATALOG);
  return { ...regressed, triage };
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
