/**
 * The assessment as the user fills it in: kept in the page, saved to the server as they go
 * (PUT /api/assessment/draft, a short moment after the last change, and at once on `flush`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, put } from '../api/client.js';
import type { DraftAnswers, DraftTests } from '../api/types.js';
import { useApp } from '../app-context.js';

const SAVE_DELAY_MS = 400;

export interface Draft {
  readonly answers: DraftAnswers;
  readonly tests: DraftTests;
  readonly setAnswer: (id: string, value: unknown) => void;
  readonly setTest: (key: string, value: unknown) => void;
  /** Saves now; resolves when the server has it. */
  readonly flush: () => Promise<boolean>;
  readonly saveError: string | null;
}

/** Drops a key whose value is undefined (the user cleared it). */
function withValue(
  record: Readonly<Record<string, unknown>>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...record };
  if (value === undefined) {
    delete next[key];
  } else {
    next[key] = value;
  }
  return next;
}

export function useDraft(): Draft {
  const { state, setState } = useApp();
  const [answers, setAnswers] = useState<DraftAnswers>(state.assessment?.answers ?? {});
  const [tests, setTests] = useState<DraftTests>(state.assessment?.tests ?? {});
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef({ answers, tests });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);

  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (!dirty.current) {
      return true;
    }
    dirty.current = false;
    const body = latest.current;
    try {
      await put('/api/assessment/draft', body);
      setSaveError(null);
      setState((current) => ({
        ...current,
        assessment: {
          answers: body.answers,
          tests: body.tests,
          updatedAt: new Date().toISOString(),
          completedAt: current.assessment?.completedAt ?? null,
        },
      }));
      return true;
    } catch (error) {
      dirty.current = true;
      setSaveError(`Your answers are not saved yet: ${errorMessage(error)}`);
      return false;
    }
  }, [setState]);

  const schedule = useCallback(() => {
    dirty.current = true;
    if (timer.current !== null) {
      clearTimeout(timer.current);
    }
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  }, [save]);

  useEffect(
    () => () => {
      if (dirty.current) {
        void save();
      }
    },
    [save],
  );

  const setAnswer = useCallback(
    (id: string, value: unknown) => {
      const next = withValue(latest.current.answers, id, value);
      latest.current = { ...latest.current, answers: next };
      setAnswers(next);
      schedule();
    },
    [schedule],
  );

  const setTest = useCallback(
    (key: string, value: unknown) => {
      const next = withValue(latest.current.tests, key, value);
      latest.current = { ...latest.current, tests: next };
      setTests(next);
      schedule();
    },
    [schedule],
  );

  return { answers, tests, setAnswer, setTest, flush: save, saveError };
}
