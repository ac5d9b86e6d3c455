/**
 * Findings and preferences → a program: blocks in the seed's order, exercises that answer the
 * findings, fitted to the person's side, pain, kit and minutes, each with its reason.
 */
import { BLOCKS } from '../catalog/types.js';
import type { Block, CatalogEntry } from '../catalog/types.js';
import type { Exclusion, Findings, Preferences } from '../assessment/types.js';
import { adaptationsFor, removedBy } from './exclusions.js';
import type { LeftOut, Program, ProgramBlock, ProgramItem } from './types.js';
import { selectAdvice } from './advice.js';
import { fitEquipment } from './fit-equipment.js';
import { fitInOrder } from './fit-time.js';
import { ladderFor } from './ladders.js';
import { weekPlans } from './frequency.js';
import { BLOCK_TITLES, isFootOrAnkle } from './labels.js';
import { priorityOf } from './priority.js';
import { reasonFor, sidesFor } from './reasons.js';
import { CORE_EXERCISE_IDS, easiestRungsOnly, narrowToOneArea, selectCandidates } from './select.js';
import { exerciseMap } from './ladders.js';
import { sourceWords } from './labels.js';
import type { Candidate } from './select.js';

/**
 * Children and teens: at least 10-20 minutes a day (USER-NEEDS.md, "children and teens"; seed 000
 * replies). "At least" is a floor, not a cap: a teen who has 40 minutes keeps them; a child's
 * session stays short and playful (up to 20 minutes).
 */
export const YOUNG_MINUTES = { min: 10, max: 20 } as const;

/** The minutes a session may take for this person. */
export function sessionBudget(preferences: Preferences): number {
  if (preferences.ageGroup === 'teen') {
    return Math.max(YOUNG_MINUTES.min, preferences.minutesPerSession);
  }
  if (preferences.ageGroup === 'child') {
    return Math.min(YOUNG_MINUTES.max, Math.max(YOUNG_MINUTES.min, preferences.minutesPerSession));
  }
  return preferences.minutesPerSession;
}

/**
 * Block order for this person: the seed's (seed 000 steps 1-7, seed 001's anti-valgus block,
 * habits), except that the foot and ankle block leads when a foot or ankle driver was found: the
 * knee follows the foot (seed 000 author's replies; seed 001, "Key #1": "that's where you need to start").
 */
export function blockOrder(findings: Findings): readonly Block[] {
  const footFirst = findings.drivers.some((f) => isFootOrAnkle(f.driver));
  return footFirst ? ['walking-pattern', ...BLOCKS.filter((b) => b !== 'walking-pattern')] : BLOCKS;
}

function toItem(candidate: Candidate, findings: Findings, preferences: Preferences): ProgramItem | LeftOut {
  const fit = fitEquipment(candidate.exercise, preferences.equipment);
  if (fit.kind === 'missing') {
    return { exerciseId: candidate.exercise.id, why: fit.why };
  }
  const sides = sidesFor(candidate, findings);
  const { exercise } = candidate;
  return {
    exerciseId: exercise.id,
    sides,
    dosage: exercise.dosage,
    reason: reasonFor(candidate, findings, sides, kneePain(preferences)),
    source: exercise.source,
    priority: priorityOf(candidate),
    minutes: exercise.minutes,
    ...(fit.kind === 'substitute' ? { substituteNote: fit.note } : {}),
    ...withAdaptations(exercise.id, exclusionsOf(findings)),
  };
}

const exclusionsOf = (findings: Findings): readonly Exclusion[] => findings.triage?.exclusions ?? [];

function withAdaptations(id: string, exclusions: readonly Exclusion[]): { adaptations?: readonly string[] } {
  const adaptations = adaptationsFor(id, exclusions);
  return adaptations.length > 0 ? { adaptations } : {};
}

/** Knee pain sets where the knee's ladders start; pain only elsewhere does not (issue 9). */
export function kneePain(preferences: Preferences): number {
  return preferences.kneePainNow ?? preferences.painNow;
}

function groupIntoBlocks(
  items: readonly ProgramItem[],
  catalog: readonly CatalogEntry[],
  order: readonly Block[],
): ProgramBlock[] {
  const blockOf = new Map(
    catalog.map((entry) => [entry.id, entry.kind === 'exercise' ? entry.block : 'habits']),
  );
  return order
    .map((block) => ({
      block,
      title: BLOCK_TITLES[block],
      items: items.filter((item) => blockOf.get(item.exerciseId) === block),
    }))
    .filter((block) => block.items.length > 0);
}

const TRY_REASON =
  'To try: seed 000 asks you to try every exercise of the program at first and keep what helps; the 4-week review keeps the ones you respond to.';

/**
 * The rest of the seed's program, to try (seed 000 comments: try every exercise, keep what helps):
 * the easiest version of every pattern not already in the program, that the triage allows and the
 * kit fits. None when the person can work on one area only.
 */
