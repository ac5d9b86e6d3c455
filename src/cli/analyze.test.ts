import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { schemaProblems } from '../../scripts/published-schemas.js';
import { hasSystemPart } from '../testing/system-parts.js';
import { ffmpeg, fixtures, fixturesDir, poseModels } from '../vision/pose/system-parts.js';
import type { TrialReport } from '../vision/trial/types.js';
import { requireFfmpeg } from '../vision/pose/video-info.js';
import { parseAnalyzeArgs, run } from './analyze.js';

describe('parseAnalyzeArgs', () => {
  it('reads a full command line', () => {
    expect(
      parseAnalyzeArgs(['v.mp4', '--test', 'step-down', '--side', 'left', '--sex', 'female', '--mirrored']),
    ).toEqual({
      video: 'v.mp4',
      test: 'step-down',
      side: 'left',
      sex: 'female',
      model: 'thunder',
      mirrored: true,
      json: false,
    });
  });

  it('asks which test the video shows when --test is missing', () => {
    expect(() => parseAnalyzeArgs(['v.mp4'])).toThrow(/--test/);
  });

  it('names the option when a value is not one of the choices', () => {
    expect(() => parseAnalyzeArgs(['v.mp4', '--test', 'squat', '--side', 'middle'])).toThrow(/--side/);
    expect(() => parseAnalyzeArgs(['v.mp4', '--test', 'lunge'])).toThrow(/--test/);
  });

  it('wants exactly one video', () => {
    expect(() => parseAnalyzeArgs(['--test', 'squat'])).toThrow(/one video/);
    expect(() => parseAnalyzeArgs(['a.mp4', 'b.mp4', '--test', 'squat'])).toThrow(/one video/);
  });

  it('refuses an option it does not know', () => {
    expect(() => parseAnalyzeArgs(['v.mp4', '--test', 'squat', '--fast'])).toThrow(/fast/);
  });

  it('reads the height for the standing ankle gap and refuses an impossible one', () => {
    expect(parseAnalyzeArgs(['me.jpg', '--test', 'standing', '--height', '168'])).toMatchObject({
      height: 168,
    });
    expect(() => parseAnalyzeArgs(['me.jpg', '--test', 'standing', '--height', 'tall'])).toThrow(/--height/);
  });

  it('takes a photo only for the standing test', () => {
    expect(parseAnalyzeArgs(['me.webp', '--test', 'standing'])).toMatchObject({ video: 'me.webp' });
    expect(() => parseAnalyzeArgs(['me.PNG', '--test', 'squat'])).toThrow(
      /only be read for the standing test/,
    );
  });

  it('takes keypoint files instead of a video, with their frame rate', () => {
    expect(parseAnalyzeArgs(['--keypoints', 'out', '--test', 'squat', '--fps', '60'])).toMatchObject({
      keypoints: 'out',
      fps: 60,
    });
    expect(() => parseAnalyzeArgs(['v.mp4', '--keypoints', 'out', '--test', 'squat'])).toThrow(/not both/);
    expect(() => parseAnalyzeArgs(['--keypoints', 'out', '--test', 'squat', '--snapshots', 's'])).toThrow(
      /needs the video/,
    );
  });

  it('shows help for --help', () => {
    expect(parseAnalyzeArgs(['--help'])).toBeNull();
  });
});

const canRun = hasSystemPart(ffmpeg) && hasSystemPart(poseModels) && hasSystemPart(fixtures);

