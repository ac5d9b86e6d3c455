/** Progress: the charts, the re-test prompt and form, escalations and the 4-week review. */
import { lazy, Suspense, useState } from 'react';
import { errorMessage, put } from '../api/client.js';
import type { Settings } from '../api/types.js';
import { cmToInches, centimetres } from '../../src/units.js';
import type { ProgressReport, Review } from '../../src/progress/types.js';
import { useApp } from '../app-context.js';
import { RetestForm } from '../components/retest-form.js';
import { lengthUnitOf } from '../lib/length.js';
import { adherenceRows, painRows, perSideRows } from '../lib/progress-charts.js';
import { routeHref } from '../lib/router.js';
import { localToday, useFetch } from '../lib/use-fetch.js';

// chart.js is loaded only when the progress page opens.
const ChartCanvas = lazy(() =>
  import('../components/chart-canvas.js').then((module) => ({ default: module.ChartCanvas })),
);

const LEFT = '#1f5f9b';
const RIGHT = '#a3461b';
const BRAND = '#1f5f5b';
const SOFT = '#9fb9b5';

export function ReviewCard({ review }: { readonly review: Review }) {
  const list = (title: string, lines: readonly string[]) =>
    lines.length === 0 ? null : (
      <>
        <h3>{title}</h3>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </>
    );
  return (
    <section className="card review" aria-labelledby="review-title">
      <h2 id="review-title">Your 4-week review</h2>
      {list('What changed', review.changed)}
      {list('Keep doing', review.keep)}
      {list('Change', review.change)}
      {list(
        'Our advice',
        review.advice.map((entry) => entry.message),
      )}
    </section>
  );
}

function Charts({ report, units }: { readonly report: ProgressReport; readonly units: 'cm' | 'in' }) {
  const toUnit = (cm: number): number => (units === 'cm' ? cm : cmToInches(centimetres(cm)));
  const wall = perSideRows(report.trends.kneeToWallCm, toUnit);
  const fppa = perSideRows(report.trends.fppaDegrees);
  const pain = painRows(report.trends.painByWeek);
  const sessions = adherenceRows(report.trends.adherence);
  return (
    <>
      <ChartCanvas
        title="Sessions done per week"
        kind="bar"
        unit="sessions"
        labels={sessions.labels}
        series={[
          { label: 'Planned', colour: SOFT, values: sessions.planned },
          { label: 'Done', colour: BRAND, values: sessions.done },
        ]}
        empty="Your first sessions will show here."
      />
      <ChartCanvas
        title="Knee-to-wall distance (higher is better)"
        kind="line"
        unit={units}
        labels={wall.labels}
        series={[
          { label: 'Left', colour: LEFT, values: wall.left },
          { label: 'Right', colour: RIGHT, values: wall.right },
        ]}
        empty="Record a re-test to see your ankle mobility over time."
      />
      <ChartCanvas
        title="Knee angle in the single-leg squat (FPPA, lower is better)"
        kind="line"
        unit="degrees"
        labels={fppa.labels}
        series={[
          { label: 'Left', colour: LEFT, values: fppa.left },
          { label: 'Right', colour: RIGHT, values: fppa.right },
        ]}
        empty="Knee angles from camera measurements will show here."
      />
      <ChartCanvas
        title="Worst pain each week (0-10, lower is better)"
        kind="bar"
        unit="pain 0-10"
        labels={pain.labels}
        series={[{ label: 'Worst pain', colour: RIGHT, values: pain.worst }]}
        empty="Pain you report in sessions and re-tests will show here."
      />
    </>
  );
}

/**
 * "I have seen a physical therapist about this": saved in the settings, so the next stall goes to
 * an orthopaedic specialist (src/progress/escalation.ts reads it).
 */
function SeenPhysicalTherapist({ onSaved }: { readonly onSaved: () => void }) {
  const { state, setState } = useApp();
  const [error, setError] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    try {
      const saved = await put<Settings>('/api/settings', { ...state.settings, seenPhysicalTherapist: true });
      setState((current) => ({ ...current, settings: saved }));
      onSaved();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void save()}>
        I have already seen a physical therapist about this
      </button>
      {error !== null ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function ProgressPage() {
  const { state } = useApp();
  const today = localToday();
  const { result, reload } = useFetch<ProgressReport>(
    state.program === null ? null : `/api/progress?date=${today}`,
  );
  if (state.program === null) {
    return (
      <section className="page">
        <h1>No progress yet</h1>
        <a className="button primary" href={routeHref({ page: 'welcome' })}>
          Start the assessment
        </a>
      </section>
    );
  }
  if (result.kind === 'loading') {
    return <p role="status">Loading your progress…</p>;
  }
  if (result.kind === 'failed') {
    return (
      <p className="error-text" role="alert">
        {result.message}
      </p>
    );
  }
  const report = result.data;
  const units = lengthUnitOf(state.settings.units);
  return (
    <section className="page progress">
      <h1>Your progress</h1>
      <p className="no-print">
        <a className="button" href="#/report">
          Share with my physio
        </a>
      </p>
      <p className="lead">
        Week {report.week} of your program
        {report.adherence !== null ? `, ${Math.round(report.adherence * 100)}% of planned sessions done` : ''}
        .
      </p>
      {report.retestDue !== null ? (
        <div className="notice warn">
          <p>
            <strong>Time to re-test (week {report.retestDue.week}).</strong> {report.retestDue.message}
          </p>
          <a
            href="#retest"
            onClick={(event) => {
              event.preventDefault();
              document.getElementById('retest')?.scrollIntoView();
            }}
          >
            Go to the re-test form
          </a>
        </div>
      ) : null}
      {report.escalations.map((escalation) => (
        <div key={escalation.ruleId} className={`notice ${escalation.kind === 'refer' ? 'stop' : ''}`}>
          <p>{escalation.message}</p>
          {escalation.kind === 'refer' &&
          escalation.to.includes('physical-therapist') &&
          state.settings.seenPhysicalTherapist !== true ? (
            <SeenPhysicalTherapist onSaved={reload} />
          ) : null}
        </div>
      ))}
      {report.messages.length > 0 ? (
        <ul className="card">
          {report.messages.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {report.review !== null ? <ReviewCard review={report.review} /> : null}
      <h2>Charts</h2>
      <Suspense fallback={<p role="status">Loading the charts…</p>}>
        <Charts report={report} units={units} />
      </Suspense>
      <RetestForm today={today} units={units} onSaved={reload} />
    </section>
  );
}
