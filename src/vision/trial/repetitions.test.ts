import { describe, expect, it } from 'vitest';
import { degrees } from '../../units.js';
import type { FrameMeasures } from './frame-measures.js';
import { buildRepetitions } from './repetitions.js';
import type { RepWindow } from './segment-repetitions.js';

/** A frame whose left knee reads `fppa` (null: not measured) and whose right knee is not measured. */
function measures(frame: number, fppa: number | null, depth: number): FrameMeasures {
  return {
    frame,
    depth,
    fppa: {
      left:
        fppa === null
          ? { kind: 'not-measured', reason: 'keypoints-missing', frame, thighLengthRatio: null }
          : { kind: 'measured', fppaDegrees: degrees(fppa), frame },
      right: { kind: 'not-measured', reason: 'keypoints-missing', frame, thighLengthRatio: null },
    },
    kasr: 1.1,
    kneeFlexion: { left: null, right: null },
    sameWayShift: null,
  };
}

const WINDOW: RepWindow = {
  start: 0,
  bottom: 2,
  end: 4,
  cutOffAtStart: false,
  cutOffAtEnd: false,
  bottomReached: true,
};

describe('buildRepetitions', () => {
  it('takes the largest FPPA in the rep, and on a tie the earliest frame that reached it', () => {
    const frames = [
      measures(10, 3, 0),
      measures(11, 9, 0.2),
      measures(12, 6, 0.4),
      measures(13, 9, 0.2),
      measures(14, null, 0),
    ];
    const [rep] = buildRepetitions([WINDOW], frames, ['left'], false);
    expect(rep?.knees[0]?.maxInRep).toEqual({ kind: 'measured', fppaDegrees: 9, frame: 11 });
    expect(rep?.knees[0]?.atBottom).toEqual({ kind: 'measured', fppaDegrees: 6, frame: 12 });
    expect(rep?.kasrAtBottom).toBeNull();
    expect(rep?.bottomFrame).toBe(12);
  });

  it('has no largest FPPA when no frame of the rep was measured, and KASR at the bottom for a double-leg test', () => {
    const frames = [0, 1, 2, 3, 4].map((i) => measures(20 + i, null, i === 2 ? 0.4 : 0));
    const [rep] = buildRepetitions([WINDOW], frames, ['left'], true);
    expect(rep?.knees[0]?.maxInRep).toBeNull();
    expect(rep?.kasrAtBottom).toBe(1.1);
  });

  it('skips a window that reaches past the measured frames', () => {
    expect(buildRepetitions([{ ...WINDOW, end: 9 }], [measures(0, 1, 0)], ['left'], false)).toEqual([]);
  });
});
