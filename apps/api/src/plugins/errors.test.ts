import { PROBLEM_CONTENT_TYPE, ProblemSchema } from "@katagen/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { sql } from "kysely";
import { createDb } from "../db/create-db";
import { buildTestApp, type TestApp } from "../testing/test-app";
import { AppError, notFound, problemResponses, tooManyRequests } from "./errors";

// A fake credential on purpose: the test proves it never reaches a response body.
// secretlint-disable-next-line
const SECRET_MESSAGE = "connection to postgres://admin:hunter2@db failed";

let t: TestApp;
// Nothing listens on port 1: every query fails the way it does when PostgreSQL is down.
const downDb = createDb({
  database: { dialect: "postgres", connectionString: "postgres://u:pw@127.0.0.1:1/k" },
});

beforeAll(async () => {
  t = await buildTestApp({
    env: { BODY_LIMIT_BYTES: "2048" },
    extend: (app) => {
      app.post(
        "/api/test/things",
        {
          schema: {
            body: z
              .object({ name: z.string().min(1), count: z.number().int(), tags: z.array(z.string()) })
              .strict(),
            querystring: z.object({ dryRun: z.enum(["yes", "no"]).optional() }),
            response: { 201: z.object({ ok: z.boolean() }), ...problemResponses },
          },
        },
        async (_request, reply) => reply.code(201).send({ ok: true }),
      );
      app.get(
        "/api/test/things/:id",
        { schema: { params: z.object({ id: z.string().max(5) }) } },
        async () => {
          throw notFound("No thing with that id.");
        },
      );
      app.get("/api/test/limited", async () => {
        throw tooManyRequests("Today's quota is used.", 120.2, {
          type: "https://katagen.dev/problems/quota-exceeded",
          extra: { "violated-policies": ["daily"] },
          headers: { "ratelimit-policy": '"daily";q=5;w=86400' },
        });
      });
      app.get("/api/test/teapot", async () => {
        throw new AppError(418, { title: "I'm a teapot", detail: "Short and stout." });
      });
      app.get("/api/test/crash", async () => {
        throw new Error(SECRET_MESSAGE);
      });
      app.get("/api/test/db-down", async () => {
        await sql`select 1`.execute(downDb);
        return { ok: true };
      });
      app.get(
        "/api/test/bad-response",
        { schema: { response: { 200: z.object({ id: z.string() }) } } },
        async () => {
          return { id: 42 } as unknown as { id: string };
        },
      );
    },
  });
});
afterAll(async () => {
  await t.close();
  await downDb.destroy();
});

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers["content-type"])).toBe(`${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  const body = ProblemSchema.parse(JSON.parse(response.body));
  expect(body.status).toBe(status);
  expect(body.title).toBeTruthy();
  return body;
}

describe("problem+json errors", () => {
  it("a body that fails validation answers 400 naming each bad field", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/test/things",
      payload: { name: "", count: 1.5, tags: ["a", 3], extra: true },
    });
    const body = expectProblem(response, 400);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: "body.name", message: expect.any(String) },
        { path: "body.count", message: expect.any(String) },
        { path: "body.tags.1", message: expect.any(String) },
        { path: "body.extra", message: "Unknown field" },
      ]),
    );
    expect(body.detail).toContain("body.name");
    expect(body.instance).toBe(`urn:katagen:request:${response.headers["x-request-id"]}`);
  });

  it("a bad query parameter answers 400 naming the parameter", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/test/things?dryRun=maybe",
      payload: { name: "x", count: 1, tags: [] },
    });
    expect(expectProblem(response, 400).errors?.map((e) => e.path)).toEqual(["querystring.dryRun"]);
  });

  it("a bad path parameter answers 400", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/test/things/toolongid" });
    expect(expectProblem(response, 400).errors?.map((e) => e.path)).toEqual(["params.id"]);
  });

  it("malformed JSON answers 400", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/test/things",
      headers: { "content-type": "application/json" },
      payload: '{"name": "x",',
    });
    expect(expectProblem(response, 400).detail).toMatch(/not valid JSON/);
  });

  it("an empty JSON body answers 400", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/test/things",
      headers: { "content-type": "application/json" },
      payload: "",
    });
    expectProblem(response, 400);
  });

  it("a body over BODY_LIMIT_BYTES answers 413", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/test/things",
      payload: { name: "x".repeat(4096), count: 1, tags: [] },
    });
    expectProblem(response, 413);
  });

  it("an unsupported content type answers 415", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/test/things",
      headers: { "content-type": "application/xml" },
      payload: "<thing/>",
    });
    expect(expectProblem(response, 415).detail).toMatch(/application\/json/);
  });

  it("an unknown route answers 404", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/nothing-here?x=1" });
    const body = expectProblem(response, 404);
    expect(body.instance).toBe(`urn:katagen:request:${body.requestId}`);
    expect(body.detail).toContain("/api/nothing-here");
  });

  it("a known path with the wrong method answers 405 with Allow", async () => {
    const response = await t.app.inject({ method: "DELETE", url: "/api/test/things" });
    expectProblem(response, 405);
    expect(response.headers.allow).toBe("POST");

    const withParam = await t.app.inject({ method: "PUT", url: "/api/test/things/abc" });
    expectProblem(withParam, 405);
    expect(String(withParam.headers.allow).split(", ").sort()).toEqual(["GET", "HEAD"]);
  });

  it("every route Fastify registered answers 405 with exactly its methods in Allow for any other method", async () => {
    const routes = registeredRoutes(t.app.printRoutes({ commonPrefix: false }));
    expect(routes.get("/api/quota")).toEqual(["GET", "HEAD"]);
    expect(routes.size).toBeGreaterThan(15);
    for (const [path, methods] of routes) {
      const url = path.replace(/:[^/]+/g, "x1");
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
        const response = await t.app.inject({ method, url });
        if (methods.includes(method)) {
          expect(response.statusCode, `${method} ${url}`).not.toBe(405);
        } else {
          expect(response.statusCode, `${method} ${url}`).toBe(405);
          expect(String(response.headers.allow).split(", ").sort(), `${method} ${url}`).toEqual(methods);
        }
      }
    }
  });

  it("a thrown AppError keeps its status, title, type, extensions and headers", async () => {
    const limited = await t.app.inject({ method: "GET", url: "/api/test/limited" });
    const body = expectProblem(limited, 429);
    expect(body.type).toBe("https://katagen.dev/problems/quota-exceeded");
    expect(body["violated-policies"]).toEqual(["daily"]);
    expect(limited.headers["retry-after"]).toBe("121");
    expect(limited.headers["ratelimit-policy"]).toBe('"daily";q=5;w=86400');

    const teapot = expectProblem(await t.app.inject({ method: "GET", url: "/api/test/teapot" }), 418);
    expect(teapot).toMatchObject({ title: "I'm a teapot", detail: "Short and stout.", type: "about:blank" });

    expect(
      expectProblem(await t.app.inject({ method: "GET", url: "/api/test/things/abc" }), 404).detail,
    ).toBe("No thing with that id.");
  });

  it("an unexpected error answers a generic 500, logged with the request id, never leaked", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/test/crash" });
    const body = expectProblem(response, 500);
    expect(response.body).not.toContain("hunter2");
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect(body.requestId).toBe(response.headers["x-request-id"]);
    const logged = t.logs.records().find((r) => r.reqId === body.requestId && r.level === 50);
    expect(logged?.msg).toBe("unhandled error");
    expect(JSON.stringify(logged)).toContain(SECRET_MESSAGE.slice(0, 20));
  });

  it("a response that breaks its own schema answers a generic 500", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/test/bad-response" });
    const body = expectProblem(response, 500);
    expect(body.detail).toBe("Something went wrong on our side.");
    expect(response.body).not.toMatch(/expected|string|number/i);
  });

  it("a database outage answers 503 with Retry-After, not 500", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/test/db-down" });
    const body = expectProblem(response, 503);
    expect(response.headers["retry-after"]).toBe("5");
    expect(response.body).not.toContain("127.0.0.1");
    expect(body.detail).toMatch(/temporarily unavailable/);
  });

  it("an undecodable URL answers 400 problem+json", async () => {
    for (const url of ["/%", "/api/%E0%A4%A"]) {
      const body = expectProblem(await t.app.inject({ method: "GET", url }), 400);
      expect(body.detail).toMatch(/URL is not valid/);
    }
  });

  it("a giant unknown path is not echoed back in full", async () => {
    const response = await t.app.inject({ method: "GET", url: `/api/${"a".repeat(10_000)}` });
    expectProblem(response, 404);
    expect(response.body.length).toBeLessThan(1000);
  });
});

/**
 * Full path → sorted methods, read from Fastify's own route tree (printRoutes), so the 405 test covers
 * whatever the app registers. Wildcards are left out: they match any path, so no method is "other".
 */
function registeredRoutes(tree: string): Map<string, string[]> {
  const routes = new Map<string, string[]>();
  const parents: string[] = [];
  for (const line of tree.split("\n")) {
    const match = /^((?:│ {3}| {4})*)(?:├── |└── )(\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const path = (parents[depth - 1] ?? "") + match[2]!;
    parents[depth] = path;
    if (!match[3] || path.includes("*")) continue;
    const methods = new Set([...(routes.get(path) ?? []), ...match[3].split(", ")]);
    routes.set(path, [...methods].sort());
  }
  return routes;
}
