/**
 * A decoded video frame or photo: packed RGB bytes, row by row (`width * height * 3` bytes).
 * Pure helpers only: no I/O.
 */

/** Packed 8-bit RGB pixels. */
export interface RgbImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** Where an image sits inside the square made by `padToSquare` (offsets in its pixels). */
export interface SquarePadding {
  readonly size: number;
  readonly left: number;
  readonly top: number;
}

/**
 * Centres `image` on a black square canvas of side max(width, height). MoveNet's first call
 * crops a centre square and would cut off the feet of a portrait clip; a square input avoids it.
 */
export function padToSquare(image: RgbImage): { image: RgbImage; padding: SquarePadding } {
  const size = Math.max(image.width, image.height);
  const left = Math.floor((size - image.width) / 2);
  const top = Math.floor((size - image.height) / 2);
  if (left === 0 && top === 0) {
    return { image, padding: { size, left, top } };
  }
  const data = new Uint8Array(size * size * 3);
  const rowBytes = image.width * 3;
  for (let y = 0; y < image.height; y += 1) {
    const from = y * rowBytes;
    data.set(image.data.subarray(from, from + rowBytes), ((y + top) * size + left) * 3);
  }
  return { image: { data, width: size, height: size }, padding: { size, left, top } };
}

/** Throws when the byte count does not match the size: a frame read short is a bug. */
export function assertRgbImage(image: RgbImage): void {
  if (image.data.length !== image.width * image.height * 3) {
    throw new Error(
      `RGB image of ${image.width}x${image.height} needs ${image.width * image.height * 3} bytes, got ${image.data.length}`,
    );
  }
}

/** Drops the alpha channel of RGBA pixels (a canvas's ImageData) into a packed RGB image. */
export function rgbaToRgb(rgba: { data: ArrayLike<number>; width: number; height: number }): RgbImage {
  const pixels = rgba.width * rgba.height;
  const data = new Uint8Array(pixels * 3);
  for (let pixel = 0; pixel < pixels; pixel += 1) {
    data[pixel * 3] = rgba.data[pixel * 4] ?? 0;
    data[pixel * 3 + 1] = rgba.data[pixel * 4 + 1] ?? 0;
    data[pixel * 3 + 2] = rgba.data[pixel * 4 + 2] ?? 0;
  }
  return { data, width: rgba.width, height: rgba.height };
}
