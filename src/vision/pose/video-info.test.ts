import { describe, expect, it } from 'vitest';
import { parseVideoInfo } from './video-info.js';

const banner = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'pose_squats.mp4':
  Duration: 00:00:13.00, start: 0.000000, bitrate: 312 kb/s
    Stream #0:0(und): Video: h264 (Constrained Baseline) (avc1 / 0x31637661), yuv420p, 720x1280, 312 kb/s, 5 fps, 5 tbr, 10240 tbn, 10 tbc (default)
At least one output file must be specified`;

describe('parseVideoInfo', () => {
  it('reads size, frame rate and duration from ffmpeg -i', () => {
    expect(parseVideoInfo(banner)).toEqual({ width: 720, height: 1280, fps: 5, durationMs: 13_000 });
  });

  it('swaps width and height of a phone video recorded rotated', () => {
    const rotated = banner
      .replace('720x1280', '1920x1080')
      .replace('(default)', '(default)\n    Metadata:\n      rotate          : 90');
    expect(parseVideoInfo(rotated)).toMatchObject({ width: 1080, height: 1920 });
  });

  it('reads fractional frame rates such as 29.97', () => {
    expect(parseVideoInfo(banner.replace('5 fps', '29.97 fps'))?.fps).toBeCloseTo(29.97);
  });

  it('finds no video in a file that has none', () => {
    expect(parseVideoInfo('/tmp/notes.mp4: Invalid data found when processing input')).toBeNull();
  });
});
