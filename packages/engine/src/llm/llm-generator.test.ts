import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createEngine } from "../engine";
import type { Engine } from "../engine-types";
import { EngineError } from "../errors";
import { keyPosition } from "../generator/generate";
import { jsAnswer, startFakeLlmServer, type FakeLlmServer } from "../testing/fake-llm-server";
import { fixtureTemplates } from "../testing/fixtures-templates";
import type { LlmLogger } from "./llm-generator";

const API_KEY = "sk-test-4f9c2e7a1b";
const MODEL = "fake-coder-7b";
const LLM_TIMEOUT_MS = 1500;

const JS = { language: "javascript", topic: "fixture-loops", difficulty: "easy" } as const;

function captureLogs() {
  const lines: string[] = [];
  const logger: LlmLogger = {
    info: (obj, msg) => lines.push(JSON.stringify({ level: "info", msg, ...obj })),
    warn: (obj, msg) => lines.push(JSON.stringify({ level: "warn", msg, ...obj })),
  };
  return { lines, logger };
}

let fake: FakeLlmServer;
let engine: Engine;
const logs = captureLogs();

beforeAll(async () => {
  fake = await startFakeLlmServer();
  engine = createEngine({
    workers: 1,
    templates: fixtureTemplates,
    llm: {
      baseUrl: fake.baseUrl,
      apiKey: API_KEY,
      model: MODEL,
      timeoutMs: LLM_TIMEOUT_MS,
      maxRetries: 0,
      // These tests script server failures back to back on one engine; the breaker has its own file.
      breaker: { consecutiveFailures: 100, halfOpenAfterMs: 1000 },
      logger: logs.logger,
    },
  });
});

afterAll(async () => {
  await engine?.close();
  await fake?.close();
});

beforeEach(() => {
  fake.requests.length = 0;
});

