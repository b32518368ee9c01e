/**
 * The Neon-shaped test PostgreSQL (.ci/postgres.sh): TLS, scram-sha-256, and PgBouncer in transaction
 * mode. What the app's connections rely on there: channel binding where the server offers it, and
 * nothing that needs a session (named prepared statements, startup parameters). Needs
 * TEST_DATABASE_URL (and TEST_DATABASE_POOLED_URL for the pooler cases); skipped, named so, without.
 */
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { pgPoolConfig, withExplicitSslMode } from "./create-db";
import type { Database } from "./schema";

const DIRECT = process.env.TEST_DATABASE_URL?.trim() || undefined;
const POOLED = process.env.TEST_DATABASE_POOLED_URL?.trim() || undefined;

function withParams(url: string, params: Record<string, string | null>): string {
  const u = new URL(url);
  for (const [key, value] of Object.entries(params)) {
    if (value === null) u.searchParams.delete(key);
    else u.searchParams.set(key, value);
  }
  return u.toString();
}

interface SaslConnection {
  sendSASLInitialResponseMessage(mechanism: string, response: string): void;
}

/** Connects with createDb's settings and reports the SASL mechanism pg chose (what the server saw). */
async function connectAndWatch(url: string) {
  const client = new pg.Client(pgPoolConfig(url));
  const mechanisms: string[] = [];
  // pg's Connection exists before connect(); its first SASL message names the chosen mechanism.
  const connection = (client as unknown as { connection: SaslConnection }).connection;
  const send = connection.sendSASLInitialResponseMessage.bind(connection);
  connection.sendSASLInitialResponseMessage = (mechanism, response) => {
    mechanisms.push(mechanism);
    send(mechanism, response);
  };
  await client.connect();
  return { client, mechanisms };
}

describe("sslmode in a DATABASE_URL", () => {
  it("says verify-full for Neon's sslmode=require, which pg already verifies that strictly, and keeps the rest of the URL", () => {
    const neon =
      "postgresql://u:p@ep-x-pooler.eu-central-1.aws.neon.tech/db?sslmode=require&channel_binding=require";
    const url = new URL(withExplicitSslMode(neon));
    expect(url.searchParams.get("sslmode")).toBe("verify-full");
    expect(url.searchParams.get("channel_binding")).toBe("require");
    expect(url.host).toBe("ep-x-pooler.eu-central-1.aws.neon.tech");
    expect(new URL(String(pgPoolConfig(neon).connectionString)).searchParams.get("sslmode")).toBe(
      "verify-full",
    );
  });

  it("leaves URLs without TLS, already verify-full, disable, or opting into libpq semantics as they are", () => {
    for (const url of [
      "postgres://u@127.0.0.1:5432/db",
      "postgres://u@h/db?sslmode=verify-full",
      "postgres://u@h/db?sslmode=disable",
      "postgres://u@h/db?uselibpqcompat=true&sslmode=require",
    ]) {
      expect(withExplicitSslMode(url)).toBe(url);
    }
  });
});

describe("channel binding on the direct (TLS) PostgreSQL", () => {
  it.skipIf(!DIRECT)(
    "a Neon-format URL (channel_binding=require) logs in with SCRAM-SHA-256-PLUS over TLS (needs TEST_DATABASE_URL)",
    async () => {
      expect(new URL(DIRECT!).searchParams.get("channel_binding")).toBe("require");
      const { client, mechanisms } = await connectAndWatch(DIRECT!);
      try {
        expect(mechanisms).toEqual(["SCRAM-SHA-256-PLUS"]);
        const { rows } = await client.query<{ ssl: boolean }>(
          "select ssl from pg_stat_ssl where pid = pg_backend_pid()",
        );
        expect(rows).toEqual([{ ssl: true }]);
      } finally {
        await client.end();
      }
    },
  );

  it.skipIf(!DIRECT)(
    "a URL without channel_binding still connects, with plain SCRAM-SHA-256 (needs TEST_DATABASE_URL)",
    async () => {
      const { client, mechanisms } = await connectAndWatch(withParams(DIRECT!, { channel_binding: null }));
      try {
        expect(mechanisms).toEqual(["SCRAM-SHA-256"]);
        expect((await client.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
      } finally {
        await client.end();
      }
    },
  );
});

describe("PgBouncer in transaction mode (Neon's -pooler host)", () => {
  it.skipIf(!POOLED)(
    "is really pooling transactions, over TLS with scram-sha-256 (needs TEST_DATABASE_POOLED_URL)",
    async () => {
      const adminUrl = new URL(POOLED!);
      adminUrl.pathname = "/pgbouncer";
      const admin = new pg.Client({ connectionString: adminUrl.toString() });
      await admin.connect();
      try {
        // A query without parameters goes as a simple query, the only kind the admin console takes.
        const { rows } = await admin.query<{ key: string; value: string }>("show config");
        const settings = Object.fromEntries(rows.map((r) => [r.key, r.value]));
        expect(settings).toMatchObject({
          pool_mode: "transaction",
          auth_type: "scram-sha-256",
          client_tls_sslmode: "require",
        });
      } finally {
        await admin.end();
      }
    },
  );

  it.skipIf(!POOLED)(
    "channel_binding=require in the URL still connects: PgBouncer 1.18 offers no -PLUS, pg falls back (needs TEST_DATABASE_POOLED_URL)",
    async () => {
      const { client, mechanisms } = await connectAndWatch(
        withParams(POOLED!, { channel_binding: "require" }),
      );
      try {
        expect(mechanisms).toEqual(["SCRAM-SHA-256"]);
        expect((await client.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
      } finally {
        await client.end();
      }
    },
  );

  it.skipIf(!POOLED)(
    "refuses a search_path startup parameter, so tests cannot isolate themselves that way (needs TEST_DATABASE_POOLED_URL)",
    async () => {
      const client = new pg.Client({ ...pgPoolConfig(POOLED!, { searchPath: "public" }) });
      await expect(client.connect()).rejects.toThrow(/unsupported startup parameter/);
    },
  );

  it.skipIf(!POOLED)(
    "Kysely's queries are unnamed prepared statements, which PgBouncer passes through in one transaction (needs TEST_DATABASE_POOLED_URL)",
    async () => {
      const pool = new pg.Pool(pgPoolConfig(POOLED!, { poolMax: 3 }));
      const names: (string | undefined)[] = [];
      pool.on("connect", (client) => {
        const connection = (client as unknown as { connection: { parse(q: { name?: string }): void } })
          .connection;
        const parse = connection.parse.bind(connection);
        connection.parse = (query) => {
          names.push(query.name);
          parse(query);
        };
      });
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      try {
        // Many parameterised queries at once over few server connections: a named statement
        // prepared on one server connection would be missing on the next ("prepared statement
        // … does not exist") under transaction pooling.
        const results = await Promise.all(
          Array.from({ length: 60 }, (_, i) => sql<{ n: number }>`select ${i}::int as n`.execute(db)),
        );
        expect(results.map((r) => r.rows[0]!.n)).toEqual(Array.from({ length: 60 }, (_, i) => i));
        expect(names.length).toBe(60);
        expect(names.every((name) => !name)).toBe(true);
      } finally {
        await db.destroy();
      }
    },
  );
});
