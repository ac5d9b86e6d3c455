/**
 * The live "knee out" cue through a fake camera: Chromium plays a .y4m made from the fixture clip
 * as its camera (--use-file-for-fake-video-capture), and the session player's LiveFeedback reads
 * it with the real camera hook and pose loop. On the fixture itself (knees pushed out against a
 * band: no valgus, fixtures README) no cue may fire; on a transformed copy whose knees cave in, a
 * cue must fire and reach the player as a `kneeCaveIn` event.
 *
 * The cave-in clip is made from the fixture by a documented pixel transformation (knees pinched
 * towards the midline): see CAVE_IN_FILTER in support/fake-camera.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlayerEvent } from '../src/coaching/types.js';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import { ffmpeg, fixtures, poseModels } from '../src/vision/pose/system-parts.js';
import { CAVE_IN_FILTER, fakeCameraClip } from './support/fake-camera.js';
import { fakeCameraFlags, phonePage, useE2e } from './support/e2e.js';

const canRun =
  hasSystemPart(chromium) && hasSystemPart(ffmpeg) && hasSystemPart(poseModels) && hasSystemPart(fixtures);

interface LiveRun {
  readonly events: PlayerEvent[];
  readonly reps: number;
}

describe.runIf(canRun)('the live knee-out cue on a fake camera', { timeout: 180_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'kneeline-camera-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const e2e = useE2e({ web: 'vision', sharedBrowser: false });

  /** Plays `y4m` as the camera until the component has counted 2 reps (the clip played through). */
  async function watch(y4m: string): Promise<LiveRun> {
    const browser = await e2e.launch(fakeCameraFlags(y4m));
    try {
      const page = await phonePage(browser, e2e.url);
      await page.goto(`${e2e.url}/live.html?check=squat`);
      await page.locator('[data-overlay="skeleton"]').waitFor({ state: 'attached', timeout: 30_000 });
      await page.locator('.live-reps[data-reps="2"]').waitFor({ timeout: 120_000 });
      const events = await page.evaluate(
        () => (window as unknown as { __kneelineLiveEvents: PlayerEvent[] }).__kneelineLiveEvents,
      );
      const reps = Number(await page.locator('.live-reps').getAttribute('data-reps'));
      return { events, reps };
    } finally {
      await browser.close();
    }
  }

  it('stays quiet on the fixture, where the knees track out over the feet', async () => {
    const run = await watch(fakeCameraClip(folder, 'squats', null));
    expect(run.reps).toBeGreaterThanOrEqual(2);
    expect(run.events.filter((event) => event.type === 'kneeCaveIn')).toEqual([]);
  });

  it('says "knee out" and tells the player when a knee caves in', async () => {
    const run = await watch(fakeCameraClip(folder, 'squats-caving', CAVE_IN_FILTER));
    const caves = run.events.filter((event) => event.type === 'kneeCaveIn');
    expect(caves.length).toBeGreaterThanOrEqual(1);
    for (const cave of caves) {
      expect(cave.fppaDegrees).toBeGreaterThan(10);
    }
  });
});