describe("LLM generator with the execution gate", () => {
  it("ships a correct answer as source llm, with the key taken from execution and moved to the seed's position", async () => {
    fake.script([{ answer: jsAnswer() }]);
    const before = engine.llmStats!()!;
    const q = await engine.generate({ ...JS, seed: "llm-1" });
    expect(q).toMatchObject({
      source: "llm",
      model: MODEL,
      verified: true,
      kind: "predict-output",
      seed: "llm-1",
    });
    expect(q.correctIndex).toBe(keyPosition("llm-1"));
    expect(q.options[q.correctIndex]).toBe("3");
    expect([...q.options].sort()).toEqual(["2", "3", "4", "undefined"]);
    expect(q.optionExplanations[q.correctIndex]).toBe("Right: two elements plus one.");
    expect(q.misconceptions[q.correctIndex]).toBeNull();
    const after = engine.llmStats!()!;
    expect(after.shipped - before.shipped).toBe(1);
    expect(after.agreed - before.agreed).toBe(1);

    expect(fake.requests).toHaveLength(1);
    const body = fake.requests[0]!.body;
    expect(body.model).toBe(MODEL);
    expect(body.temperature).toBeLessThanOrEqual(0.3);
    expect(body.response_format).toMatchObject({ type: "json_schema", json_schema: { strict: true } });
    const prompt = body.messages.map((m) => m.content).join("\n");
    expect(prompt).toContain("Loops");
    expect(prompt).toContain("JavaScript");
    expect(prompt).toContain("console.log");
    expect(prompt).toMatch(/deterministic/);
  });

  it("keeps a model's reason only where it quotes code the program has, and never lets two options share one", async () => {
    fake.script([
      {
        answer: jsAnswer({
          optionExplanations: [
            "`a.pop()` removes the last element.",
            "Right: two elements plus one.",
            "Off by one.",
            "Off by one.",
          ],
        }),
      },
    ]);
    const q = await engine.generate({ ...JS, seed: "llm-reasons" });
    const byOption = Object.fromEntries(q.options.map((o, i) => [o, q.optionExplanations[i]!]));
    // No `a.pop()` in the program: that sentence is dropped, and execution's word is what remains.
    expect(byOption["2"]).toBe("The program prints `3`, not `2`.");
    expect(byOption["4"]).toBe("Off by one. The program prints `3`, not `4`.");
    expect(byOption["undefined"]).toBe("Off by one. The program prints `3`, not `undefined`.");
    expect(new Set(q.optionExplanations).size).toBe(4);
  });

  it("ships the executed key when the model marked a wrong option, and counts the disagreement", async () => {
    fake.script([{ answer: jsAnswer({ correctIndex: 2, explanation: "push adds two, so 4." }) }]);
    const before = engine.llmStats!()!;
    const q = await engine.generate({ ...JS, seed: "llm-2" });
    expect(q.source).toBe("llm");
    expect(q.options[q.correctIndex]).toBe("3");
    // The model's explanation argued for 4; it must not ship next to the key 3.
    expect(q.explanation).not.toContain("so 4");
    expect(q.explanation).toContain("3");
    expect(q.optionExplanations[q.correctIndex]).toMatch(/^Correct/);
    const after = engine.llmStats!()!;
    expect(after.disagreed - before.disagreed).toBe(1);
    expect(after.agreed - before.agreed).toBe(0);
  });

  it("sends the gate's error back when no option matches, at a lower temperature, and ships the repaired answer", async () => {
    fake.script([{ answer: jsAnswer({ options: ["1", "2", "4", "5"] }) }, { answer: jsAnswer() }]);
    const before = engine.llmStats!()!;
    const q = await engine.generate({ ...JS, seed: "llm-3" });
    expect(q.source).toBe("llm");
    expect(q.options[q.correctIndex]).toBe("3");
    expect(fake.requests).toHaveLength(2);
    const repair = fake.requests[1]!.body.messages.at(-1)!;
    expect(repair.role).toBe("user");
    expect(repair.content).toContain("no option matches what the program actually prints");
    expect(repair.content).toContain("3");
    expect(fake.requests[1]!.body.messages.at(-2)!.role).toBe("assistant");
    expect(fake.requests[1]!.body.temperature!).toBeLessThan(fake.requests[0]!.body.temperature!);
    const after = engine.llmStats!()!;
    expect(after.failures["key-mismatch"] - before.failures["key-mismatch"]).toBe(1);
    expect(after.repaired - before.repaired).toBe(1);
  });

  it("falls back to the offline generator after three bad answers", async () => {
    fake.script([{ answer: jsAnswer({ options: ["1", "2", "4", "5"] }) }]);
    const before = engine.llmStats!()!;
    const q = await engine.generate({ ...JS, seed: "llm-4" });
    expect(q.source).toBe("offline");
    expect(q.model).toBeUndefined();
    expect(q.templateId).toMatch(/^javascript\/fixture-loops\//);
    expect(fake.requests).toHaveLength(3);
    const temperatures = fake.requests.map((r) => r.body.temperature!);
    expect(temperatures[1]).toBeLessThan(temperatures[0]!);
    expect(temperatures[2]).toBeLessThan(temperatures[1]!);
    const after = engine.llmStats!()!;
    expect(after.fallbacks - before.fallbacks).toBe(1);
    expect(after.failures["key-mismatch"] - before.failures["key-mismatch"]).toBe(3);
  });

  it("rejects duplicate options (equal after normalisation) before running anything", async () => {
    // Same text once quotes are unified and whitespace trimmed: a learner could not tell them apart.
    fake.script([{ answer: jsAnswer({ options: ['"3"', "2", " '3' ", "4"] }) }]);
    const before = engine.llmStats!()!;
    const q = await engine.generate({ ...JS, seed: "llm-5" });
    expect(q.source).toBe("offline");
    expect(fake.requests[1]!.body.messages.at(-1)!.content).toContain("are the same output");
    const after = engine.llmStats!()!;
    expect(after.failures.duplicates - before.failures.duplicates).toBe(3);
  });

  it("rejects answers without code and all/none-of-the-above options", async () => {
    fake.script([
      { answer: jsAnswer({ code: "  " }) },
      { answer: jsAnswer({ options: ["2", "3", "4", "None of the above"] }) },
      { answer: jsAnswer({ correctIndex: 7, optionExplanations: ["only one"] }) },
    ]);
    const q = await engine.generate({ ...JS, seed: "llm-6" });
    expect(q.source).toBe("offline");
    const repairs = fake.requests.slice(1).map((r) => r.body.messages.at(-1)!.content);
    expect(repairs[0]).toContain("code is empty");
    expect(repairs[1]).toContain("all/none-of-the-above");
    expect(fake.requests).toHaveLength(3);
  });

  it("treats a reply that is not valid JSON for the schema as a schema failure and asks again", async () => {
    fake.script([
      { content: '{"title": "half an answer"' },
      { answer: { ...jsAnswer(), options: "3" } },
      { answer: jsAnswer() },
    ]);
    const before = engine.llmStats!()!;
    const q = await engine.generate({ ...JS, seed: "llm-7" });
    expect(q.source).toBe("llm");
    expect(fake.requests[1]!.body.messages.at(-1)!.content).toContain("does not match the JSON schema");
    expect(engine.llmStats!()!.failures.schema - before.failures.schema).toBe(2);
  });

  it("rejects a model's infinite loop by timeout and keeps the sandbox usable", async () => {
    fake.script([
      { answer: jsAnswer({ code: "let i = 0;\nwhile (true) { i++; }\nconsole.log(i);" }) },
      { answer: jsAnswer() },
    ]);
    const before = engine.llmStats!()!;
    const started = Date.now();
    const q = await engine.generate({ ...JS, seed: "llm-8" });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(q.source).toBe("llm");
    expect(fake.requests[1]!.body.messages.at(-1)!.content).toContain("did not finish");
    expect(engine.llmStats!()!.failures.timeout - before.failures.timeout).toBe(1);
    const [run] = await engine.execute([{ language: "javascript", code: "console.log(40 + 2)" }]);
    expect(run).toMatchObject({ status: "ok", stdout: "42\n" });
  });

  it("rejects a program that throws, naming the error class in the repair message", async () => {
    fake.script([
      { answer: jsAnswer({ code: "const o = null;\nconsole.log(o.x);" }) },
      { answer: jsAnswer() },
    ]);
    const q = await engine.generate({ ...JS, seed: "llm-9" });
    expect(q.source).toBe("llm");
    expect(fake.requests[1]!.body.messages.at(-1)!.content).toContain("uncaught TypeError");
  });

  it("falls back at once when the server answers 500", async () => {
    fake.script([{ status: 500 }]);
    const before = engine.llmStats!()!;
    const started = Date.now();
    const q = await engine.generate({ ...JS, seed: "llm-10" });
    expect(q.source).toBe("offline");
    expect(Date.now() - started).toBeLessThan(LLM_TIMEOUT_MS);
    expect(fake.requests).toHaveLength(1);
    expect(engine.llmStats!()!.failures.http - before.failures.http).toBe(1);
  });

  it("falls back within the timeout when the server never answers", async () => {
    fake.script([{ hang: true }]);
    const started = Date.now();
    const q = await engine.generate({ ...JS, seed: "llm-11" });
    const elapsed = Date.now() - started;
    expect(q.source).toBe("offline");
    expect(elapsed).toBeGreaterThanOrEqual(LLM_TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(LLM_TIMEOUT_MS + 1500);
    expect(fake.requests).toHaveLength(1);
  });

  it("sends the API key as a Bearer token and never logs it, even when the server echoes it", async () => {
    fake.script([{ status: 401, body: { error: { message: `Incorrect API key provided: ${API_KEY}` } } }]);
    logs.lines.length = 0;
    const q = await engine.generate({ ...JS, seed: "llm-12" });
    expect(q.source).toBe("offline");
    expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(logs.lines.join("\n")).toContain("Incorrect API key provided");
    expect(logs.lines.join("\n")).not.toContain(API_KEY);
  });

  it("rejects an unknown topic the same way as the offline engine, without calling the model", async () => {
    await expect(
      engine.generate({ language: "javascript", topic: "no-such-topic", difficulty: "easy" }),
    ).rejects.toSatisfy((e) => e instanceof EngineError && e.code === "unknown-topic");
    expect(fake.requests).toHaveLength(0);
  });

  it("verifies Python answers in the Python sandbox and shows the executed output verbatim", async () => {
    fake.script([
      {
        answer: jsAnswer({
          title: "Reversed slice",
          code: 'words = ["a", "b", "c"]\nprint(words[::-1][:2])',
          // The model wrote the right list with JSON quotes; Python prints single quotes.
          options: ['["c", "b"]', "['a', 'b']", "['c']", "['b', 'a']"],
          correctIndex: 0,
        }),
      },
    ]);
    const q = await engine.generate({
      language: "python",
      topic: "fixture-slices",
      difficulty: "easy",
      seed: "py-1",
    });
    expect(q).toMatchObject({ source: "llm", language: "python", model: MODEL });
    expect(q.options[q.correctIndex]).toBe("['c', 'b']");
    expect(fake.requests[0]!.body.messages.map((m) => m.content).join("\n")).toContain("print");
  });
});

describe("LLM generator against an unreachable server", () => {
  it("falls back to offline quickly when nothing listens", async () => {
    const down = await startFakeLlmServer();
    const baseUrl = down.baseUrl;
    await down.close();
    const local = createEngine({
      workers: 1,
      templates: fixtureTemplates,
      llm: { baseUrl, model: MODEL, timeoutMs: 5000 },
    });
    try {
      const started = Date.now();
      const q = await local.generate({ ...JS, seed: "down-1" });
      expect(q.source).toBe("offline");
      // One client retry with its short backoff, far below the request timeout.
      expect(Date.now() - started).toBeLessThan(3000);
      expect(local.llmStats!()).toMatchObject({ fallbacks: 1, failures: { http: 1 } });
    } finally {
      await local.close();
    }
  });
});

describe("LLM generator against a server without structured outputs", () => {
  it("switches to json_object with the schema in the prompt after a 400 about response_format", async () => {
    const server = await startFakeLlmServer([
      { status: 400, body: { error: { message: "response_format type json_schema is not supported" } } },
      { content: "```json\n" + JSON.stringify(jsAnswer()) + "\n```" },
    ]);
    const local = createEngine({
      workers: 1,
      templates: fixtureTemplates,
      llm: { baseUrl: server.baseUrl, model: MODEL, timeoutMs: LLM_TIMEOUT_MS, maxRetries: 0 },
    });
    try {
      const q = await local.generate({ ...JS, seed: "json-object-1" });
      expect(q).toMatchObject({ source: "llm", model: MODEL });
      expect(q.options[q.correctIndex]).toBe("3");
      expect(server.requests.map((r) => r.body.response_format?.type)).toEqual([
        "json_schema",
        "json_object",
      ]);
      expect(server.requests[1]!.body.messages[0]!.content).toContain('"optionExplanations"');

      // Remembered: the next question goes straight to json_object, and bad JSON is repaired as usual.
      server.requests.length = 0;
      server.script([{ content: "not json at all" }, { answer: jsAnswer() }]);
      const next = await local.generate({ ...JS, seed: "json-object-2" });
      expect(next.source).toBe("llm");
      expect(server.requests.map((r) => r.body.response_format?.type)).toEqual([
        "json_object",
        "json_object",
      ]);
      expect(server.requests[1]!.body.messages.at(-1)!.content).toContain("the reply is not JSON");
      expect(local.llmStats!()).toMatchObject({ shipped: 2, failures: { schema: 1, http: 0 } });
    } finally {
      await local.close();
      await server.close();
    }
  });

  it("still falls back at once on a 400 that is not about the response format", async () => {
    const server = await startFakeLlmServer([
      { status: 400, body: { error: { message: "model is required" } } },
    ]);
    const local = createEngine({
      workers: 1,
      templates: fixtureTemplates,
      llm: { baseUrl: server.baseUrl, model: MODEL, timeoutMs: LLM_TIMEOUT_MS, maxRetries: 0 },
    });
    try {
      const q = await local.generate({ ...JS, seed: "bad-request-1" });
      expect(q.source).toBe("offline");
      expect(server.requests).toHaveLength(1);
      expect(local.llmStats!()).toMatchObject({ fallbacks: 1, failures: { http: 1 } });
    } finally {
      await local.close();
      await server.close();
    }
  });
});
