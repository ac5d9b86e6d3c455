/**
 * "Share with my physio": after a quick start, a session and one camera measurement, the report
 * is printed to A4 by Chromium (one or two pages) and saved as the app's own PDF; the text of
 * both, read with poppler's pdftotext, holds the safety answers, findings, angles, program and pain.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleTrialReport } from '../src/store/test-fixtures.js';
import { chromium, commandWorks, hasSystemPart } from '../src/testing/system-parts.js';
import { screenshotsFolder, useE2e } from './support/e2e.js';
import { quickStartToSavedSession } from './support/quick-start-flow.js';

const poppler = {
  name: 'poppler-utils (pdftotext)',
  missing: commandWorks('pdftotext', ['-v']) ? null : 'install it with `apt-get install poppler-utils`',
};
/** A left single-leg squat measured at 12° with no sex given, so no norm applies. */
const MEASURED = {
  ...sampleTrialReport,
  sides: sampleTrialReport.sides.map((side) => ({
    ...side,
    verdict: { kind: 'no-verdict', reason: { kind: 'sex-needed', test: 'single-leg-squat' } },
  })),
};
const canRun = hasSystemPart(chromium) && hasSystemPart(poppler);

function pdfText(folder: string, name: string, bytes: Buffer): { text: string; pages: number } {
  const file = join(folder, name);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
}

describe.runIf(canRun)('the report for a physiotherapist', { timeout: 180_000 }, () => {
  const e2e = useE2e();
  const folder = mkdtempSync(join(tmpdir(), 'kneeline-report-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('prints to one or two A4 pages and saves a PDF holding findings, angles, program and pain', async () => {
    const shots = screenshotsFolder();
    const page = await e2e.phonePage({ acceptDownloads: true, failOnPageError: false });
    await quickStartToSavedSession(page, e2e.url, null);
    const saved = await page.request.post(`${e2e.url}/api/measurements`, {
      data: { test: 'single-leg-squat', side: 'left', report: MEASURED },
    });
    expect(saved.status()).toBe(201);

    // The first exercise of the program the quick start built: the report must list it.
    const state = (await (await page.request.get(`${e2e.url}/api/state`)).json()) as {
      program: { blocks: { items: { exerciseId: string }[] }[] } | null;
    };
    const firstId = state.program?.blocks[0]?.items[0]?.exerciseId ?? null;
    expect(firstId).not.toBeNull();
    await page.goto(`${e2e.url}/#/library/${firstId}`);
    const firstName = (await page.locator('h1').first().textContent())?.trim() ?? '';
    expect(firstName).not.toBe('');

    await page.goto(`${e2e.url}/#/findings`);
    await page.getByRole('link', { name: 'Share with my physio' }).click();
    await page.getByRole('heading', { name: /report for a physiotherapist/ }).waitFor();
    await page.getByText('the single-leg-squat norms differ for women and men').first().waitFor();
    await page.screenshot({ path: join(shots, '10-physio-report.png'), fullPage: true });

    const printed = pdfText(folder, 'printed.pdf', await page.pdf({ format: 'A4', printBackground: true }));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as PDF' }).click(),
    ]);
    const savedFile = join(folder, 'saved.pdf');
    await download.saveAs(savedFile);
    const own = pdfText(folder, 'own.pdf', readFileSync(savedFile));

    for (const [what, pdf] of [
      ['printed', printed],
      ['saved', own],
    ] as const) {
      expect(pdf.pages, what).toBeGreaterThanOrEqual(1);
      expect(pdf.pages, what).toBeLessThanOrEqual(2);
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(text, what).toContain('Safety questions');
      expect(text, what).toMatch(/Does your knee ever give way/);
      expect(text, what).toContain('Findings');
      expect(text, what).toMatch(/Stiff ankles/);
      expect(text, what).toContain('Knee-to-wall ankle test');
      expect(text, what).toContain('6 cm');
      expect(text, what).toContain('12.0°');
      expect(text, what).toContain('Current program');
      expect(text, what).toContain(firstName);
      expect(text, what).toMatch(/Sessions done: 1 of 1/);
      // The session's row: no pain given before or after, 0 during every exercise.
      expect(text, what).toMatch(/\d{4}-\d{2}-\d{2} – 0\/10 –/);
    }
    await page.context().close();
  });
});
