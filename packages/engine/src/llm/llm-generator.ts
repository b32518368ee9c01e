import type { Topic } from "@katagen/contract";
import { z } from "zod";
import OpenAI, { APIError, BadRequestError } from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { GeneratedQuestion, GenerateRequest, LlmStats } from "../engine-types";
import { wrongReasons } from "../generator/reasons";
import { keyPosition, type RunPrograms } from "../generator/generate";
import { ENGINE_VERSION } from "../version";
import { LlmAnswerSchema, type LlmAnswer } from "./answer-schema";
import { runGate, type GateResult } from "./gate";
import { buildMessages } from "./prompt";
import {
  createUpstreamBreaker,
  DEFAULT_BREAKER,
  ShortCircuit,
  type BreakerOptions,
} from "./upstream-breaker";
import { validateAnswer, type Rejection } from "./validate";

/** pino-compatible; the API passes its logger, the engine alone logs nothing. */
export interface LlmLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface LlmOptions {
  /** OpenAI-compatible base URL including the version path, e.g. http://localhost:11434/v1. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer`; servers without auth (Ollama) need none. */
  apiKey?: string;
  model: string;
  /** Per HTTP request (default 20000). The whole LLM phase, repairs included, gets twice this. */
  timeoutMs?: number;
  /** The client's own retries of a failed request (connection errors, 429, 5xx); default 1. */
  maxRetries?: number;
  /**
   * Fail fast while the server is down: after `consecutiveFailures` upstream failures in a row
   * (default 3) no request is made for `halfOpenAfterMs` (default 30000), then one probe decides.
   */
  breaker?: BreakerOptions;
  logger?: LlmLogger;
}

export interface LlmGenerator {
  /** A verified question, or null when the caller should fall back to the offline generator. */
  generate(req: GenerateRequest, topic: Topic, seed: string): Promise<GeneratedQuestion | null>;
  stats(): LlmStats;
}

/** Temperature per attempt: the first answer, then the two repair rounds (docs/generation.md §4 step 5). */
const TEMPERATURES = [0.2, 0.1, 0] as const;
const RESPONSE_FORMAT = zodResponseFormat(LlmAnswerSchema, "katagen_question");
/** A 400 that blames the response format, rather than the request as a whole. */
const STRUCTURED_UNSUPPORTED = /response_format|json_schema|structured|grammar/i;

function withSchema(messages: ChatCompletionMessageParam[]): ChatCompletionMessageParam[] {
  const schema = JSON.stringify(RESPONSE_FORMAT.json_schema.schema);
  return messages.map((m, i) =>
    i === 0 && m.role === "system"
      ? {
          ...m,
          content: `${String(m.content)}\nReply with only a JSON object that matches this JSON schema:\n${schema}`,
        }
      : m,
  );
}

function parseJsonAnswer(raw: string | null): { answer: LlmAnswer | null; rejection: Rejection | null } {
  if (!raw)
    return { answer: null, rejection: { class: "schema", message: "the reply contained no JSON answer" } };
  let json: unknown;
  try {
    // Without a grammar some models still wrap JSON in a markdown fence.
    json = JSON.parse(raw.trim().replace(/^```(?:json)?\s*|\s*```$/g, ""));
  } catch (error) {
    return {
      answer: null,
      rejection: { class: "schema", message: `the reply is not JSON: ${(error as Error).message}` },
    };
  }
  const parsed = LlmAnswerSchema.safeParse(json);
  if (parsed.success) return { answer: parsed.data, rejection: null };
  return {
    answer: null,
    rejection: {
      class: "schema",
      message: `the reply does not match the JSON schema: ${z.prettifyError(parsed.error)}`,
    },
  };
}

