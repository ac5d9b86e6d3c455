/**
 * Constraints that make duplicates impossible, and the tables for idempotent retries and set-aside
 * rows. Before the unique indexes are built, duplicates an older version let in are repaired:
 * several drafts of one user merge into the newest (older answers first, newer win); a second log
 * of one session moves to `quarantined_rows` (kept, not read), so nothing is deleted.
 * Never edit once landed: add a new migration file instead.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const cascade = 'cascade' as const;

/** The tables as they are at this migration (frozen here: later schema changes do not touch it). */
interface Tables {
  assessments: {
    id: string;
    user_id: string;
    status: string;
    answers: string;
    tests: string;
    created_at: string;
    updated_at: string;
  };
  programs: { id: string; assessment_id: string };
  session_logs: { id: string; user_id: string; session_id: string; created_at: string };
  quarantined_rows: {
    id: string;
    user_id: string;
    source_table: string;
    row_data: string;
    reason: string;
    created_at: string;
  };
}
type Db = Kysely<Tables>;
type DraftRow = Omit<Tables['assessments'], 'status' | 'created_at'>;

/** JSON text of an object, or {} when it is not one (the row is then repaired, not lost). */
function objectOf(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

async function mergeDuplicateDrafts(db: Db): Promise<void> {
  const drafts: DraftRow[] = await db
    .selectFrom('assessments')
    .select(['id', 'user_id', 'answers', 'tests', 'updated_at'])
    .where('status', '=', 'draft')
    .orderBy('user_id')
    .orderBy('updated_at')
    .orderBy('created_at')
    .execute();
  const byUser = new Map<string, DraftRow[]>();
  for (const draft of drafts) {
    byUser.set(draft.user_id, [...(byUser.get(draft.user_id) ?? []), draft]);
  }
  for (const rows of byUser.values()) {
    const newest = rows.at(-1);
    if (rows.length < 2 || newest === undefined) {
      continue;
    }
    const answers = Object.assign({}, ...rows.map((row) => objectOf(row.answers))) as object;
    const tests = Object.assign({}, ...rows.map((row) => objectOf(row.tests))) as object;
    await db
      .updateTable('assessments')
      .set({ answers: JSON.stringify(answers), tests: JSON.stringify(tests) })
      .where('id', '=', newest.id)
      .execute();
    const older = rows.slice(0, -1).map((row) => row.id);
    await db.deleteFrom('programs').where('assessment_id', 'in', older).execute();
    await db.deleteFrom('assessments').where('id', 'in', older).execute();
  }
}

async function quarantineDuplicateLogs(db: Db, now: string): Promise<void> {
  const logs = await db
    .selectFrom('session_logs')
    .selectAll()
    .orderBy('session_id')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const seen = new Set<string>();
  for (const log of logs) {
    if (!seen.has(log.session_id)) {
      seen.add(log.session_id);
      continue;
    }
    await db
      .insertInto('quarantined_rows')
      .values({
        id: `session_logs:${log.id}`,
        user_id: log.user_id,
        source_table: 'session_logs',
        row_data: JSON.stringify(log),
        reason: 'a second log of the same session',
        created_at: now,
      })
      .execute();
    await db.deleteFrom('session_logs').where('id', '=', log.id).execute();
  }
}

export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Db;
  const now = new Date().toISOString();
  await db.schema
    .createTable('quarantined_rows')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete(cascade))
    .addColumn('source_table', 'text', (column) => column.notNull())
    .addColumn('row_data', 'text', (column) => column.notNull())
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await mergeDuplicateDrafts(db);
  await db.schema
    .createIndex('assessments_one_draft_per_user')
    .unique()
    .on('assessments')
    .column('user_id')
    .where(sql.ref('status'), '=', 'draft')
    .execute();

  await quarantineDuplicateLogs(db, now);
  await db.schema
    .createIndex('session_logs_one_per_session')
    .unique()
    .on('session_logs')
    .column('session_id')
    .execute();

  // A retried request with the same Idempotency-Key gets the first answer again.
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete(cascade))
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('request_hash', 'text', (column) => column.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute();
}
