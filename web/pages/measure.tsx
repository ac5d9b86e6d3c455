/**
 * Camera tests: a list of what the camera can measure, and one measured test at a time
 * (`#/measure/<test>/<leg>`). A saved result goes into the assessment draft where a self-test
 * has a place for it (single-leg squat, standing knee test).
 */
import { useState } from 'react';
import type { TrialTest } from '../../src/vision/geometry/types.js';
import type { TrialReport, TrialSide } from '../../src/vision/trial/types.js';
import { TRIAL_TESTS } from '../../src/vision/geometry/types.js';
import { MeasuredTest } from '../camera/measured-test.js';
import { VideoUpload } from '../camera/video-upload.js';
import { estimateIntermalleolarCm } from '../../src/vision/trial/ankle-gap.js';
import { sexOf } from '../../src/assessment/answers.js';
import { writeTrialToDraft } from '../camera/trial-draft.js';
import { routeHref } from '../lib/router.js';
import { useDraft } from '../lib/use-draft.js';
import type { Draft } from '../lib/use-draft.js';
import { trialSidesOf } from '../../src/vision/trial/test-profiles.js';

const isTrialTest = (value: string | null): value is TrialTest =>
  value !== null && (TRIAL_TESTS as readonly string[]).includes(value);

function TestList() {
  const link = (test: TrialTest, side: TrialSide | null, label: string) => (
    <li key={`${test}-${side ?? ''}`}>
      <a href={routeHref({ page: 'measure', test, side })}>{label}</a>
    </li>
  );
  return (
    <>
      <p className="lead">
        Your phone or laptop camera can measure how your knees move. The video never leaves your device: only
        the numbers are saved.
      </p>
      <ul className="card link-list">
        {link('standing', null, 'Standing knee test')}
        {link('squat', null, 'Double-leg squat')}
        {link('single-leg-squat', 'left', 'Single-leg squat, left leg')}
        {link('single-leg-squat', 'right', 'Single-leg squat, right leg')}
        {link('step-down', 'left', 'Step-down, left leg')}
        {link('step-down', 'right', 'Step-down, right leg')}
        {link('drop-landing', null, 'Drop landing')}
        <li>
          <a href={routeHref({ page: 'knee-sense' })}>Knee position sense</a>
        </li>
      </ul>
    </>
  );
}

/** The standing test's extra: an ankle-gap estimate from the person's height. */
function AnkleGapEstimate({ report, draft }: { readonly report: TrialReport; readonly draft: Draft }) {
  const [height, setHeight] = useState('');
  const [used, setUsed] = useState(false);
  const alignment = report.staticAlignment;
  if (alignment === null) {
    return null;
  }
  const heightCm = Number(height);
  const estimate = heightCm >= 100 && heightCm <= 230 ? estimateIntermalleolarCm(alignment, heightCm) : null;
  return (
    <div className="card">
      <label htmlFor="height-cm">Your height in cm, to estimate the gap between your ankles</label>
      <input
        id="height-cm"
        inputMode="decimal"
        value={height}
        onChange={(event) => setHeight(event.target.value)}
        className="short"
      />
      {estimate?.kind === 'estimate' ? (
        <p>
          About {estimate.cm} cm between the inner ankle bones (an estimate from the picture: a tape measure
          is more exact). More than 8 cm is beyond the usual adult range (Heath &amp; Staheli 1993).{' '}
          <button
            type="button"
            className="button small"
            disabled={used}
            onClick={() => {
              draft.setTest('intermalleolar', { cm: estimate.cm });
              void draft.flush().then(setUsed);
            }}
          >
            {used ? 'Added to the ankle gap test' : 'Use this for the ankle gap test'}
          </button>
        </p>
      ) : estimate?.kind === 'knees-apart' ? (
        <p>
          Your knees were not touching, so we cannot estimate the ankle gap. Record again with knees lightly
          touching.
        </p>
      ) : null}
    </div>
  );
}

export function MeasurePage({ test, side }: { readonly test: string | null; readonly side: string | null }) {
  const draft = useDraft();
  if (!isTrialTest(test)) {
    return (
      <section className="page">
        <h1>Camera tests</h1>
        <TestList />
      </section>
    );
  }
  const sides = trialSidesOf(test);
  const leg: TrialSide = sides.find((offered) => offered === side) ?? sides[0] ?? 'both';
  return (
    <section className="page">
      <p>
        <a href={routeHref({ page: 'measure', test: null, side: null })}>All camera tests</a>
        {leg === 'both' ? null : (
          <>
            {' · '}
            <a href={routeHref({ page: 'measure', test, side: leg === 'left' ? 'right' : 'left' })}>
              The {leg === 'left' ? 'right' : 'left'} leg
            </a>
          </>
        )}
      </p>
      <h1>Measure with the camera</h1>
      <MeasuredTest
        key={`${test}-${leg}`}
        test={test}
        side={leg}
        sex={sexOf(draft.answers)}
        onSaved={(report) => void writeTrialToDraft(draft, report)}
        renderExtra={(report) =>
          test === 'standing' ? <AnkleGapEstimate report={report} draft={draft} /> : null
        }
      />
      <VideoUpload
        key={`upload-${test}-${leg}`}
        test={test}
        side={leg}
        sex={sexOf(draft.answers)}
        onSaved={(report) => void writeTrialToDraft(draft, report)}
        renderExtra={(report) =>
          test === 'standing' ? <AnkleGapEstimate report={report} draft={draft} /> : null
        }
      />
    </section>
  );
}
