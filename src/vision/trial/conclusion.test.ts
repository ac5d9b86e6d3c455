import { describe, expect, it } from 'vitest';
import { degrees, pixels } from '../../units.js';
import { frameOf } from '../geometry/test-frame.js';
import type { Keypoint, PoseFrame } from '../geometry/types.js';
import { analyzeTrial } from './analyze-trial.js';
import type { ConclusionInput } from './conclusion.js';
import { KASR_VALGUS_BELOW, MIN_DYNAMIC_FRAMES, concludeTrial } from './conclusion.js';
import type { QualityIssue } from './quality-gates.js';
import { readStance, standingLeg, STANDING_RULES } from './standing-stance.js';
import type { Repetition, SideSummary } from './types.js';
import { syntheticSquatFrames } from './synthetic-frames.js';

const rep = (number: number, kasr: number | null, bottomReached = true): Repetition => ({
  number,
  startFrame: number * 10,
  bottomFrame: number * 10 + 5,
  endFrame: number * 10 + 9,
  cutOffAtEnd: !bottomReached,
  cutOffAtStart: false,
  bottomReached,
  depth: 0.3,
  knees: [],
  kasrAtBottom: kasr,
});

const norm = { id: 'n', lowDegrees: null, highDegrees: degrees(6), description: 'at most 6°', source: 'S' };
const side = (name: 'left' | 'right', kind: SideSummary['verdict']['kind'], median = 5): SideSummary => ({
  side: name,
  repCount: 3,
  measuredRepCount: 3,
  medianPeakFppaDegrees: degrees(median),
  maxPeakFppaDegrees: degrees(median),
  meanKeypointScore: 0.9,
  verdict:
    kind === 'no-verdict'
      ? { kind, reason: { kind: 'too-few-reps', found: 1, needed: 3 } }
      : { kind, medianPeakFppaDegrees: degrees(median), norm },
});

const squatInput = (kasrs: readonly (number | null)[], quality: QualityIssue[] = []): ConclusionInput => ({
  test: 'squat',
  side: 'both',
  sex: null,
  quality,
  repetitions: kasrs.map((kasr, i) => rep(i + 1, kasr)),
  sides: [],
  stance: null,
  usableFrameCount: 100,
});

describe(standingLeg.name, () => {
  it('calls a knee knock-kneed only beyond 4° of standing valgus', () => {
    expect(standingLeg(4)).toBe('straight');
    expect(standingLeg(4.01)).toBe('knock-knee');
  });

  it('calls a knee bowed only beyond 6.2° of standing varus', () => {
    expect(standingLeg(-6.2)).toBe('straight');
    expect(standingLeg(-6.21)).toBe('bow-leg');
  });

  it('calls an ankle gap over 8 cm with the knees together knock knees, whatever the angle', () => {
    expect(standingLeg(0, 8)).toBe('straight');
    expect(standingLeg(0, 8.5)).toBe('knock-knee');
  });

  it('says nothing for a knee it did not see', () => {
    expect(standingLeg(null)).toBeNull();
  });
});

describe(readStance.name, () => {
  const stance = (ankles: number, left: number, right = 0) =>
    readStance(
      {
        kneeSeparationPerLegLength: 0.2,
        ankleSeparationPerLegLength: ankles,
        fppaDegrees: { left: degrees(left), right: degrees(right) },
      },
      null,
    );

  it('refuses a straddle or lunge: ankles more than 0.6 leg lengths apart', () => {
    expect(stance(STANDING_RULES.maxAnkleSeparationPerLegLength, 0).kind).toBe('read');
    expect(stance(0.61, 0).kind).toBe('feet-too-wide');
  });

  it('refuses an angle no leg seen from the front can show (outside −45..60°)', () => {
    expect(stance(0.3, 60).kind).toBe('read');
    expect(stance(0.3, 60.1)).toMatchObject({ kind: 'implausible-angle', side: 'left' });
    expect(stance(0.3, 0, -45).kind).toBe('read');
    expect(stance(0.3, 0, -45.1)).toMatchObject({ kind: 'implausible-angle', side: 'right' });
  });

  it('estimates the ankle gap in cm when the height is known and the knees touch', () => {
    const read = readStance(
      {
        kneeSeparationPerLegLength: 0.115,
        ankleSeparationPerLegLength: 0.3,
        fppaDegrees: { left: degrees(2), right: degrees(2) },
      },
      170,
    );
    // Ankle centres 0.3 × 0.491 × 170 ≈ 25 cm, less an ankle width of 6.8 cm: about 18 cm.
    expect(read).toMatchObject({ kind: 'read', ankleGap: { kind: 'estimate', cm: 18 } });
    expect(read.kind === 'read' ? read.legs : null).toEqual({ left: 'knock-knee', right: 'knock-knee' });
  });
});

