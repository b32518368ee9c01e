/**
 * The README's curl walk-through, written as a third-party developer would: types generated from
 * /openapi.json by openapi-typescript (./katagen-api.d.ts, written by the test, never committed) and
 * an openapi-fetch client. apps/api/src/testing/third-party-client.test.ts type-checks this file
 * under --strict and runs it against a real server. Error bodies are typed as the API's problems.
 */
import createClient from "openapi-fetch";
import type { components, paths } from "./katagen-api";

type Problem = components["schemas"]["Problem"];

export interface WalkthroughResult {
  languages: string[];
  challengeId: string;
  answeredCorrectly: boolean;
  detailHasAnswer: boolean;
  historyPages: number;
  historyIds: string[];
  remainingAfterGenerates: number;
  statsAnswered: number;
  refused: Pick<Problem, "type" | "status">;
  retryAfter: string | null;
}

function fail(step: string, problem: Problem | undefined): never {
  throw new Error(`${step}: ${problem?.status} ${problem?.title} — ${problem?.detail ?? ""}`);
}

export async function walkthrough(baseUrl: string, generations: number): Promise<WalkthroughResult> {
  // Sign in: a cookie session, exchanged for a 60-second Bearer token.
  const session = createClient<paths>({ baseUrl, headers: { origin: baseUrl } });
  const signIn = await session.POST("/auth/local/sign-in", {
    body: { name: "Ada", email: "ada@example.com" },
  });
  if (signIn.error) fail("sign in", signIn.error);
  const cookie = (signIn.response.headers.get("set-cookie") ?? "").split(";")[0]!;
  const token = await session.POST("/auth/local/token", { headers: { cookie } });
  if (token.error) fail("token", token.error);

  const api = createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token.data.token}` } });
  const catalog = await api.GET("/api/catalog");
  if (catalog.error) fail("catalog", catalog.error);

  const first = await api.POST("/api/generate-challenge", {
    params: { header: { "idempotency-key": "demo-1" } },
    body: { difficulty: "easy", language: "python" },
  });
  if (first.error) fail("generate", first.error);
  const id = first.data.id;

  const answer = await api.POST("/api/challenges/{id}/answer", {
    params: { path: { id } },
    body: { choice: 2 },
  });
  if (answer.error) fail("answer", answer.error);
  const detail = await api.GET("/api/challenges/{id}", { params: { path: { id } } });
  if (detail.error) fail("detail", detail.error);

  for (let i = 1; i < generations; i++) {
    const more = await api.POST("/api/generate-challenge", {
      body: { difficulty: "easy", language: "python" },
    });
    if (more.error) fail("generate more", more.error);
  }

  // History, two at a time, following nextCursor to the end.
  const historyIds: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await api.GET("/api/my-history", {
      params: { query: { limit: 2, ...(cursor ? { cursor } : {}) } },
    });
    if (page.error) fail("history", page.error);
    historyIds.push(...page.data.items.map((item) => item.id));
    cursor = page.data.nextCursor ?? undefined;
    pages++;
  } while (cursor);

  const quota = await api.GET("/api/quota");
  if (quota.error) fail("quota", quota.error);
  const stats = await api.GET("/api/stats");
  if (stats.error) fail("stats", stats.error);

  // One more than the quota allows: a 429 problem, typed.
  const refused = await api.POST("/api/generate-challenge", { body: { difficulty: "easy" } });
  if (!refused.error) throw new Error("expected a 429 once the quota is used");
  const problem: Problem = refused.error;

  return {
    languages: catalog.data.languages.map((language) => language.id),
    challengeId: id,
    answeredCorrectly: answer.data.correct,
    detailHasAnswer: detail.data.answer !== null && detail.data.answer !== undefined,
    historyPages: pages,
    historyIds,
    remainingAfterGenerates: quota.data.remaining,
    statsAnswered: stats.data.overall.answered,
    refused: { type: problem.type, status: problem.status },
    retryAfter: refused.response.headers.get("retry-after"),
  };
}
