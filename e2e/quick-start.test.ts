/**
 * A new user on a phone (390x844) with the quick start: from the welcome to a first finished
 * session on the same day, counting every tap and typed answer (at most 40). Then the other
 * self-tests are offered and the full assessment is still there.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickStartToSavedSession } from './support/quick-start-flow.js';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import { screenshotsFolder, useE2e } from './support/e2e.js';

const canRun = hasSystemPart(chromium);

describe.runIf(canRun)('the quick start', { timeout: 180_000 }, () => {
  const e2e = useE2e();

  it('takes a new user on a phone from the welcome to a finished session today in at most 40 actions', async () => {
    const shots = screenshotsFolder();
    const page = await e2e.phonePage();
    const hands = await quickStartToSavedSession(page, e2e.url, shots);
    await page.screenshot({ path: join(shots, '06q-quick-session-saved.png'), fullPage: true });
    expect(hands.count).toBeLessThanOrEqual(40);
    console.log(`quick start: ${hands.count} actions from the welcome to a saved session`);

    // The other tests are offered after the session, and the full assessment stays available.
    await page.getByRole('link', { name: 'Do the next test' }).click();
    await page.locator('[data-test]').waitFor();
    const firstLeft = await page.locator('[data-test]').getAttribute('data-test');
    expect(['standing-knee', 'single-leg-squat', 'knee-to-wall']).not.toContain(firstLeft);
    await page.goto(`${e2e.url}/#/questions/1`);
    await page.locator('form[data-question]').waitFor();
    await expect(page.getByText(/^Question 1 of \d+$/).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
