/**
 * Pure helpers over a camera or video frame's pixels: the size the frame is read at for the pose
 * model (the live loop and a video file alike), and the mean brightness the light check
 * (capture-checks.ts) reads. The browser does the drawing; these decide the numbers.
 */

/** Longest side of the image handed to the model: above its input (256 px for Thunder), no more. */
export const MODEL_GRAB_SIDE = 320;

/** The size to draw a `width` x `height` video at so its longer side is at most `maxSide`. */
export function fitSize(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The size a `width` x `height` frame is read at for the pose model. */
export function modelGrabSize(width: number, height: number): { width: number; height: number } {
  return fitSize(width, height, MODEL_GRAB_SIDE);
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
