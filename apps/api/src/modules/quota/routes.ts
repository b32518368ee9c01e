import { QUOTA_PATH, QuotaSchema } from "@katagen/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Db } from "../../db/create-db";
import type { Clock } from "../../db/time";
import { quotaExample } from "@katagen/contract/examples";
import { readQuota } from "./service";

export default async function quotaRoutes(
  app: FastifyInstance,
  deps: { db: Db; clock: Clock; limit: number },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    QUOTA_PATH,
    {
      schema: {
        tags: ["quota"],
        operationId: "getQuota",
        summary: "Your generation quota: a 24-hour window from lastResetAt",
        response: {
          200: QuotaSchema.meta({ examples: [quotaExample] }),
        },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return readQuota(deps, request.user.id);
    },
  );
}
