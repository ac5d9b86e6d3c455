/**
 * The first screen: what Kneeline does, then the safety check. Any red flag sends the person to
 * the referral page and no program is built.
 */
import { useState } from 'react';
import { RED_FLAG_KEYS } from '../../src/assessment/answers.js';
import { QuestionField } from '../components/question-field.js';
import { useApp } from '../app-context.js';
import { lengthUnitOf } from '../lib/length.js';
import { navigate, routeHref } from '../lib/router.js';
import { useDraft } from '../lib/use-draft.js';

/** True when any safety answer is yes. */
export function hasRedFlag(answers: Readonly<Record<string, unknown>>): boolean {
  return RED_FLAG_KEYS.some((key) => answers[key] === true);
}

export function WelcomePage() {
  const { state, definition } = useApp();
  const draft = useDraft();
  const [missing, setMissing] = useState(false);
  const safety = definition.questions.filter((question) =>
    (RED_FLAG_KEYS as readonly string[]).includes(question.id),
  );

  const onContinue = async (): Promise<void> => {
    const unanswered = safety.some((question) => typeof draft.answers[question.id] !== 'boolean');
    setMissing(unanswered);
    if (unanswered) {
      return;
    }
    if (!(await draft.flush())) {
      return;
    }
    navigate(hasRedFlag(draft.answers) ? { page: 'referral' } : { page: 'questions', step: 1 });
  };

  return (
    <section className="page">
      <h1>Welcome to Kneeline</h1>
      <p className="lead">
        Knees that cave in (knock knees, or knee valgus) usually have reasons you can work on: the feet, the
        ankles, the hips or the pelvis. Kneeline helps you find yours and gives you a plan.
      </p>
      {state.program !== null ? (
        <div className="notice">
          <p>You already have a program.</p>
          <p>
            <a className="button primary" href={routeHref({ page: 'today' })}>
              Go to today&apos;s session
            </a>
          </p>
        </div>
      ) : null}
      <ol className="card steps-overview">
        <li>Answer a few questions about you, your knees and your time (about 5 minutes).</li>
        <li>Do some simple self-tests at home; skip any you cannot do.</li>
        <li>See what we found, then follow a 4-week program with a guided session each day you train.</li>
      </ol>

      <h2>First, a safety check</h2>
      <p>
        Some knee problems need a professional before any exercise. Please answer these honestly; if one of
        them is a yes, we will tell you who to see.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onContinue();
        }}
      >
        {safety.map((question) => (
          <div className="card" key={question.id}>
            <QuestionField
              question={question}
              value={draft.answers[question.id]}
              units={lengthUnitOf(state.settings.units)}
              onChange={(value) => draft.setAnswer(question.id, value)}
            />
          </div>
        ))}
        {missing ? (
          <p className="error-text" role="alert">
            Please answer every safety question with yes or no.
          </p>
        ) : null}
        {draft.saveError !== null ? (
          <p className="error-text" role="alert">
            {draft.saveError}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary big">
            Continue
          </button>
        </div>
      </form>
      <p className="muted small">
        Kneeline is not a diagnosis. If something feels wrong, or your pain gets worse, stop and see a doctor
        or physiotherapist.
      </p>
    </section>
  );
}
