/** The questionnaire: one question per step, with a progress bar, back and next; saved as you go. */
import { useState } from 'react';
import { QuestionField } from '../components/question-field.js';
import { Stepper } from '../components/stepper.js';
import { useApp } from '../app-context.js';
import { lengthUnitOf } from '../lib/length.js';
import { answerProblem, questionSteps } from '../lib/questions.js';
import { navigate, routeHref } from '../lib/router.js';
import { useDraft } from '../lib/use-draft.js';
import { hasRedFlag } from './welcome.js';
import { TrainingDaysField, useTrainingDays } from '../components/training-days.js';
import { RED_FLAG_KEYS } from '../../src/assessment/answers.js';

export function QuestionnairePage({ step }: { readonly step: number }) {
  const { state, definition } = useApp();
  const draft = useDraft();
  const [problem, setProblem] = useState<string | null>(null);
  const steps = questionSteps(definition.questions, draft.answers);
  const index = Math.min(step, steps.length) - 1;
  const question = steps[index];
  // The counter counts every question, follow-ups included, so its total never moves; a
  // follow-up that does not apply is stepped over.
  const everyQuestion = definition.questions.filter(
    (entry) => !(RED_FLAG_KEYS as readonly string[]).includes(entry.id),
  );
  const position =
    question === undefined ? 0 : everyQuestion.findIndex((entry) => entry.id === question.id) + 1;
  const daysPerWeek = draft.answers.daysPerWeek;
  const days = useTrainingDays(typeof daysPerWeek === 'number' ? daysPerWeek : 3);
  const [daysProblem, setDaysProblem] = useState<string | null>(null);

  if (hasRedFlag(draft.answers)) {
    return (
      <section className="page">
        <h1>Please see a professional first</h1>
        <p>Your safety answers mean a professional should check your knee before any program.</p>
        <a className="button primary" href={routeHref({ page: 'referral' })}>
          What to do next
        </a>
      </section>
    );
  }
  if (question === undefined) {
    return (
      <section className="page">
        <h1>No questions to show</h1>
        <a href={routeHref({ page: 'welcome' })}>Back to the start</a>
      </section>
    );
  }

  const goNext = async (): Promise<void> => {
    const found = answerProblem(question, draft.answers[question.id]);
    setProblem(found);
    if (found !== null || !(await draft.flush())) {
      return;
    }
    if (question.id === 'daysPerWeek') {
      const failed = await days.save();
      setDaysProblem(failed);
      if (failed !== null) {
        return;
      }
    }
    navigate(index + 1 >= steps.length ? { page: 'tests' } : { page: 'questions', step: index + 2 });
  };
  const goBack = async (): Promise<void> => {
    setProblem(null);
    await draft.flush();
    navigate(index === 0 ? { page: 'welcome' } : { page: 'questions', step: index });
  };

  return (
    <section className="page questionnaire">
      <Stepper current={position} total={everyQuestion.length} noun="Question" />
      <form
        key={question.id}
        data-question={question.id}
        onSubmit={(event) => {
          event.preventDefault();
          void goNext();
        }}
      >
        <QuestionField
          question={question}
          value={draft.answers[question.id]}
          units={lengthUnitOf(state.settings.units)}
          asHeading
          onChange={(value) => {
            setProblem(null);
            draft.setAnswer(question.id, value);
          }}
        />
        {question.id === 'daysPerWeek' ? <TrainingDaysField days={days} /> : null}
        {daysProblem !== null ? (
          <p className="error-text" role="alert">
            {daysProblem}
          </p>
        ) : null}
        {problem !== null ? (
          <p className="error-text" role="alert">
            {problem}
          </p>
        ) : null}
        {draft.saveError !== null ? (
          <p className="error-text" role="alert">
            {draft.saveError}
          </p>
        ) : null}
        <div className="actions spread">
          <button type="button" className="button" onClick={() => void goBack()}>
            Back
          </button>
          <button type="submit" className="button primary">
            {index + 1 >= steps.length ? 'On to the self-tests' : 'Next'}
          </button>
        </div>
      </form>
      <p className="muted small">Your answers are saved as you go. You can leave and come back later.</p>
    </section>
  );
}
