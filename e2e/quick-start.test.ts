/**
 * A new user on a phone (390x844) with the quick start: from the welcome to a first finished
 * session on the same day, counting every tap and typed answer (at most 40). Then the other
 * self-tests are offered and the full assessment is still there.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium as playwright } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromium, chromiumPath, hasSystemPart } from '../src/testing/system-parts.js';
import { buildWebApp, startApp } from './support/app-server.js';
import type { RunningApp } from './support/app-server.js';

const shots = join(import.meta.dirname, 'screenshots');
const canRun = hasSystemPart(chromium);

/** Taps and typing, counted: what a person does with their hands. */
class Hands {
  count = 0;
  constructor(readonly page: Page) {}
  async tap(locator: Locator): Promise<void> {
    await locator.click();
    this.count += 1;
  }
  async tick(locator: Locator): Promise<void> {
    await locator.check();
    this.count += 1;
  }
  async type(locator: Locator, text: string): Promise<void> {
    await locator.fill(text);
    this.count += 1;
  }
  /** Taps the first of these buttons that is on screen now; false when none is. */
  async tapAny(names: readonly string[]): Promise<boolean> {
    for (const name of names) {
      const button = this.page.getByRole('button', { name, exact: true });
      try {
        if (await button.isVisible()) {
          await button.click({ timeout: 500 });
          this.count += 1;
          return true;
        }
      } catch {
        // The player moved on between looking and tapping: look again.
      }
    }
    return false;
  }
}

describe.runIf(canRun)('the quick start', { timeout: 180_000 }, () => {
  let browser: Browser;
  let app: RunningApp;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    buildWebApp();
    browser = await playwright.launch({ executablePath: chromiumPath() ?? '', args: [...CHROMIUM_ARGS] });
    app = await startApp();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('takes a new user on a phone from the welcome to a finished session today in at most 40 actions', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => {
      throw error;
    });
    const hands = new Hands(page);
    await page.goto(`${app.url}/?playerSpeed=400#/`);
    await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();
    await expect(page.getByText(/Quick start, about \d+ minutes/).isVisible()).resolves.toBe(true);
    for (const group of await page.locator('fieldset').all()) {
      await hands.tick(group.getByLabel('No'));
    }
    await hands.tap(page.getByRole('button', { name: 'Continue with the quick start' }));

    await page.getByRole('heading', { name: 'About you' }).waitFor();
    const field = (id: string): Locator => page.locator(`[data-field="${id}"]`);
    await hands.tick(field('ageGroup').locator('input[value="adult"]'));
    await hands.tick(field('sex').locator('input[value="female"]'));
    await hands.tick(field('sidesAffected').locator('input[value="both"]'));
    await hands.tick(field('painAreas').locator('input[value="none"]'));
    await hands.tick(field('onset').locator('input[value="gradual"]'));
    await hands.tick(field('equipment').locator('input[value="none"]'));
    await hands.type(field('minutesPerSession').locator('input'), '10');
    await hands.type(field('daysPerWeek').locator('input'), '3');
    const todayName = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { weekday: 'long' }));
    await expect(page.getByLabel(`${todayName} (today)`).isChecked()).resolves.toBe(true);
    await page.screenshot({ path: join(shots, '02q-quick-start.png'), fullPage: true });
    await hands.tap(page.getByRole('button', { name: 'Next: 3 quick tests' }));

    const entries: readonly (readonly [string, string, string])[] = [
      ['standing-knee', 'in', 'in'],
      ['single-leg-squat', 'caves', 'holds'],
      ['knee-to-wall', '6', '11'],
    ];
    for (const [index, [id, left, right]] of entries.entries()) {
      const section = page.locator(`[data-test="${id}"]`);
      await section.waitFor();
      await expect(page.getByText(`Quick test ${index + 1} of 3`).isVisible()).resolves.toBe(true);
      for (const [leg, entry] of [
        ['left', left],
        ['right', right],
      ] as const) {
        const card = section.getByRole('region', { name: `${leg} leg` });
        if (id === 'knee-to-wall') {
          await hands.type(card.locator('input[type="text"]'), entry);
        } else {
          await hands.tick(card.locator(`input[value="${entry}"]`));
        }
      }
      await hands.tap(page.getByRole('button', { name: index === 2 ? 'See what we found' : 'Next test' }));
    }

    await page.getByRole('heading', { name: 'What we found' }).waitFor();
    await page.getByText(/Your next session:/).waitFor();
    await hands.tap(page.getByRole('link', { name: "Start today's session" }));
    await hands.tap(page.getByRole('button', { name: 'Start the session' }));
    for (let round = 0; round < 400; round += 1) {
      if (await page.getByRole('heading', { name: 'Well done!' }).isVisible()) {
        break;
      }
      await hands.tapAny(['Pain 0 of 10, no pain', 'End this hold', 'Done']);
      await hands.tapAny(await allDoneLabels(page));
    }
    await page.getByRole('heading', { name: 'Well done!' }).waitFor();
    await hands.tap(page.getByRole('button', { name: 'Save this session' }));
    await page.getByRole('heading', { name: 'Session saved' }).waitFor();
    await page.getByText(/Your next session:/).waitFor();
    await page.screenshot({ path: join(shots, '06q-quick-session-saved.png'), fullPage: true });
    expect(hands.count).toBeLessThanOrEqual(40);
    console.log(`quick start: ${hands.count} actions from the welcome to a saved session`);

    // The other tests are offered after the session, and the full assessment stays available.
    await page.getByRole('link', { name: 'Do the next test' }).click();
    await page.locator('[data-test]').waitFor();
    const firstLeft = await page.locator('[data-test]').getAttribute('data-test');
    expect(['standing-knee', 'single-leg-squat', 'knee-to-wall']).not.toContain(firstLeft);
    await page.goto(`${app.url}/#/questions/1`);
    await page.locator('form[data-question]').waitFor();
    await expect(page.getByText(/^Question 1 of \d+$/).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

/** The "All N done" buttons on screen now (N differs per exercise). */
async function allDoneLabels(page: Page): Promise<readonly string[]> {
  const texts = await page.getByRole('button', { name: /^All \d+ done$/ }).allTextContents();
  return texts.map((text) => text.trim());
}
