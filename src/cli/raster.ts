/**
 * Tiny drawing on packed RGB pixels for analysis snapshots: thick lines, filled circles and a
 * 3x5 pixel font for numbers. Pure: it only writes into the image it is given.
 */
import type { RgbImage } from '../vision/pose/rgb-image.js';

/** An RGB colour, 0..255 each. */
export type Rgb = readonly [number, number, number];

function setPixel(image: RgbImage, x: number, y: number, colour: Rgb): void {
  const px = Math.round(x);
  const py = Math.round(y);
  if (px < 0 || py < 0 || px >= image.width || py >= image.height) {
    return;
  }
  image.data.set(colour, (py * image.width + px) * 3);
}

/** A filled circle of `radius` pixels centred on (cx, cy). */
export function fillCircle(image: RgbImage, cx: number, cy: number, radius: number, colour: Rgb): void {
  for (let dy = -radius; dy <= radius; dy += 1) {
    for (let dx = -radius; dx <= radius; dx += 1) {
      if (dx * dx + dy * dy <= radius * radius) {
        setPixel(image, cx + dx, cy + dy, colour);
      }
    }
  }
}

/** A line from (x0, y0) to (x1, y1), `width` pixels thick. */
export function drawLine(
  image: RgbImage,
  from: { x: number; y: number },
  to: { x: number; y: number },
  width: number,
  colour: Rgb,
): void {
  const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y)));
  const radius = Math.max(0, Math.floor(width / 2));
  for (let step = 0; step <= steps; step += 1) {
    const t = step / steps;
    fillCircle(image, from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t, radius, colour);
  }
}

/** 3x5 glyphs, one string of 15 cells per character, row by row ('#' = ink). */
const GLYPHS: Readonly<Record<string, string>> = {
  '0': '####.##.##.####',
  '1': '.#.##..#..#.###',
  '2': '###..#####..###',
  '3': '###..####..####',
  '4': '#.##.####..#..#',
  '5': '####..###..####',
  '6': '####..####.####',
  '7': '###..#..#..#..#',
  '8': '####.#####.####',
  '9': '####.####..####',
  '-': '......###......',
  '.': '.............#.',
  '°': '.#.#.#.#.......',
  ' ': '...............',
};

/** Width in pixels of `text` drawn at `scale`. */
export function textWidth(text: string, scale: number): number {
  return text.length * 4 * scale - scale;
}

/** Draws `text` (digits, '-', '.', '°', space) with its top-left corner at (x, y). */
export function drawText(
  image: RgbImage,
  text: string,
  x: number,
  y: number,
  scale: number,
  colour: Rgb,
): void {
  [...text].forEach((character, position) => {
    const glyph = GLYPHS[character] ?? GLYPHS[' '] ?? '';
    [...glyph].forEach((cell, cellIndex) => {
      if (cell !== '#') {
        return;
      }
      const left = x + (position * 4 + (cellIndex % 3)) * scale;
      const top = y + Math.floor(cellIndex / 3) * scale;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          setPixel(image, left + dx, top + dy, colour);
        }
      }
    });
  });
}

/** A filled rectangle, e.g. a dark box behind text. */
export function fillRect(
  image: RgbImage,
  x: number,
  y: number,
  width: number,
  height: number,
  colour: Rgb,
): void {
  for (let dy = 0; dy < height; dy += 1) {
    for (let dx = 0; dx < width; dx += 1) {
      setPixel(image, x + dx, y + dy, colour);
    }
  }
}
