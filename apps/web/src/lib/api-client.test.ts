// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { PROBLEM_TYPES } from "@katagen/contract";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, createApiClient, INVALID_RESPONSE_TYPE, NETWORK_ERROR_TYPE } from "./api-client";

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

const routes = new Map<string, Handler>();
const send = (
  res: ServerResponse,
  status: number,
  contentType: string | null,
  body: string,
  headers = {},
) => {
  res.writeHead(status, { ...(contentType ? { "content-type": contentType } : {}), ...headers });
  res.end(body);
};

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const handler = routes.get(`${req.method} ${new URL(req.url!, "http://x").pathname}`);
      if (handler) handler(req, res, body);
      else send(res, 500, "text/plain", "no route");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  routes.set("GET /quota-exceeded", (_req, res) =>
    send(
      res,
      429,
      "application/problem+json; charset=utf-8",
      JSON.stringify({
        type: PROBLEM_TYPES.quotaExceeded,
        title: "Daily quota used",
        status: 429,
        detail: "You have used all 10 generations for today.",
        nextResetAt: "2026-11-27T00:00:00.000Z",
      }),
      { "retry-after": "3600" },
    ),
  );
  routes.set("POST /validation", (_req, res) =>
    send(
      res,
      400,
      "application/problem+json",
      JSON.stringify({
        title: "Invalid request",
        status: 400,
        errors: [{ path: "body.difficulty", message: "Invalid option" }],
      }),
    ),
  );
  routes.set("GET /html-502", (_req, res) => send(res, 502, "text/html", "<h1>Bad gateway</h1>"));
  routes.set("GET /not-a-problem", (_req, res) =>
    send(res, 404, "application/json", JSON.stringify({ oops: true })),
  );
  routes.set("GET /broken-json", (_req, res) => send(res, 500, "application/problem+json", "{ not json"));
  routes.set("GET /unauthorized", (_req, res) =>
    send(res, 401, "application/problem+json", JSON.stringify({ title: "Unauthorized", status: 401 })),
  );
  routes.set("GET /quota", (_req, res) =>
    send(res, 200, "application/json", JSON.stringify({ limit: 10, remaining: 7 })),
  );
  routes.set("GET /quota-wrong-shape", (_req, res) =>
    send(res, 200, "application/json", JSON.stringify({ limit: "ten" })),
  );
  routes.set("GET /echo", (req, res) =>
    send(
      res,
      200,
      "application/json",
      JSON.stringify({ url: req.url, authorization: req.headers.authorization ?? null }),
    ),
  );
  routes.set("POST /echo-body", (req, res, body) =>
    send(
      res,
      200,
      "application/json",
      JSON.stringify({ contentType: req.headers["content-type"], body: JSON.parse(body) }),
    ),
  );
  routes.set("DELETE /nothing", (_req, res) => send(res, 204, null, ""));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => {
      throw new Error("expected the request to fail");
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("api client", () => {
  it("turns a problem+json answer into an ApiError carrying every problem field and Retry-After", async () => {
    const error = await rejection(createApiClient({ baseUrl }).request("/quota-exceeded"));
    expect(error).toMatchObject({
      status: 429,
      type: PROBLEM_TYPES.quotaExceeded,
      title: "Daily quota used",
      detail: "You have used all 10 generations for today.",
      message: "You have used all 10 generations for today.",
      retryAfter: 3600,
    });
    expect(error.body).toMatchObject({ nextResetAt: "2026-11-27T00:00:00.000Z" });
  });

  it("exposes validation problems' field errors", async () => {
    const error = await rejection(
      createApiClient({ baseUrl }).request("/validation", { method: "POST", body: {} }),
    );
    expect(error.status).toBe(400);
    expect(error.type).toBe("about:blank");
    expect(error.fieldErrors).toEqual([{ path: "body.difficulty", message: "Invalid option" }]);
  });

  it("falls back to the HTTP status when the body is HTML, not a problem, or unparsable", async () => {
    const client = createApiClient({ baseUrl });
    const html = await rejection(client.request("/html-502"));
    expect(html).toMatchObject({ status: 502, title: "Bad Gateway", detail: undefined, body: undefined });

    const plainJson = await rejection(client.request("/not-a-problem"));
    expect(plainJson).toMatchObject({ status: 404, title: "Not Found", body: undefined });

    const broken = await rejection(client.request("/broken-json"));
    expect(broken).toMatchObject({ status: 500, title: "Internal Server Error" });
  });

  it("reports an unreachable server as a network ApiError with status 0", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const error = await rejection(
      createApiClient({ baseUrl: `http://127.0.0.1:${port}` }).request("/anything"),
    );
    expect(error).toMatchObject({ status: 0, type: NETWORK_ERROR_TYPE, title: "Could not reach the server" });
  });

  it("calls onUnauthorized once for a 401 and still rejects", async () => {
    const seen: number[] = [];
    const client = createApiClient({ baseUrl, onUnauthorized: (error) => seen.push(error.status) });
    const error = await rejection(client.request("/unauthorized"));
    expect(error.status).toBe(401);
    expect(seen).toEqual([401]);
  });

  it("validates a successful body with the given schema and rejects a mismatch as an invalid response", async () => {
    const QuotaishSchema = z.object({ limit: z.number(), remaining: z.number() });
    const client = createApiClient({ baseUrl });
    await expect(client.request("/quota", { schema: QuotaishSchema })).resolves.toEqual({
      limit: 10,
      remaining: 7,
    });

    const error = await rejection(client.request("/quota-wrong-shape", { schema: QuotaishSchema }));
    expect(error).toMatchObject({ status: 200, type: INVALID_RESPONSE_TYPE });
  });

  it("sends the bearer token, the query string and a JSON body", async () => {
    const client = createApiClient({ baseUrl: `${baseUrl}/`, getToken: async () => "tok-123" });
    await expect(
      client.request("/echo", { query: { limit: 20, cursor: undefined, status: "right" } }),
    ).resolves.toEqual({
      url: "/echo?limit=20&status=right",
      authorization: "Bearer tok-123",
    });
    await expect(
      client.request("/echo-body", { method: "POST", body: { difficulty: "easy" } }),
    ).resolves.toEqual({
      contentType: "application/json",
      body: { difficulty: "easy" },
    });
  });

  it("omits the Authorization header when there is no token, and resolves a 204 to undefined", async () => {
    const client = createApiClient({ baseUrl, getToken: () => null });
    await expect(client.request("/echo")).resolves.toMatchObject({ authorization: null });
    await expect(client.request("/nothing", { method: "DELETE" })).resolves.toBeUndefined();
  });
});
