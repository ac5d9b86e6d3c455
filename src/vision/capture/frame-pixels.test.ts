import { describe, expect, it } from 'vitest';
import { fitSize, meanBrightness, modelGrabSize } from './frame-pixels.js';

describe('fitSize', () => {
  it('shrinks a 1280x720 video to 320 on its longer side', () => {
    expect(fitSize(1280, 720, 320)).toEqual({ width: 320, height: 180 });
  });

  it('never enlarges a small video', () => {
    expect(fitSize(200, 100, 320)).toEqual({ width: 200, height: 100 });
  });
});

describe('meanBrightness', () => {
  it('reads a white frame as 255 and a black one as 0', () => {
    const white = { data: new Uint8ClampedArray(16 * 4).fill(255) };
    const black = { data: new Uint8ClampedArray(16 * 4) };
    expect(meanBrightness(white, 1)).toBeCloseTo(255);
    expect(meanBrightness(black, 1)).toBe(0);
  });

  it('weighs green brighter than blue, as the eye does', () => {
    const green = { data: new Uint8ClampedArray([0, 255, 0, 255]) };
    const blue = { data: new Uint8ClampedArray([0, 0, 255, 255]) };
    expect(meanBrightness(green, 1)).toBeGreaterThan(meanBrightness(blue, 1));
  });
});

describe('modelGrabSize', () => {
  it('reads a portrait phone video at 320 px on its longer side, keeping its shape', () => {
    expect(modelGrabSize(720, 1280)).toEqual({ width: 180, height: 320 });
  });
});
