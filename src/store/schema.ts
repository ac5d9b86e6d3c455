/**
 * The tables as Kysely sees them. JSON columns are text in both SQLite and PostgreSQL and are
 * parsed with zod when read (see json-column-reader.ts); timestamps are ISO 8601 text, dates
 * `YYYY-MM-DD`. Every row carries the user it belongs to.
 */

export interface UsersTable {
  id: string;
  created_at: string;
}

export interface SettingsTable {
  user_id: string;
  /** JSON: StoredSettings. */
  data: string;
  updated_at: string;
}

export type AssessmentStatus = 'draft' | 'completed';

export interface AssessmentsTable {
  id: string;
  user_id: string;
  /** The version of the answers/tests JSON format, so old rows can be read after it changes. */
  format_version: number;
  status: AssessmentStatus;
  /** JSON object: question id → answer. */
  answers: string;
  /** JSON object: self-test id → result. */
  tests: string;
  /** JSON Findings once completed. */
  findings: string | null;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

export interface MeasurementsTable {
  id: string;
  user_id: string;
  test: string;
  side: string;
  /** JSON TrialReport: per repetition and per side numbers, never video. */
  report: string;
  /** JSON array of keypoint frames, when the user chose to keep them. */
  keypoints: string | null;
  created_at: string;
}

export interface ProgramsTable {
  id: string;
  user_id: string;
  assessment_id: string;
  format_version: number;
  /** JSON Program: updated in place as progression changes an item's level. */
  program: string;
  /** JSON Findings the program was built from. */
  findings: string;
  /** JSON Preferences the program was built from. */
  preferences: string;
  created_at: string;
  updated_at: string;
}

export type SessionStatus = 'planned' | 'done';

export interface ScheduledSessionsTable {
  id: string;
  user_id: string;
  program_id: string;
  date: string;
  week: number;
  kind: string;
  title: string;
  status: SessionStatus;
}

export interface SessionLogsTable {
  id: string;
  user_id: string;
  session_id: string;
  date: string;
  /** JSON SessionLog: per exercise done, sets, reps, holds, pain 0-10, notes. */
  log: string;
  created_at: string;
}

export interface RetestsTable {
  id: string;
  user_id: string;
  date: string;
  /** JSON Retest. */
  data: string;
  created_at: string;
}

/** A row an older version let in that breaks a rule now: kept aside, never read by the app. */
export interface QuarantinedRowsTable {
  id: string;
  user_id: string;
  source_table: string;
  /** JSON: the row as it was. */
  row_data: string;
  reason: string;
  created_at: string;
}

/** The answer to a state-changing request sent with an Idempotency-Key, replayed on a retry. */
export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  /** SHA-256 of method, URL and body: the same key with another request is refused. */
  request_hash: string;
  /** Null while the first request is still running. */
  status_code: number | null;
  response_body: string | null;
  created_at: string;
}

/** An account of a shared server (KNEELINE_AUTH=accounts). */
export interface AccountsTable {
  user_id: string;
  /** Lower case, unique. */
  username: string;
  /** argon2id, PHC string. */
  password_hash: string;
  created_at: string;
}

/** A signed-in browser: the SHA-256 of its session cookie's token. */
export interface AuthSessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/** Every table Kneeline stores. */
export interface Database {
  users: UsersTable;
  settings: SettingsTable;
  assessments: AssessmentsTable;
  measurements: MeasurementsTable;
  programs: ProgramsTable;
  scheduled_sessions: ScheduledSessionsTable;
  session_logs: SessionLogsTable;
  retests: RetestsTable;
  quarantined_rows: QuarantinedRowsTable;
  idempotency_keys: IdempotencyKeysTable;
  accounts: AccountsTable;
  auth_sessions: AuthSessionsTable;
}