export function createLlmGenerator(options: LlmOptions, run: RunPrograms): LlmGenerator {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const client = new OpenAI({
    baseURL: options.baseUrl,
    // The client refuses to start without a key (and would read OPENAI_API_KEY); keyless servers ignore it.
    apiKey: options.apiKey || "unused",
    timeout: timeoutMs,
    maxRetries: options.maxRetries ?? 1,
  });
  const stats: LlmStats = {
    model: options.model,
    questions: 0,
    requests: 0,
    shipped: 0,
    repaired: 0,
    fallbacks: 0,
    shortCircuited: 0,
    breaker: "closed",
    agreed: 0,
    disagreed: 0,
    failures: {
      schema: 0,
      validation: 0,
      duplicates: 0,
      "key-mismatch": 0,
      "execution-error": 0,
      timeout: 0,
      http: 0,
    },
  };
  // Compatible servers echo a rejected key in their error text; nothing from them is logged unscrubbed.
  const scrub = (text: string) =>
    options.apiKey && options.apiKey.length >= 4 ? text.split(options.apiKey).join("[Redacted]") : text;
  const log = options.logger;
  let jsonObjectMode = false;
  const breaker = createUpstreamBreaker(options.breaker ?? DEFAULT_BREAKER, {
    model: options.model,
    log,
    scrub,
  });

  async function generate(
    req: GenerateRequest,
    topic: Topic,
    seed: string,
  ): Promise<GeneratedQuestion | null> {
    stats.questions += 1;
    const deadline = Date.now() + 2 * timeoutMs;
    const messages: ChatCompletionMessageParam[] = buildMessages(req.language, topic, req.difficulty);
    const rejections: Rejection[] = [];
    const fail = (rejection: Rejection) => {
      stats.failures[rejection.class] += 1;
      rejections.push({ class: rejection.class, message: scrub(rejection.message) });
    };
    const fallBack = () => {
      stats.fallbacks += 1;
      log?.warn(
        { model: options.model, language: req.language, topic: req.topic, rejections, llmStats: snapshot() },
        "LLM question rejected; falling back to the offline generator",
      );
      return null;
    };

    for (let attempt = 0; attempt < TEMPERATURES.length; attempt++) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        fail({ class: "http", message: `the LLM phase ran out of time (${2 * timeoutMs} ms)` });
        return fallBack();
      }
      let reply: Awaited<ReturnType<typeof ask>>;
      try {
        const temperature = TEMPERATURES[attempt]!;
        reply = await breaker.execute(() => ask(messages, temperature, remaining));
      } catch (error) {
        if (error instanceof ShortCircuit) {
          // Known down: no request, no per-question log (the breaker logged its state change).
          stats.shortCircuited += 1;
          if (attempt === 0) {
            stats.fallbacks += 1;
            return null;
          }
          // Another request opened the circuit during this question's repair rounds.
          fail({ class: "http", message: error.message });
          return fallBack();
        }
        // The server is down, slow or refusing us: repairing will not help, the offline engine will.
        const status = error instanceof APIError && error.status ? ` ${error.status}` : "";
        fail({ class: "http", message: `${(error as Error).name}${status}: ${(error as Error).message}` });
        return fallBack();
      }
      const { answer, raw } = reply;
      let rejection = reply.rejection;

      let verdict: GateResult | null = null;
      if (!rejection && answer) {
        rejection = validateAnswer(answer);
        if (!rejection) {
          try {
            const gate = await runGate(run, req.language, answer.code, answer.options, answer.correctIndex);
            if ("ok" in gate) verdict = gate;
            else rejection = gate;
          } catch (error) {
            // The sandbox itself failed (closed, crashed): not the model's fault, and not repairable.
            fail({ class: "execution-error", message: `sandbox: ${(error as Error).message}` });
            return fallBack();
          }
        }
      }

      if (verdict && answer) {
        stats.shipped += 1;
        if (attempt > 0) stats.repaired += 1;
        if (verdict.agreed) stats.agreed += 1;
        else stats.disagreed += 1;
        log?.info(
          {
            model: options.model,
            language: req.language,
            topic: req.topic,
            attempts: attempt + 1,
            modelAgreed: verdict.agreed,
            rejections,
            llmStats: snapshot(),
          },
          verdict.agreed
            ? "LLM question verified"
            : "LLM question verified; its marked key was wrong, the executed key ships",
        );
        return toQuestion(req, seed, options.model, answer, verdict);
      }

      fail(rejection!);
      if (raw !== null) messages.push({ role: "assistant", content: raw });
      messages.push({
        role: "user",
        content: `That answer was rejected: ${rejection!.message}.\nFix it and answer again with the complete JSON object.`,
      });
    }
    return fallBack();
  }

  /**
   * One request. Strict json_schema first; a server that rejects that response format (old Ollama,
   * some llama.cpp builds) is asked from then on with json_object and the schema in the prompt
   * (docs/generation.md §4 step 1), parsed by the same zod schema. Throws only for HTTP failures.
   */
  async function ask(
    messages: ChatCompletionMessageParam[],
    temperature: number,
    remaining: number,
  ): Promise<{ answer: LlmAnswer | null; raw: string | null; rejection: Rejection | null }> {
    const requestOptions = {
      timeout: Math.min(timeoutMs, remaining),
      signal: AbortSignal.timeout(remaining),
    };
    if (!jsonObjectMode) {
      try {
        stats.requests += 1;
        const completion = await client.chat.completions.parse(
          { model: options.model, messages, response_format: RESPONSE_FORMAT, temperature },
          requestOptions,
        );
        const message = completion.choices[0]?.message;
        const answer = message?.parsed ?? null;
        const rejection: Rejection | null = answer
          ? null
          : {
              class: "schema",
              message: message?.refusal
                ? `refused: ${message.refusal}`
                : "the reply contained no JSON answer",
            };
        return { answer, raw: message?.content ?? null, rejection };
      } catch (error) {
        if (
          error instanceof APIError &&
          !(error instanceof BadRequestError && STRUCTURED_UNSUPPORTED.test(error.message))
        ) {
          throw error;
        }
        if (error instanceof APIError) {
          jsonObjectMode = true;
          log?.warn(
            { model: options.model, error: scrub(error.message) },
            "the LLM server rejected response_format json_schema; asking with json_object and the schema in the prompt",
          );
        } else {
          return {
            answer: null,
            raw: null,
            rejection: {
              class: "schema",
              message: `the reply does not match the JSON schema: ${(error as Error).message}`,
            },
          };
        }
      }
    }
    stats.requests += 1;
    const completion = await client.chat.completions.create(
      {
        model: options.model,
        messages: withSchema(messages),
        response_format: { type: "json_object" },
        temperature,
      },
      requestOptions,
    );
    const raw = completion.choices[0]?.message?.content ?? null;
    return { raw, ...parseJsonAnswer(raw) };
  }

  function snapshot(): LlmStats {
    return { ...stats, breaker: breaker.state(), failures: { ...stats.failures } };
  }

  return { generate, stats: snapshot };
}

