import { describe, expect, it } from 'vitest';
import { frameOf, standingSquare } from '../geometry/test-frame.js';
import { cropSquare, personCropBox } from './person-crop.js';

describe('personCropBox', () => {
  it("is MoveNet's next crop: centred between the hips, half a side 1.2 x the body's reach", () => {
    // Hips centre (360, 650); ankles 400 px below it (x 1.2 = 480) outreach the shoulders' 250 (x 1.9 = 475).
    expect(personCropBox(frameOf(standingSquare), 720, 1280)).toEqual({ left: -120, top: 170, size: 960 });
  });

  it('is placed in the pixels of the image it cuts, scaled from the pose', () => {
    expect(personCropBox(frameOf(standingSquare), 180, 320)).toEqual({ left: -30, top: 43, size: 240 });
  });

  it('takes 1.9 x the torso when the legs are not trusted (below 0.2) and so reach less', () => {
    const unsureLegs = {
      ...standingSquare,
      left_ankle: [390, 1050, 0.1],
      right_ankle: [330, 1050, 0.19],
    } as const;
    // Knees 200 px below the hips (x 1.2 = 240); shoulders 250 above (x 1.9 = 475).
    expect(personCropBox(frameOf(unsureLegs), 720, 1280)).toEqual({ left: -115, top: 175, size: 950 });
  });

  it('counts a leg keypoint of exactly 0.2 as trusted', () => {
    const edge = { ...standingSquare, left_ankle: [390, 1050, 0.2], right_ankle: [330, 1050, 0.1] } as const;
    expect(personCropBox(frameOf(edge), 720, 1280)?.size).toBe(960);
  });

  it('is null without a torso to centre on (no shoulder above 0.2), as MoveNet then looks at the whole frame', () => {
    const noShoulders = {
      ...standingSquare,
      left_shoulder: [420, 400, 0.2],
      right_shoulder: [300, 400, 0.05],
    } as const;
    expect(personCropBox(frameOf(noShoulders), 720, 1280)).toBeNull();
    const { left_hip: _l, right_hip: _r, ...noHips } = standingSquare;
    expect(personCropBox(frameOf(noHips), 720, 1280)).toBeNull();
  });

  it('is null when the square would outgrow the frame (a close-up: MoveNet then looks at the whole frame)', () => {
    // Ankles 600 px below the hips: half a side of 720, clamped to the farthest edge (650), still above 640.
    const closeUp = { ...standingSquare, left_ankle: [390, 1250], right_ankle: [330, 1250] } as const;
    expect(personCropBox(frameOf(closeUp), 720, 1280)).toBeNull();
    const justIn = { ...standingSquare, left_ankle: [390, 1183], right_ankle: [330, 1183] } as const;
    expect(personCropBox(frameOf(justIn), 720, 1280)?.size).toBe(1279);
  });
});

describe('cropSquare', () => {
  // A 3 x 2 image whose pixel (x, y) has red 10 * (y * 3 + x) + 1.
  const image = {
    data: Uint8Array.from({ length: 18 }, (_, i) => (i % 3 === 0 ? 10 * (i / 3) + 1 : 0)),
    width: 3,
    height: 2,
  };
  const red = (square: { data: Uint8Array; width: number }, x: number, y: number) =>
    square.data[(y * square.width + x) * 3];

  it('copies the pixels inside the image and leaves those past its edges black', () => {
    const square = cropSquare(image, { left: 1, top: -1, size: 3 });
    expect([square.width, square.height]).toEqual([3, 3]);
    expect([red(square, 0, 0), red(square, 1, 0), red(square, 2, 0)]).toEqual([0, 0, 0]);
    expect([red(square, 0, 1), red(square, 1, 1), red(square, 2, 1)]).toEqual([11, 21, 0]);
    expect([red(square, 0, 2), red(square, 1, 2), red(square, 2, 2)]).toEqual([41, 51, 0]);
  });

  it('is all black when the square lies wholly outside the image', () => {
    expect([...cropSquare(image, { left: 5, top: 0, size: 2 }).data].every((value) => value === 0)).toBe(
      true,
    );
  });
});
