/**
 * Rows an older version let in that the API refuses now (JSON nested thousands of levels deep, a
 * NUL character, a date like 9999-12-31 or 0050-01-01) made every read of the user's data fail.
 * They move to `quarantined_rows` with the reason (kept, never read), together with the rows that
 * hang on them (a program's sessions, a session's logs), so the references stay whole. Settings
 * that do not read are kept aside the same way and reset to the defaults.
 * The checks are frozen here (this file never changes once landed): depth 64, years 1900-2100.
 */
import type { Kysely } from 'kysely';

const MAX_DEPTH = 64;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;
const DATE_LIKE = /^([+-]?\d{4,6})-\d{2}-\d{2}(?:$|T)/;
const DEFAULT_SETTINGS =
  '{"units":"metric","weekdays":[1,3,5],"startDate":null,"reminders":{"enabled":false,"time":"18:00"},"voice":true}';

type Row = Record<string, unknown> & { id: string; user_id: string };

/** The tables this migration reads, with their JSON and date columns and what hangs on them. */
const TABLES = {
  assessments: {
    json: ['answers', 'tests', 'findings'],
    dates: ['created_at'],
    children: [['programs', 'assessment_id']],
  },
  programs: {
    json: ['program', 'findings', 'preferences'],
    dates: ['created_at'],
    children: [['scheduled_sessions', 'program_id']],
  },
  scheduled_sessions: { json: [], dates: ['date'], children: [['session_logs', 'session_id']] },
  session_logs: { json: ['log'], dates: ['date'], children: [] },
  measurements: { json: ['report', 'keypoints'], dates: ['created_at'], children: [] },
  retests: { json: ['data'], dates: ['date'], children: [] },
} as const;
type TableName = keyof typeof TABLES;

function yearProblem(text: string): string | null {
  const year = DATE_LIKE.exec(text)?.[1];
  if (year === undefined) {
    return null;
  }
  const value = Number(year);
  return value < EARLIEST_YEAR || value > LATEST_YEAR
    ? `the date ${text.slice(0, 30)} is outside 1900-2100`
    : null;
}

function tooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92) {
        index += 1;
      } else if (code === 34) {
        inString = false;
      }
    } else if (code === 34) {
      inString = true;
    } else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > MAX_DEPTH) {
        return true;
      }
    } else if (code === 125 || code === 93) {
      depth -= 1;
    }
  }
  return false;
}

function valueProblem(value: unknown): string | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? 'a NUL character' : yearProblem(value);
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? null : 'a number that is not finite';
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const problem =
        key === '__proto__' || key.includes('\u0000') ? 'a key that is not allowed' : valueProblem(item);
      if (problem !== null) {
        return problem;
      }
    }
  }
  return null;
}

/** Why a JSON column cannot be read, or null. */
export function jsonProblem(text: unknown): string | null {
  if (text === null) {
    return null;
  }
  if (typeof text !== 'string') {
    return 'not text';
  }
  if (tooDeep(text)) {
    return `JSON nested deeper than ${MAX_DEPTH} levels`;
  }
  try {
    return valueProblem(JSON.parse(text));
  } catch {
    return 'text that is not JSON';
  }
}

function rowProblem(table: TableName, row: Row): string | null {
  for (const column of TABLES[table].json) {
    const problem = jsonProblem(row[column]);
    if (problem !== null) {
      return `${column}: ${problem}`;
    }
  }
  for (const column of TABLES[table].dates) {
    const problem = typeof row[column] === 'string' ? yearProblem(row[column]) : 'no date';
    if (problem !== null) {
      return `${column}: ${problem}`;
    }
  }
  return null;
}

interface Tables {
  quarantined_rows: {
    id: string;
    user_id: string;
    source_table: string;
    row_data: string;
    reason: string;
    created_at: string;
  };
  settings: { user_id: string; data: string; updated_at: string };
}

/** Moves `row` and everything hanging on it (children first) to quarantined_rows. */
async function quarantine(
  db: Kysely<Tables>,
  table: TableName,
  row: Row,
  reason: string,
  now: string,
): Promise<void> {
  const untyped = db as unknown as Kysely<Record<string, Row>>;
  for (const [child, column] of TABLES[table].children) {
    const rows = (await untyped.selectFrom(child).selectAll().where(column, '=', row.id).execute()) as Row[];
    for (const childRow of rows) {
      await quarantine(db, child, childRow, `belongs to ${table} ${row.id}, set aside: ${reason}`, now);
    }
  }
  await db
    .insertInto('quarantined_rows')
    .values({
      id: `${table}:${row.id}`,
      user_id: row.user_id,
      source_table: table,
      row_data: JSON.stringify(row).replaceAll('\\u0000', '\\\\u0000'),
      reason,
      created_at: now,
    })
    .onConflict((c) => c.column('id').doNothing())
    .execute();
  await untyped.deleteFrom(table).where('id', '=', row.id).execute();
}

export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  const rowsOf = untyped as unknown as Kysely<Record<string, Row>>;
  const now = new Date().toISOString();
  for (const table of Object.keys(TABLES) as TableName[]) {
    const rows = (await rowsOf.selectFrom(table).selectAll().execute()) as Row[];
    for (const row of rows) {
      const problem = rowProblem(table, row);
      if (problem !== null) {
        const still = await rowsOf.selectFrom(table).select('id').where('id', '=', row.id).executeTakeFirst();
        if (still !== undefined) {
          await quarantine(db, table, row, problem, now);
        }
      }
    }
  }
  const settings = await db.selectFrom('settings').selectAll().execute();
  for (const row of settings) {
    let problem = jsonProblem(row.data);
    if (problem === null) {
      const startDate: unknown = (JSON.parse(row.data) as { startDate?: unknown }).startDate;
      problem = typeof startDate === 'string' ? yearProblem(startDate) : null;
    }
    if (problem !== null) {
      await db
        .insertInto('quarantined_rows')
        .values({
          id: `settings:${row.user_id}`,
          user_id: row.user_id,
          source_table: 'settings',
          row_data: JSON.stringify(row),
          reason: `data: ${problem}; reset to the defaults`,
          created_at: now,
        })
        .onConflict((c) => c.column('id').doNothing())
        .execute();
      await db
        .updateTable('settings')
        .set({ data: DEFAULT_SETTINGS, updated_at: now })
        .where('user_id', '=', row.user_id)
        .execute();
    }
  }
}
