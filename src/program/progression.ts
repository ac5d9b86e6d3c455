/**
 * Moving one exercise up or down its ladder from the person's logs: the interpreter for
 * PROGRESSION_RULES. Within an exercise, the dosage climbs to the top of the seed's range first
 * ("Repeat 10-20 times"), then the next rung of the ladder takes over at its own starting dosage.
 */
import type { CatalogEntry, Dosage, Equipment } from '../catalog/types.js';
import { fitEquipment } from './fit-equipment.js';
import type { ExerciseOutcome, IsoDate, ProgramItem, ProgressionDecision } from './types.js';
import { PROGRESSION_RULES } from './progression-rules.js';
import type { ProgressionRule } from './progression-rules.js';
import { exerciseMap, neighbourRung } from './ladders.js';
import { sourceWords } from './labels.js';
import { DomainError } from '../errors.js';

/** True when the dosage is at the top of its range (or has no range). */
export function isFullDosage(dosage: Dosage): boolean {
  const top = dosage.progressTo ?? {};
  return (Object.keys(top) as (keyof typeof top)[]).every((key) => dosage[key] === top[key]);
}

/**
 * The dosage one step up: the top of the seed's range. Unchanged when it is already there.
 * @example nextDosage({ reps: 10, perSide: true, progressTo: { reps: 20 } }) // { reps: 20, ... }
 */
export function nextDosage(dosage: Dosage): Dosage {
  return { ...dosage, ...(dosage.progressTo ?? {}) };
}

/** The first rule that matches the logs. */
export function matchRule(logs: readonly ExerciseOutcome[]): ProgressionRule {
  const rule = PROGRESSION_RULES.find((r) => r.when(logs)) ?? PROGRESSION_RULES.at(-1);
  if (rule === undefined) {
    throw new DomainError(
      'conflict',
      'PROGRESSION_RULES is empty: it must end with a rule that always matches.',
    );
  }
  return rule;
}

/** The logs that count for an item: its own, after it last changed, oldest first. */
function relevantLogs(item: ProgramItem, logs: readonly ExerciseOutcome[]): readonly ExerciseOutcome[] {
  return logs
    .filter((log) => log.exerciseId === item.exerciseId)
    .filter((log) => item.changedOn === undefined || log.date > item.changedOn)
    .map((log, index) => ({ log, index }))
    .sort((a, b) => (a.log.date < b.log.date ? -1 : a.log.date > b.log.date ? 1 : a.index - b.index))
    .map(({ log }) => log);
}

export interface ProgressionResult {
  /** The item to use from now on; null when the exercise should pause until pain settles. */
  readonly item: ProgramItem | null;
  readonly decision: ProgressionDecision;
}

const CHANGE_PREFIX = /^Changed on \d{4}-\d{2}-\d{2}: .*? — /;

/** The item moved to another rung, with that rung's own dosage; null when its kit is missing. */
function toRung(
  item: ProgramItem,
  catalog: readonly CatalogEntry[],
  toId: string,
  today: IsoDate,
  why: string,
  equipment: readonly Equipment[] | undefined,
): ProgramItem | null {
  const exercise = exerciseMap(catalog).get(toId);
  if (exercise === undefined) {
    return null;
  }
  const fit = equipment === undefined ? ({ kind: 'fits' } as const) : fitEquipment(exercise, equipment);
  if (fit.kind === 'missing') {
    return null;
  }
  const { substituteNote: _previous, ...rest } = item;
  return {
    ...rest,
    exerciseId: exercise.id,
    dosage: exercise.dosage,
    minutes: exercise.minutes,
    source: exercise.source,
    reason: `Changed on ${today}: ${why} Now ${exercise.name} (${sourceWords(exercise.source)}). — ${item.reason.replace(CHANGE_PREFIX, '')}`,
    changedOn: today,
    ...(fit.kind === 'substitute' ? { substituteNote: fit.note } : {}),
  };
}

/** Options for `progressItem`. */
export interface ProgressionOptions {
  /** The kit the person has; a rung that needs missing kit with no substitute is skipped. Absent: not checked. */
  readonly equipment?: readonly Equipment[];
  /** Exercises the triage leaves out (program.exclusions): never moved into. */
  readonly excluded?: ReadonlySet<string>;
}

/**
 * Applies the first matching progression rule to one program item.
 * `logs` may hold every log; only this exercise's logs after `item.changedOn` count.
 * `today` becomes the item's `changedOn` when it changes.
 */
export function progressItem(
  item: ProgramItem,
  logs: readonly ExerciseOutcome[],
  catalog: readonly CatalogEntry[],
  today: IsoDate,
  options: ProgressionOptions = {},
): ProgressionResult {
  const rule = matchRule(relevantLogs(item, logs));
  const ruleId = rule.id;
  if (rule.then === 'stay') {
    return { item, decision: { kind: 'stay', ruleId, reason: rule.says } };
  }
  if (rule.then === 'move-down') {
    const easier = neighbourRung(catalog, item.exerciseId, -1);
    if (easier === undefined) {
      const reason = `${rule.says} This is already the easiest version: pause it until the pain settles, and see a physical therapist if it does not (seed 002, "Recognizing When Professional Intervention Is Necessary").`;
      return { item: null, decision: { kind: 'stop', ruleId, reason } };
    }
    const easierItem = toRung(item, catalog, easier, today, rule.says, options.equipment);
    if (easierItem === null) {
      const reason = `${rule.says} The easier version needs kit you do not have: pause this exercise until the pain settles.`;
      return { item: null, decision: { kind: 'stop', ruleId, reason } };
    }
    return {
      item: easierItem,
      decision: { kind: 'regress-rung', ruleId, reason: rule.says, toExerciseId: easier },
    };
  }
  if (!isFullDosage(item.dosage)) {
    return {
      item: { ...item, dosage: nextDosage(item.dosage), changedOn: today },
      decision: {
        kind: 'progress-dosage',
        ruleId,
        reason: `${rule.says} The dosage goes to the top of its range.`,
      },
    };
  }
  const harder = neighbourRung(catalog, item.exerciseId, 1);
  if (harder !== undefined && options.excluded?.has(harder) === true) {
    const reason = `${rule.says} The next version is left out by your safety check: keep this one going.`;
    return { item, decision: { kind: 'stay', ruleId, reason } };
  }
  if (harder === undefined) {
    const reason = `${rule.says} This is the hardest version at full dosage: keep it going.`;
    return { item, decision: { kind: 'stay', ruleId, reason } };
  }
  const harderItem = toRung(item, catalog, harder, today, rule.says, options.equipment);
  if (harderItem === null) {
    const reason = `${rule.says} The next version needs kit you do not have: keep this one going.`;
    return { item, decision: { kind: 'stay', ruleId, reason } };
  }
  return {
    item: harderItem,
    decision: { kind: 'progress-rung', ruleId, reason: rule.says, toExerciseId: harder },
  };
}
