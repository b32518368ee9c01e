import { ME_PATH, UserSchema } from "@katagen/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { bearerSecurity } from "../../plugins/auth";
import { problemResponses } from "../../plugins/errors";

export default async function userRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    ME_PATH,
    {
      preHandler: app.requireUser,
      schema: {
        tags: ["me"],
        summary: "The signed-in user",
        security: bearerSecurity,
        response: {
          200: UserSchema,
          401: problemResponses[401],
          403: problemResponses[403],
          503: problemResponses[503],
        },
      },
    },
    async (request) => {
      const { azp: _azp, ...user } = request.user;
      return user;
    },
  );
}
