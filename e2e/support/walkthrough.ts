/** Steps a person takes through the app, shared by the end-to-end tests. */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** The answers a typical new user gives, by question id (option values or typed text). */
const ANSWERS: Readonly<Record<string, string | boolean | readonly string[]>> = {
  ageGroup: 'adult',
  ageYears: '34',
  sex: 'female',
  // The screen a physical therapist asks (issue 9): nothing to report.
  diagnoses: ['none'],
  locking: 'no',
  bearsWeight: 'yes',
  sidesAffected: 'both',
  sports: ['running'],
  painAreas: ['none'],
  onset: 'gradual',
  familyHistory: false,
  weeksOfExerciseSoFar: '0',
  equipment: ['band', 'step', 'chair', 'wall'],
  minutesPerSession: '25',
  daysPerWeek: '3',
  oneAreaOnly: false,
};

const visible = async (locator: Locator): Promise<boolean> => locator.first().isVisible();

async function answer(form: Locator, id: string): Promise<void> {
  const given = ANSWERS[id];
  if (typeof given === 'boolean') {
    await form.getByLabel(given ? 'Yes' : 'No', { exact: true }).check();
  } else if (Array.isArray(given)) {
    for (const value of given) {
      await form.locator(`input[value="${value}"]`).check();
    }
  } else if (typeof given === 'string' && (await visible(form.locator('input[type="text"]')))) {
    await form.locator('input[type="text"]').fill(given);
  } else if (typeof given === 'string') {
    await form.locator(`input[value="${given}"]`).check();
  } else if (await visible(form.getByLabel('No', { exact: true }))) {
    await form.getByLabel('No', { exact: true }).check();
  } else if (await visible(form.locator('input[type="text"]'))) {
    await form.locator('input[type="text"]').fill('1');
  } else {
    await form.locator('input').first().check();
  }
}

/** Answers every question, one step at a time, until the self-tests open. */
export async function answerQuestionnaire(page: Page): Promise<void> {
  for (let step = 0; step < 40; step += 1) {
    const form = page.locator('form[data-question]');
    const id = await form.getAttribute('data-question');
    if (id === null) {
      throw new Error('the questionnaire step has no question id');
    }
    await answer(form, id);
    await form.getByRole('button', { name: /^(Next|On to the self-tests)$/ }).click();
    await page.waitForFunction(
      (previous) =>
        document.querySelector('[data-test]') !== null ||
        document.querySelector('form[data-question]')?.getAttribute('data-question') !== previous,
      id,
    );
    if (await visible(page.locator('[data-test]'))) {
      return;
    }
  }
  throw new Error('the questionnaire did not end after 40 steps');
}

/** Per test id and leg: the option value to choose, or a distance to type. */
const TEST_ENTRIES: Readonly<Record<string, Readonly<Record<'left' | 'right', string>>>> = {
  'standing-knee': { left: 'in', right: 'in' },
  'knee-to-wall': { left: '6', right: '11' },
  'single-leg-squat': { left: 'caves', right: 'holds' },
};

/** Fills the tests a person can do at home and skips the rest; ends on the findings. */
export async function fillSelfTests(page: Page, shots: string): Promise<void> {
  for (let index = 0; index < 40; index += 1) {
    const section = page.locator('[data-test]');
    const id = await section.getAttribute('data-test');
    const entries = id === null ? undefined : TEST_ENTRIES[id];
    const last = await visible(page.getByRole('button', { name: 'See what we found' }));
    if (entries === undefined) {
      await page.getByRole('button', { name: 'Skip this test' }).click();
    } else {
      for (const leg of ['left', 'right'] as const) {
        const card = section.getByRole('region', { name: `${leg} leg` });
        const entry = entries[leg];
        if (await visible(card.locator('input[type="text"]'))) {
          await card.locator('input[type="text"]').fill(entry);
        } else {
          await card.locator(`input[value="${entry}"]`).check();
        }
      }
      if (id === 'knee-to-wall') {
        await page.screenshot({ path: join(shots, '03b-self-test-knee-to-wall.png'), fullPage: true });
      }
      await page.getByRole('button', { name: last ? 'See what we found' : 'Next test' }).click();
    }
    if (last) {
      return;
    }
    await page.waitForFunction(
      (previous) => document.querySelector('[data-test]')?.getAttribute('data-test') !== previous,
      id,
    );
  }
}

async function clickIfThere(locator: Locator): Promise<boolean> {
  try {
    if (await locator.isVisible()) {
      await locator.click({ timeout: 500 });
      return true;
    }
  } catch {
    // The player moved on between looking and clicking: look again.
  }
  return false;
}

/**
 * Runs today's session to its summary: counts reps, ends holds, answers pain checks with 0,
 * reloads once mid-exercise, and reports pain 7 during a set of reps of a later exercise (which
 * stops it).
 * Saves with pain 1 afterwards.
 */
export async function runSession(page: Page, shots: string): Promise<void> {
  await page.getByRole('button', { name: 'Start the session' }).waitFor();
  await page.getByRole('button', { name: 'Pain 0 of 10, no pain' }).click();
  await page.screenshot({ path: join(shots, '06a-session-ready.png'), fullPage: true });
  await page.getByRole('button', { name: 'Start the session' }).click();
  let shotTaken = false;
  let hurt = false;
  for (let round = 0; round < 2000; round += 1) {
    if (await visible(page.getByRole('heading', { name: 'Well done!' }))) {
      break;
    }
    const onSecond = await visible(page.getByText(/^Exercise ([2-9]|\d\d+) of/));
    // Only in a bout of reps: a timed hold at the fast clock can end during the screenshot, and
    // the reload would then land on the pain question, which has nothing to resume.
    const inReps = await visible(page.getByRole('button', { name: 'Rep done', exact: true }));
    if (!shotTaken && inReps && (await visible(page.locator('.side-banner')))) {
      await page.screenshot({ path: join(shots, '06b-session-work.png'), fullPage: true });
      shotTaken = true;
      // A reload mid-session picks up at the same exercise, paused.
      const exercise = await page.locator('h1').textContent();
      await page.reload();
      await page.getByRole('button', { name: 'Resume' }).click();
      if ((await page.locator('h1').textContent()) !== exercise) {
        throw new Error(
          `after a reload the session was on "${await page.locator('h1').textContent()}", not "${exercise}"`,
        );
      }
    }
    // Pain is reported during a set of reps: a hold at the fast clock can end between two clicks,
    // and the pain would then land on the "how did that feel?" question instead.
    const onReps = await visible(page.getByRole('button', { name: 'Rep done', exact: true }));
    if (onSecond && onReps && !hurt && (await clickIfThere(page.getByRole('button', { name: 'It hurts' })))) {
      await page.getByRole('button', { name: 'Pain 7 of 10' }).click();
      hurt = true;
      continue;
    }
    for (const name of ['Rep done', 'Pain 0 of 10, no pain', "I'm ready", 'End this hold', 'Done']) {
      if (await clickIfThere(page.getByRole('button', { name, exact: true }))) {
        break;
      }
    }
  }
  await page.getByRole('heading', { name: 'Well done!' }).waitFor();
  await page.getByText('stopped because it hurt').waitFor();
  await page.getByRole('button', { name: 'Pain 1 of 10' }).click();
  await page.screenshot({ path: join(shots, '06c-session-summary.png'), fullPage: true });
  await page.getByRole('button', { name: 'Save this session' }).click();
}
