import type { Topic } from "@katagen/contract";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../engine";
import type { Engine } from "../engine-types";
import { jsAnswer, startFakeLlmServer, type FakeLlmServer, type FakeReply } from "../testing/fake-llm-server";
import { fixtureTemplates } from "../testing/fixtures-templates";
import { createLlmGenerator, type LlmGenerator, type LlmLogger, type LlmOptions } from "./llm-generator";

const API_KEY = "sk-breaker-7c1d93ab";
const MODEL = "fake-coder-7b";
const JS = { language: "javascript", topic: "fixture-loops", difficulty: "easy" } as const;

const GOOD = jsAnswer();

// The real sandbox (the gate runs the model's code) behind an offline engine; each test gets its own
// fake server and generator, so breaker state never leaks between tests.
let sandbox: Engine;
let topic: Topic;
const servers: FakeLlmServer[] = [];

beforeAll(() => {
  sandbox = createEngine({ workers: 1, templates: fixtureTemplates });
  topic = fixtureTemplates.topics.javascript.find((t) => t.id === JS.topic)!;
});

afterAll(async () => {
  await sandbox?.close();
});

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function setUp(replies: FakeReply[], over: Partial<LlmOptions> = {}) {
  const server = await startFakeLlmServer(replies);
  servers.push(server);
  const lines: LogLine[] = [];
  const logger: LlmLogger = {
    info: (obj, msg) => lines.push({ level: "info", msg, ...obj }),
    warn: (obj, msg) => lines.push({ level: "warn", msg, ...obj }),
  };
  const llm = createLlmGenerator(
    {
      baseUrl: server.baseUrl,
      apiKey: API_KEY,
      model: MODEL,
      timeoutMs: 1500,
      maxRetries: 0,
      logger,
      ...over,
    },
    (programs) => sandbox.execute(programs),
  );
  return { server, llm, lines };
}

