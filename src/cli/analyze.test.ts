import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { schemaProblems } from '../../scripts/published-schemas.js';
import { hasSystemPart } from '../testing/system-parts.js';
import { ffmpeg, fixtures, fixturesDir, poseModels } from '../vision/pose/system-parts.js';
import type { TrialReport } from '../vision/trial/types.js';
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

  it('shows help for --help', () => {
    expect(parseAnalyzeArgs(['--help'])).toBeNull();
  });
});

const canRun = hasSystemPart(ffmpeg) && hasSystemPart(poseModels) && hasSystemPart(fixtures);

describe.runIf(canRun)('run', () => {
  const snapshots = mkdtempSync(join(tmpdir(), 'kneeline-snapshots-'));
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
      ]);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    report = JSON.parse(printed.join('\n')) as TrialReport;
  }, 180_000);

  afterEach(() => vi.restoreAllMocks());

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

  it('says the file is missing in a sentence', async () => {
    await expect(run(['/nonexistent/squat.mp4', '--test', 'squat'])).rejects.toThrow(/no video file/);
  });

  it('says a text file is not a video', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kneeline-')), 'notes.mp4');
    writeFileSync(path, 'not a video');
    await expect(run([path, '--test', 'squat'])).rejects.toMatchObject({ code: 'not-a-video' });
  });
});
