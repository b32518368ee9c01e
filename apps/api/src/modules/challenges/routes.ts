import {
  ANSWER_PATH,
  AnswerBodySchema,
  AnswerResultSchema,
  CHALLENGE_PATH,
  CHALLENGE_RUN_PATH,
  ChallengeDetailSchema,
  ChallengeRunSchema,
  ChallengeParamsSchema,
  ChallengeSchema,
  GENERATE_CHALLENGE_PATH,
  GenerateChallengeBodySchema,
  HISTORY_PATH,
  HistoryPageSchema,
  HistoryQuerySchema,
  IdempotencyKeySchema,
  ProblemSchema,
} from "@katagen/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses } from "../../plugins/errors";
import {
  answerExample,
  challengeExample,
  challengeRunExample,
  historyExample,
  quotaExceededExample,
} from "@katagen/contract/examples";
import {
  answerChallenge,
  generateChallenge,
  getChallenge,
  getChallengeRun,
  history,
  type ChallengeDeps,
} from "./service";

// An id that names none of your challenges is a 404; one longer than the contract's 64 characters
// is a 400, and a path segment over Fastify's 100-character limit a 414.
const idProblems = { 400: problemResponses[400], 404: problemResponses[404], 414: ProblemSchema };

// Loose: the other request headers (Authorization above all) must survive validation untouched.
const GenerateHeadersSchema = z.looseObject({
  "idempotency-key": IdempotencyKeySchema.optional().meta({
    description:
      "Optional, ≤255 printable ASCII characters. Same key + same body → the same challenge, charged once; " +
      "still in progress → 409; same key with a different body → 422. A failed (refunded) key may run again.",
    examples: ["3f1c2a9e-generate-1"],
  }),
});

export default async function challengeRoutes(app: FastifyInstance, deps: ChallengeDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    GENERATE_CHALLENGE_PATH,
    {
      schema: {
        tags: ["challenges"],
        operationId: "generateChallenge",
        summary: "Generate a challenge (without its answer key); uses one unit of the daily quota",
        description:
          "language defaults to javascript; topic defaults to one picked at random (seeded by the generation id). " +
          'Success and 429 answers carry RateLimit-Policy and RateLimit headers (policies "daily" and "minute"). ' +
          "A failed generation is refunded (503).",
        headers: GenerateHeadersSchema,
        body: GenerateChallengeBodySchema.meta({
          examples: [{ difficulty: "easy", language: "javascript", topic: "arrays" }],
        }),
        response: {
          201: ChallengeSchema.meta({ examples: [challengeExample] }),
          400: problemResponses[400],
          409: problemResponses[409],
          422: problemResponses[422],
          // The generator failed or timed out; nothing was charged.
          503: problemResponses[503],
          429: ProblemSchema.meta({ examples: [quotaExceededExample] }),
        },
      },
    },
    async (request, reply) => {
      const outcome = await generateChallenge(deps, {
        userId: request.user.id,
        body: request.body,
        idempotencyKey: request.headers["idempotency-key"] ?? null,
      });
      reply.headers(outcome.headers);
      return reply.code(201).send(outcome.challenge);
    },
  );

  r.get(
    CHALLENGE_PATH,
    {
      schema: {
        tags: ["challenges"],
        operationId: "getChallenge",
        summary: "One of your challenges, with your answer once you have answered",
        params: ChallengeParamsSchema,
        response: {
          200: ChallengeDetailSchema.meta({ examples: [{ ...challengeExample, answer: answerExample }] }),
          ...idProblems,
        },
      },
    },
    async (request) => getChallenge(deps, request.user.id, request.params.id),
  );

  r.get(
    CHALLENGE_RUN_PATH,
    {
      schema: {
        tags: ["challenges"],
        operationId: "getChallengeRun",
        summary: "The run behind the answer, step by step: only once you have answered",
        description:
          "Each print of the key program, in order, with its source line, the values of the variables it read " +
          "and (JavaScript, TypeScript) the queue it ran from, recorded by instrumenting the program in the " +
          "sandbox. Recorded on the first request, then stored. trace is null when the program's run cannot " +
          "be traced faithfully. 409 before an answer; 503 when the sandbox could not record it (try again).",
        params: ChallengeParamsSchema,
        response: {
          200: ChallengeRunSchema.meta({ examples: [challengeRunExample] }),
          ...idProblems,
          409: problemResponses[409],
          503: problemResponses[503],
        },
      },
    },
    async (request) => getChallengeRun(deps, request.user.id, request.params.id),
  );

  r.post(
    ANSWER_PATH,
    {
      schema: {
        tags: ["challenges"],
        operationId: "answerChallenge",
        summary: "Answer a challenge; the first answer is recorded, later calls return it unchanged",
        params: ChallengeParamsSchema,
        body: AnswerBodySchema.meta({ examples: [{ choice: 0 }] }),
        response: {
          200: AnswerResultSchema.meta({ examples: [answerExample] }),
          ...idProblems,
        },
      },
    },
    async (request) =>
      answerChallenge(deps, { userId: request.user.id, id: request.params.id, choice: request.body.choice }),
  );

  r.get(
    HISTORY_PATH,
    {
      schema: {
        tags: ["history"],
        operationId: "listHistory",
        summary:
          "Your challenges, newest first, with answers; pass nextCursor back as cursor for the next page",
        querystring: HistoryQuerySchema,
        response: {
          200: HistoryPageSchema.meta({ examples: [historyExample] }),
          400: problemResponses[400],
        },
      },
    },
    async (request) => history(deps, request.user.id, request.query),
  );
}
