/**
 * Small pure helpers over a camera frame's pixels: the size to grab it at for the pose model,
 * and the mean brightness for the light check.
 */

/** The size to draw a `width` x `height` video at so its longer side is at most `maxSide`. */
export function fitSize(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Mean brightness (Rec. 601 luma, 0 black .. 255 white) of RGBA pixels, reading every `step`-th
 * pixel; 0 for an empty image.
 */
export function meanBrightness(rgba: { readonly data: ArrayLike<number> }, step = 4): number {
  const pixelCount = Math.floor(rgba.data.length / 4);
  let sum = 0;
  let count = 0;
  for (let pixel = 0; pixel < pixelCount; pixel += step) {
    const i = pixel * 4;
    sum += 0.299 * (rgba.data[i] ?? 0) + 0.587 * (rgba.data[i + 1] ?? 0) + 0.114 * (rgba.data[i + 2] ?? 0);
    count += 1;
  }
  return count === 0 ? 0 : sum / count;
}
