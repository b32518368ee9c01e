import type { FastifyReply } from "fastify";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { violations } from "./conformance";
import { buildTestApp } from "./test-app";

/** The recorder that checks every response of the API suite against /openapi.json must itself catch these. */
describe("the API suite's OpenAPI conformance check", () => {
  it("flags an undeclared status, an undeclared content type and a body that breaks its schema", async () => {
    const t = await buildTestApp({
      extend: (app) => {
        app.get(
          "/api/test/conformance/:mode",
          {
            schema: {
              operationId: "conformanceFixture",
              params: z.object({ mode: z.string() }),
              response: { 200: z.object({ n: z.number().int() }), 400: z.object({ title: z.string() }) },
            },
          },
          async (request, untyped) => {
            // Untyped on purpose: this route breaks its own schema to prove the check sees it.
            const reply = untyped as FastifyReply;
            const { mode } = request.params as { mode: string };
            if (mode === "teapot") return reply.code(418).send({ n: 1 });
            if (mode === "text") return reply.code(200).type("text/plain").send("hello");
            if (mode === "wrong")
              return reply.code(200).type("application/json").serializer(JSON.stringify).send({ n: "one" });
            return { n: 1 };
          },
        );
      },
    });
    try {
      for (const mode of ["ok", "teapot", "text", "wrong"])
        await t.app.inject({ method: "GET", url: `/api/test/conformance/${mode}` });
      const found = violations.splice(0);
      expect(found).toEqual([
        "GET /api/test/conformance/{mode} answered 418, which the document does not declare",
        "GET /api/test/conformance/{mode} 200 sent text/plain, declared application/json",
        expect.stringMatching(
          /^GET \/api\/test\/conformance\/\{mode\} 200 body does not match the document: \/n must be/,
        ),
      ]);
    } finally {
      violations.splice(0);
      await t.close();
    }
  });
});
