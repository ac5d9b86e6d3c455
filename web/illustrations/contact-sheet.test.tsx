/**
 * End to end: every illustration on one page in headless Chromium, saved as
 * e2e/screenshots/illustrations.png (git-ignored) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium as playwright } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../src/catalog/catalog.js';
import { CHROMIUM_ARGS, chromium, chromiumPath, hasSystemPart } from '../../src/testing/system-parts.js';
import { ExerciseIllustration } from './ExerciseIllustration.js';

const SCREENSHOT_DIR = new URL('../../e2e/screenshots/', import.meta.url);

function contactSheet(): string {
  const cells = EXERCISES.map(
    (exercise) =>
      `<section><h2>${exercise.id}</h2>${renderToStaticMarkup(
        <ExerciseIllustration id={exercise.id} name={exercise.name} playing={false} size={150} />,
      )}</section>`,
  );
  const style = `body{font:12px sans-serif;margin:8px;display:grid;grid-template-columns:repeat(3,1fr);gap:6px}
    section{border:1px solid #ccc;padding:4px} h2{font-size:12px;margin:0} figure{margin:0} button{display:none}`;
  return `<!doctype html><html><head><style>${style}</style></head><body>${cells.join('')}</body></html>`;
}

describe.runIf(hasSystemPart(chromium))('contact sheet', () => {
  it('shows a drawn figure for every exercise in a real browser', async () => {
    const browser = await playwright.launch({
      executablePath: chromiumPath() ?? '',
      args: [...CHROMIUM_ARGS],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.setContent(contactSheet());
      const drawn = await page.$$eval(
        'svg[role="img"]',
        (svgs) =>
          svgs.filter(
            (svg) =>
              svg.getBoundingClientRect().width > 60 &&
              svg.getBoundingClientRect().height > 40 &&
              svg.querySelectorAll('path').length > 3,
          ).length,
      );
      expect(drawn).toBe(EXERCISES.length);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: new URL('illustrations.png', SCREENSHOT_DIR).pathname, fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
