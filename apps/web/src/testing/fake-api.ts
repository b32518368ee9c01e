import { vi } from "vitest";

export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Reply = { status?: number; body?: unknown; headers?: Record<string, string> } | "network-error";
type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

/**
 * Stands in for the API server at the fetch boundary (jsdom has no server to call): routes
 * "METHOD /path" to handlers and records every request, so tests can assert what the app sent.
 * Unknown routes answer 404 problem+json, like the real API.
 */
export function installFakeApi(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), "http://katagen.test");
    const request: RecordedRequest = {
      method: (init.method ?? "GET").toUpperCase(),
      path: url.pathname,
      search: url.searchParams,
      headers: new Headers(init.headers),
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const handler = routes[`${request.method} ${request.path}`];
    const reply: Reply = handler
      ? await handler(request)
      : { status: 404, body: { type: "about:blank", title: "Not Found", status: 404 } };
    if (reply === "network-error") throw new TypeError("Failed to fetch");
    const status = reply.status ?? 200;
    const problem = status >= 400;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: {
        "content-type": problem ? "application/problem+json" : "application/json",
        ...reply.headers,
      },
    });
  });
  vi.stubGlobal("fetch", fetchStub);
  return { requests, fetch: fetchStub };
}
