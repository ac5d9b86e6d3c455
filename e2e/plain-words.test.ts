/**
 * No internal name reaches a user: every main page, rendered in Chromium for a user with a
 * program, a saved session and every library entry, is read for seed file names, "the author",
 * the pose backend's name, the TFL abbreviation and an unexplained FPPA.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromium, hasSystemPart } from '../src/testing/system-parts.js';
import { useE2e } from './support/e2e.js';
import { quickStartToSavedSession } from './support/quick-start-flow.js';

const canRun = hasSystemPart(chromium);

/** Words that name our files, our sources' people or our machinery instead of speaking plainly. */
const INTERNAL: readonly RegExp[] = [/\bseeds?\b/i, /\bthe author\b/i, /\bwasm\b/i, /\bTFL\b/];
/** FPPA is allowed only next to its explanation. */
const UNEXPLAINED_FPPA = /FPPA(?! \(|, the knee angle)/;

async function problemsOn(page: Page, where: string): Promise<readonly string[]> {
  await page.locator('main h1').first().waitFor();
  const text = await page.locator('body').innerText();
  const found = [...INTERNAL, UNEXPLAINED_FPPA]
    .map((pattern) => pattern.exec(text))
    .filter((match) => match !== null)
    .map((match) => `${where}: "…${text.slice(Math.max(0, match.index - 60), match.index + 40)}…"`);
  return found;
}

describe.runIf(canRun)('plain words', { timeout: 240_000 }, () => {
  const e2e = useE2e();

  it('shows no internal names on any main page, self-test or library entry', async () => {
    const page = await e2e.phonePage({ failOnPageError: false });
    await quickStartToSavedSession(page, e2e.url, null);
    const problems: string[] = [];
    const pages = ['#/', '#/findings', '#/program', '#/program/print', '#/today', '#/progress', '#/settings'];
    for (const hash of [...pages, '#/library', '#/measure', '#/questions/1', '#/referral']) {
      await page.goto(`${e2e.url}/${hash}`);
      problems.push(...(await problemsOn(page, hash)));
    }
    const catalog = (await (await page.request.get(`${e2e.url}/api/catalog`)).json()) as {
      exercises: { id: string }[];
      advice: { id: string }[];
    };
    const ids = [...catalog.exercises, ...catalog.advice].map((entry) => entry.id);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      await page.goto(`${e2e.url}/#/library/${id}`);
      problems.push(...(await problemsOn(page, `#/library/${id}`)));
    }
    // Every self-test, one after the other, as the full assessment shows them.
    await page.goto(`${e2e.url}/#/tests`);
    for (let index = 0; index < 30; index += 1) {
      const id = await page.locator('[data-test]').getAttribute('data-test');
      problems.push(...(await problemsOn(page, `self-test ${id ?? '?'}`)));
      const next = page.getByRole('button', { name: 'Next test' });
      if (!(await next.isVisible())) {
        break;
      }
      await next.click();
      await page.waitForFunction(
        (previous) => document.querySelector('[data-test]')?.getAttribute('data-test') !== previous,
        id,
      );
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
