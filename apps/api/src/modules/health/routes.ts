import { ProblemSchema } from "@katagen/contract";
import { sql } from "kysely";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { TIMED_OUT, withDeadline } from "../../lib/deadline";
import { serviceUnavailable } from "../../plugins/errors";
import { NoQuerySchema } from "../../lib/no-query";

const HealthSchema = z.object({ status: z.literal("ok") });

const READY_TIMEOUT_MS = 3000;

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/healthz",
    {
      schema: {
        tags: ["health"],
        operationId: "getLiveness",
        summary: "Liveness: the process is up",
        querystring: NoQuerySchema,
        response: { 200: HealthSchema, 400: ProblemSchema },
      },
      logLevel: "warn",
    },
    async () => ({ status: "ok" as const }),
  );

  app.get(
    "/readyz",
    {
      schema: {
        tags: ["health"],
        operationId: "getReadiness",
        summary: "Readiness: the database answers",
        querystring: NoQuerySchema,
        response: { 200: HealthSchema, 400: ProblemSchema, 503: ProblemSchema },
      },
      logLevel: "warn",
    },
    async (request) => {
      try {
        const answered = await withDeadline(sql`select 1`.execute(app.db), READY_TIMEOUT_MS);
        if (answered === TIMED_OUT) throw new Error("database check timed out");
      } catch (error) {
        request.log.warn({ err: error }, "readiness check failed");
        throw serviceUnavailable("The database is not reachable.", 5);
      }
      return { status: "ok" as const };
    },
  );
};
