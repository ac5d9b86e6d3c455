/**
 * The quick start's one page of questions: only what the first program needs, with the training
 * days (today ticked). The three key tests come next; everything else waits for the first sessions.
 */
import { useState } from 'react';
import { MINUTES, QUICK_QUESTION_IDS } from '../../src/assessment/quick-start.js';
import { shouldAsk } from '../../src/assessment/question-types.js';
import { QuestionField } from '../components/question-field.js';
import { StageSteps } from '../components/stage-steps.js';
import { TrainingDaysField, useTrainingDays } from '../components/training-days.js';
import { useApp } from '../app-context.js';
import { lengthUnitOf } from '../lib/length.js';
import { answerProblem } from '../lib/questions.js';
import { navigate, routeHref } from '../lib/router.js';
import { useDraft } from '../lib/use-draft.js';
import { hasRedFlag } from './welcome.js';

export function QuickStartPage() {
  const { state, definition } = useApp();
  const draft = useDraft();
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const ids: readonly string[] = QUICK_QUESTION_IDS;
  const questions = ids
    .map((id) => definition.questions.find((question) => question.id === id))
    .filter((question) => question !== undefined)
    .filter((question) => shouldAsk(question, draft.answers));
  const daysPerWeek = draft.answers.daysPerWeek;
  const days = useTrainingDays(typeof daysPerWeek === 'number' ? daysPerWeek : 3);

  if (hasRedFlag(draft.answers)) {
    navigate({ page: 'referral' });
    return null;
  }

  const onNext = async (): Promise<void> => {
    const found: Record<string, string> = {};
    for (const question of questions) {
      const problem = answerProblem(question, draft.answers[question.id]);
      if (problem !== null) {
        found[question.id] = problem;
      }
    }
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first !== undefined) {
      document.querySelector<HTMLElement>(`[data-field="${first}"] input`)?.focus();
      return;
    }
    if (!(await draft.flush())) {
      return;
    }
    const failed = await days.save();
    setSaveProblem(failed);
    if (failed === null) {
      navigate({ page: 'tests', set: 'quick' });
    }
  };

  return (
    <section className="page quick-start">
      <StageSteps current={2} />
      <h1>About you</h1>
      <p className="lead">
        Just what your first program needs: about {MINUTES.quickQuestions} minutes. The other questions can
        wait; you can answer them any time under Findings (&ldquo;Change my answers&rdquo;).
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onNext();
        }}
      >
        {questions.map((question) => (
          <div className="card" key={question.id} data-field={question.id}>
            <QuestionField
              question={question}
              value={draft.answers[question.id]}
              units={lengthUnitOf(state.settings.units)}
              onChange={(value) => {
                setProblems((current) => ({ ...current, [question.id]: '' }));
                draft.setAnswer(question.id, value);
              }}
            />
            {problems[question.id] ? (
              <p className="error-text" role="alert">
                {problems[question.id]}
              </p>
            ) : null}
          </div>
        ))}
        <div className="card">
          <TrainingDaysField days={days} />
        </div>
        {saveProblem !== null || draft.saveError !== null ? (
          <p className="error-text" role="alert">
            {saveProblem ?? draft.saveError}
          </p>
        ) : null}
        <div className="actions spread">
          <a className="button" href={routeHref({ page: 'welcome' })}>
            Back
          </a>
          <button type="submit" className="button primary big">
            Next: 3 quick tests
          </button>
        </div>
      </form>
    </section>
  );
}
