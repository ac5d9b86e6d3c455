/**
 * The self-tests, one at a time: short steps, a simple picture, the result for each leg in the
 * user's unit, and a skip. The last one sends everything for the findings.
 */
import { useState } from 'react';
import { QUICK_TEST_IDS, testsStillToDo } from '../../src/assessment/quick-start.js';
import type { Question } from '../../src/assessment/question-types.js';
import type { Findings } from '../../src/assessment/types.js';
import type { Program } from '../../src/program/types.js';
import { ApiError, errorMessage, post } from '../api/client.js';
import type { CompleteResponse, SelfTestDefinition } from '../api/types.js';
import { CameraSlot } from '../components/camera-slot.js';
import { LengthBox, QuestionField, readLength } from '../components/question-field.js';
import { Stepper } from '../components/stepper.js';
import { TestPicture } from '../components/test-picture.js';
import { useApp } from '../app-context.js';
import { lengthUnitOf } from '../lib/length.js';
import type { LengthUnit } from '../lib/length.js';
import { questionSteps } from '../lib/questions.js';
import { navigate } from '../lib/router.js';
import type { Route, TestSet } from '../lib/router.js';
import { localToday } from '../lib/use-fetch.js';
import { StageSteps } from '../components/stage-steps.js';
import { readEntry, writeEntry } from '../lib/test-results.js';
import type { Side } from '../../src/assessment/types.js';
import { useDraft } from '../lib/use-draft.js';
import type { Draft } from '../lib/use-draft.js';

interface EntryProps {
  readonly test: SelfTestDefinition;
  readonly leg: Side | null;
  readonly draft: Draft;
  readonly units: LengthUnit;
}

/** One field for one leg. A centimetre number is typed in the user's unit and stored in cm. */
function Entry({ test, leg, draft, units }: EntryProps) {
  return (
    <>
      {test.fields.map((field) => {
        const value = readEntry(draft.tests[test.key], test, leg, field.name);
        const change = (next: unknown): void =>
          draft.setTest(test.key, writeEntry(draft.tests[test.key], test, leg, field.name, next));
        const id = `${test.id}-${leg ?? 'both'}-${field.name ?? 'value'}`;
        const input = field.question.input;
        if (input.kind === 'number' && input.unit === 'cm') {
          return (
            <div className="field" key={id}>
              <label htmlFor={id}>{field.question.prompt.replace(/, in cm\?$/, '?')}</label>
              <p className="hint">{field.question.help}</p>
              <LengthBox
                id={id}
                value={typeof value === 'number' ? value : null}
                units={units}
                onChange={(length) => change(length === undefined ? undefined : readLength(length))}
              />
            </div>
          );
        }
        const help =
          input.kind === 'length'
            ? `Type it in ${units === 'cm' ? 'centimetres' : 'inches'}; you can switch units in Settings.`
            : field.question.help;
        const question: Question = { id, ...field.question, help };
        return (
          <div key={id} className="entry">
            <QuestionField question={question} value={value} units={units} onChange={change} />
          </div>
        );
      })}
    </>
  );
}

function TestStep({
  test,
  draft,
  units,
}: {
  readonly test: SelfTestDefinition;
  readonly draft: Draft;
  readonly units: LengthUnit;
}) {
  return (
    <>
      <h1>{test.name}</h1>
      <p className="lead">{test.tellsUs}</p>
      <div className="test-layout">
        <ol className="card">
          {test.steps.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
        <div className="figure-box">
          <TestPicture testId={test.id} />
        </div>
      </div>
      <CameraSlot testId={test.id} draft={draft} />
      {test.perSide ? (
        (['left', 'right'] as const).map((leg) => (
          <section className="card" key={leg} aria-label={`${leg} leg`}>
            <h2 className={`leg-title ${leg}`}>{leg === 'left' ? 'Left leg' : 'Right leg'}</h2>
            <Entry test={test} leg={leg} draft={draft} units={units} />
          </section>
        ))
      ) : (
        <section className="card">
          <Entry test={test} leg={null} draft={draft} units={units} />
        </section>
      )}
    </>
  );
}

/** Turns a 422's details (`[{path, message}]`) into lines a person can act on. */
function detailLines(details: unknown): readonly string[] {
  if (!Array.isArray(details)) {
    return [];
  }
  return details.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) {
      return String(item);
    }
    const entry = item as { readonly path?: unknown; readonly message?: unknown };
    const where = typeof entry.path === 'string' && entry.path !== '' ? `${entry.path}: ` : '';
    return `${where}${String(entry.message)}`;
  });
}