describe.runIf(canRun)('run', () => {
  const snapshots = mkdtempSync(join(tmpdir(), 'kneeline-snapshots-'));
  const keypoints = join(mkdtempSync(join(tmpdir(), 'kneeline-keypoints-')), 'openpose');
  let report: TrialReport;
  let code: number;

  beforeAll(async () => {
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((text: string) => printed.push(text));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      code = await run([
        join(fixturesDir, 'pose_squats.mp4'),
        '--test',
        'squat',
        '--json',
        '--snapshots',
        snapshots,
        '--export-keypoints',
        keypoints,
      ]);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    report = JSON.parse(printed.join('\n')) as TrialReport;
  }, 180_000);

  afterEach(() => vi.restoreAllMocks());

  it('leads with a conclusion: the oblique fixture clip cannot be told, and says why', () => {
    expect(report.conclusion).toMatchObject({
      kind: 'inconclusive',
      left: 'inconclusive',
      right: 'inconclusive',
    });
    expect(report.conclusion.reason).toMatch(/turned|oblique/);
  });

  it('concludes the standing test from a waist-down photo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kneeline-photo-'));
    const photo = join(dir, 'waist-down.jpg');
    execFileSync(requireFfmpeg(), [
      '-v',
      'error',
      '-i',
      join(fixturesDir, 'pose_squats.mp4'),
      '-vf',
      'select=eq(n\\,0),crop=iw:ih*0.55:0:ih*0.45',
      '-frames:v',
      '1',
      photo,
    ]);
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => printed.push(text));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await run([photo, '--test', 'standing', '--json'])).toBe(0);
    const standing = JSON.parse(printed.join('\n')) as TrialReport;
    expect(standing.conclusion.kind).not.toBe('inconclusive');
    expect(standing.conclusion.basis).toBe('standing-knee-ankle-separation');
    expect(standing.staticAlignment?.legs.left).not.toBeNull();
  }, 120_000);

  it('finds the three squat bottoms of the clip near frames 10, 33 and 59', () => {
    expect(code).toBe(0);
    const bottoms = report.repetitions.map((rep) => rep.bottomFrame);
    expect(bottoms).toHaveLength(3);
    [10, 33, 59].forEach((expected, rep) =>
      expect(Math.abs((bottoms[rep] ?? -99) - expected)).toBeLessThanOrEqual(2),
    );
  });

  it('prints JSON that the published report schema accepts (schemas/analyze-report.v1.json)', () => {
    expect(schemaProblems('analyze-report.v1.json', report)).toEqual([]);
  });

  it('writes one PNG per repetition with the skeleton drawn over the frame', () => {
    const files = readdirSync(snapshots).sort();
    expect(files).toHaveLength(report.repetitions.length);
    const png = PNG.sync.read(readFileSync(join(snapshots, files[0] ?? '')));
    expect([png.width, png.height]).toEqual([406, 720]);
    let legColoured = 0;
    for (let pixel = 0; pixel < png.width * png.height; pixel += 1) {
      const [r, g, b] = [png.data[pixel * 4], png.data[pixel * 4 + 1], png.data[pixel * 4 + 2]];
      legColoured += r === 0 && g === 200 && b === 255 ? 1 : 0;
    }
    expect(legColoured).toBeGreaterThan(100);
  });

  it('gives the same report from its exported keypoints as from the video', async () => {
    const files = readdirSync(keypoints);
    expect(files).toHaveLength(65);
    expect(files[0]).toBe('pose_squats_000000000000_keypoints.json');
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => printed.push(text));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await run(['--keypoints', keypoints, '--test', 'squat', '--fps', '5', '--json'])).toBe(0);
    expect(JSON.parse(printed.join('\n'))).toEqual(report);
  });

  it('reads keypoint files from another tool (no Kneeline fields) to the same repetitions', async () => {
    const foreign = mkdtempSync(join(tmpdir(), 'kneeline-openpose-'));
    for (const name of readdirSync(keypoints)) {
      const { kneeline: _, ...content } = JSON.parse(readFileSync(join(keypoints, name), 'utf8')) as Record<
        string,
        unknown
      >;
      writeFileSync(join(foreign, name.replace('pose_squats', 'video')), JSON.stringify(content));
    }
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => printed.push(text));
    expect(await run(['--keypoints', foreign, '--test', 'squat', '--fps', '5', '--json'])).toBe(0);
    const fromOther = JSON.parse(printed.join('\n')) as TrialReport;
    expect(fromOther.repetitions.map((rep) => rep.bottomFrame)).toEqual(
      report.repetitions.map((rep) => rep.bottomFrame),
    );
    expect(fromOther.conclusion).toEqual(report.conclusion);
  });

  it('says plainly when a keypoints folder holds no OpenPose files', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kneeline-empty-'));
    await expect(run(['--keypoints', empty, '--test', 'squat'])).rejects.toThrow(/no \*_keypoints\.json/);
  });

  it('says the file is missing in a sentence', async () => {
    await expect(run(['/nonexistent/squat.mp4', '--test', 'squat'])).rejects.toThrow(/no video file/);
  });

  it('says a text file is not a video', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kneeline-')), 'notes.mp4');
    writeFileSync(path, 'not a video');
    await expect(run([path, '--test', 'squat'])).rejects.toMatchObject({ code: 'not-a-video' });
  });
});
