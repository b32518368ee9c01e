import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase as SqliteDialectDatabase } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config";
import type { Database } from "./schema";

export type Db = Kysely<Database>;

export interface CreateDbOptions {
  /** Postgres only: the schema unqualified names resolve to (tests use one fresh schema each). */
  searchPath?: string;
  /** Postgres only: an idle pooled connection died (DB restart, network). The pool replaces it. */
  onPoolError?: (error: Error) => void;
  /** Postgres only. */
  poolMax?: number;
}

const PG_CONNECT_TIMEOUT_MS = 4000;
const PG_QUERY_TIMEOUT_MS = 4000;

// Postgres returns int8 (count(*), sum) and numeric (avg) as strings; SQLite returns numbers.
// Parsing them to numbers here keeps repo code identical on both dialects.
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    return format === "binary" ? pg.types.getTypeParser(oid, "binary") : pg.types.getTypeParser(oid, "text");
  },
} as pg.CustomTypesConfig;

/** Opens the database named by config: SQLite file (default) or a Postgres pool. */
export function createDb(config: { database: DatabaseConfig }, options: CreateDbOptions = {}): Db {
  const database = config.database;
  if (database.dialect === "sqlite") {
    if (database.filename !== ":memory:") fs.mkdirSync(path.dirname(database.filename), { recursive: true });
    const sqlite = new SqliteDatabase(database.filename, { timeout: 5000 });
    // WAL: readers never block the single writer. NORMAL survives app crashes (not power loss),
    // which is the usual trade-off for WAL. busy_timeout makes a second process wait, not fail.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("synchronous = NORMAL");
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  }

  const pool = new pg.Pool({
    connectionString: database.connectionString,
    max: options.poolMax ?? 10,
    // Fail fast when the database is down, so requests answer 503 within F14's 5 s (reliability.md):
    // a connect that is black-holed gives up here (Neon wakes a suspended compute well within it),
    // and a query on a connection that stopped answering (a network partition) ends at
    // query_timeout instead of never. Both stay below the API's own request timeouts. A
    // `?query_timeout=` in DATABASE_URL overrides the default (pg lets the URL win).
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    query_timeout: PG_QUERY_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    types: pgTypes,
    ...(options.searchPath ? { options: `-c search_path=${quoteIdent(options.searchPath)}` } : {}),
  });
  // Without a listener, a client's error event would crash the process. The pool listens on idle
  // clients only; a connection that drops while checked out (mid-query) emits on the client itself,
  // so every client gets its own listener. The query in flight still rejects and answers 503.
  pool.on("error", (error) => options.onPoolError?.(error));
  pool.on("connect", (client) => client.on("error", (error) => options.onPoolError?.(error)));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Most distinct SQL texts kept prepared; the app issues a few dozen shapes, so this is never reached in practice. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite driver prepares every query afresh, and better-sqlite3's prepare (parse + plan)
 * costs as much as running a short indexed query. Reusing the prepared statement per SQL text is
 * safe here: Kysely serialises all use of the one connection behind a mutex, so a statement is
 * never run while another run of it is in progress. Least recently used texts are dropped first.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDialectDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe schema name: ${name}`);
  return name;
}
