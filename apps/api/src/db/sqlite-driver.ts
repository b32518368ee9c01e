import { createRequire } from "node:module";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/**
 * The SQLite connection under Kysely, from one of two drivers (docs/decisions/013-sqlite-driver-by-runtime.md):
 *
 * - `better-sqlite3` 12 on Node 20 and 22. On Node 24 its objects register environment cleanup hooks
 *   through Node 24's `node::ObjectWrap`, and a statement or database finalised by the garbage
 *   collector outside a context aborts the process (`Assertion failed: (env) != nullptr` in
 *   RemoveEnvironmentCleanupHook). Version 13 fixes that but does not run on Node 20, our floor.
 * - `node:sqlite` (built in, no native addon to build) on Node 24 and later, where it is stable enough
 *   and has everything used here: a busy timeout, `StatementSync#columns()` to tell readers apart.
 *
 * Both are synchronous and open one connection; the rest of the app sees Kysely's interface only.
 */
export type SqliteDriverName = "better-sqlite3" | "node:sqlite";

const require = createRequire(import.meta.url);

export function defaultSqliteDriver(nodeVersion = process.versions.node): SqliteDriverName {
  const major = Number(nodeVersion.split(".")[0]);
  return major >= 24 ? "node:sqlite" : "better-sqlite3";
}

export interface SqliteConnection {
  /** What Kysely's SqliteDialect needs; prepared statements are reused per SQL text. */
  database: SqliteDatabase;
  driver: SqliteDriverName;
  /** Runs SQL without results (pragmas, scripts). */
  exec(sql: string): void;
}

export interface OpenSqliteOptions {
  /** Milliseconds a writer waits for another connection's lock before SQLITE_BUSY. */
  busyTimeoutMs: number;
  driver?: SqliteDriverName;
}

export function openSqlite(filename: string, options: OpenSqliteOptions): SqliteConnection {
  const driver = options.driver ?? defaultSqliteDriver();
  const raw =
    driver === "node:sqlite" ? openNodeSqlite(filename, options) : openBetterSqlite(filename, options);
  return { driver, exec: raw.exec, database: withStatementCache(raw) };
}

interface RawConnection {
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  close(): void;
}

function openBetterSqlite(filename: string, options: OpenSqliteOptions): RawConnection {
  // Loaded only when used, so a Node 24 process never instantiates the addon at all.
  const Database = require("better-sqlite3") as typeof import("better-sqlite3");
  const sqlite = new Database(filename, { timeout: options.busyTimeoutMs });
  return {
    exec: (sql) => void sqlite.exec(sql),
    prepare: (sql) => sqlite.prepare(sql),
    close: () => sqlite.close(),
  };
}

function openNodeSqlite(filename: string, options: OpenSqliteOptions): RawConnection {
  const { DatabaseSync } = require("node:sqlite") as typeof import("node:sqlite");
  const sqlite = new DatabaseSync(filename, { timeout: options.busyTimeoutMs });
  return {
    exec: (sql) => sqlite.exec(sql),
    prepare(sql) {
      const statement = sqlite.prepare(sql);
      type Param = Parameters<typeof statement.all>[number];
      const reader = statement.columns().length > 0;
      return {
        reader,
        // Rows come back with a null prototype; the app never relies on Object.prototype there.
        all: (parameters) => statement.all(...(parameters as Param[])),
        run: (parameters) => statement.run(...(parameters as Param[])),
        iterate: (parameters) => statement.iterate(...(parameters as Param[])),
      };
    },
    close: () => sqlite.close(),
  };
}

/** Most distinct SQL texts kept prepared; the app issues a few dozen shapes, so this is never reached in practice. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite driver prepares every query afresh, and a prepare (parse + plan) costs as much as
 * running a short indexed query. Reusing the prepared statement per SQL text is safe here: Kysely
 * serialises all use of the one connection behind a mutex, so a statement is never run while another
 * run of it is in progress. Least recently used texts are dropped first.
 */
function withStatementCache(raw: RawConnection): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      raw.close();
    },
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = raw.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
