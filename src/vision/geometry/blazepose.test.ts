import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { hasSystemPart } from '../../testing/system-parts.js';
import { fixtures, fixturesDir } from '../pose/system-parts.js';
import { fromBlazePose33 } from './blazepose.js';

const video = { width: 720, height: 1280, fps: 5 };

describe.runIf(hasSystemPart(fixtures))(`${fromBlazePose33.name} on the reference clip`, () => {
  const fixture: unknown = JSON.parse(readFileSync(join(fixturesDir, 'pose_squats.full.json'), 'utf8'));

  it('turns the reference clip into 65 frames, 200 ms apart', () => {
    const frames = fromBlazePose33(fixture, video);
    expect(frames).toHaveLength(65);
    expect(frames[1]?.timeMs).toBe(200);
    expect(frames[64]?.index).toBe(64);
  });

  it('maps BlazePose index 23 to the left hip and gives score 1 when the file has none', () => {
    const first = (fixture as number[][][])[0]?.[23];
    const frame = fromBlazePose33(fixture, video)[0];
    expect(frame?.keypoints.left_hip).toEqual({ x: first?.[0], y: first?.[1], score: 1 });
  });
});

describe(fromBlazePose33.name, () => {
  it('keeps a score when each point carries one', () => {
    const clip = [Array.from({ length: 33 }, (_, i) => [i, i, 0, 0.42])];
    expect(fromBlazePose33(clip, video)[0]?.keypoints.right_ankle).toEqual({ x: 28, y: 28, score: 0.42 });
  });

  it('reads a frame with no points as a frame with no person', () => {
    expect(fromBlazePose33([[]], video)[0]?.keypoints).toEqual({});
  });

  it('refuses data that is not 33 points per frame', () => {
    expect(() => fromBlazePose33([[[1, 2, 3]]], video)).toThrow(DomainError);
  });
});
