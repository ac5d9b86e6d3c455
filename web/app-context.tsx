/**
 * What every page reads: the user's saved state, the exercise catalog and the assessment's
 * question and self-test definitions, loaded once and refreshed after each change.
 */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { errorMessage, get } from './api/client.js';
import type { AppState, AssessmentDefinition, Catalog } from './api/types.js';
import { plainAdvice, plainExercise, plainParts } from './lib/plain-words.js';

/** The catalog as users read it: plain words, no internal names (sources stay as data). */
export function plainCatalog(catalog: Catalog): Catalog {
  return { exercises: catalog.exercises.map(plainExercise), advice: catalog.advice.map(plainAdvice) };
}

/** The self-tests and questions as users read them. */
export function plainDefinition(definition: AssessmentDefinition): AssessmentDefinition {
  const words = (text: string): string => plainParts(text).text;
  return {
    ...definition,
    questions: definition.questions.map((question) => ({
      ...question,
      prompt: words(question.prompt),
      help: words(question.help),
    })),
    selfTests: definition.selfTests.map((test) => ({
      ...test,
      name: words(test.name),
      tellsUs: words(test.tellsUs),
      steps: test.steps.map(words),
    })),
  };
}

export interface AppData {
  readonly state: AppState;
  readonly catalog: Catalog;
  readonly definition: AssessmentDefinition;
  /** Reads /api/state again (after a save elsewhere). */
  readonly refresh: () => Promise<void>;
  /** Replaces the state with what a save returned, without another round trip. */
  readonly setState: (update: (state: AppState) => AppState) => void;
}

const AppContext = createContext<AppData | null>(null);

/** Each question once, in its first place (a definition may list the safety questions twice). */
export function withUniqueQuestions(definition: AssessmentDefinition): AssessmentDefinition {
  const seen = new Set<string>();
  const questions = definition.questions.filter((question) => {
    const fresh = !seen.has(question.id);
    seen.add(question.id);
    return fresh;
  });
  return { ...definition, questions };
}

/** The loaded app data; only used under <AppProvider>, which renders children once loaded. */
export function useApp(): AppData {
  const data = useContext(AppContext);
  if (data === null) {
    throw new Error('useApp is used outside <AppProvider>');
  }
  return data;
}

type Load =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'ready';
      readonly state: AppState;
      readonly catalog: Catalog;
      readonly definition: AssessmentDefinition;
    };

export function AppProvider({ children }: { readonly children: ReactNode }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  const loadAll = useCallback(async () => {
    try {
      const [state, catalog, definition] = await Promise.all([
        get<AppState>('/api/state'),
        get<Catalog>('/api/catalog'),
        get<AssessmentDefinition>('/api/assessment/definition'),
      ]);
      setLoad({
        kind: 'ready',
        state,
        catalog: plainCatalog(catalog),
        definition: plainDefinition(withUniqueQuestions(definition)),
      });
    } catch (error) {
      setLoad({ kind: 'failed', message: errorMessage(error) });
    }
  }, []);

  useEffect(() => {
    void loadAll();
  }, [loadAll]);

  const refresh = useCallback(async () => {
    const state = await get<AppState>('/api/state');
    setLoad((current) => (current.kind === 'ready' ? { ...current, state } : current));
  }, []);

  const setState = useCallback((update: (state: AppState) => AppState) => {
    setLoad((current) => (current.kind === 'ready' ? { ...current, state: update(current.state) } : current));
  }, []);

  if (load.kind === 'loading') {
    return (
      <p className="loading" role="status">
        Loading Kneeline…
      </p>
    );
  }
  if (load.kind === 'failed') {
    return (
      <div className="page" role="alert">
        <h1>Kneeline could not start</h1>
        <p>{load.message}</p>
        <button type="button" className="button primary" onClick={() => void loadAll()}>
          Try again
        </button>
      </div>
    );
  }
  const data: AppData = {
    state: load.state,
    catalog: load.catalog,
    definition: load.definition,
    refresh,
    setState,
  };
  return <AppContext.Provider value={data}>{children}</AppContext.Provider>;
}
