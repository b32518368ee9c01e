import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The request a piece of work runs for. Fastify binds `reqId` to `request.log`, but services, the
 * engine's LLM client and the quota sweeper log through `app.log`; the logger's mixin (logger.ts) reads
 * this store so their lines carry the request id too, with no logger threaded through every call.
 */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Marks a logger that already binds `reqId` (Fastify's per-request child), so the mixin skips it. */
export const BINDS_REQUEST_ID = Symbol("katagen.bindsRequestId");
