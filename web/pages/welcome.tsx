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
import { MINUTES, QUICK_START_MINUTES, QUICK_TEST_IDS } from '../../src/assessment/quick-start.js';
import { StageSteps } from '../components/stage-steps.js';

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

  const onContinue = async (path: 'quick' | 'full'): Promise<void> => {
    const unanswered = safety.some((question) => typeof draft.answers[question.id] !== 'boolean');
    setMissing(unanswered);
    if (unanswered) {
      return;
    }
    if (!(await draft.flush())) {
      return;
    }
    navigate(
      hasRedFlag(draft.answers)
        ? { page: 'referral' }
        : path === 'quick'
          ? { page: 'quick' }
          : { page: 'questions', step: 1 },
    );
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
      <div className="card steps-overview">
        <h2>How long it takes</h2>
        <ul>
          <li>
            <strong>Quick start, about {QUICK_START_MINUTES} minutes</strong> to your first program: this
            safety check, a few questions, then 3 key tests (you need a mirror or your phone&apos;s camera, a
            wall and a tape measure). Your first session can be today.
          </li>
          <li>
            The other {definition.selfTests.length - QUICK_TEST_IDS.length} self-tests come later, one or two
            at a time after a session (about {MINUTES.laterTest} minutes each); each one sharpens your
            findings.
          </li>
          <li>
            Prefer to do it all at once? The full assessment takes about{' '}
            {MINUTES.safety + MINUTES.allQuestions + MINUTES.allTestsLow}-
            {MINUTES.safety + MINUTES.allQuestions + MINUTES.allTestsHigh} minutes with a mirror, a wall, a
            tape measure, some floor space, a chair and, for some tests, a helper.
          </li>
        </ul>
      </div>

      <StageSteps current={1} />
      <h2>First, a safety check</h2>
      <p>
        Some knee problems need a professional before any exercise. Please answer these honestly; if one of
        them is a yes, we will tell you who to see.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const { submitter } = event.nativeEvent;
          void onContinue(submitter?.dataset.path === 'full' ? 'full' : 'quick');
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
        <p className="hint">Read each one: if none of them is true for you, answer them all at once.</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            for (const question of safety) {
              draft.setAnswer(question.id, false);
            }
          }}
        >
          None of these apply to me
        </button>
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
          <button type="submit" className="button primary big" data-path="quick">
            Continue with the quick start
          </button>
          <button type="submit" className="button" data-path="full">
            Do the full assessment instead
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
