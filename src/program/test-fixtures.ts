/**
 * Small hand-made catalog, findings and preferences for the program tests: each test changes only
 * what it is about.
 */
import type { Advice, Block, Driver, Dosage, Equipment, Exercise, Substitute } from '../catalog/types.js';
import type { Finding, Findings, Preferences, Sides } from '../assessment/types.js';

interface ExerciseSpec {
  readonly id: string;
  readonly block: Block;
  readonly addresses: readonly Driver[];
  readonly minutes?: number;
  readonly equipment?: readonly Equipment[];
  readonly substitutes?: readonly Substitute[];
  readonly dosage?: Dosage;
  readonly progression?: string;
  readonly regression?: string;
}

/** An exercise with plain defaults: 10 reps each side, 2 minutes, no kit. */
export function exercise(spec: ExerciseSpec): Exercise {
  return {
    kind: 'exercise',
    id: spec.id,
    name: spec.id.replaceAll('-', ' '),
    category: 'strength',
    block: spec.block,
    muscles: [],
    addresses: spec.addresses,
    equipment: spec.equipment ?? ['none'],
    substitutes: spec.substitutes ?? [],
    dosage: spec.dosage ?? { reps: 10, perSide: true },
    steps: [],
    cues: [],
    commonErrors: [],
    stopIf: [],
    minutes: spec.minutes ?? 2,
    source: { seed: '000', section: `test ${spec.id}` },
    ...(spec.progression !== undefined ? { progression: spec.progression } : {}),
    ...(spec.regression !== undefined ? { regression: spec.regression } : {}),
  };
}

export function advice(id: string, addresses: readonly Driver[] = []): Advice {
  return {
    kind: 'advice',
    id,
    title: id,
    category: 'habit',
    addresses,
    points: [`point of ${id}`],
    source: { seed: '000', section: 'Avoid these positions' },
  };
}

/** A finding with one piece of evidence. */
export function finding(driver: Driver, side: Sides, severity: Finding['severity'] = 'moderate'): Finding {
  return {
    driver,
    side,
    severity,
    evidence: [{ source: `${driver}-test`, detail: `${driver} test positive on ${side}` }],
    ruleId: `rule-${driver}`,
  };
}

export function findingsWith(drivers: readonly Finding[], overrides: Partial<Findings> = {}): Findings {
  return {
    valgusSide: 'both',
    nature: 'dynamic',
    drivers,
    mixedPictures: [],
    referral: null,
    programAllowed: true,
    notes: [],
    ...overrides,
  };
}

export function preferencesWith(overrides: Partial<Preferences> = {}): Preferences {
  return {
    minutesPerSession: 60,
    daysPerWeek: 7,
    equipment: ['band', 'wall', 'chair', 'step', 'foam-roller', 'massage-ball'],
    ageGroup: 'adult',
    painNow: 0,
    oneAreaOnly: false,
    ...overrides,
  };
}

/** A catalog with one exercise per block, two ladders and a few pieces of advice. */
export const SMALL_CATALOG = [
  exercise({
    id: 'adductor-release',
    block: 'release',
    addresses: ['adductor-tightness'],
    equipment: ['foam-roller'],
    minutes: 5,
  }),
  exercise({ id: 'tfl-stretch', block: 'stretch', addresses: ['tfl-tightness'] }),
  exercise({
    id: 'popliteus',
    block: 'tibial-rotation',
    addresses: ['tibial-external-rotation'],
    equipment: ['chair'],
    substitutes: [{ for: 'chair', use: 'sit on a bed edge' }],
  }),
  exercise({
    id: 'side-lying-abduction',
    block: 'strength',
    addresses: ['hip-abductor-weakness'],
    progression: 'banded-clamshell',
  }),
  exercise({
    id: 'banded-clamshell',
    block: 'strength',
    addresses: ['hip-abductor-weakness'],
    equipment: ['band'],
    progression: 'banded-side-steps',
  }),
  exercise({
    id: 'banded-side-steps',
    block: 'strength',
    addresses: ['hip-abductor-weakness'],
    equipment: ['band'],
    regression: 'banded-clamshell',
  }),
  exercise({
    id: 'single-leg-balance',
    block: 'alignment',
    addresses: ['knee-position-sense'],
    dosage: { holdSeconds: 30, perSide: true },
  }),
  exercise({
    id: 'banded-chair-squat',
    block: 'alignment',
    addresses: ['quadriceps-weakness'],
    equipment: ['band', 'chair'],
    dosage: { reps: 10, perSide: false },
    progression: 'step-up',
  }),
  exercise({
    id: 'step-up',
    block: 'alignment',
    addresses: ['quadriceps-weakness'],
    equipment: ['step'],
    dosage: { reps: 10, perSide: true, progressTo: { reps: 20 } },
  }),
  exercise({
    id: 'short-foot',
    block: 'walking-pattern',
    addresses: ['foot-pronation'],
    dosage: { reps: 20, holdSeconds: 5, perSide: false },
  }),
  exercise({
    id: 'calf-stretch',
    block: 'walking-pattern',
    addresses: ['ankle-dorsiflexion'],
    equipment: ['wall'],
    minutes: 3,
  }),
  exercise({ id: 'hip-flexor-stretch', block: 'pelvis', addresses: ['anterior-pelvic-tilt'] }),
  exercise({
    id: 'hip-hitch',
    block: 'anti-valgus',
    addresses: ['hip-abductor-weakness', 'foot-pronation'],
    equipment: ['step'],
  }),
  advice('knee-over-second-toe', ['knee-position-sense']),
  advice('one-sided-valgus'),
  advice('w-sitting'),
  advice('driving'),
  advice('orthotics-medial-posting', ['foot-pronation']),
] as const;
