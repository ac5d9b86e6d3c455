/**
 * Where a saved camera trial meets the assessment draft: the person's sex for the norms, and the
 * self-test results a trial fills in (see `draftUpdates`).
 */
import type { Sex } from '../../src/vision/geometry/types.js';
import type { TrialReport } from '../../src/vision/trial/types.js';
import type { Draft } from '../lib/use-draft.js';
import { draftUpdates } from '../../src/vision/capture/measure-trial.js';
import { kneePositions } from '../../src/vision/capture/standing-estimate.js';

/** The person's sex from the questionnaire, for the norms that differ; null when not given. */
export function sexOf(answers: Readonly<Record<string, unknown>>): Sex | null {
  return answers.sex === 'female' || answers.sex === 'male' ? answers.sex : null;
}

/** Writes a saved trial into the draft's self-test results, and saves the draft. */
export async function writeTrialToDraft(draft: Draft, report: TrialReport): Promise<void> {
  const positions = report.staticAlignment === null ? {} : kneePositions(report.staticAlignment);
  for (const update of draftUpdates(report, draft.tests, positions)) {
    draft.setTest(update.key, update.value);
  }
  await draft.flush();
}
