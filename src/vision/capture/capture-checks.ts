/**
 * The capture guide's checks on one camera frame: body in view from hips to feet, one person,
 * distance, light, facing the camera and keypoint confidence. Each check passes, fails with what
 * to change, or waits (it cannot be judged yet). Nothing is measured while any check is not
 * passing. Pure: a pose (video pixels, model labels), the previous pose and the frame's brightness in.
 */
import { QUALITY_THRESHOLDS } from '../trial/quality-gates.js';
import { MOVENET_MIN_SCORE } from '../geometry/confidence.js';
import { gateByConfidence } from '../geometry/confidence.js';
import type { Keypoint, KeypointName, PoseFrame } from '../geometry/types.js';
import { distance, midpoint } from '../geometry/point.js';
import { meanLegScore } from '../geometry/leg-score.js';
import { facingCamera } from '../geometry/facing.js';

export type CaptureCheckId = 'light' | 'one-person' | 'body-in-view' | 'distance' | 'facing' | 'confidence';

/** One check's outcome; `message` says what to change (or what we wait for). */
export type CaptureCheck = {
  readonly id: CaptureCheckId;
  readonly label: string;
} & ({ readonly status: 'pass' } | { readonly status: 'fail' | 'waiting'; readonly message: string });

/** Thresholds of the guide: plausibility settings of this app, not clinical values. */
export interface CaptureThresholds {
  readonly minScore: number;
  /** Mean brightness 0..255 below which the frame is too dark, above which it is washed out. */
  readonly minBrightness: number;
  readonly maxBrightness: number;
  /** Hip-to-ankle height as a share of the frame height: too far below, too close above. */
  readonly minLegShare: number;
  readonly maxLegShare: number;
  /** Share of the frame kept clear at the edges for the feet and hips. */
  readonly edgeMargin: number;
  readonly minMeanLegScore: number;
  /** A move of the hip centre larger than this share of leg length between two frames is a jump. */
  readonly maxJumpPerLegLength: number;
}

export const CAPTURE_THRESHOLDS: CaptureThresholds = {
  // MoveNet model card: trust keypoints from about 0.3 (NORMS.md, markerless).
  minScore: MOVENET_MIN_SCORE,
  minBrightness: 45,
  maxBrightness: 235,
  // A standing adult's hips sit about halfway up the body: legs of 25-60 % of the frame keep the
  // whole body in view at 1-2 m, where MoveNet works best (model card, NORMS.md).
  minLegShare: 0.25,
  maxLegShare: 0.6,
  edgeMargin: 0.02,
  // The same plausibility limits the trial's quality gates use (vision/trial/quality-gates.ts).
  minMeanLegScore: QUALITY_THRESHOLDS.minMeanScore,
  maxJumpPerLegLength: 0.5,
};

/** What the guide looks at for one frame. */
export interface CaptureInput {
  readonly pose: PoseFrame;
  /** Mean brightness of the frame, 0..255. */
  readonly brightness: number;
  /** How many people the detector returned (single-pose models: 0 or 1). */
  readonly poseCount: number;
  /** True when the keypoints jumped between recent frames (see `keypointsJumped`). */
  readonly jumped: boolean;
  /** A double-leg test: both knees shifting the same way also reads as turned (geometry/facing.ts). */
  readonly doubleLeg?: boolean;
}

function seen(pose: PoseFrame, name: KeypointName, minScore: number): Keypoint | null {
  const point = pose.keypoints[name];
  return point !== undefined && point.score >= minScore ? point : null;
}

/** Hip-centre and ankle-centre of a frame, when all four are seen. */
function legLine(pose: PoseFrame, minScore: number) {
  const [lh, rh, la, ra] = (['left_hip', 'right_hip', 'left_ankle', 'right_ankle'] as const).map((name) =>
    seen(pose, name, minScore),
  );
  if (!lh || !rh || !la || !ra) {
    return null;
  }
  return { hips: midpoint(lh, rh), ankles: midpoint(la, ra) };
}

/** True when the hip centre moved more than the threshold share of leg length between frames. */
export function keypointsJumped(
  previous: PoseFrame | null,
  current: PoseFrame,
  thresholds: CaptureThresholds = CAPTURE_THRESHOLDS,
): boolean {
  if (previous === null) {
    return false;
  }
  const before = legLine(previous, thresholds.minScore);
  const now = legLine(current, thresholds.minScore);
  if (before === null || now === null) {
    return false;
  }
  const legLength = distance(now.hips, now.ankles);
  return legLength > 0 && distance(before.hips, now.hips) / legLength > thresholds.maxJumpPerLegLength;
}

function pass(id: CaptureCheckId, label: string): CaptureCheck {
  return { id, label, status: 'pass' };
}
function fail(id: CaptureCheckId, label: string, message: string): CaptureCheck {
  return { id, label, status: 'fail', message };
}
function wait(id: CaptureCheckId, label: string, message: string): CaptureCheck {
  return { id, label, status: 'waiting', message };
}

function lightCheck(brightness: number, t: CaptureThresholds): CaptureCheck {
  if (brightness < t.minBrightness) {
    return fail('light', 'Light', 'It is too dark to see you well: turn on a light or face a window.');
  }
  if (brightness > t.maxBrightness) {
    return fail('light', 'Light', 'The picture is washed out: move so a bright window is not behind you.');
  }
  return pass('light', 'Light');
}

