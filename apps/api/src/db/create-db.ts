import fs from "node:fs";
import path from "node:path";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config";
import type { Database } from "./schema";
import { openSqlite } from "./sqlite-driver";

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
    const sqlite = openSqlite(database.filename, { busyTimeoutMs: 5000 });
    // WAL: readers never block the single writer. NORMAL survives app crashes (not power loss),
    // which is the usual trade-off for WAL. busy_timeout makes a second process wait, not fail.
    sqlite.exec("PRAGMA journal_mode = WAL");
    sqlite.exec("PRAGMA busy_timeout = 5000");
    sqlite.exec("PRAGMA foreign_keys = ON");
    sqlite.exec("PRAGMA synchronous = NORMAL");
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite.database }) });
  }

  const pool = new pg.Pool(pgPoolConfig(database.connectionString, options));
  // Without a listener, a client's error event would crash the process. The pool listens on idle
  // clients only; a connection that drops while checked out (mid-query) emits on the client itself,
  // so every client gets its own listener. The query in flight still rejects and answers 503.
  pool.on("error", (error) => options.onPoolError?.(error));
  pool.on("connect", (client) => client.on("error", (error) => options.onPoolError?.(error)));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return db;
}

/** The pg pools behind the Kysely instances createDb made, for poolStats. */
const pools = new WeakMap<Db, pg.Pool>();

/** Connections of a PostgreSQL Db's pool now (for /metrics); null for SQLite, which has none. */
export function poolStats(db: Db): { total: number; idle: number; waiting: number; max: number } | null {
  const pool = pools.get(db);
  if (!pool) return null;
  return {
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: pool.options.max ?? 10,
  };
}

/** The pg.Pool settings createDb uses for a PostgreSQL URL (exported for tests that open a bare pg.Client). */
export function pgPoolConfig(connectionString: string, options: CreateDbOptions = {}): pg.PoolConfig {
  return {
    connectionString: withExplicitSslMode(connectionString),
    max: options.poolMax ?? 10,
    // Fail fast when the database is down, so requests answer 503 within F14's 5 s (docs/reliability.md):
    // a connect that is black-holed gives up here, and a query on a connection that stopped
    // answering (a network partition) ends at query_timeout instead of never. Both stay below the
    // API's own request timeouts. A `?query_timeout=` in DATABASE_URL overrides the default (pg lets
    // the URL win). The connect budget also covers Neon waking a suspended compute (typically well
    // under 2 s; resilience/cold-start.test.ts holds a first connection 1.5 s and still answers 2xx).
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    query_timeout: PG_QUERY_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    types: pgTypes,
    // pg ignores libpq's channel_binding parameter, which Neon puts in its URLs. Honour it: with
    // this, pg picks SCRAM-SHA-256-PLUS (bound to the server's TLS certificate, so a
    // man-in-the-middle holding another trusted certificate cannot relay the login) whenever the
    // server offers it. PostgreSQL over TLS does; PgBouncer 1.18 does not, and pg then falls back
    // to plain SCRAM-SHA-256, i.e. it behaves like libpq's `prefer` even for `require`.
    ...(wantsChannelBinding(connectionString) ? { enableChannelBinding: true } : {}),
    // A startup parameter: fine on a direct connection, refused by PgBouncer (tests only).
    ...(options.searchPath ? { options: `-c search_path=${quoteIdent(options.searchPath)}` } : {}),
  };
}

/**
 * pg 8 already treats sslmode=require (Neon's URLs), prefer and verify-ca as verify-full, and warns
 * about it at the first connection of every process: pg 9 will give them libpq's weaker meaning.
 * Saying verify-full keeps today's certificate and host checks across that upgrade, and the logs
 * free of the warning. A URL that opts into libpq semantics (uselibpqcompat) is left as it is.
 */
export function withExplicitSslMode(connectionString: string): string {
  const url = new URL(connectionString);
  const mode = url.searchParams.get("sslmode");
  if (url.searchParams.get("uselibpqcompat") === "true") return connectionString;
  if (mode !== "require" && mode !== "prefer" && mode !== "verify-ca") return connectionString;
  url.searchParams.set("sslmode", "verify-full");
  return url.toString();
}

function wantsChannelBinding(connectionString: string): boolean {
  const mode = new URL(connectionString).searchParams.get("channel_binding");
  return mode === "require" || mode === "prefer";
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe schema name: ${name}`);
  return name;
}
