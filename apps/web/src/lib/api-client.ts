import { PROBLEM_CONTENT_TYPE, ProblemSchema } from "@katagen/contract";
import type { z } from "zod";
import { env } from "@/config/env";

export type FieldError = { path: string; message: string };

/** Problem types the client itself produces when there is no problem document from the server. */
export const NETWORK_ERROR_TYPE = "urn:katagen:network-error";
export const INVALID_RESPONSE_TYPE = "urn:katagen:invalid-response";

/**
 * Every failed API call rejects with this: the server's RFC 9457 problem when it sent one, otherwise a
 * problem synthesised from the HTTP status (status 0 means the request never got an answer).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  /** The parsed problem document as sent, including extension members; undefined when none was sent. */
  readonly body: Record<string, unknown> | undefined;
  /** Seconds from the Retry-After header (429 and 503 carry it). */
  readonly retryAfter: number | undefined;

  constructor(init: {
    status: number;
    type?: string;
    title: string;
    detail?: string;
    fieldErrors?: FieldError[];
    body?: Record<string, unknown>;
    retryAfter?: number;
  }) {
    super(init.detail ?? init.title);
    this.name = "ApiError";
    this.status = init.status;
    this.type = init.type ?? "about:blank";
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.body = init.body;
    this.retryAfter = init.retryAfter;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type TokenGetter = (options?: {
  /** Set on the one retry after a 401: ask the auth layer for a fresh token, not its cached one. */
  skipCache?: boolean;
}) => string | null | undefined | Promise<string | null | undefined>;

export interface ApiClientOptions {
  /** Origin the API lives on; empty means same origin as the page. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** fetch's credentials mode; unset leaves fetch's default ("same-origin": no cookies cross-origin). */
  credentials?: RequestCredentials;
  /** Supplies the Bearer token; called once per request so a refreshed token is always used. */
  getToken?: TokenGetter;
  /** Called for every 401 so the auth layer can sign out or refresh once, in one place. */
  onUnauthorized?: (error: ApiError) => void;
}

export interface RequestOptions<S extends z.ZodType | undefined> {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Serialised as JSON. */
  body?: unknown;
  /** Validates a successful response body; a mismatch rejects with an INVALID_RESPONSE_TYPE ApiError. */
  schema?: S;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

type Result<S> = S extends z.ZodType ? z.output<S> : unknown;

export interface ApiClient {
  request<S extends z.ZodType | undefined = undefined>(
    path: string,
    options?: RequestOptions<S>,
  ): Promise<Result<S>>;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function isJson(contentType: string | null): boolean {
  if (!contentType) return false;
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  return (
    mediaType === "application/json" || mediaType === PROBLEM_CONTENT_TYPE || mediaType.endsWith("+json")
  );
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Turns any non-2xx response into an ApiError, trusting the body only when it is a valid problem document. */
export async function problemFromResponse(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
  const fallbackTitle = response.statusText || `Request failed with status ${response.status}`;
  const body = isJson(response.headers.get("content-type")) ? await readJson(response) : undefined;
  const parsed = ProblemSchema.safeParse(body);
  if (!parsed.success) {
    return new ApiError({ status: response.status, title: fallbackTitle, retryAfter });
  }
  const problem = parsed.data;
  return new ApiError({
    // The status line is authoritative; a proxy may rewrite it without touching the body.
    status: response.status,
    type: problem.type,
    title: problem.title,
    detail: problem.detail,
    fieldErrors: problem.errors,
    body: body as Record<string, unknown>,
    retryAfter,
  });
}

function buildUrl(baseUrl: string, path: string, query: RequestOptions<undefined>["query"]): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) search.set(key, String(value));
  }
  const qs = search.toString();
  return `${baseUrl}${path}${qs ? `?${qs}` : ""}`;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = (options.baseUrl ?? "").replace(/\/+$/, "");
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return {
    async request(path, { method = "GET", body, schema, query, headers, signal } = {}) {
      let response: Response;
      for (let attempt = 0; ; attempt += 1) {
        const requestHeaders = new Headers({ accept: `application/json, ${PROBLEM_CONTENT_TYPE}` });
        if (body !== undefined) requestHeaders.set("content-type", "application/json");
        const token = await options.getToken?.(attempt === 0 ? undefined : { skipCache: true });
        // Only a real token: never "Bearer null" or "Bearer undefined".
        if (typeof token === "string" && token !== "") requestHeaders.set("authorization", `Bearer ${token}`);
        for (const [name, value] of Object.entries(headers ?? {})) requestHeaders.set(name, value);

        try {
          response = await doFetch(buildUrl(baseUrl, path, query), {
            method,
            headers: requestHeaders,
            body: body === undefined ? undefined : JSON.stringify(body),
            signal,
            ...(options.credentials && { credentials: options.credentials }),
          });
        } catch (cause) {
          if (signal?.aborted) throw cause;
          throw new ApiError({
            status: 0,
            type: NETWORK_ERROR_TYPE,
            title: "Could not reach the server",
            detail: "Check your connection and try again.",
          });
        }
        // A cached token can expire or be revoked in flight: retry once with a fresh one (Clerk's advice).
        if (response.status === 401 && token && attempt === 0) continue;
        break;
      }

      if (!response.ok) {
        const error = await problemFromResponse(response);
        if (error.status === 401) options.onUnauthorized?.(error);
        throw error;
      }

      if (response.status === 204 || response.status === 205) return undefined as never;
      const data = isJson(response.headers.get("content-type")) ? await readJson(response) : undefined;
      if (!schema) return data as never;
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        throw new ApiError({
          status: response.status,
          type: INVALID_RESPONSE_TYPE,
          title: "Unexpected response from the server",
          detail: `${method} ${path} returned data this version of the app does not understand.`,
        });
      }
      return parsed.data as never;
    },
  };
}

const hooks: Pick<ApiClientOptions, "getToken" | "onUnauthorized"> = {};

/** Lets the auth layer plug its token source into the shared client without the client importing auth. */
export function configureApiAuth(next: Pick<ApiClientOptions, "getToken" | "onUnauthorized">): void {
  hooks.getToken = next.getToken;
  hooks.onUnauthorized = next.onUnauthorized;
}

export const apiClient = createApiClient({
  baseUrl: env.VITE_API_URL,
  getToken: (tokenOptions) => hooks.getToken?.(tokenOptions),
  onUnauthorized: (error) => hooks.onUnauthorized?.(error),
});

/** The API origin for links the browser follows itself (Swagger UI, OpenAPI document). */
export function apiHref(path: string): string {
  return `${env.VITE_API_URL ?? ""}${path}`;
}
