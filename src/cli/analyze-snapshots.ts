/**
 * `--snapshots DIR`: one PNG per repetition, the frame at its bottom with the skeleton, each
 * leg's hip-knee-ankle line and its FPPA in degrees drawn on it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { LegSide } from '../vision/geometry/legs.js';
import type { KeypointName, PoseFrame } from '../vision/geometry/types.js';
import type { RgbImage } from '../vision/pose/rgb-image.js';
import type { FppaReading, Repetition } from '../vision/trial/types.js';
import { drawLine, drawText, fillCircle, fillRect, textWidth } from './raster.js';
import type { Rgb } from './raster.js';

const BONES: readonly (readonly [KeypointName, KeypointName])[] = [
  ['left_shoulder', 'right_shoulder'],
  ['left_shoulder', 'left_elbow'],
  ['left_elbow', 'left_wrist'],
  ['right_shoulder', 'right_elbow'],
  ['right_elbow', 'right_wrist'],
  ['left_shoulder', 'left_hip'],
  ['right_shoulder', 'right_hip'],
  ['left_hip', 'right_hip'],
  ['left_ankle', 'left_heel'],
  ['left_heel', 'left_foot_index'],
  ['right_ankle', 'right_heel'],
  ['right_heel', 'right_foot_index'],
];
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const LEG_COLOUR: Readonly<Record<LegSide, Rgb>> = { left: [0, 200, 255], right: [255, 140, 0] };

/** The FPPA label for a reading: "12°", or "--" when it could not be measured. */
export function fppaLabel(reading: FppaReading): string {
  return reading.kind === 'measured' ? `${Math.round(reading.fppaDegrees)}°` : '--';
}

/** Draws `pose` (source pixels, scaled to the image) and the rep's FPPA labels onto `image`. */
export function drawRepetition(image: RgbImage, pose: PoseFrame, rep: Repetition, minScore: number): void {
  const scale = image.width / pose.width;
  const line = Math.max(2, Math.round(image.height / 240));
  const at = (name: KeypointName) => {
    const point = pose.keypoints[name];
    return point === undefined || point.score < minScore ? null : { x: point.x * scale, y: point.y * scale };
  };
  for (const [from, to] of BONES) {
    const [a, b] = [at(from), at(to)];
    if (a !== null && b !== null) {
      drawLine(image, a, b, line, WHITE);
    }
  }
  const textScale = Math.max(2, Math.round(image.height / 180));
  for (const side of ['left', 'right'] as const) {
    const [hip, knee, ankle] = [at(`${side}_hip`), at(`${side}_knee`), at(`${side}_ankle`)];
    const colour = LEG_COLOUR[side];
    for (const [a, b] of [
      [hip, knee],
      [knee, ankle],
    ] as const) {
      if (a !== null && b !== null) {
        drawLine(image, a, b, line + 1, colour);
      }
    }
    for (const joint of [hip, knee, ankle]) {
      if (joint !== null) {
        fillCircle(image, joint.x, joint.y, line + 2, colour);
      }
    }
    const reading = rep.knees.find((knee) => knee.side === side)?.atBottom;
    if (knee !== null && reading !== undefined) {
      const label = fppaLabel(reading);
      const width = textWidth(label, textScale);
      const x = side === 'left' ? knee.x + 8 : knee.x - 8 - width;
      fillRect(image, x - 2, knee.y - 2, width + 4, 5 * textScale + 4, BLACK);
      drawText(image, label, x, knee.y, textScale, colour);
    }
  }
  drawText(image, String(rep.number), 6, 6, textScale + 1, WHITE);
}

/** Encodes packed RGB as a PNG. */
export function encodePng(image: RgbImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height });
  for (let pixel = 0; pixel < image.width * image.height; pixel += 1) {
    png.data[pixel * 4] = image.data[pixel * 3] ?? 0;
    png.data[pixel * 4 + 1] = image.data[pixel * 3 + 1] ?? 0;
    png.data[pixel * 4 + 2] = image.data[pixel * 3 + 2] ?? 0;
    png.data[pixel * 4 + 3] = 255;
  }
  return PNG.sync.write(png);
}

/** Writes `rep-<n>-frame-<index>.png` per repetition into `dir`; returns the paths written. */
export async function writeSnapshots(
  dir: string,
  repetitions: readonly Repetition[],
  frameAt: (index: number) => Promise<RgbImage | undefined>,
  poseAt: (index: number) => PoseFrame | undefined,
  minScore: number,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const rep of repetitions) {
    const [frame, pose] = [await frameAt(rep.bottomFrame), poseAt(rep.bottomFrame)];
    if (frame === undefined || pose === undefined) {
      continue;
    }
    const image = { ...frame, data: new Uint8Array(frame.data) };
    drawRepetition(image, pose, rep, minScore);
    const path = join(dir, `rep-${rep.number}-frame-${rep.bottomFrame}.png`);
    await writeFile(path, encodePng(image));
    written.push(path);
  }
  return written;
}
