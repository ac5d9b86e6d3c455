/**
 * The shapes of the server's API as the web app reads them: all from the contract
 * (src/contract), the one definition the server validates with and answers in.
 */
export type { AssessmentDefinition, Catalog, Me, SelfTestDefinition } from '../../src/contract/api.js';
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

/** Answers as saved so far: field name → value (a draft may be incomplete). */
export type DraftAnswers = Readonly<Record<string, unknown>>;
/** Self-test results as saved so far: test key → result. */
export type DraftTests = Readonly<Record<string, unknown>>;
