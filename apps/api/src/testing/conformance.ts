/**
 * The API suite's conformance check (issue 13): every response a test receives from a documented
 * operation, through inject or real HTTP, is validated against the app's own /openapi.json — its
 * status must be declared for that path and method, its content type must be the declared one, and its
 * body must match the declared schema (Ajv, JSON Schema 2020-12, with formats). A violation fails the
 * test that caused it (conformance-setup.ts). Routes the document leaves out (docs, metrics, the SPA,
 * test-only routes, which have no operationId) and requests that matched no route are not
 * operations, so they are not checked.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { finishDocument } from "../plugins/openapi-document";

type Json = Record<string, unknown>;
interface MediaType {
  schema?: Json;
}
interface Operation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}

export const violations: string[] = [];
export let checkedResponses = 0;

/** One Ajv per distinct document (the suite builds hundreds of apps, in a few configurations). */
const validators = new Map<string, { ajv: Ajv2020; compiled: Map<string, ValidateFunction> }>();

function validatorFor(doc: Json, pointer: string): ValidateFunction {
  const key = JSON.stringify(doc);
  let entry = validators.get(key);
  if (!entry) {
    // strict: false because the document is not itself a JSON Schema (paths, info, …): only the
    // schemas inside it are compiled, with their #/components refs resolved against it.
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats.default(ajv);
    ajv.addSchema(doc, "openapi.json");
    entry = { ajv, compiled: new Map() };
    validators.set(key, entry);
  }
  let fn = entry.compiled.get(pointer);
  if (!fn) {
    fn = entry.ajv.compile({ $ref: `openapi.json#${pointer}` });
    entry.compiled.set(pointer, fn);
  }
  return fn;
}

const escape = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** Fastify's `/api/challenges/:id` as OpenAPI's `/api/challenges/{id}`. */
const openapiPath = (route: string) => route.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

/** Installs the recorder on an app (app.ts calls this for every app the suite builds). */
export function recordResponses(app: FastifyInstance): void {
  let doc: Json | undefined;
  const documentOf = () =>
    (doc ??= finishDocument(app.swagger() as unknown as Json, { publicUrl: app.config.publicUrl }));

  app.addHook("onSend", async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const route = request.routeOptions.url;
    if (!route || request.is404) return payload;
    const path = openapiPath(route);
    const method = request.method.toLowerCase();
    const document = documentOf();
    const operation = (document.paths as Record<string, Record<string, Operation>> | undefined)?.[path]?.[
      method
    ];
    // Every route of the API has an operationId (openapi.test.ts); routes a test registers for itself
    // (`extend`: /api/test/…) have none and are fixtures, not operations.
    if (!operation?.operationId) return payload;
    checkedResponses++;
    const where = `${request.method} ${path}`;
    const status = String(reply.statusCode);
    const declared = operation.responses?.[status];
    if (!declared) {
      violations.push(`${where} answered ${status}, which the document does not declare`);
      return payload;
    }
    const type = String(reply.getHeader("content-type") ?? "")
      .split(";")[0]!
      .trim();
    const media = declared.content ?? {};
    const declaredTypes = Object.keys(media);
    if (declaredTypes.length === 0) {
      if (payload !== null && payload !== undefined && payload !== "")
        violations.push(`${where} ${status} sent a body (${type}) where the document declares none`);
      return payload;
    }
    if (!declaredTypes.includes(type)) {
      violations.push(
        `${where} ${status} sent ${type || "no content type"}, declared ${declaredTypes.join(", ")}`,
      );
      return payload;
    }
    if (!media[type]!.schema || typeof payload !== "string" || !type.endsWith("json")) return payload;
    let body: unknown;
    try {
      body = JSON.parse(payload);
    } catch {
      violations.push(`${where} ${status} sent ${type} that is not JSON`);
      return payload;
    }
    const pointer = `/paths/${escape(path)}/${method}/responses/${status}/content/${escape(type)}/schema`;
    const validate = validatorFor(document, pointer);
    if (!validate(body))
      violations.push(
        `${where} ${status} body does not match the document: ${validate.errors
          ?.slice(0, 3)
          .map((e) => `${e.instancePath || "/"} ${e.message}`)
          .join("; ")}`,
      );
    return payload;
  });
}
