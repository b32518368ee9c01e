import { ME_PATH, UserSchema } from "@katagen/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";

export default async function userRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    ME_PATH,
    {
      schema: {
        tags: ["me"],
        operationId: "getMe",
        summary: "The signed-in user",
        response: {
          200: UserSchema,
        },
      },
    },
    async (request) => {
      const { azp: _azp, ...user } = request.user;
      return user;
    },
  );
}
