import { describe, expect, it } from 'vitest';
import { FpsMeter, framesPerSecond, tooSlowFor } from './frame-rate.js';

describe('framesPerSecond', () => {
  it('counts ten frames 100 ms apart as 10 a second', () => {
    const times = Array.from({ length: 10 }, (_, i) => i * 100);
    expect(framesPerSecond(times)).toBeCloseTo(10);
  });

  it('looks only at the last two seconds', () => {
    const times = [0, 1000, 5000, 5500, 6000];
    expect(framesPerSecond(times)).toBeCloseTo(2);
  });

  it('gives 0 before there are two frames', () => {
    expect(framesPerSecond([42])).toBe(0);
  });
});

describe('FpsMeter', () => {
  it('forgets frames older than its window', () => {
    const meter = new FpsMeter(1000);
    [0, 100, 200].forEach((t) => meter.tick(t));
    expect(meter.tick(3000)).toBe(0);
    expect(meter.span()).toBe(0);
  });
});

describe('tooSlowFor', () => {
  it('lets a 5 frames a second camera measure a squat but not a landing', () => {
    expect(tooSlowFor('squat', 4.8)).toBe(false);
    expect(tooSlowFor('drop-landing', 4.8)).toBe(true);
  });
});
