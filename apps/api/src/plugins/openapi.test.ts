import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../testing/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

describe("OpenAPI", () => {
  it("GET /openapi.json is a valid OpenAPI 3 document listing the routes", async () => {
    const response = await t.app.inject({ method: "GET", url: "/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);

    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);

    expect(document.paths["/healthz"].get.tags).toEqual(["health"]);
    expect(document.paths["/readyz"].get.responses["503"]).toBeDefined();
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.components.schemas.Problem).toBeDefined();
    // Internal documentation routes stay out of the document.
    expect(Object.keys(document.paths).some((p) => p.startsWith("/docs") || p === "/openapi.json")).toBe(
      false,
    );
  });

  it("the document's description links back to the app and says how to get a token in local mode", async () => {
    const { info } = (await t.app.inject({ method: "GET", url: "/openapi.json" })).json();
    expect(info.description).toContain("[← Back to Katagen](/)");
    expect(info.description).toContain("POST /auth/local/token");
    expect(info.description).toContain("Authorization: Bearer <token>");
  });

  it("GET /docs serves the Swagger UI page", async () => {
    const response = await t.app.inject({ method: "GET", url: "/docs" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.body).toMatch(/swagger/i);

    const script = await t.app.inject({ method: "GET", url: "/docs/static/swagger-initializer.js" });
    expect(script.statusCode).toBe(200);
  });
});

describe("OpenAPI document for client generators", () => {
  const OPERATION_IDS = [
    "answerChallenge",
    "createLocalToken",
    "generateChallenge",
    "getCatalog",
    "getChallenge",
    "getChallengeRun",
    "getLiveness",
    "getLocalJwks",
    "getLocalSession",
    "getMe",
    "getQuota",
    "getReadiness",
    "getStats",
    "listHistory",
    "receiveClerkWebhook",
    "signInLocally",
    "signOutLocally",
  ];

  async function operations() {
    const document = (await t.app.inject({ method: "GET", url: "/openapi.json" })).json();
    return {
      document,
      ops: Object.entries(document.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(
        ([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })),
      ),
    };
  }

  it("gives every operation a stable, unique camelCase operationId", async () => {
    const { ops } = await operations();
    const ids = ops.map((o) => o.op.operationId as string).sort();
    expect(ids).toEqual(OPERATION_IDS);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z]+$/);
  });

  it("declares every error response as application/problem+json with the Problem schema", async () => {
    const { ops } = await operations();
    for (const { path, method, op } of ops) {
      for (const [status, response] of Object.entries(op.responses as Record<string, { content?: object }>)) {
        if (Number(status) < 400) continue;
        expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual([
          "application/problem+json",
        ]);
        expect(JSON.stringify(response.content), `${method} ${path} ${status}`).toContain(
          "#/components/schemas/Problem",
        );
      }
    }
  });

  it("states security on every operation: bearerAuth on the signed-in ones, [] on the public ones", async () => {
    const { ops } = await operations();
    const security = Object.fromEntries(ops.map((o) => [o.op.operationId, o.op.security]));
    expect(security.getCatalog).toEqual([]);
    expect(security.getLiveness).toEqual([]);
    expect(security.receiveClerkWebhook).toEqual([]);
    expect(security.generateChallenge).toEqual([{ bearerAuth: [] }]);
    expect(security.getMe).toEqual([{ bearerAuth: [] }]);
    for (const { op } of ops) expect(op.security, String(op.operationId)).toBeDefined();
  });

  it("names the server: relative offline, PUBLIC_URL when one is set", async () => {
    const { document } = await operations();
    expect(document.servers).toEqual([{ url: "/", description: "The origin that serves this document" }]);
    const deployed = await buildTestApp({ env: { PUBLIC_URL: "https://api.katagen.test" } });
    try {
      const doc = (await deployed.app.inject({ method: "GET", url: "/openapi.json" })).json();
      expect(doc.servers[0].url).toBe("https://api.katagen.test");
    } finally {
      await deployed.close();
    }
  });

  it("leaves out the webhook endpoint, its schemas and its tag where it cannot be called", async () => {
    const local = await buildTestApp({ env: { CLERK_WEBHOOK_SIGNING_SECRET: "" } });
    try {
      const doc = (await local.app.inject({ method: "GET", url: "/openapi.json" })).json();
      expect(doc.paths["/webhooks/clerk"]).toBeUndefined();
      expect(doc.tags.map((tag: { name: string }) => tag.name)).not.toContain("webhooks");
      expect(Object.keys(doc.components.schemas).some((name) => /Webhook/.test(name))).toBe(false);
    } finally {
      await local.close();
    }
  });

  it("answers 400 with a problem naming an unknown query parameter on a route that takes none", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/catalog?langauge=python" });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toContain("langauge");
  });
});
