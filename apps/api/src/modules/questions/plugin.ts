import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { createEngine } from "@katagen/engine";
import type { Config } from "../../config";
import { engineOptions, engineSource, type GenerateQuestion, type QuestionSource } from "./question-source";

declare module "fastify" {
  interface FastifyInstance {
    /** Where questions and the catalog come from: the built-in engine unless a test replaces it. */
    questions: QuestionSource;
  }
}

export interface QuestionsPluginOptions {
  config: Config;
  /** Replaces the engine's generate (tests: failing, slow or counting generators). The catalog still comes from the engine. */
  generator?: GenerateQuestion;
  /** Replaces the engine altogether. */
  source?: QuestionSource;
}

/**
 * Owns the question engine for the whole app: created on first use, warmed once the server
 * listens, closed with the app. The catalog and challenges modules read it from `app.questions`.
 */
async function questionsPlugin(app: FastifyInstance, options: QuestionsPluginOptions) {
  const { config } = options;
  const source =
    options.source ??
    engineSource(() =>
      createEngine(engineOptions(config.llm, app.log.child({ module: "llm" }), config.sandboxWorkers)),
    );
  app.decorate("questions", options.generator ? { ...source, generate: options.generator } : source);

  // Warm-up loads Pyodide (seconds of CPU): worth it for a real server, wasted on in-process test apps.
  let closing = false;
  if (config.engineWarmUp) {
    app.addHook("onListen", async () => {
      source.warmUp().catch((err: unknown) => {
        // Closing the engine mid-warm-up rejects it; that is shutdown, not a failure.
        if (!closing) app.log.warn({ err }, "question engine warm-up failed");
      });
    });
  }
  app.addHook("onClose", async () => {
    closing = true;
    await source.close();
  });
}

export default fp(questionsPlugin, { name: "katagen-questions", fastify: "5.x" });
