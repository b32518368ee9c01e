import http from "node:http";
import type { AddressInfo } from "node:net";
import type { LlmAnswer } from "../llm/answer-schema";

/** A correct JavaScript answer (it prints 3, option 1) for scripts; `over` makes it wrong in one way. */
export function jsAnswer(over: Partial<LlmAnswer> = {}): LlmAnswer {
  return {
    title: "Length after push",
    prompt: "What does this program print?",
    code: "const a = [1, 2];\na.push(3);\nconsole.log(a.length);",
    options: ["2", "3", "4", "undefined"],
    correctIndex: 1,
    explanation: "push appends one element, so the length becomes 3.",
    optionExplanations: [
      "That is the length before push.",
      "Right: two elements plus one.",
      "push adds one element, not two.",
      "length is always a number.",
    ],
    ...over,
  };
}

/** One scripted reply of the fake server, consumed in order (the last one repeats). */
export type FakeReply =
  | { answer: unknown }
  | { content: string }
  | { status: number; body?: unknown }
  /** Never answers (the client's timeout or abort ends the request). */
  | { hang: true }
  /** Drops the connection without a response, as a crashing server or a proxy reset does. */
  | { reset: true };

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: {
    model?: string;
    temperature?: number;
    messages: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  };
}

export interface FakeLlmServer {
  /** Base URL to configure, ending in /v1. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Replaces the script (and forgets nothing already recorded). */
  script(replies: FakeReply[]): void;
  close(): Promise<void>;
}

/**
 * A real HTTP server on loopback speaking enough of the OpenAI chat-completions protocol for the LLM
 * generator: POST /v1/chat/completions answers with the next scripted reply, wrapped the way OpenAI
 * wraps structured output (the JSON as the assistant message content).
 */
export async function startFakeLlmServer(replies: FakeReply[] = []): Promise<FakeLlmServer> {
  let script = [...replies];
  const requests: RecordedRequest[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        res.writeHead(404, { "content-type": "application/json" }).end('{"error":{"message":"not found"}}');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as RecordedRequest["body"];
      requests.push({ path: req.url, headers: req.headers, body });
      const reply = script.length > 1 ? script.shift()! : script[0];
      if (!reply) {
        res.writeHead(500, { "content-type": "application/json" }).end('{"error":{"message":"no script"}}');
      } else if ("hang" in reply) {
        hanging.add(res);
        res.on("close", () => hanging.delete(res));
      } else if ("reset" in reply) {
        res.socket?.destroy();
      } else if ("status" in reply) {
        res
          .writeHead(reply.status, { "content-type": "application/json" })
          .end(JSON.stringify(reply.body ?? { error: { message: `scripted ${reply.status}` } }));
      } else {
        const content = "answer" in reply ? JSON.stringify(reply.answer) : reply.content;
        res.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({
            id: `chatcmpl-${requests.length}`,
            object: "chat.completion",
            created: 1_764_000_000,
            model: body.model ?? "fake",
            choices: [
              {
                index: 0,
                finish_reason: "stop",
                logprobs: null,
                message: { role: "assistant", content, refusal: null },
              },
            ],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script(next) {
      script = [...next];
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
