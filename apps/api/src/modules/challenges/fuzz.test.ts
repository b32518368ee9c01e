/**
 * F10: Schemathesis-style checks re-created with fast-check over the challenge routes, through the
 * real app: never a 5xx; only statuses the route declares in /openapi.json; 2xx bodies match the
 * contract; every error is problem+json whose `status` equals the HTTP status; input the contract
 * rejects is never accepted.
 */
import {
  AnswerBodySchema,
  AnswerResultSchema,
  CatalogSchema,
  ChallengeDetailSchema,
  ChallengeSchema,
  GenerateChallengeBodySchema,
  HistoryPageSchema,
  HistoryQuerySchema,
  IdempotencyKeySchema,
  PROBLEM_CONTENT_TYPE,
  ProblemSchema,
  QuotaSchema,
  StatsSchema,
} from "@katagen/contract";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { testDatabases } from "../../testing/test-db";
import { buildChallengeTestApp, type ChallengeTestApp } from "../../testing/challenge-test-app";

const ME = "user_fuzz1";
const OTHER = "user_fuzz2";

type Method = "GET" | "POST";
interface FuzzRequest {
  method: Method;
  /** OpenAPI path template, for looking up the declared statuses. */
  route: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  signedIn: boolean;
  /** True when the contract itself rejects this input, so a 2xx would be a bug. */
  invalid: boolean;
}

const success: Record<string, ZodType> = {
  "GET /api/catalog": CatalogSchema,
  "GET /api/quota": QuotaSchema,
  "GET /api/stats": StatsSchema,
  "GET /api/my-history": HistoryPageSchema,
  "POST /api/generate-challenge": ChallengeSchema,
  "GET /api/challenges/{id}": ChallengeDetailSchema,
  "POST /api/challenges/{id}/answer": AnswerResultSchema,
};

