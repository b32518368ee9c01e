/**
 * F14 (docs/reliability.md §6) plumbing: the real app, listening on loopback, whose own Postgres pool
 * (createDb's real settings) reaches the database only through a TcpProxy the test can take down.
 */
import fs from "node:fs";
import { buildApp, type App } from "../app";
import type { Config } from "../config";
import { loadOrCreateLocalKey, type LocalKey } from "../modules/auth/local-keys";
import { mintLocalToken } from "../modules/auth/local-sign-in";
import { fakeGenerator } from "../testing/challenge-test-app";
import { LogCapture } from "../testing/test-app";
import { startTcpProxy, type TcpProxy } from "../testing/tcp-proxy";
import { testConfig } from "../testing/test-config";

export interface Probe {
  kind: "generate" | "history" | "readyz";
  sentAt: number;
  doneAt: number;
  /** 0: no complete response (connection error or the client-side deadline). */
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  body: string;
}

export interface OutageApp {
  app: App;
  config: Config;
  proxy: TcpProxy;
  origin: string;
  logs: LogCapture;
  token(userId: string): Promise<string>;
  probe(kind: Probe["kind"], userId: string, timeoutMs?: number): Promise<Probe>;
  close(): Promise<void>;
}

/**
 * postgres://… with host:port swapped for the proxy and the test's schema as search_path. The proxy
 * listens on 127.0.0.1, which the test server's certificate names, so sslmode=require still verifies.
 */
export function viaProxy(connectionString: string, proxyPort: number, schema?: string): string {
  const url = new URL(connectionString);
  url.hostname = "127.0.0.1";
  url.port = String(proxyPort);
  if (schema) url.searchParams.set("options", `-c search_path=${schema}`);
  return url.toString();
}

export async function startOutageApp(options: {
  /** Where the proxy forwards to (the Postgres server); unused while the proxy is down. */
  target: { host: string; port: number };
  connectionString: string;
  schema?: string;
  env?: Record<string, string>;
  /** Neon's scale-to-zero: the proxy starts asleep and holds first connections this long. */
  wakeUpMs?: number;
}): Promise<OutageApp> {
  const proxy = await startTcpProxy(options.target, { wakeUpMs: options.wakeUpMs });
  const config = testConfig("outage", {
    LOG_LEVEL: "warn",
    DATABASE_URL: viaProxy(options.connectionString, proxy.port, options.schema),
    RATE_LIMIT_GENERATE_PER_MINUTE: "0",
    ENGINE_WARM_UP: "false",
    ...options.env,
  });
  const logs = new LogCapture();
  // No db in the deps: the app opens config.database itself, with the production pool settings.
  // Short lease and sweep so a reservation stranded by the outage is refunded within the test.
  const app = await buildApp(config, {
    logStream: logs,
    generator: fakeGenerator,
    generation: { timeoutMs: 2000, leaseMs: 3000, sweepIntervalMs: 500 },
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address() as { port: number };
  const origin = `http://127.0.0.1:${address.port}`;
  const key: LocalKey = await loadOrCreateLocalKey(config.dataDir);

  const token = (userId: string) =>
    mintLocalToken(key, config.auth, {
      sub: userId,
      azp: config.auth.issuer,
      nowS: Math.floor(Date.now() / 1000),
    });

  return {
    app,
    config,
    proxy,
    origin,
    logs,
    token,
    async probe(kind, userId, timeoutMs = 15_000) {
      const sentAt = performance.now();
      const init: RequestInit =
        kind === "generate"
          ? {
              method: "POST",
              headers: {
                authorization: `Bearer ${await token(userId)}`,
                "content-type": "application/json",
              },
              body: JSON.stringify({ difficulty: "easy" }),
            }
          : kind === "history"
            ? { headers: { authorization: `Bearer ${await token(userId)}` } }
            : {};
      const url = { generate: "/api/generate-challenge", history: "/api/my-history", readyz: "/readyz" }[
        kind
      ];
      try {
        const res = await fetch(`${origin}${url}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        const body = await res.text();
        return {
          kind,
          sentAt,
          doneAt: performance.now(),
          status: res.status,
          contentType: res.headers.get("content-type"),
          retryAfter: res.headers.get("retry-after"),
          body,
        };
      } catch (error) {
        return {
          kind,
          sentAt,
          doneAt: performance.now(),
          status: 0,
          contentType: null,
          retryAfter: null,
          body: String(error),
        };
      }
    },
    async close() {
      await app.close();
      await proxy.close();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/** Fires one probe every intervalMs (generate, history, readyz in turn) until stop() is called. */
export function trickle(target: OutageApp, userId: string, intervalMs: number) {
  const kinds: Probe["kind"][] = ["generate", "history", "readyz"];
  const probes: Promise<Probe>[] = [];
  let i = 0;
  const timer = setInterval(() => {
    probes.push(target.probe(kinds[i++ % kinds.length]!, userId));
  }, intervalMs);
  return {
    /** Stops sending and waits for every probe sent so far. */
    async stop(): Promise<Probe[]> {
      clearInterval(timer);
      return Promise.all(probes);
    },
  };
}

/** True if a body looks like it leaks internals (stack frames, driver messages, connection strings). */
export function leaksInternals(body: string): boolean {
  return /\bat .+\(.+:\d+:\d+\)|node_modules|postgres:\/\/|ECONNREFUSED|Connection terminated|"stack"/.test(
    body,
  );
}
