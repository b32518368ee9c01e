import { QUOTA_PATH, QuotaSchema } from "@katagen/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Db } from "../../db/create-db";
import type { Clock } from "../../db/time";
import { bearerSecurity } from "../../plugins/auth";
import { problemResponses } from "../../plugins/errors";
import { quotaExample } from "@katagen/contract/examples";
import { readQuota } from "./service";

export default async function quotaRoutes(
  app: FastifyInstance,
  deps: { db: Db; clock: Clock; limit: number },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    QUOTA_PATH,
    {
      onRequest: app.requireUser,
      schema: {
        tags: ["quota"],
        summary: "Your generation quota: a 24-hour window from lastResetAt",
        security: bearerSecurity,
        response: {
          200: QuotaSchema.meta({ examples: [quotaExample] }),
          401: problemResponses[401],
          403: problemResponses[403],
          503: problemResponses[503],
        },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return readQuota(deps, request.user.id);
    },
  );
}
