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

  it("GET /docs serves the Swagger UI page", async () => {
    const response = await t.app.inject({ method: "GET", url: "/docs" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.body).toMatch(/swagger/i);

    const script = await t.app.inject({ method: "GET", url: "/docs/static/swagger-initializer.js" });
    expect(script.statusCode).toBe(200);
  });
});
