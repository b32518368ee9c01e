/**
 * POST /webhooks/clerk (docs/clerk-auth.md §5). Deliberately NOT wrapped in fastify-plugin: the raw-body
 * parsers below must stay inside this plugin, so every other route keeps the normal JSON parser.
 */
import type { FastifyInstance } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { Webhook } from "svix";
import { z } from "zod";
import type { Db } from "../../db/create-db";
import type { Clock } from "../../db/time";
import { AppError, problemResponses } from "../../plugins/errors";
import { ClerkEventSchema } from "./clerk-event";
import { processClerkEvent, type WebhookDeps } from "./service";

export const CLERK_WEBHOOK_PATH = "/webhooks/clerk";
/** Clerk's user objects are a few KB; Svix caps payloads well below this. */
export const WEBHOOK_BODY_LIMIT_BYTES = 256 * 1024;

export interface WebhookRoutesOptions {
  /** whsec_… (validated by config.ts). */
  secret: string;
  db: Db;
  clock: Clock;
  quotaLimit: number;
  beforeCommit?: WebhookDeps["beforeCommit"];
}

const SvixHeadersSchema = z.looseObject({
  "svix-id": z.string().min(1).max(255).describe("Message id; unchanged on redelivery (the dedupe key)"),
  // Whole seconds only: svix parses with parseInt, which would accept "1700000000abc".
  "svix-timestamp": z
    .string()
    .regex(/^\d{1,12}$/, "must be Unix seconds")
    .describe("Unix seconds; must be within 5 minutes of the server clock"),
  "svix-signature": z
    .string()
    .min(1)
    .max(4096)
    .describe("Space-separated v1,<base64 HMAC-SHA256> signatures"),
});

const WebhookResultSchema = z
  .object({
    status: z.enum(["success", "duplicate", "ignored"]),
    reason: z.string().optional(),
  })
  .meta({ id: "WebhookResult" });

const signatureRejected = () =>
  new AppError(400, {
    title: "Invalid webhook signature",
    detail: "The webhook could not be verified (svix-id, svix-timestamp, svix-signature and the exact body).",
  });

export default async function clerkWebhookRoutes(app: FastifyInstance, options: WebhookRoutesOptions) {
  const webhook = new Webhook(options.secret);
  const deps: WebhookDeps = {
    db: options.db,
    clock: options.clock,
    log: app.log,
    quotaLimit: options.quotaLimit,
    beforeCommit: options.beforeCommit,
  };

  // The signature covers the exact bytes, so nothing may parse (and re-serialise) them first.
  app.removeAllContentTypeParsers();
  const keepBytes = (_request: unknown, body: Buffer, done: (err: Error | null, body?: Buffer) => void) =>
    done(null, body);
  const parserOptions = { parseAs: "buffer" as const, bodyLimit: WEBHOOK_BODY_LIMIT_BYTES };
  app.addContentTypeParser("application/json", parserOptions, keepBytes);
  app.addContentTypeParser("*", parserOptions, keepBytes);

  app.withTypeProvider<ZodTypeProvider>().post(
    CLERK_WEBHOOK_PATH,
    {
      bodyLimit: WEBHOOK_BODY_LIMIT_BYTES,
      // The body schema is for OpenAPI only: the handler verifies the raw bytes, then parses them.
      validatorCompiler: (route) =>
        route.httpPart === "body"
          ? (data: unknown) => ({ value: data })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      schema: {
        tags: ["webhooks"],
        operationId: "receiveClerkWebhook",
        summary: "Clerk user events, signed by Svix",
        description:
          "Verifies the Svix signature over the exact body, then applies user.created / user.updated / " +
          "user.deleted once per svix-id (a redelivery answers `duplicate`). Other event types are " +
          "acknowledged and ignored. Any non-2xx answer makes Svix retry.",
        headers: SvixHeadersSchema,
        body: ClerkEventSchema,
        response: {
          200: WebhookResultSchema,
          400: problemResponses[400],
          413: problemResponses[413],
          500: problemResponses[500],
          503: problemResponses[503],
        },
      },
    },
    async (request) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const headers = {
        "svix-id": request.headers["svix-id"],
        "svix-timestamp": request.headers["svix-timestamp"],
        "svix-signature": request.headers["svix-signature"],
      };
      let payload: unknown;
      try {
        payload = webhook.verify(raw, headers);
      } catch (err) {
        // svix checks the signature before parsing, so this is a signed body that is not JSON.
        if (err instanceof SyntaxError) {
          throw new AppError(400, { detail: "The signed webhook body is not JSON." });
        }
        request.log.info({ reason: (err as Error).message }, "clerk webhook rejected");
        app.metrics.webhookEvents.inc({ type: "unverified", result: "rejected" });
        throw signatureRejected();
      }
      const event = ClerkEventSchema.safeParse(payload);
      if (!event.success) {
        throw new AppError(400, {
          detail: "The signed body is not a Clerk event (an object with a string type and data).",
        });
      }
      let result;
      try {
        result = await processClerkEvent(deps, { svixId: headers["svix-id"], event: event.data });
      } catch (error) {
        app.metrics.webhookEvents.inc({ type: event.data.type, result: "failed" });
        throw error;
      }
      app.metrics.webhookEvents.inc({ type: event.data.type, result: result.status });
      request.log.info(
        { svixId: headers["svix-id"], type: event.data.type, ...result },
        "clerk webhook processed",
      );
      return result;
    },
  );
}