async function timed(llm: LlmGenerator, seed: string) {
  const started = performance.now();
  const question = await llm.generate(JS, topic, seed);
  return { question, ms: performance.now() - started };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type LogLine = { level: string; msg: string; [key: string]: unknown };
const breakerLines = (lines: LogLine[]) => lines.filter((l) => /circuit breaker/.test(l.msg));

describe("LLM circuit breaker", () => {
  it("opens after N consecutive 5xx answers, then falls back in under 50 ms without sending a request", async () => {
    const { server, llm, lines } = await setUp([{ status: 500 }], {
      breaker: { consecutiveFailures: 3, halfOpenAfterMs: 60_000 },
    });
    for (let i = 0; i < 3; i++) {
      expect(llm.stats().breaker).toBe("closed");
      expect((await timed(llm, `open-${i}`)).question).toBeNull();
    }
    expect(server.requests).toHaveLength(3);
    expect(llm.stats()).toMatchObject({ breaker: "open", shortCircuited: 0, failures: { http: 3 } });

    for (let i = 0; i < 5; i++) {
      const { question, ms } = await timed(llm, `short-${i}`);
      expect(question).toBeNull();
      expect(ms).toBeLessThan(50);
    }
    expect(server.requests).toHaveLength(3);
    expect(llm.stats()).toMatchObject({
      breaker: "open",
      questions: 8,
      fallbacks: 8,
      shortCircuited: 5,
      requests: 3,
      failures: { http: 3 },
    });

    const opened = breakerLines(lines);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      level: "warn",
      breaker: "open",
      reason: "http 500",
      halfOpenAfterMs: 60_000,
    });
  });

  it("against a hanging server, the first N calls end near the timeout and the next one well under it", async () => {
    const timeoutMs = 800;
    const { server, llm } = await setUp([{ hang: true }], {
      timeoutMs,
      breaker: { consecutiveFailures: 2, halfOpenAfterMs: 60_000 },
    });
    for (let i = 0; i < 2; i++) {
      const { question, ms } = await timed(llm, `hang-${i}`);
      expect(question).toBeNull();
      expect(ms).toBeGreaterThanOrEqual(timeoutMs * 0.9);
      expect(ms).toBeLessThan(timeoutMs * 1.5);
    }
    const { question, ms } = await timed(llm, "hang-2");
    expect(question).toBeNull();
    expect(ms).toBeLessThan(timeoutMs / 10);
    expect(server.requests).toHaveLength(2);
    expect(llm.stats()).toMatchObject({ breaker: "open", shortCircuited: 1 });
  });

  it("lets one probe through after halfOpenAfterMs; a healthy server closes the circuit and LLM questions ship again", async () => {
    const { server, llm, lines } = await setUp([{ status: 503 }], {
      breaker: { consecutiveFailures: 1, halfOpenAfterMs: 300 },
    });
    expect((await timed(llm, "probe-0")).question).toBeNull();
    expect(llm.stats().breaker).toBe("open");
    expect((await timed(llm, "probe-1")).question).toBeNull();
    expect(server.requests).toHaveLength(1);

    server.script([{ answer: GOOD }]);
    await sleep(350);
    const probe = await timed(llm, "probe-2");
    expect(probe.question).toMatchObject({ source: "llm", model: MODEL, verified: true });
    expect(server.requests).toHaveLength(2);
    expect(llm.stats().breaker).toBe("closed");

    const next = await timed(llm, "probe-3");
    expect(next.question).toMatchObject({ source: "llm" });
    expect(server.requests).toHaveLength(3);
    expect(llm.stats()).toMatchObject({ shipped: 2, shortCircuited: 1, breaker: "closed" });

    expect(breakerLines(lines).map((l) => [l.level, l.breaker])).toEqual([
      ["warn", "open"],
      ["info", "half-open"],
      ["info", "closed"],
    ]);
  });

  it("re-opens when the probe fails, and probes again after another halfOpenAfterMs", async () => {
    const { server, llm } = await setUp([{ reset: true }], {
      breaker: { consecutiveFailures: 1, halfOpenAfterMs: 300 },
    });
    expect((await timed(llm, "reopen-0")).question).toBeNull();
    expect(llm.stats().breaker).toBe("open");

    await sleep(350);
    expect((await timed(llm, "reopen-1")).question).toBeNull();
    expect(server.requests).toHaveLength(2);
    expect(llm.stats().breaker).toBe("open");
    const { ms } = await timed(llm, "reopen-2");
    expect(ms).toBeLessThan(50);
    expect(server.requests).toHaveLength(2);

    server.script([{ answer: GOOD }]);
    await sleep(350);
    expect((await timed(llm, "reopen-3")).question).toMatchObject({ source: "llm" });
    expect(llm.stats()).toMatchObject({ breaker: "closed", shortCircuited: 1, requests: 3 });
  });

  it("answers other calls at once while the half-open probe is still waiting for the server", async () => {
    const timeoutMs = 1000;
    const { server, llm } = await setUp([{ status: 502 }], {
      timeoutMs,
      breaker: { consecutiveFailures: 1, halfOpenAfterMs: 300 },
    });
    expect((await timed(llm, "busy-0")).question).toBeNull();
    server.script([{ hang: true }]);
    await sleep(350);
    const probe = timed(llm, "busy-probe");
    await sleep(50);
    expect(llm.stats().breaker).toBe("half-open");
    const other = await timed(llm, "busy-other");
    expect(other.question).toBeNull();
    expect(other.ms).toBeLessThan(timeoutMs / 10);
    expect((await probe).ms).toBeGreaterThanOrEqual(timeoutMs * 0.9);
    expect(server.requests).toHaveLength(2);
    expect(llm.stats()).toMatchObject({ breaker: "open", shortCircuited: 1 });
  });

  it("stops a question's repair rounds when another request opened the breaker meanwhile", async () => {
    const { server, llm, lines } = await setUp(
      [{ answer: { ...GOOD, code: "while (true) {}\nconsole.log(1);" } }, { status: 500 }],
      { breaker: { consecutiveFailures: 1, halfOpenAfterMs: 60_000 } },
    );
    // A's answer loops forever, so A spends the sandbox timeout in the gate before its repair round.
    const a = llm.generate(JS, topic, "repair-a");
    while (server.requests.length === 0) await sleep(5);
    expect(await llm.generate(JS, topic, "repair-b")).toBeNull();
    expect(llm.stats().breaker).toBe("open");
    expect(await a).toBeNull();
    expect(server.requests).toHaveLength(2);
    expect(llm.stats()).toMatchObject({ questions: 2, fallbacks: 2, shortCircuited: 1 });
    expect(JSON.stringify(lines.filter((l) => l.level === "warn"))).toContain(
      "the LLM circuit breaker is open",
    );
  });

  it("counts only consecutive failures: a shipped question in between resets the count", async () => {
    const { server, llm } = await setUp([{ status: 500 }, { answer: GOOD }, { status: 500 }], {
      breaker: { consecutiveFailures: 2, halfOpenAfterMs: 60_000 },
    });
    expect((await timed(llm, "reset-0")).question).toBeNull();
    expect((await timed(llm, "reset-1")).question).toMatchObject({ source: "llm" });
    expect((await timed(llm, "reset-2")).question).toBeNull();
    expect(llm.stats().breaker).toBe("closed");
    expect(server.requests).toHaveLength(3);
  });

  it("never opens on model mistakes (bad JSON, schema violations, wrong keys): the server is up", async () => {
    const { server, llm } = await setUp(
      [
        { content: '{"title": "half an answer"' },
        { answer: { ...GOOD, options: "3" } },
        { answer: { ...GOOD, options: ["1", "2", "4", "5"] } },
      ],
      { breaker: { consecutiveFailures: 1, halfOpenAfterMs: 60_000 } },
    );
    for (let i = 0; i < 3; i++) expect((await timed(llm, `mistake-${i}`)).question).toBeNull();
    // Three questions, three attempts each: every one reached the server.
    expect(server.requests).toHaveLength(9);
    expect(llm.stats()).toMatchObject({ breaker: "closed", shortCircuited: 0, fallbacks: 3 });
    expect(llm.stats().failures["key-mismatch"]).toBeGreaterThanOrEqual(3);
  });

  it("does not trip on the 400 that switches to json_object, nor on other 400s", async () => {
    const { server, llm } = await setUp(
      [
        { status: 400, body: { error: { message: "response_format json_schema is not supported" } } },
        { answer: GOOD },
        { status: 400, body: { error: { message: "model is required" } } },
      ],
      { breaker: { consecutiveFailures: 1, halfOpenAfterMs: 60_000 } },
    );
    expect((await timed(llm, "bad-request-0")).question).toMatchObject({ source: "llm" });
    expect(llm.stats().breaker).toBe("closed");
    for (let i = 1; i < 3; i++) expect((await timed(llm, `bad-request-${i}`)).question).toBeNull();
    expect(server.requests).toHaveLength(4);
    expect(llm.stats()).toMatchObject({ breaker: "closed", shortCircuited: 0, failures: { http: 2 } });
  });

  it("opens on a rejected API key (401) and logs the reason without the key the server echoed", async () => {
    const { server, llm, lines } = await setUp(
      [{ status: 401, body: { error: { message: `Incorrect API key provided: ${API_KEY}` } } }],
      { breaker: { consecutiveFailures: 2, halfOpenAfterMs: 45_000 } },
    );
    for (let i = 0; i < 3; i++) expect((await timed(llm, `auth-${i}`)).question).toBeNull();
    expect(server.requests).toHaveLength(2);
    expect(llm.stats()).toMatchObject({ breaker: "open", shortCircuited: 1 });
    const opened = breakerLines(lines);
    expect(opened).toEqual([
      expect.objectContaining({ level: "warn", reason: "http 401", halfOpenAfterMs: 45_000 }),
    ]);
    expect(JSON.stringify(lines)).toContain("Incorrect API key provided");
    expect(JSON.stringify(lines)).not.toContain(API_KEY);
  });

  it("opens when nothing listens (connection refused), by default after 3 failures", async () => {
    const down = await startFakeLlmServer();
    const baseUrl = down.baseUrl;
    await down.close();
    const llm = createLlmGenerator({ baseUrl, model: MODEL, timeoutMs: 1500, maxRetries: 0 }, (programs) =>
      sandbox.execute(programs),
    );
    for (let i = 0; i < 3; i++) {
      expect(llm.stats().breaker).toBe("closed");
      expect(await llm.generate(JS, topic, `refused-${i}`)).toBeNull();
    }
    expect(llm.stats()).toMatchObject({ breaker: "open", shortCircuited: 0, requests: 3 });
    expect(await llm.generate(JS, topic, "refused-3")).toBeNull();
    expect(llm.stats()).toMatchObject({ shortCircuited: 1, requests: 3 });
  });
});