describe(concludeTrial.name, () => {
  it('calls a squat valgus when the median KASR at the bottoms is below 1', () => {
    const c = concludeTrial(squatInput([0.9, 0.99, 1.2]));
    expect(c).toMatchObject({ kind: 'valgus', left: 'valgus', right: 'valgus', basis: 'kasr-squat' });
    expect(c.reason).toContain('0.99');
  });

  it('calls a squat no valgus at a median KASR of exactly 1', () => {
    expect(concludeTrial(squatInput([0.8, KASR_VALGUS_BELOW, 1.2])).kind).toBe('no-valgus');
  });

  it("can't tell a squat with fewer than three bottoms read", () => {
    const c = concludeTrial(squatInput([0.8, null, 0.7]));
    expect(c).toMatchObject({ kind: 'inconclusive', left: 'inconclusive', basis: 'kasr-squat' });
    expect(c.reason).toMatch(/at least 3/);
  });

  it('never concludes from KASR in an oblique or side view', () => {
    for (const issue of [
      { kind: 'oblique-view', share: 1, maximum: 0.5 },
      { kind: 'not-facing-camera', turnedShare: 1, maximum: 0.5 },
    ] satisfies QualityIssue[]) {
      const c = concludeTrial(squatInput([0.5, 0.5, 0.5], [issue]));
      expect(c).toMatchObject({ kind: 'inconclusive', left: 'inconclusive', right: 'inconclusive' });
      expect(c.reason).toMatch(/turned|oblique/);
    }
  });

  it.each([
    [{ kind: 'legs-out-of-view', side: 'left', shareInView: 0.2, minimum: 0.8 }, /leg was fully in view/],
    [{ kind: 'low-confidence', meanScore: 0.3, minimum: 0.5 }, /unsure/],
    [{ kind: 'no-person', framesWithPerson: 0, frameCount: 9 }, /No person/],
    [{ kind: 'leg-swaps', framesAffected: 9, share: 0.3, maximum: 0.1 }, /confused/],
  ] satisfies [QualityIssue, RegExp][])("can't tell when %o, and says why", (issue, words) => {
    const c = concludeTrial(squatInput([0.5, 0.5, 0.5], [issue]));
    expect(c.kind).toBe('inconclusive');
    expect(c.reason).toMatch(words);
  });

  it("can't tell a movement from too few frames", () => {
    const c = concludeTrial({ ...squatInput([0.5, 0.5, 0.5]), usableFrameCount: MIN_DYNAMIC_FRAMES - 1 });
    expect(c.kind).toBe('inconclusive');
    expect(c.reason).toMatch(/Too few frames/);
    expect(concludeTrial({ ...squatInput([0.5, 0.5, 0.5]), usableFrameCount: MIN_DYNAMIC_FRAMES }).kind).toBe(
      'valgus',
    );
  });

  it('keeps the FPPA norms for single-leg tests, and leaves the unmeasured leg open', () => {
    const base = { ...squatInput([]), test: 'single-leg-squat' as const, side: 'left' as const };
    const valgus = concludeTrial({ ...base, sides: [side('left', 'above-healthy-range', 12)] });
    expect(valgus).toMatchObject({
      kind: 'valgus',
      left: 'valgus',
      right: 'inconclusive',
      basis: 'fppa-single-leg-squat-norm',
    });
    expect(valgus.reason).toMatch(/right leg was not part of this test/);
    const fine = concludeTrial({ ...base, sides: [side('left', 'within-healthy-range')] });
    expect(fine).toMatchObject({ kind: 'no-valgus', left: 'no-valgus', right: 'inconclusive' });
    const below = concludeTrial({ ...base, sides: [side('left', 'below-healthy-range', -3)] });
    expect(below.kind).toBe('no-valgus');
    const open = concludeTrial({ ...base, sides: [side('left', 'no-verdict')] });
    expect(open).toMatchObject({ kind: 'inconclusive', left: 'inconclusive' });
    expect(open.reason).toMatch(/reached the bottom/);
  });

  it('calls valgus when any measured leg shows it and no valgus only when every one shows none', () => {
    const base = { ...squatInput([]), test: 'step-down' as const };
    const one = concludeTrial({
      ...base,
      sides: [side('left', 'within-healthy-range'), side('right', 'above-healthy-range')],
    });
    expect(one).toMatchObject({ kind: 'valgus', left: 'no-valgus', right: 'valgus' });
    const half = concludeTrial({
      ...base,
      sides: [side('left', 'within-healthy-range'), side('right', 'no-verdict')],
    });
    expect(half.kind).toBe('inconclusive');
  });

  it('reads a landing by KASR until the sex picks its FPPA norm', () => {
    const landing = { ...squatInput([0.7, 0.7, 0.7]), test: 'drop-landing' as const };
    expect(concludeTrial(landing).basis).toBe('kasr-landing');
    const withSex = concludeTrial({
      ...landing,
      sex: 'female',
      sides: [side('left', 'within-healthy-range'), side('right', 'within-healthy-range')],
    });
    expect(withSex).toMatchObject({ kind: 'no-valgus', basis: 'fppa-drop-landing-norm' });
  });

  it("can't tell a standing test whose legs were never all seen", () => {
    const c = concludeTrial({ ...squatInput([]), test: 'standing', stance: null });
    expect(c).toMatchObject({ kind: 'inconclusive', basis: 'standing-knee-ankle-separation' });
    expect(c.reason).toMatch(/never all in view/);
  });
});