function bodyCheck(pose: PoseFrame, t: CaptureThresholds): CaptureCheck {
  const label = 'Hips to feet in view';
  const inside = (point: Keypoint | null): boolean =>
    point !== null &&
    point.x >= pose.width * t.edgeMargin &&
    point.x <= pose.width * (1 - t.edgeMargin) &&
    point.y >= pose.height * t.edgeMargin &&
    point.y <= pose.height * (1 - t.edgeMargin);
  const ok = (names: readonly KeypointName[]) => names.every((name) => inside(seen(pose, name, t.minScore)));
  if (!ok(['left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle'])) {
    if (!ok(['left_hip', 'right_hip']) && !ok(['left_ankle', 'right_ankle'])) {
      return fail('body-in-view', label, 'We cannot see your legs: stand in the frame, facing the camera.');
    }
    return ok(['left_ankle', 'right_ankle'])
      ? fail('body-in-view', label, 'Your hips are out of the picture: step back or tilt the camera up.')
      : fail('body-in-view', label, 'Your feet are out of the picture: step back or tilt the camera down.');
  }
  return pass('body-in-view', label);
}

function distanceCheck(pose: PoseFrame, t: CaptureThresholds): CaptureCheck {
  const label = 'Distance';
  const line = legLine(pose, t.minScore);
  if (line === null) {
    return wait('distance', label, 'We need to see your hips and feet first.');
  }
  const share = (line.ankles.y - line.hips.y) / pose.height;
  if (share < t.minLegShare) {
    return fail('distance', label, 'You are a little far away: come a step closer.');
  }
  if (share > t.maxLegShare) {
    return fail('distance', label, 'You are a little close: step back.');
  }
  return pass('distance', label);
}

function facingCheck(pose: PoseFrame, t: CaptureThresholds, doubleLeg: boolean): CaptureCheck {
  const label = 'Facing the camera';
  // The same rule the trial's quality gates apply to the whole recording (geometry/facing.ts).
  const facing = facingCamera(gateByConfidence(pose, t.minScore), { doubleLeg });
  if (facing.kind === 'unknown') {
    return wait('facing', label, 'We need to see your hips and legs.');
  }
  if (facing.kind === 'facing') {
    return pass('facing', label);
  }
  return facing.why === 'knees-shift-same-way'
    ? fail('facing', label, 'Both knees move the same way in the picture: turn to face the camera square on.')
    : fail('facing', label, 'Turn to face the camera square on, toes pointing at it.');
}

function confidenceCheck(pose: PoseFrame, t: CaptureThresholds): CaptureCheck {
  const label = 'Clear view of the legs';
  return (meanLegScore([pose], ['left', 'right']) ?? 0) >= t.minMeanLegScore
    ? pass('confidence', label)
    : fail(
        'confidence',
        label,
        'We cannot make out your legs clearly: wear shorts or fitted trousers and clear the space around you.',
      );
}

/** Every check for one frame, in the order a person would fix them. */
export function checkCapture(
  input: CaptureInput,
  thresholds: CaptureThresholds = CAPTURE_THRESHOLDS,
): CaptureCheck[] {
  const onePerson =
    input.poseCount > 1 || input.jumped
      ? fail(
          'one-person',
          'Only you in view',
          'Someone else may be in view: make sure only you are in the picture.',
        )
      : pass('one-person', 'Only you in view');
  return [
    lightCheck(input.brightness, thresholds),
    onePerson,
    bodyCheck(input.pose, thresholds),
    distanceCheck(input.pose, thresholds),
    facingCheck(input.pose, thresholds, input.doubleLeg ?? false),
    confidenceCheck(input.pose, thresholds),
  ];
}

/** True when every check passes: only then may a measurement start or go on. */
export function readyToMeasure(checks: readonly CaptureCheck[]): boolean {
  return checks.every((check) => check.status === 'pass');
}

/** The first thing to change, or null when all pass. */
export function whatToChange(checks: readonly CaptureCheck[]): string | null {
  for (const check of checks) {
    if (check.status !== 'pass') {
      return check.message;
    }
  }
  return null;
}

/**
 * The checks that must keep passing while the person moves. Distance is left out: the hips drop
 * towards the feet in every squat, which the distance check would read as "too far".
 */
const DURING_MOVEMENT: ReadonlySet<CaptureCheckId> = new Set([
  'light',
  'one-person',
  'body-in-view',
  'confidence',
]);

/**
 * The checks shown while a double-leg test records: the movement checks plus facing, since the
 * trial reads a same-way knee shift as an oblique view; it is shown, not enforced, so the result
 * (which judges the whole recording) has the last word.
 */
export function shownDuringMovement(checks: readonly CaptureCheck[], doubleLeg: boolean): CaptureCheck[] {
  return checks.filter((check) => DURING_MOVEMENT.has(check.id) || (doubleLeg && check.id === 'facing'));
}

/** Only the checks that apply during a recording. */
export function movementChecks(checks: readonly CaptureCheck[]): CaptureCheck[] {
  return checks.filter((check) => DURING_MOVEMENT.has(check.id));
}
