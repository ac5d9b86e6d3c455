/**
 * Accounts for a shared server (KNEELINE_AUTH=accounts): a user name and an argon2 password hash
 * per user, and sign-in sessions kept in the database (only a SHA-256 of each session token), so
 * any server replica can check a session. Both go with the user (cascade).
 * Never edit once landed: add a new migration file instead.
 */
import type { Kysely } from 'kysely';

const cascade = 'cascade' as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('user_id', 'text', (column) => column.primaryKey().references('users.id').onDelete(cascade))
    .addColumn('username', 'text', (column) => column.notNull().unique())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('auth_sessions')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete(cascade))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('auth_sessions_user').on('auth_sessions').column('user_id').execute();
}
