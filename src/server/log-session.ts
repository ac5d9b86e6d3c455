/**
 * Saving a session log: the log, the session marked done and the progression it triggers (pain
 * regresses an exercise, ease progresses it) land in one transaction.
 */
import { CATALOG } from '../catalog/catalog.js';
import type { SessionLog } from '../coaching/types.js';
import { DomainError } from '../errors.js';
import { outcomesFromSession } from '../program/outcomes.js';
import { progressItem } from '../program/progression.js';
import type { IsoDate, Program, ProgramBlock } from '../program/types.js';
import type { Store } from '../store/store.js';
import type { LogResponse, ProgressionChange } from '../contract/schemas.js';
import { currentProgram } from './settings.js';

/** Applies progression to every item the log touched; an item the rules stop is set aside in leftOut. */
export function applyProgression(
  program: Program,
  logs: readonly SessionLog[],
  touched: ReadonlySet<string>,
  today: IsoDate,
): { program: Program; changes: readonly ProgressionChange[] } {
  const outcomes = logs.flatMap((log) => outcomesFromSession(log));
  const changes: ProgressionChange[] = [];
  const leftOut = [...program.leftOut];
  const blocks: ProgramBlock[] = program.blocks.map((block) => ({
    ...block,
    items: block.items.flatMap((item) => {
      if (!touched.has(item.exerciseId)) {
        return [item];
      }
      const result = progressItem(item, outcomes, CATALOG, today);
      if (result.decision.kind !== 'stay') {
        changes.push({ exerciseId: item.exerciseId, decision: result.decision });
      }
      if (result.item === null) {
        leftOut.push({ exerciseId: item.exerciseId, why: result.decision.reason });
        return [];
      }
      return [result.item];
    }),
  }));
  return { program: { ...program, blocks, leftOut }, changes };
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
    if (current !== null) {
      const touched = new Set(log.exercises.map((exercise) => exercise.exerciseId));
      const logs = (await repos.logs.listAfter(userId, logsNeededAfter(current.program, touched))).map(
        (record) => record.log,
      );
      const progressed = applyProgression(current.program, logs, touched, log.sessionDate);
      changes = progressed.changes;
      if (changes.length > 0) {
        await repos.programs.update(userId, current.id, progressed.program, now);
      }
    }
    return { log: { ...log, id: saved.id, sessionId }, changes };
  });
}
