/**
 * The camera's place on a self-test: measure the single-leg squat (per leg) or the standing knee
 * test right here, or go to the knee position sense test. A saved camera result is written into
 * the draft and shown, so the typed answer below it is only needed without a camera.
 */
import { useState } from 'react';
import { trialSidesOf } from '../../src/vision/trial/test-profiles.js';
import type { TrialSide } from '../../src/vision/trial/types.js';
import { MeasuredTest } from '../camera/measured-test.js';
import { routeHref } from '../lib/router.js';
import type { Draft } from '../lib/use-draft.js';
import { sexOf } from '../../src/assessment/answers.js';
import { writeTrialToDraft } from '../camera/trial-draft.js';

type Loose = Readonly<Record<string, unknown>>;
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

const VERDICT_WORDS: Readonly<Record<string, string>> = {
  valgus: 'more than the healthy range',
  'within-norms': 'within the healthy range',
  'no-verdict': 'no verdict',
};

/** "Left leg: 12.3° (more than the healthy range)" for each leg the camera measured. */
function MeasuredSquat({ result }: { readonly result: unknown }) {
  const lines = (['left', 'right'] as const).flatMap((leg) => {
    const entry = isRecord(result) ? result[leg] : undefined;
    if (!isRecord(entry) || typeof entry.fppaDegrees !== 'number') {
      return [];
    }
    const verdict = typeof entry.verdict === 'string' ? (VERDICT_WORDS[entry.verdict] ?? entry.verdict) : '';
    return [`${leg === 'left' ? 'Left' : 'Right'} leg: ${entry.fppaDegrees}° knee angle (${verdict})`];
  });
  return lines.length === 0 ? null : (
    <ul data-camera-result="singleLegSquat">
      {lines.map((line) => (
        <li key={line}>Measured by the camera: {line}</li>
      ))}
    </ul>
  );
}

export function CameraSlot({ testId, draft }: { readonly testId: string; readonly draft?: Draft }) {
  const [open, setOpen] = useState<TrialSide | null>(null);
  if (testId === 'knee-position-sense') {
    return (
      <div className="notice small" data-slot="camera-measurement">
        <p>
          The camera can measure this for you, talking you through it:{' '}
          <a href={routeHref({ page: 'knee-sense' })}>knee position sense with the camera</a>. Or have a
          helper measure it and type it in below.
        </p>
      </div>
    );
  }
  if (testId === 'intermalleolar') {
    return (
      <div className="notice small" data-slot="camera-measurement">
        <p>
          No tape measure? The{' '}
          <a href={routeHref({ page: 'measure', test: 'standing', side: null })}>
            standing test with the camera
          </a>{' '}
          can estimate this gap from your height.
        </p>
      </div>
    );
  }
  const test =
    testId === 'single-leg-squat' ? 'single-leg-squat' : testId === 'standing-knee' ? 'standing' : null;
  if (test === null || draft === undefined) {
    return null;
  }
  const legs = trialSidesOf(test);
  return (
    <div className="card" data-slot="camera-measurement">
      {test === 'single-leg-squat' ? <MeasuredSquat result={draft.tests.singleLegSquat} /> : null}
      {open === null ? (
        <p className="actions">
          {legs.map((leg) => (
            <button key={leg} type="button" className="button" onClick={() => setOpen(leg)}>
              {leg === 'both' ? 'Measure with the camera' : `Measure the ${leg} leg with the camera`}
            </button>
          ))}
        </p>
      ) : (
        <>
          <MeasuredTest
            key={open}
            test={test}
            side={open}
            sex={sexOf(draft.answers)}
            onSaved={(report) => void writeTrialToDraft(draft, report)}
          />
          <p>
            <button type="button" className="button" onClick={() => setOpen(null)}>
              Close the camera
            </button>
          </p>
        </>
      )}
      <p className="small muted">
        Or, without a camera, watch yourself in a mirror and tell us what you saw below. The camera can also
        measure a{' '}
        <a href={routeHref({ page: 'measure', test: null, side: null })}>
          double-leg squat, step-down and landing
        </a>
        .
      </p>
    </div>
  );
}
