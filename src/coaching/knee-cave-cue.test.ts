import { describe, expect, it } from 'vitest';
import { createKneeCaveCueState, feedKneeCaveSample, kneeCaveCues } from './knee-cave-cue.js';
import type { FppaSample } from './knee-cave-cue.js';
import type { Side } from '../assessment/types.js';
import { degrees, milliseconds } from '../units.js';

const FRAME_MS = 33;
const options = { thresholdDegrees: degrees(10) };

/** A 30 fps series: `angleAt(t)` gives the knee's FPPA at each frame time. */
function series(side: Side, durationMs: number, angleAt: (timeMs: number) => number | null): FppaSample[] {
  const samples: FppaSample[] = [];
  for (let t = 0; t <= durationMs; t += FRAME_MS) {
    const angle = angleAt(t);
    samples.push({ timeMs: milliseconds(t), side, fppaDegrees: angle === null ? null : degrees(angle) });
  }
  return samples;
}

describe('kneeCaveCues', () => {
  it('the knee-out cue waits 150 ms and does not repeat within the cooldown', () => {
    // Past the threshold from 990 ms to the end (about 5 s).
    const cues = kneeCaveCues(
      series('left', 5000, (t) => (t >= 990 ? 15 : 4)),
      options,
    );
    expect(cues.map((c) => c.atMs)).toEqual([1155, 4158]);
    expect(cues[0]?.atMs).toBeGreaterThan(990 + 150);
    expect((cues[1]?.atMs ?? 0) - (cues[0]?.atMs ?? 0)).toBeGreaterThanOrEqual(3000);
  });

  it('a single jumpy frame past the threshold gives no cue', () => {
    const cues = kneeCaveCues(
      series('right', 2000, (t) => (t === 990 ? 25 : 3)),
      options,
    );
    expect(cues).toEqual([]);
  });

  it('a brief dip of 120 ms does not count as a cave-in', () => {
    const cues = kneeCaveCues(
      series('left', 2000, (t) => (t >= 990 && t < 1110 ? 14 : 3)),
      options,
    );
    expect(cues).toEqual([]);
  });

  it('a frame with no measurable angle breaks the count', () => {
    const cues = kneeCaveCues(
      series('left', 1300, (t) => (t === 1089 ? null : t >= 990 ? 14 : 3)),
      options,
    );
    // Counting restarts at 1122 ms, the first frame after the gap, so the cue comes after 1272 ms.
    expect(cues).toEqual([{ side: 'left', fppaDegrees: 14, atMs: 1287 }]);
  });

  it('each knee has its own timer and cooldown', () => {
    const left = series('left', 1500, (t) => (t >= 330 ? 14 : 3));
    const right = series('right', 1500, (t) => (t >= 660 ? 12 : 3));
    const interleaved = left.flatMap((sample, i) => [sample, right[i]].filter((s) => s !== undefined));
    expect(kneeCaveCues(interleaved, options).map((c) => [c.side, c.atMs])).toEqual([
      ['left', 495],
      ['right', 825],
    ]);
  });

  it('a knee that comes back out and caves again after the cooldown is cued again', () => {
    const caving = (t: number): number => ((t >= 990 && t < 1980) || t >= 5016 ? 16 : 2);
    expect(kneeCaveCues(series('right', 6000, caving), options).map((c) => c.atMs)).toEqual([1155, 5181]);
  });
});

describe('feedKneeCaveSample', () => {
  it('refuses frames that go back in time', () => {
    const first = feedKneeCaveSample(
      createKneeCaveCueState(),
      { timeMs: milliseconds(500), side: 'left', fppaDegrees: degrees(3) },
      options,
    );
    expect(() =>
      feedKneeCaveSample(
        first.state,
        { timeMs: milliseconds(400), side: 'left', fppaDegrees: degrees(3) },
        options,
      ),
    ).toThrow(/time order/);
  });
});
