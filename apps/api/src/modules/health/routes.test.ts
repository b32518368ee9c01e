import { afterEach, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/test-app";
import { testDatabases } from "../../testing/test-db";

describe.each(testDatabases())("health routes on $name", ({ name }) => {
  let t: TestApp;
  afterEach(async () => t.close());

  it("GET /healthz answers 200 ok", async () => {
    t = await buildTestApp({ dialect: name });
    const response = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("GET /readyz answers 200 while the database answers", async () => {
    t = await buildTestApp({ dialect: name });
    const response = await t.app.inject({ method: "GET", url: "/readyz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("GET /readyz answers 503 problem+json with Retry-After when the database is gone", async () => {
    t = await buildTestApp({ dialect: name });
    await t.testDb.db.destroy();
    const response = await t.app.inject({ method: "GET", url: "/readyz" });
    expect(response.statusCode).toBe(503);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(response.headers["retry-after"]).toBe("5");
    expect(response.json()).toMatchObject({ status: 503, detail: "The database is not reachable." });
    // The healthy process still says it is alive.
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  });
});
