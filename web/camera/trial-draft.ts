/**
 * Where a saved camera trial meets the assessment draft: the self-test results it fills in
 * (decided by src/vision/capture `draftUpdates`) are written to the draft, which saves them.
 */
import type { TrialReport } from '../../src/vision/trial/types.js';
import type { Draft } from '../lib/use-draft.js';
import { draftUpdates } from '../../src/vision/capture/measure-trial.js';

/** Writes a saved trial into the draft's self-test results, and saves the draft. */
export async function writeTrialToDraft(draft: Draft, report: TrialReport): Promise<void> {
  for (const update of draftUpdates(report, draft.tests)) {
    draft.setTest(update.key, update.value);
  }
  await draft.flush();
}
