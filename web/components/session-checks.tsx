/**
 * The safety questions around a session and what they lead to: swelling, locking or giving way
 * (end of the session, and again the next time), the hour after and the next morning (Today), and
 * the paused program with who to see and how to carry on once seen. The words and the rules are
 * in src/progress (follow-up.ts, paused.ts, session-triage.ts); this file asks and shows.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { SessionSymptoms } from '../../src/coaching/types.js';
import type { Professional } from '../../src/assessment/types.js';
import { PROFESSIONAL_WORDS } from '../../src/assessment/describe-findings.js';
import type { Program } from '../../src/program/types.js';
import type { FollowUp, FollowUpQuestion } from '../../src/progress/follow-up.js';
import { FOLLOW_UP_WORDS, redFlagsAnswered } from '../../src/progress/follow-up.js';
import { SinceSessionChecks } from './since-session-checks.js';
import { pausedAdvice } from '../../src/progress/paused.js';
import { errorMessage, post } from '../api/client.js';
import { useApp } from '../app-context.js';
import { exerciseName } from '../lib/catalog-lookup.js';
import { routeHref } from '../lib/router.js';
import { changeLines } from './player-summary.js';

const KNEES = [
  ['left', 'Left knee'],
  ['right', 'Right knee'],
  ['both', 'Both knees'],
] as const;

/** The questions about the last session: the hour after, the next morning, anything since. */
export function FollowUpCard({
  followUp,
  onAnswered,
}: {
  readonly followUp: FollowUp;
  readonly onAnswered: () => Promise<void>;
}) {
  const [answers, setAnswers] = useState<SessionSymptoms>({});
  const { catalog } = useApp();
  const [said, setSaid] = useState<{
    readonly lines: readonly string[];
    readonly moved: readonly string[];
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const missing = followUp.asks.filter((ask) => answers[ask] === undefined);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (missing.length > 0) {
      setError('Please answer each question (yes or no).');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const result = await post(
        `/api/logs/${encodeURIComponent(followUp.logId)}/follow-up`,
        redFlagsAnswered(answers),
      );
      const moved = result.changes.flatMap(({ exerciseId, decision }) =>
        decision.kind === 'regress-rung'
          ? [`${exerciseName(catalog, exerciseId)} → ${exerciseName(catalog, decision.toExerciseId)}`]
          : decision.kind === 'stay'
            ? []
            : decision.kind === 'stop'
              ? [`${exerciseName(catalog, exerciseId)} (left out for now)`]
              : [exerciseName(catalog, exerciseId)],
      );
      setSaid({ lines: changeLines(result.changes), moved });
      await onAnswered();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };
  if (said !== null) {
    return (
      <div className="notice" role="status">
        <p>Thank you: your answers are saved with the session of {followUp.sessionDate}.</p>
        {said.lines.length > 0 ? (
          <>
            <h2>What changes next time</h2>
            <ul>
              {said.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {said.moved.length > 0 ? (
              <p>
                <strong>Exercises changed:</strong> {said.moved.join('; ')}.
              </p>
            ) : null}
          </>
        ) : null}
      </div>
    );
  }
  const yesNo = (ask: FollowUpQuestion) => (
    <fieldset key={ask} data-follow-up={ask}>
      <legend>{FOLLOW_UP_WORDS[ask]}</legend>
      <div className="choices two">
        {([true, false] as const).map((choice) => (
          <label className="choice" key={String(choice)}>
            <input
              type="radio"
              name={`follow-up-${ask}`}
              checked={answers[ask] === choice}
              onChange={() => setAnswers({ ...answers, [ask]: choice })}
            />
            {choice ? 'Yes' : 'No'}
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <form
      className="card follow-up"
      aria-labelledby="follow-up-title"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="follow-up-title">How did your knee do after the last session?</h2>
      <p className="hint">
        Your session of {followUp.sessionDate}. Pain that settles within about an hour and is not worse the
        next morning is fine; if not, we make the program easier or ask you to get it checked.
      </p>
      {followUp.asks.map(yesNo)}
      {answers.painSettledWithinHour === false ? (
        <fieldset>
          <legend>Which knee stayed sore?</legend>
          <div className="choices">
            {KNEES.map(([knee, label]) => (
              <label className="choice" key={knee}>
                <input
                  type="radio"
                  name="follow-up-knee"
                  checked={answers.knee === knee}
                  onChange={() => setAnswers({ ...answers, knee })}
                />
                {label}
              </label>
            ))}
          </div>
          <p className="hint">Not sure: leave it, and we treat both knees with care.</p>
        </fieldset>
      ) : null}
      <SinceSessionChecks
        legend="Since that session:"
        value={answers}
        onChange={(value) => setAnswers({ ...answers, ...value })}
      />
      {error !== null ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save my answers'}
      </button>
    </form>
  );
}

/** Who a person may say they saw when carrying on: those named first, then the usual ones. */
function whoCouldBeSeen(named: readonly Professional[]): readonly Professional[] {
  return [...new Set<Professional>([...named, 'physical-therapist', 'doctor', 'orthopedic-specialist'])];
}

/** The paused program: why, who to see, what to do, and "I have been seen" to carry on. */
export function PausedCard({
  program,
  onResumed,
}: {
  readonly program: Program;
  readonly onResumed: () => Promise<void>;
}) {
  const advice = pausedAdvice(program);
  const [seen, setSeen] = useState<readonly Professional[]>([]);
  const [error, setError] = useState<string | null>(null);
  if (advice === null || program.paused === undefined) {
    return null;
  }
  const resume = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (seen.length === 0) {
      setError('Tick who you saw first.');
      return;
    }
    try {
      await post('/api/program/resume', { seen });
      await onResumed();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <section className="notice stop paused" aria-labelledby="paused-title" role="alert">
      <h2 id="paused-title">{advice.title}</h2>
      {advice.who.length > 0 ? (
        <p>
          <strong>Who to see:</strong> {advice.who.join(' and ')}.
        </p>
      ) : null}
      <h3>Why</h3>
      <ul>
        {advice.why.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>What to do next</h3>
      <ol>
        {advice.next.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p>
        <a className="button" href={routeHref({ page: 'report' })}>
          Share with my physio
        </a>
      </p>
      <form onSubmit={(event) => void resume(event)}>
        <fieldset>
          <legend>I have been seen. Who did I see?</legend>
          {whoCouldBeSeen(program.paused.professionals).map((professional) => (
            <label className="choice" key={professional}>
              <input
                type="checkbox"
                checked={seen.includes(professional)}
                onChange={(event) =>
                  setSeen(
                    event.target.checked ? [...seen, professional] : seen.filter((p) => p !== professional),
                  )
                }
              />
              {PROFESSIONAL_WORDS[professional]}
            </label>
          ))}
        </fieldset>
        {error !== null ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button primary">
          They said I can carry on: start my program again
        </button>
      </form>
    </section>
  );
}
