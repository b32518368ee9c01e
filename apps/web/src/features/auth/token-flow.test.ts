// @vitest-environment node
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiClient, isApiError } from "@/lib/api-client";
import { createTokenCache, REFRESH_MARGIN_S, tokenExpiry } from "./local-token-cache";

/** An unsigned JWT-shaped string with the given exp; the cache only reads exp. */
const fakeJwt = (exp: number, id: string) =>
  `${btoa(JSON.stringify({ alg: "RS256" }))}.${btoa(JSON.stringify({ exp, jti: id })).replace(/=+$/, "")}.sig`;

let server: Server;
let baseUrl: string;
let seen: (string | undefined)[] = [];
let accepted = new Set<string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const auth = req.headers.authorization;
    seen.push(auth);
    const ok = auth !== undefined && accepted.has(auth.replace(/^Bearer /, ""));
    res.writeHead(ok ? 200 : 401, { "content-type": ok ? "application/json" : "application/problem+json" });
    res.end(ok ? JSON.stringify({ ok: true }) : JSON.stringify({ title: "Unauthorized", status: 401 }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  accepted = new Set();
});

describe("API client and token source", () => {
  it("retries a 401 once with a fresh token (skipCache) and succeeds", async () => {
    const calls: (boolean | undefined)[] = [];
    const client = createApiClient({
      baseUrl,
      getToken: async (options) => {
        calls.push(options?.skipCache);
        return options?.skipCache ? "fresh" : "stale";
      },
    });
    accepted.add("fresh");
    await expect(client.request("/api/me")).resolves.toEqual({ ok: true });
    expect(calls).toEqual([undefined, true]);
    expect(seen).toEqual(["Bearer stale", "Bearer fresh"]);
  });

  it("retries at most once, then rejects with the 401", async () => {
    const client = createApiClient({ baseUrl, getToken: async () => "revoked" });
    const error = await client.request("/api/me").catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(401);
    expect(seen).toHaveLength(2);
  });

  it("never sends Bearer null when signed out, and does not retry without a token", async () => {
    const client = createApiClient({ baseUrl, getToken: async () => null });
    await client.request("/api/me").catch(() => undefined);
    expect(seen).toEqual([undefined]);
  });
});

describe("local token cache", () => {
  it("reuses a token until REFRESH_MARGIN_S before it expires", async () => {
    let now = 1_000_000_000_000;
    let minted = 0;
    const cache = createTokenCache(
      async () => fakeJwt(Math.floor(now / 1000) + 60, String((minted += 1))),
      () => now,
    );
    const first = await cache.get();
    expect(await cache.get()).toBe(first);
    now += (60 - REFRESH_MARGIN_S - 1) * 1000;
    expect(await cache.get()).toBe(first);
    now += 2000;
    expect(await cache.get()).not.toBe(first);
    expect(minted).toBe(2);
  });

  it("fetches anew when asked to skip the cache, and shares one fetch between concurrent callers", async () => {
    let minted = 0;
    const cache = createTokenCache(async () =>
      fakeJwt(Math.floor(Date.now() / 1000) + 60, String((minted += 1))),
    );
    const [a, b, c] = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(new Set([a, b, c]).size).toBe(1);
    expect(minted).toBe(1);
    expect(await cache.get({ skipCache: true })).not.toBe(a);
    expect(minted).toBe(2);
  });

  it("does not keep a token fetched by a session that signed out meanwhile", async () => {
    let release!: (token: string) => void;
    const cache = createTokenCache(() => new Promise<string>((resolve) => (release = resolve)));
    const pending = cache.get();
    cache.clear();
    release(fakeJwt(Math.floor(Date.now() / 1000) + 60, "old"));
    expect(await pending).toBeNull();
  });

  it("reads exp from a base64url payload", () => {
    expect(tokenExpiry(fakeJwt(1234, "x"))).toBe(1234);
    expect(tokenExpiry("garbage")).toBeNull();
  });
});