/** A person standing facing the camera; each knee `inward` px towards the midline of its hip-ankle line. */
function standing(inward: number, options: { score?: number; hipWidth?: number; shoulders?: boolean } = {}) {
  const score = options.score ?? 0.9;
  const half = (options.hipWidth ?? 120) / 2;
  const points: Parameters<typeof frameOf>[0] = {
    // The person's left leg is on the image's right in an unmirrored front view.
    left_hip: [360 + half, 500, score],
    right_hip: [360 - half, 500, score],
    left_knee: [360 + half - inward, 700, score],
    right_knee: [360 - half + inward, 700, score],
    left_ankle: [360 + half, 900, score],
    right_ankle: [360 - half, 900, score],
  };
  if (options.shoulders === true) {
    points.left_shoulder = [360 + 80, 240, 0.9];
    points.right_shoulder = [360 - 80, 240, 0.9];
  }
  return (index = 0): PoseFrame => frameOf(points, { index, timeMs: (index * 1000) / 30 });
}

describe(`${analyzeTrial.name} concludes the standing test`, () => {
  const standingTest = { test: 'standing', side: 'both', mirrored: false } as const;

  it('calls knees 30 px inside the hip-ankle line (about 17°) knock knees on both sides', () => {
    const report = analyzeTrial([standing(30)()], standingTest);
    expect(report.conclusion).toMatchObject({ kind: 'valgus', left: 'valgus', right: 'valgus' });
    expect(report.staticAlignment?.legs).toEqual({ left: 'knock-knee', right: 'knock-knee' });
  });

  it('calls straight legs no valgus, and bowed legs no valgus with the bow named', () => {
    expect(analyzeTrial([standing(0)()], standingTest).conclusion.kind).toBe('no-valgus');
    const bowed = analyzeTrial([standing(-30)()], standingTest);
    expect(bowed.conclusion.kind).toBe('no-valgus');
    expect(bowed.staticAlignment?.legs).toEqual({ left: 'bow-leg', right: 'bow-leg' });
    expect(bowed.conclusion.reason).toMatch(/bow leg/);
  });

  it('gives a photo and a 2 s still clip of the same stance the same conclusion', () => {
    const pose = standing(20);
    const photo = analyzeTrial([pose(0)], standingTest);
    const clip = analyzeTrial(
      Array.from({ length: 60 }, (_, i) => pose(i)),
      standingTest,
    );
    expect(clip.conclusion).toEqual(photo.conclusion);
  });

  it('decides a waist-down photo from the legs even when the model scores them low', () => {
    const report = analyzeTrial([standing(30, { score: 0.35 })()], standingTest);
    expect(report.quality).toEqual([]);
    expect(report.conclusion.kind).toBe('valgus');
  });

  it("can't tell a side view (hips on top of each other)", () => {
    const report = analyzeTrial([standing(0, { hipWidth: 20 })()], standingTest);
    expect(report.conclusion.kind).toBe('inconclusive');
    expect(report.conclusion.reason).toMatch(/side or oblique view/);
  });

  it('uses the height for the ankle gap in cm', () => {
    const report = analyzeTrial([standing(30)()], { ...standingTest, heightCm: 170 });
    // Knees 60 px apart on a 400 px leg: touching at 170 cm; ankles 0.3 leg lengths: 25 cm less 6.8 cm.
    expect(report.staticAlignment?.ankleGapCm).toBe(18);
    expect(report.conclusion.reason).toMatch(/Ankle gap with the knees together about 18 cm/);
    const apart = analyzeTrial([standing(0, { hipWidth: 200 })()], { ...standingTest, heightCm: 170 });
    expect(apart.staticAlignment?.ankleGapCm).toBeNull();
    expect(apart.conclusion.reason).toMatch(/knees were about \d+ cm apart/);
  });
});

