import pg from "pg";
import { isPoolerHost, type DatabaseConfig } from "../config";
import { createDb, pgPoolConfig, type Db } from "./create-db";
import { migrateToLatest } from "./migrate";

/** Thrown instead of migrating through a transaction pooler; the message says which variable to set. */
export class PoolerMigrationError extends Error {
  constructor(host: string) {
    super(
      `refusing to migrate through the connection pooler ${host}: migrations hold a session-level ` +
        "advisory lock, which PgBouncer in transaction mode cannot keep. Set DATABASE_URL_UNPOOLED to the " +
        "direct (non -pooler) URL (docs/decisions/011-pooled-and-direct-database-urls.md)",
    );
    this.name = "PoolerMigrationError";
  }
}

/**
 * Applies pending migrations on config.migrationDatabase and returns the names applied. PostgreSQL:
 * over a short-lived connection of its own, closed before returning, so the app's pool (possibly
 * pooled) never runs DDL or holds the migration lock. SQLite: on `appDb` when given (the same file,
 * and the only way to reach a `:memory:` database), else on a connection opened and closed here.
 */
export async function migrateDatabase(
  config: { migrationDatabase: DatabaseConfig },
  appDb?: Db,
): Promise<string[]> {
  const database = config.migrationDatabase;
  if (database.dialect === "postgres" && isPoolerHost(database.connectionString)) {
    throw new PoolerMigrationError(new URL(database.connectionString).hostname);
  }
  if (database.dialect === "sqlite") {
    if (appDb) return migrateToLatest(appDb);
    const db = createDb({ database });
    try {
      return await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
  }
  // Kysely's Migrator takes its own advisory lock only after creating its bookkeeping tables, so
  // instances starting together on a fresh database run CREATE TABLE IF NOT EXISTS concurrently,
  // which PostgreSQL does not guarantee to survive. This lock, held on a second direct connection
  // for the whole run, queues them before that; each later one then finds the work done.
  const lock = new pg.Client(pgPoolConfig(database.connectionString));
  await lock.connect();
  try {
    await lock.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    const db = createDb({ database }, { poolMax: 1 });
    try {
      return await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
  } finally {
    // Ending the session releases the lock even if the unlock is never sent.
    await lock.end();
  }
}

/** Any fixed bigint not used elsewhere; Kysely's own lock is 3853314791062309107. */
const MIGRATION_LOCK_ID = "4626857230123948001";

/** The message entry points print when migrating failed, with the driver's cause if there is one. */
export function describeMigrationError(error: unknown): string {
  const cause = (error as Error).cause;
  return `${(error as Error).message}${cause ? ` (${String(cause)})` : ""}`;
}
