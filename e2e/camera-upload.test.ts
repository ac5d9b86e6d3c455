/**
 * A recorded video in the browser: on the measure page, the fixture clip is chosen as a file,
 * read on the device (progress bar, never uploaded) and measured; the result must match
 * `kneeline analyze` on the same clip: the same conclusion and repetitions, KASR at each bottom
 * within 0.05 and FPPA within 2° where measured.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeVideo } from '../src/cli/analyze-video.js';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import { createNodePoseEstimator } from '../src/vision/pose/node-estimator.js';
import { SQUAT_CLIP } from '../src/vision/pose/pose-fixture.js';
import { fixtures, poseModels } from '../src/vision/pose/system-parts.js';
import type { TrialReport } from '../src/vision/trial/types.js';
import { screenshotsFolder, useE2e } from './support/e2e.js';

const canRun = hasSystemPart(chromium) && hasSystemPart(fixtures) && hasSystemPart(poseModels);

describe.runIf(canRun)('a recorded video on the measure page', { timeout: 480_000 }, () => {
  const e2e = useE2e({ models: true });
  let cli: TrialReport;

  beforeAll(async () => {
    cli = (
      await analyzeVideo(SQUAT_CLIP, { test: 'squat', side: 'both', mirrored: false }, 'thunder', {
        createEstimator: (id) => createNodePoseEstimator(id, { smoothing: false }),
      })
    ).report;
  }, 300_000);

  it('reads the fixture clip on the device and reaches the same result as the CLI', async () => {
    const page = await e2e.phonePage({ ignoreDeviceSpeed: true });
    // The clip is 0.5 MB: no request before saving may carry anything near that.
    const bigBodies: string[] = [];
    page.on('request', (request) => {
      if ((request.postDataBuffer()?.length ?? 0) > 100_000) {
        bigBodies.push(request.url());
      }
    });
    await page.goto(`${e2e.url}/#/measure/squat`);
    await page.locator('#video-file').setInputFiles(SQUAT_CLIP);
    await page.locator('[data-upload="working"] progress').waitFor({ timeout: 60_000 });
    const result = page.locator('.video-upload [data-result="conclusion"]');
    const failed = page.locator('.video-upload [role="alert"]');
    await result.or(failed).first().waitFor({ timeout: 300_000 });
    expect(await failed.count(), (await failed.allTextContents()).join(' ')).toBe(0);
    await page.screenshot({ path: join(screenshotsFolder(), 'camera-upload-result.png'), fullPage: true });
    expect(bigBodies, 'the video itself is never sent').toEqual([]);

    expect(await result.getAttribute('data-kind')).toBe(cli.conclusion.kind);
    const rows = await page.locator('.video-upload table.rep-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        rep: Number(tr.getAttribute('data-rep')),
        side: tr.getAttribute('data-side'),
        fppa: tr.getAttribute('data-fppa'),
        kasr: tr.getAttribute('data-kasr'),
      })),
    );
    expect(new Set(rows.map((row) => row.rep)).size).toBe(cli.repetitions.length);
    for (const rep of cli.repetitions) {
      for (const knee of rep.knees) {
        const row = rows.find((r) => r.rep === rep.number && r.side === knee.side);
        expect(row, `rep ${rep.number} ${knee.side}`).toBeDefined();
        if (knee.atBottom.kind === 'measured') {
          expect(Math.abs(Number(row?.fppa) - knee.atBottom.fppaDegrees)).toBeLessThanOrEqual(2);
        } else {
          expect(row?.fppa).toBe('');
        }
        if (rep.kasrAtBottom !== null) {
          expect(
            Math.abs(Number(row?.kasr) - rep.kasrAtBottom),
            `KASR rep ${rep.number}`,
          ).toBeLessThanOrEqual(0.05);
        }
      }
    }
    await page.getByRole('button', { name: 'Save this measurement' }).click();
    await page.getByText('Saved: the numbers (not the video)').waitFor();
    await page.context().close();
  });
});
