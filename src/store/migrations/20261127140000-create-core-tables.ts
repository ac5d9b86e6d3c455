/**
 * The first tables. Portable types only (text, integer) so SQLite and PostgreSQL run the same
 * migration. Never edit once landed: add a new migration file instead.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const cascade = 'cascade' as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('user_id', 'text', (column) => column.primaryKey().references('users.id').onDelete(cascade))
    .addColumn('data', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete(cascade))
    .addColumn('format_version', 'integer', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().check(sql`status in ('draft', 'completed')`))
    .addColumn('answers', 'text', (column) => column.notNull())
    .addColumn('tests', 'text', (column) => column.notNull())
    .addColumn('findings', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema
    .createIndex('assessments_user_updated')
    .on('assessments')
    .columns(['user_id', 'updated_at'])
    .execute();

  await db.schema
    .createTable('measurements')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete(cascade))
    .addColumn('test', 'text', (column) => column.notNull())
    .addColumn('side', 'text', (column) => column.notNull())
    .addColumn('report', 'text', (column) => column.notNull())
    .addColumn('keypoints', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('measurements_user_created')
    .on('measurements')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('programs')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete(cascade))
    .addColumn('assessment_id', 'text', (column) =>
      column.notNull().references('assessments.id').onDelete(cascade),
    )
    .addColumn('format_version', 'integer', (column) => column.notNull())
    .addColumn('program', 'text', (column) => column.notNull())
    .addColumn('findings', 'text', (column) => column.notNull())
    .addColumn('preferences', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('programs_user_created')
    .on('programs')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('scheduled_sessions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete(cascade))
    .addColumn('program_id', 'text', (column) => column.notNull().references('programs.id').onDelete(cascade))
    .addColumn('date', 'text', (column) => column.notNull())
    .addColumn('week', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().check(sql`status in ('planned', 'done')`))
    .execute();
  await db.schema
    .createIndex('scheduled_sessions_user_date')
    .on('scheduled_sessions')
    .columns(['user_id', 'date'])
    .execute();

  await db.schema
    .createTable('session_logs')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete(cascade))
    .addColumn('session_id', 'text', (column) =>
      column.notNull().references('scheduled_sessions.id').onDelete(cascade),
    )
    .addColumn('date', 'text', (column) => column.notNull())
    .addColumn('log', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('session_logs_user_date')
    .on('session_logs')
    .columns(['user_id', 'date'])
    .execute();

  await db.schema
    .createTable('retests')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete(cascade))
    .addColumn('date', 'text', (column) => column.notNull())
    .addColumn('data', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('retests_user_date').on('retests').columns(['user_id', 'date']).execute();
}
