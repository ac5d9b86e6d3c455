/**
 * Saving a measured trial: the report and the keypoint series (never the video) go to
 * POST /api/measurements; then `onSaved` lets the page write the assessment draft.
 */
import { useState } from 'react';
import type { PoseFrame } from '../../src/vision/geometry/types.js';
import type { TrialReport } from '../../src/vision/trial/types.js';
import { errorMessage, post } from '../api/client.js';
import { compactFrames } from '../../src/vision/capture/measure-trial.js';

type SaveState =
  { readonly kind: 'idle' | 'saving' | 'saved' } | { readonly kind: 'failed'; readonly message: string };

export function SaveMeasurement({
  report,
  frames,
  onSaved,
  onAgain,
}: {
  readonly report: TrialReport;
  readonly frames: readonly PoseFrame[];
  readonly onSaved?: ((report: TrialReport) => void) | undefined;
  readonly onAgain: () => void;
}) {
  const [saving, setSaving] = useState<SaveState>({ kind: 'idle' });
  const save = async (): Promise<void> => {
    setSaving({ kind: 'saving' });
    try {
      const { test, side } = report;
      await post('/api/measurements', { test, side, report, keypoints: compactFrames(frames) });
      onSaved?.(report);
      setSaving({ kind: 'saved' });
    } catch (error) {
      setSaving({ kind: 'failed', message: `We could not save it: ${errorMessage(error)}` });
    }
  };
  return (
    <>
      <p className="actions">
        <button
          type="button"
          className="button primary"
          disabled={saving.kind === 'saving' || saving.kind === 'saved'}
          onClick={() => void save()}
        >
          {saving.kind === 'saved' ? 'Saved' : 'Save this measurement'}
        </button>
        <button type="button" className="button" onClick={onAgain}>
          Measure again
        </button>
      </p>
      {saving.kind === 'saved' ? (
        <p role="status">Saved: the numbers (not the video) are kept with your measurements.</p>
      ) : saving.kind === 'failed' ? (
        <p className="error-text" role="alert">
          {saving.message}
        </p>
      ) : null}
    </>
  );
}
