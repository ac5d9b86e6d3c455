import { describe, expect, it } from 'vitest';
import { padToSquare, rgbaToRgb } from './rgb-image.js';

describe('padToSquare', () => {
  it('centres a portrait frame on a square so the feet are not cropped away', () => {
    const image = { data: new Uint8Array(2 * 4 * 3).fill(200), width: 2, height: 4 };
    const { image: square, padding } = padToSquare(image);
    expect(padding).toEqual({ size: 4, left: 1, top: 0 });
    expect(square.width).toBe(4);
    expect(square.height).toBe(4);
    const pixel = (x: number, y: number) => square.data[(y * 4 + x) * 3];
    expect([pixel(0, 3), pixel(1, 3), pixel(2, 3), pixel(3, 3)]).toEqual([0, 200, 200, 0]);
  });

  it('leaves a square frame as it is', () => {
    const image = { data: new Uint8Array(3 * 3 * 3), width: 3, height: 3 };
    expect(padToSquare(image).image).toBe(image);
  });
});

describe('rgbaToRgb', () => {
  it('turns a canvas image into RGB by dropping its alpha', () => {
    const rgba = { data: new Uint8ClampedArray([1, 2, 3, 255, 4, 5, 6, 128]), width: 2, height: 1 };
    expect([...rgbaToRgb(rgba).data]).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