function toTry(
  items: readonly ProgramItem[],
  leftOut: readonly LeftOut[],
  findings: Findings,
  preferences: Preferences,
  catalog: readonly CatalogEntry[],
  removed: ReadonlyMap<string, string>,
  rank: (candidate: Candidate) => number,
): ProgramItem[] {
  if (preferences.oneAreaOnly) {
    return [];
  }
  const taken = new Set([...items, ...leftOut].flatMap((item) => ladderFor(catalog, item.exerciseId)));
  const extras = [...exerciseMap(catalog).values()]
    .filter((exercise) => !removed.has(exercise.id) && !taken.has(exercise.id))
    .filter((exercise) => ladderFor(catalog, exercise.id)[0] === exercise.id)
    .map((exercise): Candidate => ({ exercise, findings: [], rung: 0 }))
    .sort((a, b) => rank(a) - rank(b));
  return extras.flatMap((candidate) => {
    const item = toItem(candidate, findings, preferences);
    if ('why' in item) {
      return [];
    }
    return [{ ...item, reason: `${TRY_REASON} Source: ${sourceWords(candidate.exercise.source)}.` }];
  });
}

/**
 * The core alignment work first (seed 000 step 5: "just as important" as the rest), then the
 * findings' exercises, then the ones to try, each filling what is left of the time top to bottom;
 * the session itself runs in the seed's order.
 */
function fillTopToBottom(
  items: readonly ProgramItem[],
  extras: readonly ProgramItem[],
  preferences: Preferences,
): { readonly kept: readonly ProgramItem[]; readonly leftOut: readonly LeftOut[] } {
  const budget = sessionBudget(preferences);
  const isCore = (item: ProgramItem): boolean => CORE_EXERCISE_IDS.includes(item.exerciseId);
  const core = fitInOrder(items.filter(isCore), budget);
  const found = fitInOrder(
    items.filter((item) => !isCore(item)),
    budget - core.used,
    undefined,
    budget,
  );
  const rest = fitInOrder(
    extras,
    budget - core.used - found.used,
    'what your findings call for came first',
    budget,
  );
  const chosen = new Set([...core.kept, ...found.kept]);
  return {
    kept: [...items.filter((item) => chosen.has(item)), ...rest.kept],
    leftOut: [...core.leftOut, ...found.leftOut, ...rest.leftOut],
  };
}

/**
 * Builds the program. With `findings.programAllowed` false it returns only the referral: no
 * exercises until a professional has seen the person.
 * @param catalog every exercise and piece of advice to choose from (the real catalog or a test one)
 */
export function buildProgram(
  findings: Findings,
  preferences: Preferences,
  catalog: readonly CatalogEntry[],
): Program {
  if (!findings.programAllowed) {
    return {
      blocks: [],
      advice: [],
      leftOut: [],
      weeks: [],
      minutesPerSession: 0,
      referral: findings.referral,
    };
  }
  const exclusions = exclusionsOf(findings);
  const removed = removedBy(exclusions);
  const selected = selectCandidates(findings, catalog);
  const all = selected.filter((candidate) => !removed.has(candidate.exercise.id));
  const oneArea = narrowToOneArea(all, findings, preferences);
  // Easiest rungs with knee pain now, or when the triage says so (pain worse the next day, recent surgery).
  const startEasy = exclusions.includes('easiest-rungs-first')
    ? Math.max(1, kneePain(preferences))
    : kneePain(preferences);
  const eased = easiestRungsOnly(oneArea.kept, catalog, startEasy);
  const leftOut: LeftOut[] = [
    ...selected
      .filter((candidate) => removed.has(candidate.exercise.id))
      .map((candidate) => ({
        exerciseId: candidate.exercise.id,
        why: removed.get(candidate.exercise.id) ?? '',
      })),
    ...oneArea.excluded,
    ...eased.excluded,
  ];
  const order = blockOrder(findings);
  const rank = (c: Candidate): number => order.indexOf(c.exercise.block);
  const ordered = [...eased.kept].sort((a, b) => rank(a) - rank(b));
  const items: ProgramItem[] = [];
  for (const candidate of ordered) {
    const result = toItem(candidate, findings, preferences);
    if ('why' in result) {
      leftOut.push(result);
    } else {
      items.push(result);
    }
  }
  const fitted = fillTopToBottom(
    items,
    toTry(items, leftOut, findings, preferences, catalog, removed, rank),
    preferences,
  );
  const blocks = groupIntoBlocks(fitted.kept, catalog, order);
  return {
    blocks,
    advice: selectAdvice(catalog, { findings, preferences, blocksUsed: new Set(blocks.map((b) => b.block)) }),
    leftOut: [...leftOut, ...fitted.leftOut],
    weeks: weekPlans(preferences),
    minutesPerSession: fitted.kept.reduce((sum, item) => sum + item.minutes, 0),
    referral: findings.referral,
    ...(exclusions.length > 0 ? { exclusions } : {}),
  };
}
