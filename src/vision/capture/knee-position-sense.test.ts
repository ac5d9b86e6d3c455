import { describe, expect, it } from 'vitest';
import { kneeFppa } from '../geometry/fppa.js';
import { frameOf } from '../geometry/test-frame.js';
import type { PoseFrame } from '../geometry/types.js';
import {
  holdFlexion,
  holdFppa,
  kneePositionErrors,
  kneePositionSenseEntry,
  kpsScript,
} from './knee-position-sense.js';

/** A person facing the camera (unmirrored), each thigh tilted so the knee's FPPA is as given. */
function pose(left: number, right: number, options: { thigh?: number; timeMs?: number } = {}): PoseFrame {
  const thigh = options.thigh ?? 200;
  const leg = (ankleX: number, lateral: 1 | -1, fppa: number) => {
    const t = (fppa * Math.PI) / 180;
    const knee = [ankleX, 850] as const;
    return {
      ankle: [ankleX, 1050] as const,
      knee,
      hip: [knee[0] + lateral * thigh * Math.sin(t), knee[1] - thigh * Math.cos(t)] as const,
    };
  };
  // The person's left leg is on the image's right in an unmirrored front view.
  const l = leg(420, 1, left);
  const r = leg(300, -1, right);
  return frameOf(
    {
      left_hip: l.hip,
      left_knee: l.knee,
      left_ankle: l.ankle,
      right_hip: r.hip,
      right_knee: r.knee,
      right_ankle: r.ankle,
    },
    { timeMs: options.timeMs ?? 0 },
  );
}

const hold = (left: number, right: number, n = 5) => Array.from({ length: n }, () => pose(left, right));

describe('holdFppa', () => {
  it('reads the knee angle the frames were built with (+ valgus)', () => {
    expect(kneeFppa(pose(8, 0), 'left', false)).toBeCloseTo(8, 5);
    expect(holdFppa(hold(8, -4), 'left')).toBeCloseTo(8, 5);
    expect(holdFppa(hold(8, -4), 'right')).toBeCloseTo(-4, 5);
  });

  it('takes the median, so one odd frame does not move it', () => {
    const frames = [...hold(5, 0, 4), pose(40, 0)];
    expect(holdFppa(frames, 'left')).toBeCloseTo(5, 5);
  });

  it('gives null when the knee is never seen', () => {
    expect(holdFppa([frameOf({ nose: [300, 100] })], 'left')).toBeNull();
  });
});

describe('holdFppa with a standing reference', () => {
  it('skips frames where the thigh points at the camera (foreshortened)', () => {
    const frames = [...hold(5, 0, 3), pose(60, 0, { thigh: 100 }), pose(60, 0, { thigh: 100 })];
    expect(holdFppa(frames, 'left')).toBeCloseTo(5, 5);
    const deep = [pose(30, 0, { thigh: 100 }), pose(30, 0, { thigh: 100 }), pose(5, 0)];
    expect(holdFppa(deep, 'left')).toBeCloseTo(30, 5);
    expect(holdFppa(deep, 'left', 200)).toBeCloseTo(5, 5);
  });
});

describe('kneePositionErrors', () => {
  it('measures how far each knee landed from its eyes-open neutral, averaged over the rounds', () => {
    const rounds = [
      { rep: 1, neutral: hold(2, 1), blind: hold(10, 3) },
      { rep: 2, neutral: hold(2, 1), blind: hold(8, -1) },
      { rep: 3, neutral: hold(2, 1), blind: hold(-4, 1) },
    ];
    const [left, right] = kneePositionErrors(rounds);
    expect(left?.roundErrors.map((e) => Math.round(e ?? -1))).toEqual([8, 6, 6]);
    expect(left?.errorDegrees).toBeCloseTo(6.7, 1);
    expect(right?.errorDegrees).toBeCloseTo(1.3, 1);
  });

  it('counts a knee placed outwards as an error too (the size of the miss, not its direction)', () => {
    const [left] = kneePositionErrors([{ rep: 1, neutral: hold(5, 0), blind: hold(-5, 0) }]);
    expect(left?.errorDegrees).toBeCloseTo(10, 5);
  });

  it('leaves a side unmeasured when its knee was not seen in a hold', () => {
    const missing = [frameOf({ right_hip: [300, 650], right_knee: [300, 850], right_ankle: [300, 1050] })];
    const [left] = kneePositionErrors([{ rep: 1, neutral: missing, blind: missing }]);
    expect(left?.errorDegrees).toBeNull();
  });
});

describe('kneePositionSenseEntry', () => {
  it('writes the assessment entry for the measured sides only', () => {
    expect(
      kneePositionSenseEntry([
        { side: 'left', roundErrors: [4], errorDegrees: 4 },
        { side: 'right', roundErrors: [null], errorDegrees: null },
      ]),
    ).toEqual({ left: { errorDegrees: 4 } });
    expect(kneePositionSenseEntry([{ side: 'left', roundErrors: [], errorDegrees: null }])).toBeUndefined();
  });
});

describe('holdFlexion', () => {
  it('reads a thigh at half its standing length as about 60° of bend', () => {
    const standing = hold(0, 0);
    const bent = [pose(0, 0, { thigh: 100 })];
    expect(holdFlexion(standing, bent, 'left')).toBeCloseTo(60, 0);
  });
});

describe('kpsScript', () => {
  it('has an eyes-open and an eyes-closed hold in each of the 3 rounds, after a standing reference', () => {
    const steps = kpsScript();
    expect(steps[0]?.measure).toBe('standing');
    expect(steps.filter((s) => s.measure === 'neutral')).toHaveLength(3);
    expect(steps.filter((s) => s.measure === 'blind').map((s) => s.rep)).toEqual([1, 2, 3]);
  });
});
