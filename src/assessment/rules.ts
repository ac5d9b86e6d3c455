/**
 * The findings rules as data: which answers and self-test results point to which driver, side
 * and severity; which knees cave in; dynamic or likely structural; the mixed pictures.
 *
 * Severity: the seeds give thresholds but no grades, so severity grows with the number of signs
 * that agree: one sign is mild, two that agree are moderate. A single-leg-squat FPPA at or above
 * the mean of women with knee pain (16.8°, Herrington 2014) is marked on its own.
 */
import { z } from 'zod';
import { DRIVERS } from '../catalog/types.js';
import type { Rule } from './rule-engine.js';
import { loadRules } from './rule-engine.js';
import { MIXED_RULES, NATURE_RULES, NOTE_RULES, VALGUS_RULES } from './picture-rules.js';

export const SEVERITIES = ['mild', 'moderate', 'marked'] as const;
const MIXED_PICTURES = ['bow-legs', 'knee-hyperextension', 'duck-feet', 'pelvis-shift'] as const;

export const findingThenSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('driver'),
    drivers: z.array(z.object({ driver: z.enum(DRIVERS), severity: z.enum(SEVERITIES) })).min(1),
  }),
  /** A sign that this knee caves in; a whole-body rule marks both knees. */
  z.object({ kind: z.literal('valgus') }),
  z.object({ kind: z.literal('nature'), nature: z.enum(['dynamic', 'likely-structural']), note: z.string() }),
  z.object({ kind: z.literal('mixed-picture'), picture: z.enum(MIXED_PICTURES), note: z.string() }),
  z.object({ kind: z.literal('note'), note: z.string() }),
]);
export type FindingThen = z.output<typeof findingThenSchema>;

const caves = { fact: 'singleLegSquat.{side}.caves', op: 'eq', value: true } as const;
const archDrops = { fact: 'foot.{side}.archCollapsesStanding', op: 'eq', value: true } as const;
const shortAnkle = { fact: 'kneeToWall.{side}.cm', op: 'lt', value: 10 } as const;
const driver = (...pairs: [string, string][]) => ({
  kind: 'driver',
  drivers: pairs.map(([name, severity]) => ({ driver: name, severity })),
});