const words = fc.constantFrom(
  "easy",
  "medium",
  "hard",
  "javascript",
  "python",
  "typescript",
  "arrays",
  "strings",
  "generators",
  "right",
  "wrong",
  "unanswered",
  "",
  "0",
  "-1",
  "101",
  "1e3",
  "null",
  "__proto__",
  "constructor",
  "' or 1=1 --",
  "\u0000",
  "é",
  "x".repeat(300),
);
const scalar = fc.oneof(words, fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const latin1 = fc.string({
  unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
  maxLength: 300,
});

const generateBody = fc.oneof(
  fc.record(
    {
      difficulty: fc.oneof(words, scalar),
      language: fc.oneof(words, scalar),
      topic: fc.oneof(words, scalar),
    },
    { requiredKeys: [] },
  ),
  fc.record({
    difficulty: fc.constantFrom("easy", "medium", "hard"),
    language: fc.constantFrom("javascript", "python"),
  }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.oneof(words, fc.string()), scalar, { maxKeys: 4 }),
);
const answerBody = fc.oneof(
  fc.record({ choice: fc.oneof(fc.integer({ min: -2, max: 6 }), scalar) }),
  fc.jsonValue({ maxDepth: 2 }),
);
const query = fc.dictionary(
  fc.oneof(
    fc.constantFrom("limit", "cursor", "difficulty", "language", "topic", "status"),
    fc.string({ maxLength: 8 }),
  ),
  fc.oneof(words, fc.string(), fc.integer().map(String)),
  { maxKeys: 4 },
);

function parses(schema: ZodType, value: unknown): boolean {
  return schema.safeParse(value).success;
}

function jsonOrRaw(
  value: unknown,
  raw: string | null,
): { payload: string; parsed: unknown; isJson: boolean } {
  if (raw !== null) {
    try {
      return { payload: raw, parsed: JSON.parse(raw), isJson: true };
    } catch {
      return { payload: raw, parsed: undefined, isJson: false };
    }
  }
  return { payload: JSON.stringify(value ?? null), parsed: value ?? null, isJson: true };
}

function requestArb(ids: string[]): fc.Arbitrary<FuzzRequest> {
  const signedIn = fc.integer({ min: 0, max: 9 }).map((n) => n > 0); // 90% signed in
  // "." and ".." are dot segments: the URL resolves them to another path, not to an id under this route.
  const id = fc
    .oneof(
      fc.constantFrom(...ids),
      fc.uuid(),
      fc.string({ minLength: 1, maxLength: 80 }),
      words.filter((w) => w.length > 0),
    )
    .filter((value) => value !== "." && value !== "..");
  const rawBody = fc.option(fc.oneof(fc.string(), fc.constant("{"), fc.constant('{"difficulty":')), {
    freq: 6,
  });
  return fc.oneof(
    fc
      .record({
        body: generateBody,
        raw: rawBody,
        key: fc.option(fc.oneof(latin1, fc.uuid()), { freq: 2 }),
        signedIn,
      })
      .map(({ body, raw, key, signedIn }): FuzzRequest => {
        const { payload, parsed, isJson } = jsonOrRaw(body, raw);
        const keyBad = key !== null && !IdempotencyKeySchema.safeParse(key.trim()).success;
        return {
          method: "POST",
          route: "/api/generate-challenge",
          url: "/api/generate-challenge",
          headers: {
            "content-type": "application/json",
            ...(key !== null ? { "idempotency-key": key } : {}),
          },
          payload,
          signedIn,
          invalid: !isJson || !parses(GenerateChallengeBodySchema, parsed) || keyBad,
        };
      }),
    fc.record({ id, signedIn }).map(({ id, signedIn }): FuzzRequest => ({
      method: "GET",
      route: "/api/challenges/{id}",
      url: `/api/challenges/${encodeURIComponent(id)}`,
      headers: {},
      signedIn,
      invalid: false,
    })),
    fc
      .record({ id, body: answerBody, raw: rawBody, signedIn })
      .map(({ id, body, raw, signedIn }): FuzzRequest => {
        const { payload, parsed, isJson } = jsonOrRaw(body, raw);
        return {
          method: "POST",
          route: "/api/challenges/{id}/answer",
          url: `/api/challenges/${encodeURIComponent(id)}/answer`,
          headers: { "content-type": "application/json" },
          payload,
          signedIn,
          invalid: !isJson || !parses(AnswerBodySchema, parsed),
        };
      }),
    fc.record({ q: query, signedIn }).map(({ q, signedIn }): FuzzRequest => {
      const search = new URLSearchParams(q).toString();
      return {
        method: "GET",
        route: "/api/my-history",
        url: `/api/my-history${search ? `?${search}` : ""}`,
        headers: {},
        signedIn,
        invalid: !parses(HistoryQuerySchema, q),
      };
    }),
    fc
      .record({ path: fc.constantFrom("/api/quota", "/api/stats", "/api/catalog"), q: query, signedIn })
      .map(({ path, q, signedIn }): FuzzRequest => {
        const search = new URLSearchParams(q).toString();
        return {
          method: "GET",
          route: path,
          url: `${path}${search ? `?${search}` : ""}`,
          headers: {},
          signedIn,
          invalid: false,
        };
      }),
  );
}

describe.each(testDatabases())("F10 fuzzing the challenge routes on $name", ({ name }) => {
  const runs = name === "sqlite" ? 5000 : 1500;
  let t: ChallengeTestApp;
  let declared: Record<string, string[]>;
  let ids: string[];
  let token: { value: { authorization: string }; at: number } | undefined;

  // Tokens live 60 s; a long run needs fresh ones.
  const auth = async () => {
    if (!token || Date.now() - token.at > 30_000) token = { value: await t.auth(ME), at: Date.now() };
    return token.value;
  };

  beforeAll(async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "1000000" } });
    const doc = (await t.app.inject({ method: "GET", url: "/openapi.json" })).json();
    declared = {};
    for (const route of Object.keys(success)) {
      const [method, path] = route.split(" ") as [string, string];
      declared[route] = Object.keys(doc.paths[path][method.toLowerCase()].responses);
    }
    ids = [];
    for (const user of [ME, OTHER]) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/generate-challenge",
        headers: await t.auth(user),
        payload: { difficulty: "easy" },
      });
      ids.push(res.json().id);
    }
  });
  afterAll(async () => t.close());

  it(`${runs} random requests: no 5xx, declared statuses, schema-valid bodies, problem+json errors`, async () => {
    const tally = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requestArb(ids), async (req) => {
        const headers = { ...req.headers, ...(req.signedIn ? await auth() : {}) };
        const res = await t.app.inject({
          method: req.method,
          url: req.url,
          headers,
          ...(req.payload !== undefined ? { payload: req.payload } : {}),
        });
        tally.set(res.statusCode, (tally.get(res.statusCode) ?? 0) + 1);
        const key = `${req.method} ${req.route}`;
        const context = `${req.method} ${req.url} ${req.payload ?? ""} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        expect(res.statusCode, context).toBeLessThan(500);
        expect(declared[key], context).toContain(String(res.statusCode));
        if (res.statusCode < 300) {
          expect(req.invalid, `accepted input the contract rejects: ${context}`).toBe(false);
          expect(req.signedIn || req.route === "/api/catalog", context).toBe(true);
          expect(success[key]!.safeParse(res.json()).success, context).toBe(true);
        } else {
          expect(String(res.headers["content-type"]), context).toContain(PROBLEM_CONTENT_TYPE);
          const problem = ProblemSchema.parse(res.json());
          expect(problem.status, context).toBe(res.statusCode);
          expect(res.body, context).not.toMatch(/\bat .+\.ts:\d+|SqliteError|node_modules/);
        }
      }),
      { numRuns: runs },
    );
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(runs);
    // The run must reach the handlers, not only bounce off validation and auth.
    expect((tally.get(200) ?? 0) + (tally.get(201) ?? 0)).toBeGreaterThan(runs / 10);
    expect(tally.get(404) ?? 0).toBeGreaterThan(0);
    console.info(
      `F10 ${name}: ${total} requests, statuses ${JSON.stringify(Object.fromEntries([...tally].sort()))}`,
    );
  }, 300_000);
});
