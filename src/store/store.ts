/**
 * The store: every repository over one database, and `transaction` to run several writes that
 * belong together (completing an assessment writes the assessment, the program and its schedule)
 * so that either all land or none.
 */
import type { StoreConfig } from './config.js';
import { openDatabase } from './database.js';
import type { KneelineDb } from './database.js';
import { migrateToLatest } from './migrate.js';
import { createAssessmentsRepository } from './assessments.repository.js';
import type { AssessmentsRepository } from './assessments.repository.js';
import { createDataRepository } from './data.repository.js';
import type { DataRepository } from './data.repository.js';
import { createAccountsRepository } from './accounts.repository.js';
import type { AccountsRepository } from './accounts.repository.js';
import { createIdempotencyRepository } from './idempotency.repository.js';
import type { IdempotencyRepository } from './idempotency.repository.js';
import { createLogsRepository } from './logs.repository.js';
import type { LogsRepository } from './logs.repository.js';
import { createMeasurementsRepository } from './measurements.repository.js';
import type { MeasurementsRepository } from './measurements.repository.js';
import { createProgramsRepository } from './programs.repository.js';
import type { ProgramsRepository } from './programs.repository.js';
import { createRetestsRepository } from './retests.repository.js';
import type { RetestsRepository } from './retests.repository.js';
import { createSessionsRepository } from './sessions.repository.js';
import type { SessionsRepository } from './sessions.repository.js';
import { createSettingsRepository } from './settings.repository.js';
import type { SettingsRepository } from './settings.repository.js';
import { createUsersRepository } from './users.repository.js';
import type { UsersRepository } from './users.repository.js';

export interface Repositories {
  readonly users: UsersRepository;
  readonly settings: SettingsRepository;
  readonly assessments: AssessmentsRepository;
  readonly programs: ProgramsRepository;
  readonly sessions: SessionsRepository;
  readonly logs: LogsRepository;
  readonly measurements: MeasurementsRepository;
  readonly retests: RetestsRepository;
  readonly data: DataRepository;
  readonly idempotency: IdempotencyRepository;
  readonly accounts: AccountsRepository;
}

export interface Store extends Repositories {
  /** Runs `work` in one database transaction: it commits when `work` resolves, rolls back when it throws. */
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  readonly db: KneelineDb;
  close(): Promise<void>;
}

/** Every repository over one handle (the database, or a transaction). */
export function createRepositories(db: KneelineDb): Repositories {
  return {
    users: createUsersRepository(db),
    settings: createSettingsRepository(db),
    assessments: createAssessmentsRepository(db),
    programs: createProgramsRepository(db),
    sessions: createSessionsRepository(db),
    logs: createLogsRepository(db),
    measurements: createMeasurementsRepository(db),
    retests: createRetestsRepository(db),
    data: createDataRepository(db),
    idempotency: createIdempotencyRepository(db),
    accounts: createAccountsRepository(db),
  };
}

/** Wraps an open, migrated database. */
export function createStore(db: KneelineDb): Store {
  return {
    ...createRepositories(db),
    db,
    transaction: (work) => db.transaction().execute((trx) => work(createRepositories(trx))),
    close: () => db.destroy(),
  };
}

/** Opens the configured database, migrates it to the latest schema and returns the store. */
export async function openStore(config: StoreConfig): Promise<Store> {
  const db = openDatabase(config);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createStore(db);
}
