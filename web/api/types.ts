/**
 * The shapes of the server's API as the web app reads them: the server's own contract
 * (src/contract/schemas.ts) plus what it sends for the catalog and the assessment definition.
 */
import type { Advice, Exercise } from '../../src/catalog/types.js';
import type { Question } from '../../src/assessment/question-types.js';
import type { SelfTest } from '../../src/assessment/self-tests.js';

export type {
  CompleteResponse,
  LogResponse,
  ProgressionChange,
  SessionSummary,
  Settings,
  StateResponse as AppState,
  TodayItem,
  TodayResponse,
  RetestBody,
} from '../../src/contract/schemas.js';

export interface Catalog {
  readonly exercises: readonly Exercise[];
  readonly advice: readonly Advice[];
}

/** A self-test as the server sends it (its zod schema stays on the server). */
export type SelfTestDefinition = Omit<SelfTest, 'resultSchema'>;

export interface AssessmentDefinition {
  readonly questions: readonly Question[];
  readonly selfTests: readonly SelfTestDefinition[];
}

/** Answers as saved so far: field name → value (a draft may be incomplete). */
export type DraftAnswers = Readonly<Record<string, unknown>>;
/** Self-test results as saved so far: test key → result. */
export type DraftTests = Readonly<Record<string, unknown>>;
