/**
 * The web app end to end: the built app served by the real server on a fresh database, driven in
 * headless Chromium. A new user goes from the safety check to a saved session and their progress;
 * a user with a red flag gets the referral page and no program. Screenshots land in e2e/screenshots/.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import { screenshotsFolder, useE2e } from './support/e2e.js';
import { answerQuestionnaire, fillSelfTests, runSession } from './support/walkthrough.js';

const canRun = hasSystemPart(chromium);

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotsFolder(), `${name}.png`), fullPage: true });
}

describe.runIf(canRun)('the web app', { timeout: 300_000 }, () => {
  const e2e = useE2e();

  /** Each test on a server of its own (a fresh database), in the shared browser. */
  async function freshPage(): Promise<{ page: Page; url: string }> {
    const app = await e2e.anotherApp();
    return { page: await e2e.phonePage(), url: app.url };
  }

  it('takes a new user from the safety check to a saved session and shows it in their progress', async () => {
    const { page, url } = await freshPage();
    // A fast player clock so holds and rests pass in a blink.
    await page.goto(`${url}/?playerSpeed=400#/settings`);
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    for (const day of ['Tuesday', 'Thursday', 'Saturday', 'Sunday']) {
      await page.getByLabel(day).check();
    }
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await shoot(page, '08-settings');

    await page.goto(`${url}/?playerSpeed=400#/`);
    await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();
    await shoot(page, '01-welcome');
    for (const group of await page.locator('fieldset').all()) {
      await group.getByLabel('No').check();
    }
    await page.getByRole('button', { name: 'Do the full assessment instead' }).click();

    await page.locator('form[data-question]').waitFor();
    await shoot(page, '02-questionnaire');
    await answerQuestionnaire(page);

    await page.locator('[data-test]').waitFor();
    await shoot(page, '03-self-test');
    await fillSelfTests(page, screenshotsFolder());

    await page.getByRole('heading', { name: 'What we found' }).waitFor();
    await shoot(page, '04-findings');
    expect(await page.locator('.body-diagram .mark').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'See my program' }).click();
    await page.getByRole('heading', { name: 'Your program' }).waitFor();
    expect(await page.locator('.exercise').count()).toBeGreaterThan(2);
    await shoot(page, '05-program');
    const [calendar] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Add to my calendar (.ics)' }).click(),
    ]);
    const calendarFile = join(tmpdir(), `kneeline-${process.pid}.ics`);
    await calendar.saveAs(calendarFile);
    expect(readFileSync(calendarFile, 'utf8')).toContain('BEGIN:VCALENDAR');
    rmSync(calendarFile);
    await page.getByRole('link', { name: 'Printable plan' }).click();
    await page.getByRole('heading', { name: /week 1/ }).waitFor();
    // Printed, the plan takes one page per week (the program's exercise list fits on one page).
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(4);
    await page.setViewportSize({ width: 900, height: 1200 });
    await page.emulateMedia({ media: 'print' });
    await shoot(page, '05b-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });

    await page.getByRole('link', { name: 'Today' }).click();
    await runSession(page, screenshotsFolder());
    await page.getByRole('heading', { name: 'Session saved' }).waitFor();
    await shoot(page, '06c-session-saved');

    await page.getByRole('link', { name: 'See my progress' }).click();
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
    await page.getByRole('heading', { name: 'Sessions done per week' }).waitFor();
    await page.locator('.chart canvas').first().waitFor();
    await page.getByLabel('Knee-to-wall, left leg').fill('9');
    await page.getByLabel('Knee-to-wall, right leg').fill('12');
    await page.getByRole('button', { name: 'Pain 1 of 10' }).click();
    await page.getByRole('button', { name: 'Save the re-test' }).click();
    await page.getByText('Re-test saved.').waitFor();
    await page.locator('.chart canvas').nth(1).waitFor();
    await shoot(page, '07-progress');

    await page.reload();
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
    await page.locator('.chart canvas').nth(1).waitFor();
    await page.goto(`${url}/#/program`);
    await page.getByRole('heading', { name: 'Your program' }).waitFor();
    await page.goto(`${url}/#/findings`);
    await page.getByRole('heading', { name: 'What we found' }).waitFor();
  });

  it('exports all data, refuses a bad file, deletes everything after asking, and imports the export back', async () => {
    const { page, url } = await freshPage();
    await page.goto(`${url}/#/`);
    await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();
    for (const group of await page.locator('fieldset').all()) {
      await group.getByLabel('No').check();
    }
    await page.getByRole('button', { name: 'Do the full assessment instead' }).click();
    await page.locator('form[data-question]').waitFor();

    await page.getByRole('link', { name: 'Settings' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export all data (JSON)' }).click(),
    ]);
    const exported = join(tmpdir(), `kneeline-export-${process.pid}.json`);
    await download.saveAs(exported);
    const file = page.getByLabel('Import a Kneeline export');
    await file.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('not json'),
    });
    await page.getByText('it is not valid JSON). Nothing was changed.').waitFor();
    await file.setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":1}'),
    });
    await page.getByText(/Nothing was changed\.$/).waitFor();
    await shoot(page, '08b-settings-bad-import');

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await shoot(page, '08c-settings-confirm-delete');
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();
    expect(await page.getByLabel('No').first().isChecked()).toBe(false);

    await page.goto(`${url}/#/settings`);
    await page.getByLabel('Import a Kneeline export').setInputFiles(exported);
    await page.getByText('Your data was imported.').waitFor();
    rmSync(exported);
    await page.goto(`${url}/#/`);
    await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();
    expect(await page.getByLabel('No').first().isChecked()).toBe(true);
  });

  it('sends a user with a red flag to a professional instead of a program', async () => {
    const { page, url } = await freshPage();
    await page.goto(`${url}/#/`);
    await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();
    // By keyboard only: Space picks "Yes", an arrow key moves to "No", Tab goes to the next question.
    await page.locator('fieldset input[type="radio"]').first().focus();
    const questions = await page.locator('fieldset').count();
    for (let question = 0; question < questions; question += 1) {
      await page.keyboard.press(question === 2 ? 'Space' : 'ArrowDown');
      await page.keyboard.press('Tab');
    }
    // The shortcut that answers every question "No" comes after the questions; step past it.
    await expect(
      page
        .getByRole('button', { name: 'None of these apply to me' })
        .evaluate((button) => button === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(
      page
        .getByRole('button', { name: 'Continue with the quick start' })
        .evaluate((button) => button === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Please see a professional first' }).waitFor();
    await expect(page.getByText('Your knee gives way or feels unstable.').isVisible()).resolves.toBe(true);
    await shoot(page, '09-referral');

    await page.reload();
    await page.getByRole('heading', { name: 'Please see a professional first' }).waitFor();
    await page.goto(`${url}/#/program`);
    await page.getByRole('heading', { name: 'No program yet' }).waitFor();
  });
});
