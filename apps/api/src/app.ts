import { randomUUID } from "node:crypto";
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config";
import { createDb, type Db } from "./db/create-db";
import { systemClock, type Clock } from "./db/time";
import { BINDS_REQUEST_ID, requestContext } from "./lib/request-context";
import { serializerCompiler } from "./lib/serializer";
import metricsPlugin from "./modules/metrics/plugin";
import { loggerOptions } from "./logger";
import { loadOrCreateLocalKey } from "./modules/auth/local-keys";
import localAuthRoutes from "./modules/auth/local-routes";
import catalogRoutes from "./modules/catalog/routes";
import challengesModule, { generationTimings, type GenerationSettings } from "./modules/challenges/module";
import { healthRoutes } from "./modules/health/routes";
import questionsPlugin from "./modules/questions/plugin";
import type { GenerateQuestion, QuestionSource } from "./modules/questions/question-source";
import quotaModule from "./modules/quota/module";
import statsRoutes from "./modules/stats/routes";
import userRoutes from "./modules/users/routes";
import clerkWebhookRoutes, { type WebhookRoutesOptions } from "./modules/webhooks/routes";
import authPlugin, { requireSignedIn } from "./plugins/auth";
import dbPlugin from "./plugins/db";
import errorsPlugin, { frameworkErrorHandler } from "./plugins/errors";
import openapiPlugin from "./plugins/openapi";
import securityPlugin from "./plugins/security";
import webStaticPlugin from "./plugins/web-static";

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
    clock: Clock;
  }
}

export interface AppDeps {
  /** A migrated database; without it the app opens config.database itself (and closes it on close). */
  db?: Db;
  clock?: Clock;
  /** Where JSON log lines go (tests capture them); defaults to stdout. */
  logStream?: NodeJS.WritableStream;
  /** Generates questions; defaults to the built-in engine's generate (one engine per app). */
  generator?: GenerateQuestion;
  /** Replaces the whole engine (catalog + generate + lifecycle). */
  questionSource?: QuestionSource;
  /** Generation timeout, lease and sweep interval (tests shorten them). */
  generation?: GenerationSettings;
  /** Clerk webhook test seam: a step run inside the event's transaction just before commit. */
  webhookBeforeCommit?: WebhookRoutesOptions["beforeCommit"];
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Where the API suite's conformance recorder is installed (testing/conformance.ts). */
export const RESPONSE_RECORDER = Symbol.for("katagen.responseRecorder");

// Accept a caller's request id only if it is short and boring; otherwise it could forge log lines.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

function trustProxyOption(value: Config["trustProxy"]) {
  // A hop count: trust that many proxies nearest to us.
  return typeof value === "number" ? (_address: string, hop: number) => hop < value : value;
}

/**
 * One log line per request, on completion, instead of Fastify's two: half the log writes on the hot
 * path, and the line that matters carries method, url, status and time together. Errors keep
 * Fastify's own "request errored" line.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
    metadata?: Record<string, unknown>,
  ): void {
    if (error || this.isLogDisabled(request)) return super.requestCompleted(error, request, reply, metadata);
    reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, "request completed");
  }
}

/** Builds the whole API without listening: server.ts listens, tests use app.inject(). */
export async function buildApp(config: Config, deps: AppDeps = {}): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(config, deps.logStream),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: trustProxyOption(config.trustProxy),
    // Slow or stalled clients cannot hold a connection forever; generation itself finishes well inside this.
    requestTimeout: 120_000,
    frameworkErrors: frameworkErrorHandler,
    logController: new OneLinePerRequest(),
    childLoggerFactory: (logger, bindings, options, rawRequest) => {
      const child = logger.child(bindings, options);
      // Fastify's per-request logger binds reqId already; the mixin must not add it twice.
      (child as unknown as Record<symbol, unknown>)[BINDS_REQUEST_ID] = true;
      void rawRequest;
      return child;
    },
    genReqId: (req) => {
      const incoming = req.headers["x-request-id"];
      return typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("config", config);
  app.decorate("clock", deps.clock ?? systemClock);
  // First of the onRequest hooks: everything after it, and all it awaits, runs in the request's context.
  app.addHook("onRequest", (request, reply, done) => {
    // Set now, not in onSend: headers set before the handler stay on every reply, errors included.
    reply.header("x-request-id", request.id);
    requestContext.run({ requestId: request.id }, done);
  });
  // Test seam: the API suite installs a recorder (testing/conformance.ts) that checks every response
  // against the OpenAPI document. Nothing installs one outside the tests.
  (globalThis as { [RESPONSE_RECORDER]?: (app: FastifyInstance) => void })[RESPONSE_RECORDER]?.(app);

  // Infrastructure first: errors must see every route (405 detection), openapi must see every schema.
  await app.register(errorsPlugin);
  await app.register(metricsPlugin, { token: config.metricsToken });
  await app.register(dbPlugin, {
    db:
      deps.db ??
      createDb(config, { onPoolError: (err) => app.log.warn({ err }, "a database connection failed") }),
    owned: !deps.db,
  });
  await app.register(securityPlugin, { config });
  await app.register(openapiPlugin, { publicUrl: config.publicUrl, authMode: config.auth.mode });
  // Local sign-in mode: the API is its own issuer, with a key pair kept under DATA_DIR.
  const localKey = config.auth.mode === "local" ? await loadOrCreateLocalKey(config.dataDir) : undefined;
  await app.register(authPlugin, { settings: config.auth, db: app.db, localKey, clock: app.clock });
  await app.register(webStaticPlugin, { config });

  await app.register(questionsPlugin, { config, generator: deps.generator, source: deps.questionSource });
  const timings = generationTimings(deps.generation);

  // Public: health, the catalog, sign-in and webhooks (each checks its own credentials).
  await app.register(healthRoutes);
  await app.register(catalogRoutes, { catalog: () => app.questions.catalog() });
  if (localKey)
    await app.register(localAuthRoutes, { settings: config.auth, localKey, db: app.db, clock: app.clock });
  // Clerk mode always has a secret (config.ts); local mode gets the route only if one is set.
  if (config.clerkWebhookSigningSecret) {
    await app.register(clerkWebhookRoutes, {
      secret: config.clerkWebhookSigningSecret,
      db: app.db,
      clock: app.clock,
      quotaLimit: config.quotaDailyLimit,
      beforeCommit: deps.webhookBeforeCommit,
    });
  }

  // Signed in: every route registered in here needs a Bearer token, checked once for the scope.
  await app.register(async function signedIn(api) {
    requireSignedIn(api);
    await api.register(userRoutes);
    await api.register(challengesModule, {
      db: app.db,
      clock: app.clock,
      quotaLimit: config.quotaDailyLimit,
      ratePerMinute: config.rateLimitGeneratePerMinute,
      timeoutMs: timings.timeoutMs,
      leaseMs: timings.leaseMs,
    });
    await api.register(quotaModule, {
      db: app.db,
      clock: app.clock,
      limit: config.quotaDailyLimit,
      sweepIntervalMs: timings.sweepIntervalMs,
    });
    await api.register(statsRoutes, { db: app.db, clock: app.clock });
  });

  return app;
}
