import { describe, expect, it } from 'vitest';
import { frameOf, standingSquare } from '../geometry/test-frame.js';
import type { FramePoints } from '../geometry/test-frame.js';
import {
  checkCapture,
  keypointsJumped,
  movementChecks,
  readyToMeasure,
  shownDuringMovement,
  whatToChange,
} from './capture-checks.js';
import type { CaptureCheck, CaptureCheckId } from './capture-checks.js';

const input = (
  points: FramePoints,
  extra: { brightness?: number; poseCount?: number; jumped?: boolean } = {},
) => ({
  pose: frameOf(points),
  brightness: extra.brightness ?? 120,
  poseCount: extra.poseCount ?? 1,
  jumped: extra.jumped ?? false,
});

const status = (checks: CaptureCheck[], id: CaptureCheckId) =>
  checks.find((check) => check.id === id)?.status;

/** Moves every point by (dx, dy) and scales about the frame's centre top. */
function moved(points: FramePoints, scale: number, dy = 0): FramePoints {
  return Object.fromEntries(
    Object.entries(points).map(([name, p]) => [name, [360 + (p[0] - 360) * scale, p[1] * scale + dy]]),
  );
}

describe('checkCapture', () => {
  it('passes a person standing square in good light', () => {
    const checks = checkCapture(input(standingSquare));
    expect(readyToMeasure(checks)).toBe(true);
    expect(whatToChange(checks)).toBeNull();
  });

  it('asks for light in a dark room', () => {
    const checks = checkCapture(input(standingSquare, { brightness: 20 }));
    expect(status(checks, 'light')).toBe('fail');
    expect(whatToChange(checks)).toMatch(/too dark/);
  });

  it('asks to step back when the feet are below the frame', () => {
    const { left_ankle: _l, right_ankle: _r, ...noFeet } = standingSquare;
    const checks = checkCapture(input({ ...noFeet, left_ankle: [390, 1290], right_ankle: [330, 1290] }));
    expect(status(checks, 'body-in-view')).toBe('fail');
    expect(whatToChange(checks)).toMatch(/feet are out of the picture/);
    expect(readyToMeasure(checks)).toBe(false);
  });

  it('treats unsure keypoints as not seen', () => {
    const checks = checkCapture(input({ ...standingSquare, left_ankle: [390, 1050, 0.1] }));
    expect(status(checks, 'body-in-view')).toBe('fail');
  });

  it('asks to come closer when the person is small in the frame', () => {
    const checks = checkCapture(input(moved(standingSquare, 0.5, 300)));
    expect(status(checks, 'distance')).toBe('fail');
    expect(whatToChange(checks)).toMatch(/closer/);
  });

  it('asks to step back when the legs fill most of the frame', () => {
    const checks = checkCapture(input(moved(standingSquare, 2, -1000)));
    expect(status(checks, 'distance')).toBe('fail');
    expect(whatToChange(checks)).toMatch(/step back/);
  });

  it('asks to face the camera when the body is side-on', () => {
    const side: FramePoints = {
      ...standingSquare,
      left_shoulder: [365, 400],
      right_shoulder: [355, 400],
      left_hip: [365, 650],
      right_hip: [355, 650],
    };
    const checks = checkCapture(input(side));
    expect(status(checks, 'facing')).toBe('fail');
    expect(whatToChange(checks)).toMatch(/face the camera/);
  });

  it('asks for a clearer view when the legs are seen but unsure', () => {
    const unsure = Object.fromEntries(
      Object.entries(standingSquare).map(([name, p]) => [name, [p[0], p[1], 0.35]]),
    ) as FramePoints;
    const checks = checkCapture(input(unsure));
    expect(status(checks, 'body-in-view')).toBe('pass');
    expect(status(checks, 'confidence')).toBe('fail');
  });

  it('stops for a second person', () => {
    expect(status(checkCapture(input(standingSquare, { poseCount: 2 })), 'one-person')).toBe('fail');
    expect(whatToChange(checkCapture(input(standingSquare, { jumped: true })))).toMatch(/Someone else/);
  });

  it('waits, rather than fails, on distance when the legs are not seen', () => {
    const checks = checkCapture(input({ left_shoulder: [420, 400], right_shoulder: [300, 400] }));
    expect(status(checks, 'distance')).toBe('waiting');
    expect(readyToMeasure(checks)).toBe(false);
  });
});

