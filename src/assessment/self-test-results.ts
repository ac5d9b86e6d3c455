/**
 * Result schemas of the self-tests, and `testsSchema`: every test is optional, and a
 * per-side test may give one leg only.
 */
import { z } from 'zod';

const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: () => `choose ${what}: one of ${values.join(', ')}` });

const yesNo = (what: string) => z.boolean({ error: () => `answer yes (true) or no (false): ${what}` });

const measure = (what: string, min: number, max: number, unit: string) =>
  z
    .number({ error: () => `enter ${what} as a number of ${unit}` })
    .min(min, { error: () => `${what} must be at least ${min} ${unit}` })
    .max(max, { error: () => `${what} must be at most ${max} ${unit}` });

/** A result for the left leg, the right leg, or both. */
export function perSide<T extends z.ZodType>(schema: T) {
  return z
    .object({ left: schema.optional(), right: schema.optional() })
    .refine((value) => value.left !== undefined || value.right !== undefined, {
      error: () => 'give a result for the left leg, the right leg, or both',
    });
}

export const KNEE_POSITIONS = ['in', 'in-line', 'out'] as const;
export const standingKneeResult = perSide(choice(KNEE_POSITIONS, 'where the knee sits over the ankle'));

/** Centimetres between the inner ankle bones with the knees lightly touching. */
export const intermalleolarResult = z.object({ cm: measure('the gap between the ankles', 0, 40, 'cm') });

export const LENGTH_UNITS = ['cm', 'in'] as const;
/** A length as the person entered it; converted to cm with src/units.ts before any rule runs. */
export const lengthValue = z
  .object({ value: measure('the distance', 0, 40, 'cm or in'), unit: choice(LENGTH_UNITS, 'a unit') })
  .refine((length) => length.unit === 'cm' || length.value <= 16, {
    error: () => 'that is more than 16 in: did you mean centimetres?',
  });
export const kneeToWallResult = perSide(lengthValue);

export const CAMERA_VERDICTS = ['valgus', 'within-norms', 'no-verdict'] as const;
/** Either what the person saw, or the camera's peak FPPA (+ valgus) with its verdict. */
export const singleLegSquatSide = z.union([
  z.object({ observed: choice(['caves', 'holds'] as const, 'whether the knee caved in') }),
  z.object({
    fppaDegrees: measure('the knee angle (FPPA)', -45, 60, 'degrees'),
    verdict: choice(CAMERA_VERDICTS, 'the camera verdict'),
  }),
]);
export const singleLegSquatResult = perSide(singleLegSquatSide);

export const singleLegBalanceResult = perSide(
  z.object({
    seconds: measure('the time you held your balance', 0, 30, 'seconds'),
    kneeCaved: yesNo('the knee drifted inwards'),
  }),
);

export const footResult = perSide(
  z.object({
    archCollapsesStanding: yesNo('the arch flattens when you stand'),
    canHoldShortFoot: yesNo('you can lift and hold the arch for 5 seconds'),
  }),
);

export const bigToeResult = perSide(choice(['full', 'limited'] as const, 'how far the big toe bends up'));
export const footAngleResult = perSide(choice(['forward', 'out', 'in'] as const, 'where the foot points'));
export const anteriorPelvicTiltResult = z.object({ tilted: yesNo('the pelvis tips forwards') });
export const PELVIS_DIRECTIONS = ['left', 'right', 'none'] as const;
export const pelvisPositionResult = z.object({
  rotatedTowards: choice(PELVIS_DIRECTIONS, 'which way the pelvis turns'),
  shiftedTowards: choice(PELVIS_DIRECTIONS, 'which way the pelvis sits off centre'),
});
export const kneeHyperextensionResult = z.object({ kneesLockBack: yesNo('the knees bow backwards') });
export const activeCorrectionResult = perSide(
  choice(['can', 'partly', 'cannot'] as const, 'whether you can bring the knee into line'),
);
export const kneePositionSenseResult = perSide(
  z.object({ errorDegrees: measure('the position error', 0, 45, 'degrees') }),
);
export const groinStretchResult = perSide(choice(['tight', 'free'] as const, 'how the inner thigh felt'));
export const legDropResult = perSide(choice(['stays-up', 'drops'] as const, 'whether the top leg dropped'));
export const straightLegRaiseResult = perSide(
  z.object({ reps: measure('the lifts you managed', 0, 30, 'lifts').int() }),
);

/** All self-test results; any test may be skipped. Keys are the self-tests' `key`s. */
export const testsSchema = z.object({
  standingKnee: standingKneeResult.optional(),
  intermalleolar: intermalleolarResult.optional(),
  kneeToWall: kneeToWallResult.optional(),
  singleLegSquat: singleLegSquatResult.optional(),
  singleLegBalance: singleLegBalanceResult.optional(),
  foot: footResult.optional(),
  bigToe: bigToeResult.optional(),
  footAngle: footAngleResult.optional(),
  anteriorPelvicTilt: anteriorPelvicTiltResult.optional(),
  pelvisPosition: pelvisPositionResult.optional(),
  kneeHyperextension: kneeHyperextensionResult.optional(),
  activeCorrection: activeCorrectionResult.optional(),
  kneePositionSense: kneePositionSenseResult.optional(),
  groinStretch: groinStretchResult.optional(),
  legDrop: legDropResult.optional(),
  straightLegRaise: straightLegRaiseResult.optional(),
});
export type Tests = z.output<typeof testsSchema>;
export type TestKey = keyof Tests;
