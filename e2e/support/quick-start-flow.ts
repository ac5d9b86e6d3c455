/** The quick start as a new user does it, with every tap and typed answer counted. */
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Taps and typing, counted: what a person does with their hands. */
export class Hands {
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

/**
 * Welcome → safety (all no) → About you → the 3 quick tests → findings → today's session, every
 * set done with "All N done" and no pain → saved. Screenshots go to `shots` when given.
 */
export async function quickStartToSavedSession(
  page: Page,
  url: string,
  shots: string | null,
): Promise<Hands> {
  const hands = new Hands(page);
  await page.goto(`${url}/?playerSpeed=400#/`);
  await page.getByRole('heading', { name: 'Welcome to Kneeline' }).waitFor();
  await expect(page.getByText(/Quick start, about \d+ minutes/).isVisible()).resolves.toBe(true);
  await hands.tap(page.getByRole('button', { name: 'None of these apply to me' }));
  for (const group of await page.locator('fieldset').all()) {
    await expect(group.getByLabel('No').isChecked()).resolves.toBe(true);
  }
  await hands.tap(page.getByRole('button', { name: 'Continue with the quick start' }));

  await page.getByRole('heading', { name: 'About you' }).waitFor();
  const field = (id: string): Locator => page.locator(`[data-field="${id}"]`);
  await hands.tick(field('ageGroup').locator('input[value="adult"]'));
  await hands.type(field('ageYears').locator('input'), '34');
  await hands.tick(field('sex').locator('input[value="female"]'));
  await hands.tick(field('pregnant').getByLabel('No'));
  await hands.tick(field('sidesAffected').locator('input[value="both"]'));
  await hands.tick(field('painAreas').locator('input[value="none"]'));
  await hands.tick(field('onset').locator('input[value="gradual"]'));
  await hands.tick(field('locking').locator('input[value="no"]'));
  await hands.tick(field('bearsWeight').locator('input[value="yes"]'));
  await hands.tick(field('kneecapSlips').getByLabel('No'));
  await hands.tick(field('fixedDeformity').getByLabel('No'));
  await hands.tick(field('shapeChanging').getByLabel('No'));
  await hands.tick(field('diagnoses').locator('input[value="none"]'));
  await hands.tick(field('fallsLastYear').getByLabel('No'));
  await hands.tick(field('equipment').locator('input[value="none"]'));
  await hands.type(field('minutesPerSession').locator('input'), '10');
  await hands.type(field('daysPerWeek').locator('input'), '3');
  const todayName = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { weekday: 'long' }));
  await expect(page.getByLabel(`${todayName} (today)`).isChecked()).resolves.toBe(true);
  if (shots !== null) {
    await page.screenshot({ path: join(shots, '02q-quick-start.png'), fullPage: true });
  }
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
  return hands;
}

/** The "All N done" buttons on screen now (N differs per exercise). */
async function allDoneLabels(page: Page): Promise<readonly string[]> {
  const texts = await page.getByRole('button', { name: /^All \d+ done$/ }).allTextContents();
  return texts.map((text) => text.trim());
}
