import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSystemPart } from '../../testing/system-parts.js';
import { decodedSize, decoderThreads, openVideo, parseShowinfoLine } from './decode-video.js';
import { ffmpeg, fixtures, fixturesDir } from './system-parts.js';

describe('decodedSize', () => {
  it('scales a 720x1280 portrait clip to 360 px high, keeping its shape', () => {
    expect(decodedSize({ width: 720, height: 1280 }, 360)).toEqual({ width: 202, height: 360 });
  });

  it('never scales a small clip up', () => {
    expect(decodedSize({ width: 320, height: 240 }, 360)).toEqual({ width: 320, height: 240 });
  });
});

describe('decoderThreads', () => {
  it('decodes up to 1080p on one thread (either way up) and leaves larger videos to ffmpeg', () => {
    expect(decoderThreads({ width: 1080, height: 1920 })).toEqual(['-threads', '1']);
    expect(decoderThreads({ width: 1920, height: 1080 })).toEqual(['-threads', '1']);
    expect(decoderThreads({ width: 1080, height: 1922 })).toEqual([]);
    expect(decoderThreads({ width: 2160, height: 3840 })).toEqual([]);
  });
});

describe('parseShowinfoLine', () => {
  it('reads the frame number and time of a decoded frame', () => {
    const line = '[Parsed_showinfo_0 @ 0x3cdac5c0] n:  12 pts:  24576 pts_time:2.4     pos: 48 fmt:yuv420p';
    expect(parseShowinfoLine(line)).toEqual({ n: 12, timeMs: 2400 });
  });
});

const canRun = hasSystemPart(ffmpeg) && hasSystemPart(fixtures);

describe.runIf(canRun)('openVideo', () => {
  it('decodes every frame of the squat clip with its time', async () => {
    const { info, frames } = await openVideo(join(fixturesDir, 'pose_squats.mp4'));
    expect(info).toEqual({ width: 720, height: 1280, fps: 5, durationMs: 13_000 });
    const seen: { index: number; timeMs: number; bytes: number }[] = [];
    for await (const frame of frames) {
      seen.push({ index: frame.index, timeMs: frame.timeMs, bytes: frame.data.length });
    }
    expect(seen).toHaveLength(65);
    expect(seen[64]).toEqual({ index: 64, timeMs: 12_800, bytes: 202 * 360 * 3 });
  });

  it('decodes only the frames asked for, each with its own index, time and pixels', async () => {
    const path = join(fixturesDir, 'pose_squats.mp4');
    const all = new Map<number, { timeMs: number; sum: number }>();
    const sum = (data: Uint8Array): number => data.reduce((total, value) => total + value, 0);
    for await (const frame of (await openVideo(path)).frames) {
      all.set(frame.index, { timeMs: frame.timeMs, sum: sum(frame.data) });
    }
    const picked: { index: number; timeMs: number; sum: number }[] = [];
    for await (const frame of (await openVideo(path, { onlyFrames: [3, 10, 40] })).frames) {
      picked.push({ index: frame.index, timeMs: frame.timeMs, sum: sum(frame.data) });
    }
    expect(picked).toEqual([3, 10, 40].map((index) => ({ index, ...all.get(index) })));
  });

  it('says plainly when the file does not exist', async () => {
    await expect(openVideo('/nonexistent/squat.mp4')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a text file named like a video', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kneeline-')), 'notes.mp4');
    writeFileSync(path, 'these are my notes, not a video\n');
    await expect(openVideo(path)).rejects.toMatchObject({ code: 'not-a-video' });
  });
});