const DRIVER_RULES = [
  {
    id: 'ankle-dorsiflexion-short',
    perSide: true,
    when: shortAnkle,
    then: driver(['ankle-dorsiflexion', 'mild']),
    source: 'seed 000, 6A Improve Ankle mobility: toe more than 4 in (10 cm) from the wall; NORMS.md',
  },
  {
    id: 'ankle-dorsiflexion-with-arch-drop',
    perSide: true,
    when: { all: [shortAnkle, archDrops] },
    then: driver(['ankle-dorsiflexion', 'moderate'], ['foot-pronation', 'moderate']),
    source: 'seed 001, Key #1 Ankle Dorsiflexion: a stiff ankle is made up for by a rolling foot',
  },
  {
    id: 'foot-pronation-arch-drop',
    perSide: true,
    when: archDrops,
    then: driver(['foot-pronation', 'mild']),
    source: 'seed 000, 6B Improve arch support; seed 001, Key #1 The Active Arch',
  },
  {
    id: 'foot-pronation-no-active-arch',
    perSide: true,
    when: { all: [archDrops, { fact: 'foot.{side}.canHoldShortFoot', op: 'eq', value: false }] },
    then: driver(['foot-pronation', 'moderate']),
    source: 'seed 001, Key #1 The Short & Skinny Foot',
  },
  {
    id: 'big-toe-stiff',
    perSide: true,
    when: { fact: 'bigToe.{side}', op: 'eq', value: 'limited' },
    then: driver(['big-toe-extension', 'mild']),
    source: 'seed 000, 6C Increase Big Toe Extension',
  },
  {
    id: 'hip-weak-single-leg-squat',
    perSide: true,
    when: caves,
    then: driver(['hip-abductor-weakness', 'moderate'], ['hip-external-rotator-weakness', 'moderate']),
    source: 'seed 002, Understanding the Biomechanical Causes; seed 000, 4. Strengthening exercises',
  },
  {
    id: 'hip-weak-fppa-high',
    perSide: true,
    when: { fact: 'singleLegSquat.{side}.fppaDegrees', op: 'gte', value: 16.8 },
    then: driver(['hip-abductor-weakness', 'marked'], ['hip-external-rotator-weakness', 'marked']),
    source: 'Herrington 2014 (NORMS.md): single-leg squat FPPA 16.8° in women with knee pain vs 8.4° healthy',
  },
  {
    id: 'hip-weak-balance',
    perSide: true,
    when: {
      any: [
        { fact: 'singleLegBalance.{side}.seconds', op: 'lt', value: 30 },
        { fact: 'singleLegBalance.{side}.kneeCaved', op: 'eq', value: true },
      ],
    },
    then: driver(['hip-abductor-weakness', 'mild']),
    source: 'seed 000, 5a Single Leg Balance: 30 seconds without the knee caving in',
  },
  {
    id: 'adductor-tight',
    perSide: true,
    when: { fact: 'groinStretch.{side}', op: 'eq', value: 'tight' },
    then: driver(['adductor-tightness', 'mild']),
    source: 'seed 000, 1a Adductor release and 2b Groin stretch',
  },
  {
    id: 'tfl-tight',
    perSide: true,
    when: { fact: 'legDrop.{side}', op: 'eq', value: 'stays-up' },
    then: driver(['tfl-tightness', 'mild']),
    source: 'seed 000, 1b Tensor Fasciae Latae: tightness turns the thigh inwards',
  },
  {
    id: 'quadriceps-weak',
    perSide: true,
    when: { fact: 'straightLegRaise.{side}.reps', op: 'lt', value: 30 },
    then: driver(['quadriceps-weakness', 'mild']),
    source: 'seed 000, 4c Quadriceps: 30 locked-knee leg lifts',
  },
  {
    id: 'tibia-turned-out',
    perSide: true,
    when: {
      all: [
        { fact: 'footAngle.{side}', op: 'eq', value: 'out' },
        { any: [{ fact: 'standingKnee.{side}', op: 'eq', value: 'in' }, caves] },
      ],
    },
    then: driver(['tibial-external-rotation', 'mild']),
    source: 'seed 000, What is Knee Valgus? c) Tibia External Rotation, d) Duck Feet Posture',
  },
  {
    id: 'pelvis-tipped-forwards',
    perSide: false,
    when: { fact: 'anteriorPelvicTilt', op: 'eq', value: true },
    then: driver(['anterior-pelvic-tilt', 'mild']),
    source: 'seed 000, 7. Address Pelvis Position: Anterior Pelvic Tilt',
  },
  {
    id: 'pelvis-turned',
    perSide: false,
    when: { fact: 'pelvis.rotatedTowards', op: 'in', value: ['left', 'right'] },
    then: driver(['pelvis-rotation', 'mild']),
    source: 'seed 000, 8b Assess For Rotation Pelvis',
  },
  {
    id: 'knee-sense-off',
    perSide: true,
    // More than the 7.5° smallest detectable difference of 2D knee angles (Munro 2012, NORMS.md).
    when: { fact: 'kneePositionSense.{side}.errorDegrees', op: 'gt', value: 7.5 },
    then: driver(['knee-position-sense', 'mild']),
    source: 'seed 001, Key #2 kinesthetic awareness; threshold: Munro 2012 smallest detectable difference',
  },
  {
    id: 'knee-sense-caves-though-correctable',
    perSide: true,
    when: { all: [caves, { fact: 'activeCorrection.{side}', op: 'eq', value: 'can' }] },
    then: driver(['knee-position-sense', 'mild']),
    source: 'seed 001, Key #2: the knee can be held in line but is not, so the sense of its position is off',
  },
];

/** Every findings rule, validated at load: a bad edit to a table fails here, loudly. */
export const FINDING_RULES: readonly Rule<FindingThen>[] = loadRules(findingThenSchema, [
  ...DRIVER_RULES,
  ...VALGUS_RULES,
  ...NATURE_RULES,
  ...MIXED_RULES,
  ...NOTE_RULES,
]);