describe(`${analyzeTrial.name} concludes a double-leg squat by KASR`, () => {
  it('calls knees that cave in at every bottom valgus', () => {
    const upright = syntheticSquatFrames({
      reps: 4,
      fps: 30,
      peakFppaDegrees: { left: 0, right: 0 },
      thighRatioAtBottom: 0.8,
    });
    // The knees move 45 px each towards the midline as the hips drop: 30 px apart over 120 px of ankles.
    const standingHipY = upright[0]?.keypoints.left_hip?.y ?? 0;
    const frames = upright.map((frame) => {
      const drop = ((frame.keypoints.left_hip?.y ?? 0) - standingHipY) / 30;
      const k = frame.keypoints;
      const moved = (point: Keypoint, towards: 1 | -1): Keypoint => ({
        ...point,
        x: pixels(point.x + towards * 45 * Math.min(1, drop)),
      });
      const { left_knee: lk, right_knee: rk } = k;
      return lk === undefined || rk === undefined
        ? frame
        : { ...frame, keypoints: { ...k, left_knee: moved(lk, -1), right_knee: moved(rk, 1) } };
    });
    const report = analyzeTrial(frames, { test: 'squat', side: 'both', mirrored: false });
    expect(report.conclusion).toMatchObject({ kind: 'valgus', basis: 'kasr-squat' });
  });

  it('calls knees that stay over the feet no valgus', () => {
    const frames = syntheticSquatFrames({
      reps: 4,
      fps: 30,
      peakFppaDegrees: { left: -8, right: -8 },
      thighRatioAtBottom: 0.8,
    });
    const report = analyzeTrial(frames, { test: 'squat', side: 'both', mirrored: false });
    expect(report.conclusion).toMatchObject({ kind: 'no-valgus', basis: 'kasr-squat' });
  });
});
