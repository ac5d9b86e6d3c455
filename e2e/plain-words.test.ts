/**
 * No internal name reaches a user: every main page, rendered in Chromium for a user with a
 * program, a saved session and every library entry, is read for seed file names, "the author",
 * the pose backend's name, the TFL abbreviation and an unexplained FPPA.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium as playwright } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromium, chromiumPath, hasSystemPart } from '../src/testing/system-parts.js';
import { startApp } from './support/app-server.js';
import { buildPrivateWebApp } from './support/vision-page.js';
import type { RunningApp } from './support/app-server.js';
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
  let browser: Browser;
  let app: RunningApp;
  // A build of its own: other test files rebuild dist/web while this one runs.
  let root: string;

  beforeAll(async () => {
    root = buildPrivateWebApp();
    browser = await playwright.launch({ executablePath: chromiumPath() ?? '', args: [...CHROMIUM_ARGS] });
    app = await startApp(root);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows no internal names on any main page, self-test or library entry', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await quickStartToSavedSession(page, app.url, null);
    const problems: string[] = [];
    const pages = ['#/', '#/findings', '#/program', '#/program/print', '#/today', '#/progress', '#/settings'];
    for (const hash of [...pages, '#/library', '#/measure', '#/questions/1', '#/referral']) {
      await page.goto(`${app.url}/${hash}`);
      problems.push(...(await problemsOn(page, hash)));
    }
    const catalog = (await (await page.request.get(`${app.url}/api/catalog`)).json()) as {
      exercises: { id: string }[];
      advice: { id: string }[];
    };
    const ids = [...catalog.exercises, ...catalog.advice].map((entry) => entry.id);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      await page.goto(`${app.url}/#/library/${id}`);
      problems.push(...(await problemsOn(page, `#/library/${id}`)));
    }
    // Every self-test, one after the other, as the full assessment shows them.
    await page.goto(`${app.url}/#/tests`);
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
    await context.close();
  });
});
