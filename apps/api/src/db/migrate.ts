import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import * as m0001 from "./migrations/0001_initial";
import * as m0003 from "./migrations/0003_quota_ledger";
import * as m0004 from "./migrations/0004_history_order_index";
import * as m0005 from "./migrations/0005_cell_recency_index";
import * as m0006 from "./migrations/0006_challenge_runs";
import * as m0007 from "./migrations/0007_stats_rollups";

// Listed explicitly (not FileMigrationProvider): works the same under tsx, vitest and any bundler.
// Add new migrations at the end; never edit or reorder applied ones.
export const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
  "0003_quota_ledger": m0003,
  "0004_history_order_index": m0004,
  "0005_cell_recency_index": m0005,
  "0006_challenge_runs": m0006,
  "0007_stats_rollups": m0007,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export interface MigrateOptions {
  /** Postgres only: the schema holding Kysely's migration tables (defaults to the search path). */
  schema?: string;
}

function migrator(db: Kysely<unknown>, options: MigrateOptions): Migrator {
  return new Migrator({
    db,
    provider,
    // Parallel branches number migrations independently (0002 may land after 0003 was applied
    // somewhere); apply any missing one instead of refusing to start.
    allowUnorderedMigrations: true,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
}

/** Applies pending migrations; returns the names applied. Throws if one fails. */
export async function migrateToLatest<T>(db: Kysely<T>, options: MigrateOptions = {}): Promise<string[]> {
  const { error, results } = await migrator(db as Kysely<unknown>, options).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`migration ${failed ?? "(setup)"} failed`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

export async function migrateDown<T>(db: Kysely<T>, options: MigrateOptions = {}): Promise<string[]> {
  const { error, results } = await migrator(db as Kysely<unknown>, options).migrateDown();
  if (error) throw new Error("migrating down failed", { cause: error });
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
