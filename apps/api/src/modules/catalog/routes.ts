import { CATALOG_PATH, CatalogSchema, ProblemSchema, type Catalog } from "@katagen/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { catalogExample } from "@katagen/contract/examples";
import { NoQuerySchema } from "../../lib/no-query";

export default async function catalogRoutes(app: FastifyInstance, deps: { catalog: () => Catalog }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    CATALOG_PATH,
    {
      schema: {
        tags: ["catalog"],
        operationId: "getCatalog",
        summary: "Languages, their topics, and difficulties (public)",
        querystring: NoQuerySchema,
        response: { 200: CatalogSchema.meta({ examples: [catalogExample] }), 400: ProblemSchema },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", "public, max-age=300");
      return deps.catalog();
    },
  );
}
