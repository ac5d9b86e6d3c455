/**
 * Progression over a whole program after a logged session: every exercise the log touched moves
 * by the progression rules; an exercise the rules stop is set aside in leftOut with the reason; a
 * rung already in the program is never added twice; a rung the triage leaves out is never entered.
 * The server calls this inside its transaction (src/server/log-session.ts).
 */
import type { CatalogEntry } from '../catalog/types.js';
import { outcomesFromSession } from './outcomes.js';
import type { LoggedSession } from './outcomes.js';
import { progressItem } from './progression.js';
import { removedBy } from './exclusions.js';
import { exerciseMap, neighbourRung } from './ladders.js';
import type { IsoDate, Program, ProgramBlock, ProgramItem, ProgressionDecision } from './types.js';

export interface ProgramChange {
  readonly exerciseId: string;
  readonly decision: ProgressionDecision;
}

/** Applies progression to every item the logs touched, in block order. */
export function applyProgression(
  program: Program,
  logs: readonly LoggedSession[],
  touched: ReadonlySet<string>,
  today: IsoDate,
  catalog: readonly CatalogEntry[],
): { program: Program; changes: readonly ProgramChange[] } {
  const outcomes = logs.flatMap((log) => outcomesFromSession(log));
  const excluded = new Set(removedBy(program.exclusions ?? []).keys());
  const inProgram = new Set(program.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));
  const changes: ProgramChange[] = [];
  const leftOut = [...program.leftOut];
  const step = (item: ProgramItem): ProgramItem[] => {
    if (!touched.has(item.exerciseId)) {
      return [item];
    }
    const result = progressItem(item, outcomes, catalog, today, { excluded });
    const decision = result.decision;
    const moved = result.item !== null && result.item.exerciseId !== item.exerciseId;
    if (moved && result.item !== null && inProgram.has(result.item.exerciseId)) {
      // That version is already in the program: never list it twice.
      if (decision.kind === 'regress-rung') {
        const said = `${decision.reason} Its easier version is already in your program, so this one is set aside.`;
        changes.push({
          exerciseId: item.exerciseId,
          decision: { kind: 'stop', ruleId: decision.ruleId, reason: said },
        });
        leftOut.push({ exerciseId: item.exerciseId, why: said });
        inProgram.delete(item.exerciseId);
        return [];
      }
      const reason = `${decision.reason} The next version is already in your program, so this one stays as well.`;
      changes.push({
        exerciseId: item.exerciseId,
        decision: { kind: 'stay', ruleId: decision.ruleId, reason },
      });
      return [item];
    }
    if (decision.kind !== 'stay') {
      changes.push({ exerciseId: item.exerciseId, decision });
    }
    if (result.item === null) {
      leftOut.push({ exerciseId: item.exerciseId, why: decision.reason });
      inProgram.delete(item.exerciseId);
      return [];
    }
    if (moved) {
      inProgram.delete(item.exerciseId);
      inProgram.add(result.item.exerciseId);
      // The lower rung stays available: the player can offer it on a bad day.
      const base = dropEasier(result.item);
      return [decision.kind === 'progress-rung' ? { ...base, easierExerciseId: item.exerciseId } : base];
    }
    return [result.item];
  };
  const blocks: ProgramBlock[] = program.blocks.map((block) => ({
    ...block,
    items: block.items.flatMap(step),
  }));
  return { program: { ...program, blocks, leftOut }, changes };
}

function dropEasier(item: ProgramItem): ProgramItem {
  const { easierExerciseId: _dropped, ...rest } = item;
  return rest;
}

/**
 * Moves the named items one rung down (their own starting dosage at the bottom of a ladder), each
 * with the session triage's reason: pain above 5/10, not settled, or rising week to week.
 */
export function regressItems(
  program: Program,
  regress: readonly { readonly exerciseId: string; readonly why: string }[],
  today: IsoDate,
  catalog: readonly CatalogEntry[],
): { program: Program; changes: readonly ProgramChange[] } {
  const changes: ProgramChange[] = [];
  const why = new Map(regress.map((r) => [r.exerciseId, r.why]));
  const present = new Set(program.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));
  const leftOut = [...program.leftOut];
  const step = (item: ProgramItem): ProgramItem[] => {
    const reason = why.get(item.exerciseId);
    if (reason === undefined || item.changedOn === today) {
      return [item];
    }
    const easier = neighbourRung(catalog, item.exerciseId, -1);
    const exercise = easier === undefined ? undefined : exerciseMap(catalog).get(easier);
    if (easier !== undefined && present.has(easier)) {
      // The easier version is already in the program: this one is set aside, not listed twice.
      leftOut.push({
        exerciseId: item.exerciseId,
        why: `${reason} Its easier version is already in your program.`,
      });
      changes.push({
        exerciseId: item.exerciseId,
        decision: { kind: 'stop', ruleId: 'session-triage', reason },
      });
      return [];
    }
    if (easier === undefined || exercise === undefined) {
      const base = exerciseMap(catalog).get(item.exerciseId)?.dosage ?? item.dosage;
      const said = `${reason} This is its easiest version: back to its starting dosage.`;
      changes.push({
        exerciseId: item.exerciseId,
        decision: { kind: 'stay', ruleId: 'session-triage', reason: said },
      });
      return [{ ...item, dosage: base, changedOn: today }];
    }
    present.add(easier);
    changes.push({
      exerciseId: item.exerciseId,
      decision: { kind: 'regress-rung', ruleId: 'session-triage', reason, toExerciseId: easier },
    });
    const { easierExerciseId: _gone, ...rest } = item;
    return [
      {
        ...rest,
        exerciseId: easier,
        dosage: exercise.dosage,
        minutes: exercise.minutes,
        source: exercise.source,
        reason: `Changed on ${today}: ${reason} Now ${exercise.name}.`,
        changedOn: today,
      },
    ];
  };
  const blocks = program.blocks.map((block) => ({ ...block, items: block.items.flatMap(step) }));
  return { program: { ...program, blocks, leftOut }, changes };
}
