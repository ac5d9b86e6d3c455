import { describe, expect, it } from 'vitest';
import { drawLine, drawText, textWidth } from './raster.js';

const blank = (width: number, height: number) => ({
  data: new Uint8Array(width * height * 3),
  width,
  height,
});
const inked = (image: { data: Uint8Array }) => image.data.filter((value) => value === 255).length / 3;

describe('drawText', () => {
  it('draws a 1 as a narrower mark than an 8', () => {
    const one = blank(10, 10);
    const eight = blank(10, 10);
    drawText(one, '1', 0, 0, 1, [255, 255, 255]);
    drawText(eight, '8', 0, 0, 1, [255, 255, 255]);
    expect(inked(one)).toBe(8);
    expect(inked(eight)).toBe(13);
  });

  it('measures two characters at scale 2 as 14 pixels wide', () => {
    expect(textWidth('12', 2)).toBe(14);
  });
});

describe('drawLine', () => {
  it('draws a horizontal line across the image and ignores what falls outside', () => {
    const image = blank(5, 3);
    drawLine(image, { x: -2, y: 1 }, { x: 8, y: 1 }, 1, [255, 255, 255]);
    expect(inked(image)).toBe(5);
  });
});
