import { STATS_PATH, StatsSchema } from "@katagen/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Db } from "../../db/create-db";
import type { Clock } from "../../db/time";
import { statsExample } from "@katagen/contract/examples";
import { computeStats } from "./service";

export default async function statsRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    STATS_PATH,
    {
      schema: {
        tags: ["history"],
        operationId: "getStats",
        summary:
          "Accuracy overall, by difficulty, language, topic and topic per language; daily streaks; the last 30 days",
        response: {
          200: StatsSchema.meta({ examples: [statsExample] }),
        },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return computeStats(deps, request.user.id);
    },
  );
}