describe('checkCapture boundaries (CAPTURE_THRESHOLDS: plausibility settings of this app)', () => {
  /** `standingSquare` with the hips and ankles moved so the legs span `legPixels` of the 1280 px frame. */
  const legsOf = (legPixels: number): FramePoints => ({
    ...standingSquare,
    left_ankle: [390, 650 + legPixels],
    right_ankle: [330, 650 + legPixels],
  });

  it('takes legs of exactly 25% and 60% of the frame height, and asks to move from one pixel past', () => {
    expect(status(checkCapture(input(legsOf(0.25 * 1280))), 'distance')).toBe('pass');
    expect(status(checkCapture(input(legsOf(0.25 * 1280 - 1))), 'distance')).toBe('fail');
    expect(status(checkCapture(input(legsOf(0.6 * 1280))), 'distance')).toBe('pass');
    expect(status(checkCapture(input(legsOf(0.6 * 1280 + 1))), 'distance')).toBe('fail');
  });

  it('counts a point right on the 2% edge margin as in view, and one just outside as out', () => {
    const at = (x: number, y: number): FramePoints => ({ ...standingSquare, left_hip: [x, y] });
    const body = (points: FramePoints) => status(checkCapture(input(points)), 'body-in-view');
    const [left, top] = [720 * 0.02, 1280 * 0.02];
    const [right, bottom] = [720 * (1 - 0.02), 1280 * (1 - 0.02)];
    expect(body(at(left, 650))).toBe('pass');
    expect(body(at(left - 0.1, 650))).toBe('fail');
    expect(body(at(right, 650))).toBe('pass');
    expect(body(at(right + 0.1, 650))).toBe('fail');
    expect(body(at(400, top))).toBe('pass');
    expect(body(at(400, top - 0.1))).toBe('fail');
    expect(body(at(400, bottom))).toBe('pass');
    expect(body(at(400, bottom + 0.1))).toBe('fail');
  });

  it('takes a mean leg score of exactly 0.5 as a clear view, and 0.49 as unclear (quality gates minMeanScore)', () => {
    const scored = (score: number): FramePoints =>
      Object.fromEntries(Object.entries(standingSquare).map(([name, p]) => [name, [p[0], p[1], score]]));
    expect(status(checkCapture(input(scored(0.5))), 'confidence')).toBe('pass');
    expect(status(checkCapture(input(scored(0.49))), 'confidence')).toBe('fail');
  });
});

describe('keypointsJumped', () => {
  it('sees the hips leap across the frame as a jump (another person picked up)', () => {
    const other = Object.fromEntries(
      Object.entries(standingSquare).map(([name, p]) => [name, [p[0] - 250, p[1]]]),
    ) as FramePoints;
    expect(keypointsJumped(frameOf(standingSquare), frameOf(other))).toBe(true);
  });

  it('does not count a squat’s steady drop as a jump', () => {
    expect(keypointsJumped(frameOf(standingSquare), frameOf(moved(standingSquare, 1, 40)))).toBe(false);
  });

  it('calls a hip move of half a leg length no jump, and one pixel more a jump', () => {
    // standingSquare: hip centre (360, 650), ankle centre (360, 1050), so a leg of 400 px.
    const shifted = (dx: number): FramePoints =>
      Object.fromEntries(Object.entries(standingSquare).map(([name, p]) => [name, [p[0] + dx, p[1]]]));
    expect(keypointsJumped(frameOf(standingSquare), frameOf(shifted(200)))).toBe(false);
    expect(keypointsJumped(frameOf(standingSquare), frameOf(shifted(201)))).toBe(true);
  });

  it('does not judge a frame whose hips sit on its ankles: there is no leg length to compare with', () => {
    const flat: FramePoints = { ...standingSquare, left_ankle: [400, 650], right_ankle: [320, 650] };
    const away: FramePoints = {
      ...flat,
      left_hip: [600, 650],
      right_hip: [520, 650],
      left_ankle: [600, 650],
      right_ankle: [520, 650],
    };
    expect(keypointsJumped(frameOf(standingSquare), frameOf(away))).toBe(false);
  });

  it('does not judge without a previous frame', () => {
    expect(keypointsJumped(null, frameOf(standingSquare))).toBe(false);
  });
});

describe('movementChecks', () => {
  it('keeps recording through a squat bottom that the distance check alone would stop', () => {
    const bottom: FramePoints = {
      ...standingSquare,
      left_hip: [400, 900],
      right_hip: [320, 900],
      left_knee: [410, 950],
      right_knee: [310, 950],
    };
    const checks = checkCapture(input(bottom));
    expect(status(checks, 'distance')).toBe('fail');
    expect(readyToMeasure(movementChecks(checks))).toBe(true);
  });
});

describe('shownDuringMovement', () => {
  // Both knees 30 px to the image's left of their hip-ankle lines: the body or camera is turned.
  const shifted: FramePoints = { ...standingSquare, left_knee: [365, 850], right_knee: [295, 850] };

  it('says a same-way knee shift in a double-leg test is not facing the camera, as the trial result will', () => {
    const checks = checkCapture({ ...input(shifted), doubleLeg: true });
    const facing = checks.find((check) => check.id === 'facing');
    expect(facing).toMatchObject({ status: 'fail', message: expect.stringMatching(/same way/) as unknown });
    expect(shownDuringMovement(checks, true).map((check) => check.id)).toContain('facing');
    expect(readyToMeasure(movementChecks(checks))).toBe(true); // shown, not enforced
  });

  it('leaves the knee shift alone in a single-leg test, where one knee moves on its own', () => {
    expect(status(checkCapture(input(shifted)), 'facing')).toBe('pass');
    expect(shownDuringMovement(checkCapture(input(shifted)), false).map((check) => check.id)).not.toContain(
      'facing',
    );
  });
});
