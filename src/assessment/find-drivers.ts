/**
 * `findDrivers`: answers and self-test results → `Findings` (drivers with side, severity and
 * evidence; which knees cave in; dynamic or likely structural; mixed pictures; referral).
 * All the clinical knowledge lives in the rule tables (rules.ts, referral.ts); this file only
 * merges their hits.
 */
import type { Driver } from '../catalog/types.js';
import type { Facts } from './facts.js';
import { factsFrom } from './facts.js';
import type { AssessmentInput } from './input.js';
import type { Hit } from './rule-engine.js';
import { runRules } from './rule-engine.js';
import { triageReferral } from './referral.js';
import { allowsProgram } from './triage.js';
import type { FindingThen } from './rules.js';
import { FINDING_RULES, SEVERITIES } from './rules.js';
import type {
  Evidence,
  Finding,
  Findings,
  MixedPicture,
  Preferences,
  Severity,
  Side,
  Sides,
} from './types.js';

type FindingHit = Hit<FindingThen>;

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function sidesOf(sides: readonly (Side | null)[]): Sides | 'none' {
  const left = sides.includes('left') || sides.includes(null);
  const right = sides.includes('right') || sides.includes(null);
  return left && right ? 'both' : left ? 'left' : right ? 'right' : 'none';
}

function valgusSideOf(hits: readonly FindingHit[]): Sides | 'none' {
  return sidesOf(hits.filter((hit) => hit.rule.then.kind === 'valgus').map((hit) => hit.side));
}

function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const byDetail = new Map(evidence.map((item) => [item.detail, item]));
  return [...byDetail.values()];
}

/** One finding per driver: sides joined, the highest severity, every piece of evidence. */
function driversOf(hits: readonly FindingHit[], valgusSide: Sides | 'none'): Finding[] {
  const byDriver = new Map<
    Driver,
    { sides: (Side | null)[]; severity: Severity; ruleId: string; evidence: Evidence[] }
  >();
  for (const hit of hits) {
    const then = hit.rule.then;
    if (then.kind !== 'driver') {
      continue;
    }
    for (const { driver, severity } of then.drivers) {
      const current = byDriver.get(driver);
      if (current === undefined) {
        byDriver.set(driver, {
          sides: [hit.side],
          severity,
          ruleId: hit.rule.id,
          evidence: [...hit.evidence],
        });
        continue;
      }
      current.sides.push(hit.side);
      current.evidence.push(...hit.evidence);
      if (SEVERITIES.indexOf(severity) > SEVERITIES.indexOf(current.severity)) {
        current.severity = severity;
        current.ruleId = hit.rule.id;
      }
    }
  }
  return [...byDriver].map(([driver, found]) => {
    // A whole-body driver (the pelvis) belongs to the knees that cave in.
    const sides =
      found.sides.every((side) => side === null) && valgusSide !== 'none' ? valgusSide : sidesOf(found.sides);
    return {
      driver,
      side: sides === 'none' ? 'both' : sides,
      severity: found.severity,
      evidence: uniqueEvidence(found.evidence),
      ruleId: found.ruleId,
    };
  });
}

/** Said when a knee can be brought fully into line and yet a sign points to bone shape. */
export const MIXED_NATURE_NOTE =
  'Mixed signs: you can bring the knee fully into line, which points to muscle control that exercise changes, but another sign (a fixed shape, or no change after weeks of work) points to bone shape. Both can be true: train for control, and have a professional tell them apart.';

function natureOf(hits: readonly FindingHit[]): { nature: Findings['nature']; notes: string[] } {
  const natures = hits.flatMap((hit) => (hit.rule.then.kind === 'nature' ? [hit.rule.then] : []));
  const structural = natures.filter((then) => then.nature === 'likely-structural');
  const correctable = hits.some((hit) => hit.rule.id === 'dynamic-can-correct');
  // A whole-body sign of bone shape (a fixed shape, no change after weeks) against a knee that
  // comes fully into line; one knee that cannot and one that can is simply structural on one side.
  const wholeBodyStructural = hits.some(
    (hit) =>
      hit.side === null && hit.rule.then.kind === 'nature' && hit.rule.then.nature === 'likely-structural',
  );
  if (
    wholeBodyStructural &&
    correctable &&
    !hits.some((hit) => hit.rule.id === 'structural-cannot-correct')
  ) {
    // Neither reading silently wins: the person is told both (issue 9).
    return { nature: 'unclear', notes: [MIXED_NATURE_NOTE] };
  }
  // Otherwise any sign of a bone shape outweighs signs of control: the cautious reading wins.
  const chosen = structural.length > 0 ? structural : natures;
  const first = chosen[0];
  return first === undefined
    ? { nature: 'unclear', notes: [] }
    : { nature: first.nature, notes: unique(chosen.map((then) => then.note)) };
}

function picturesOf(hits: readonly FindingHit[]): { pictures: MixedPicture[]; notes: string[] } {
  const mixed = hits.flatMap((hit) => (hit.rule.then.kind === 'mixed-picture' ? [hit.rule.then] : []));
  return {
    pictures: unique(mixed.map((then) => then.picture)),
    notes: unique(mixed.map((then) => then.note)),
  };
}

/** Findings from the facts of one assessment (exposed for tests of single facts). */
export function findingsFromFacts(facts: Facts): Findings {
  const hits = runRules(FINDING_RULES, facts);
  const valgusSide = valgusSideOf(hits);
  const nature = natureOf(hits);
  const pictures = picturesOf(hits);
  const safety = triageReferral(facts);
  const plainNotes = hits.flatMap((hit) => (hit.rule.then.kind === 'note' ? [hit.rule.then.note] : []));
  return {
    valgusSide,
    nature: nature.nature,
    drivers: driversOf(hits, valgusSide),
    mixedPictures: pictures.pictures,
    referral: safety.referral,
    programAllowed: allowsProgram(safety.triage),
    notes: unique([...safety.notes, ...nature.notes, ...pictures.notes, ...plainNotes]),
    triage: safety.triage,
  };
}

/**
 * Everything the assessment concludes. Pure: the same input always gives the same findings.
 * @example findDrivers(parseAssessmentInput(json)).drivers[0]?.driver // 'ankle-dorsiflexion'
 */
export function findDrivers(input: AssessmentInput): Findings {
  return findingsFromFacts(factsFrom(input));
}

/** The person's time, kit and limits, for the program builder. */
export function preferencesFrom(input: AssessmentInput): Preferences {
  const { answers } = input;
  return {
    minutesPerSession: answers.minutesPerSession,
    daysPerWeek: answers.daysPerWeek,
    equipment: answers.equipment,
    ageGroup: answers.ageGroup,
    painNow: answers.painLevel,
    kneePainNow: answers.painAreas.includes('knee') ? answers.painLevel : 0,
    oneAreaOnly: answers.oneAreaOnly,
  };
}