/** The tests of a set: the quick start's three, those with no result yet, or all of them. */
function testsOf(
  all: readonly SelfTestDefinition[],
  set: TestSet | undefined,
  saved: Readonly<Record<string, unknown>>,
): readonly SelfTestDefinition[] {
  if (set === 'quick') {
    const ids: readonly string[] = QUICK_TEST_IDS;
    return ids.map((id) => all.find((test) => test.id === id)).filter((test) => test !== undefined);
  }
  if (set === 'more') {
    const ids = testsStillToDo(all, saved);
    return all.filter((test) => ids.includes(test.id));
  }
  return all;
}

export function SelfTestsPage({ set }: { readonly set: TestSet | undefined }) {
  const { state, definition, setState } = useApp();
  const draft = useDraft();
  // Fixed when the page opens, so the count stays the same while results come in.
  const [tests] = useState(() => testsOf(definition.selfTests, set, state.assessment?.tests ?? {}));
  const [index, setIndex] = useState(0);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<{ message: string; lines: readonly string[] } | null>(null);
  const test = tests[index];
  const last = index >= tests.length - 1;

  const finish = async (): Promise<void> => {
    setSending(true);
    setProblem(null);
    try {
      if (!(await draft.flush())) {
        return;
      }
      const result = await post<CompleteResponse>(`/api/assessment/complete?date=${localToday()}`);
      const findings: Findings = result.findings;
      const program: Program | null = result.program;
      setState((current) => ({
        ...current,
        findings,
        program,
        assessment: {
          answers: draft.answers,
          tests: draft.tests,
          updatedAt: new Date().toISOString(),
          completedAt: new Date().toISOString(),
        },
      }));
      navigate(findings.programAllowed ? { page: 'findings' } : { page: 'referral' });
    } catch (error) {
      const lines = error instanceof ApiError ? detailLines(error.details) : [];
      setProblem({ message: errorMessage(error), lines });
    } finally {
      setSending(false);
    }
  };

  const go = async (to: number): Promise<void> => {
    await draft.flush();
    setIndex(to);
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  };

  if (test === undefined) {
    return (
      <section className="page">
        <h1>All self-tests done</h1>
        <p>Every self-test has a result. You can change any of them in the full assessment.</p>
        <a className="button" href="#/findings">
          Back to my findings
        </a>
      </section>
    );
  }
  const backFromFirst: Route =
    set === 'quick'
      ? { page: 'quick' }
      : set === 'more'
        ? { page: 'findings' }
        : { page: 'questions', step: questionSteps(definition.questions, draft.answers).length };
  return (
    <section className="page self-tests" data-test={test.id}>
      {set === 'quick' ? <StageSteps current={3} /> : null}
      <Stepper current={index + 1} total={tests.length} noun={set === 'quick' ? 'Quick test' : 'Self-test'} />
      <TestStep key={test.id} test={test} draft={draft} units={lengthUnitOf(state.settings.units)} />
      <p className="muted small">
        Cannot do this one, or not sure? Skip it: we will work with what you have.
      </p>
      {problem !== null ? (
        <div className="notice stop" role="alert">
          <p>{problem.message}</p>
          {problem.lines.length > 0 ? (
            <ul>
              {problem.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {draft.saveError !== null ? (
        <p className="error-text" role="alert">
          {draft.saveError}
        </p>
      ) : null}
      <div className="actions spread">
        <button
          type="button"
          className="button"
          onClick={() => (index === 0 ? navigate(backFromFirst) : void go(index - 1))}
        >
          Back
        </button>
        <span className="actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              draft.setTest(test.key, undefined);
              void (last ? finish() : go(index + 1));
            }}
          >
            Skip this test
          </button>
          {set === 'more' && !last ? (
            <button type="button" className="button" disabled={sending} onClick={() => void finish()}>
              {sending ? 'Working it out…' : 'Add this to my findings'}
            </button>
          ) : null}
          {last ? (
            <button type="button" className="button primary" disabled={sending} onClick={() => void finish()}>
              {sending ? 'Working it out…' : set === 'more' ? 'Update my findings' : 'See what we found'}
            </button>
          ) : (
            <button type="button" className="button primary" onClick={() => void go(index + 1)}>
              Next test
            </button>
          )}
        </span>
      </div>
    </section>
  );
}
