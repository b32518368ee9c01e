import { CATALOG_PATH, CatalogSchema, type Catalog } from "@katagen/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { catalogExample } from "@katagen/contract/examples";

export default async function catalogRoutes(app: FastifyInstance, deps: { catalog: () => Catalog }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    CATALOG_PATH,
    {
      schema: {
        tags: ["catalog"],
        summary: "Languages, their topics, and difficulties (public)",
        response: { 200: CatalogSchema.meta({ examples: [catalogExample] }) },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", "public, max-age=300");
      return deps.catalog();
    },
  );
}
