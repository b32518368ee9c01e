import { PROBLEM_CONTENT_TYPE } from "@katagen/contract";

/**
 * The last pass over the document @fastify/swagger builds from the routes' schemas, for what client
 * generators and `redocly lint` (recommended) need and the per-route schemas cannot say:
 * - `servers` is the API's public origin (PUBLIC_URL), so a generated client calls the right host;
 * - every error response is `application/problem+json`, the type the API really sends (errors.ts),
 *   so openapi-typescript, orval and openapi-generator type 4xx/5xx bodies as problems;
 * - every operation states its `security`: the signed-in scope sets bearerAuth (plugins/auth.ts), and
 *   whatever is left is public, `[]`;
 * - components no operation refers to and tags no operation uses are dropped: the zod registry holds
 *   every schema of the process (webhook schemas included when the webhook route is not registered),
 *   and an empty section in /docs tells a reader nothing.
 */

type Json = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

export interface DocumentOptions {
  publicUrl: string;
}

export function finishDocument(document: Json, options: DocumentOptions): Json {
  const doc = structuredClone(document) as Json & {
    paths?: Record<string, Record<string, Json>>;
    components?: { schemas?: Record<string, unknown> } & Json;
    tags?: { name: string }[];
  };
  // Offline (no PUBLIC_URL, the localhost default) the API is wherever the document was fetched from:
  // a relative server says so, and stays right when another port or host serves it.
  const local = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(options.publicUrl);
  doc.servers = [
    local
      ? { url: "/", description: "The origin that serves this document" }
      : { url: options.publicUrl, description: "This API (PUBLIC_URL)" },
  ];
  const usedTags = new Set<string>();
  for (const item of Object.values(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method] as (Json & { responses?: Record<string, Json>; tags?: string[] }) | undefined;
      if (!op) continue;
      op.security ??= [];
      for (const tag of op.tags ?? []) usedTags.add(tag);
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (Number(status) < 400 || !response.content) continue;
        const content = response.content as Record<string, unknown>;
        const media = content["application/json"] ?? content[PROBLEM_CONTENT_TYPE];
        response.content = { [PROBLEM_CONTENT_TYPE]: media };
      }
    }
  }
  if (doc.tags) doc.tags = doc.tags.filter((t) => usedTags.has(t.name));
  dropUnusedSchemas(doc);
  return doc;
}

/** Removes component schemas that nothing outside components/schemas refers to, transitively. */
function dropUnusedSchemas(doc: Json & { components?: { schemas?: Record<string, unknown> } }): void {
  const schemas = doc.components?.schemas;
  if (!schemas) return;
  const refsIn = (value: unknown, out: Set<string>) => {
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        for (const [k, child] of Object.entries(v)) {
          if (k === "$ref" && typeof child === "string" && child.startsWith("#/components/schemas/"))
            out.add(decodeURIComponent(child.slice("#/components/schemas/".length)));
          else walk(child);
        }
      }
    };
    walk(value);
    return out;
  };
  const { components, ...rest } = doc;
  const { schemas: _all, ...otherComponents } = components!;
  const used = refsIn([rest, otherComponents], new Set());
  const queue = [...used];
  while (queue.length > 0) {
    const name = queue.pop()!;
    for (const ref of refsIn(schemas[name], new Set())) {
      if (!used.has(ref)) {
        used.add(ref);
        queue.push(ref);
      }
    }
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}