/**
 * The verified answer as a GeneratedQuestion. The key option shows the executed output verbatim (the
 * model's may differ in quotes or number formatting) and moves to the seed's key position, since
 * models favour some positions (G6). When the model marked another option, its explanations argue
 * for a wrong key, so they are replaced by ones that state what the program prints.
 */
function toQuestion(
  req: GenerateRequest,
  seed: string,
  model: string,
  answer: LlmAnswer,
  verdict: GateResult,
): GeneratedQuestion {
  const options = [...answer.options];
  options[verdict.keyIndex] = verdict.output;
  const inline =
    !verdict.output.includes("\n") && verdict.output.length <= 60 && !verdict.output.includes("`");
  const shown = inline ? `\`${verdict.output}\`` : "the output shown in the correct option";
  let explanation = answer.explanation;
  if (!verdict.agreed) explanation = `Running the program prints:\n\n\`\`\`\n${verdict.output}\n\`\`\``;
  // The model's reason for a wrong option is kept only where it could be true of this program (it
  // quotes nothing that is not there) and its key was right; what execution showed always follows,
  // so no two options share a reason (ADR 015).
  const wrong = options.map((_, i) => i).filter((i) => i !== verdict.keyIndex);
  const reasons = wrongReasons(
    { language: req.language, kind: "predict-output", program: answer.code, actual: verdict.output },
    wrong.map((i) => ({
      rule: {
        id: "llm.distractor",
        feedback: verdict.agreed ? answer.optionExplanations[i]!.trim() : "",
        requires: {},
      },
      text: options[i]!,
    })),
  );
  const explanations = options.map((_, i) =>
    i === verdict.keyIndex
      ? verdict.agreed
        ? answer.optionExplanations[i]!
        : `Correct: this is exactly what the program prints${inline ? `, ${shown}` : ""}.`
      : reasons[wrong.indexOf(i)]!,
  );
  const correctIndex = keyPosition(seed);
  const swap = <T>(items: T[]) => {
    [items[verdict.keyIndex], items[correctIndex]] = [items[correctIndex]!, items[verdict.keyIndex]!];
    return items;
  };
  return {
    engineVersion: ENGINE_VERSION,
    templateId: `llm/${req.language}/${req.topic}`,
    seed,
    language: req.language,
    topic: req.topic,
    difficulty: req.difficulty,
    kind: "predict-output",
    title: answer.title.trim(),
    prompt: answer.prompt.trim(),
    code: answer.code,
    options: swap(options) as GeneratedQuestion["options"],
    correctIndex,
    explanation,
    optionExplanations: swap(explanations) as GeneratedQuestion["optionExplanations"],
    misconceptions: [0, 1, 2, 3].map((i) => (i === correctIndex ? null : "llm.distractor")),
    source: "llm",
    model,
    verified: true,
  };
}
