/**
 * Draws the app icons into web/public/icons (run once with `npx tsx scripts/make-icons.ts`; the
 * PNGs are committed): the brand's teal square with a white ring and a straight leg line through
 * it, the knee in line. The maskable icon keeps the drawing inside the 80% safe zone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

const TEAL = [0x1f, 0x5f, 0x5b] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** Coverage (0-1) of a pixel by the drawing, sampled 4x4 for smooth edges. */
function coverage(x: number, y: number, size: number, scale: number): number {
  let hits = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      // Centre-relative, in units of the drawing's half-width.
      const u = ((x + (sx + 0.5) / 4) / size - 0.5) * (2 / scale);
      const v = ((y + (sy + 0.5) / 4) / size - 0.5) * (2 / scale);
      const r = Math.hypot(u, v);
      const ring = r > 0.52 && r < 0.7;
      const leg = Math.abs(u) < 0.07 && Math.abs(v) < 0.92;
      if (ring || leg) {
        hits += 1;
      }
    }
  }
  return hits / 16;
}

function icon(size: number, scale: number, rounded: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const corner = rounded ? size * 0.18 : 0;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const at = (y * size + x) * 4;
      const c = coverage(x, y, size, scale);
      const dx = Math.max(corner - x, x - (size - 1 - corner), 0);
      const dy = Math.max(corner - y, y - (size - 1 - corner), 0);
      const inside = corner === 0 || Math.hypot(dx, dy) <= corner;
      for (let channel = 0; channel < 3; channel += 1) {
        png.data[at + channel] = Math.round((TEAL[channel] ?? 0) * (1 - c) + (WHITE[channel] ?? 0) * c);
      }
      png.data[at + 3] = inside ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

const folder = join(import.meta.dirname, '../web/public/icons');
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'icon-192.png'), icon(192, 0.8, true));
writeFileSync(join(folder, 'icon-512.png'), icon(512, 0.8, true));
writeFileSync(join(folder, 'maskable-512.png'), icon(512, 0.6, false));
writeFileSync(join(folder, 'apple-touch-icon.png'), icon(180, 0.7, false));
console.log(`icons written to ${folder}`);
