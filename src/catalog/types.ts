/**
 * The exercise catalog's vocabulary. This file is the contract the assessment, program,
 * coaching and web code build on: extend the unions when the seeds need it, never rename.
 */

/** What makes a knee cave in: the drivers the findings engine names and exercises address. */
export const DRIVERS = [
  'foot-pronation',
  'ankle-dorsiflexion',
  'hip-abductor-weakness',
  'hip-external-rotator-weakness',
  'adductor-tightness',
  'tfl-tightness',
  'tibial-external-rotation',
  'quadriceps-weakness',
  'anterior-pelvic-tilt',
  'pelvis-rotation',
  'big-toe-extension',
  'knee-position-sense',
] as const;
export type Driver = (typeof DRIVERS)[number];

/** The body area a driver belongs to, for the body diagram and "foot first" rules. */
export type BodyArea = 'foot' | 'ankle' | 'knee' | 'hip' | 'pelvis' | 'awareness';

export const CATEGORIES = [
  'release',
  'stretch',
  'tibial-rotation',
  'strength',
  'alignment',
  'ankle-mobility',
  'foot',
  'big-toe',
  'anti-valgus',
  'habit',
  'aid',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Program blocks in the order a session runs them (seed 000 steps 1-7, then seed 001's
 * anti-valgus block, then habits and aids which are advice, not timed work).
 */
export const BLOCKS = [
  'release',
  'stretch',
  'tibial-rotation',
  'strength',
  'alignment',
  'walking-pattern',
  'pelvis',
  'anti-valgus',
  'habits',
] as const;
export type Block = (typeof BLOCKS)[number];

export const EQUIPMENT = ['foam-roller', 'massage-ball', 'band', 'step', 'wall', 'chair', 'none'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/** Which camera measurement or live check applies to an exercise (issue 5 uses it). */
export type CameraCheck =
  'single-leg-squat' | 'squat' | 'step-down' | 'balance' | 'hinge' | 'hip-hitch' | 'step-up';

export type SeedFile = '000' | '001' | '002';
/** Where a fact came from: the seed file and its section heading. */
export interface Source {
  readonly seed: SeedFile;
  readonly section: string;
}

/**
 * Dosage exactly as the seed gives it. A field is present only when the seed states it.
 * `perSide` means the numbers apply to each leg. A range in the seed ("30-60 s") is written as
 * the starting value here and its top in `progressTo`.
 */
export interface Dosage {
  readonly sets?: number;
  readonly reps?: number;
  readonly holdSeconds?: number;
  readonly durationSeconds?: number;
  readonly perSide: boolean;
  readonly progressTo?: Readonly<Partial<Pick<Dosage, 'sets' | 'reps' | 'holdSeconds' | 'durationSeconds'>>>;
  /** Anything the numbers cannot say ("until the muscle is tired"), in our words. */
  readonly note?: string;
}

/** A way to do the exercise without a piece of equipment. */
export interface Substitute {
  readonly for: Equipment;
  readonly use: string;
}

export interface Exercise {
  readonly kind: 'exercise';
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  readonly block: Block;
  readonly muscles: readonly string[];
  readonly addresses: readonly Driver[];
  /** Everything needed; `['none']` when nothing is. */
  readonly equipment: readonly Equipment[];
  readonly substitutes: readonly Substitute[];
  readonly dosage: Dosage;
  readonly steps: readonly string[];
  readonly cues: readonly string[];
  readonly commonErrors: readonly string[];
  readonly stopIf: readonly string[];
  /** The next harder exercise of the same pattern, and the easier one. */
  readonly progression?: string;
  readonly regression?: string;
  readonly cameraCheck?: CameraCheck;
  /** Minutes a session spends on it at its dosage (both sides, rests included). */
  readonly minutes: number;
  readonly source: Source;
}

/** A piece of advice (a habit to change, an aid to consider): read, not performed with a timer. */
export interface Advice {
  readonly kind: 'advice';
  readonly id: string;
  readonly title: string;
  readonly category: 'habit' | 'aid';
  readonly addresses: readonly Driver[];
  readonly points: readonly string[];
  readonly source: Source;
}

export type CatalogEntry = Exercise | Advice;
