import { Ajv } from "ajv";
import fastJson from "fast-json-stringify";
import type { FastifySerializerCompiler } from "fastify";
import { z } from "zod";

/**
 * Response serializer (decision 017). Per response schema, once: the zod schema's JSON Schema (the same
 * conversion the OpenAPI document is made from), an Ajv validator of it and a fast-json-stringify
 * writer. Per response: validate, then write. It replaces zod's encode of every payload followed by
 * JSON.stringify, the "response encoding" cost in issue 15's profile, and keeps its two promises: a
 * payload that breaks its schema is an error (the client gets a generic 500, never a wrong shape),
 * and only declared properties are written.
 */
const ajv = new Ajv({
  strict: false,
  // zod writes a pattern beside every format it emits (uuid, date-time, email): the patterns check them.
  validateFormats: false,
  allErrors: false,
});

export class ResponseShapeError extends Error {
  constructor(method: string, url: string, detail: string) {
    super(`the ${method} ${url} response does not match its schema: ${detail}`);
    this.name = "ResponseShapeError";
  }
}

const compiled = new WeakMap<
  object,
  { validate: (data: unknown) => boolean; write: (data: unknown) => string; errors: () => string }
>();

function compile(schema: z.ZodType) {
  let entry = compiled.get(schema);
  if (!entry) {
    const jsonSchema = z.toJSONSchema(schema, { io: "output", target: "draft-7", unrepresentable: "any" });
    const validate = ajv.compile(allowExtraProperties(jsonSchema));
    entry = {
      validate: (data) => validate(data) as boolean,
      write: fastJson(jsonSchema as Parameters<typeof fastJson>[0]),
      errors: () => ajv.errorsText(validate.errors),
    };
    compiled.set(schema, entry);
  }
  return entry;
}

export const serializerCompiler: FastifySerializerCompiler<unknown> = ({ schema, method, url }) => {
  const { validate, write, errors } = compile(resolveSchema(schema));
  return (data) => {
    if (!validate(data)) throw new ResponseShapeError(method, url, errors());
    return write(data);
  };
};

/**
 * zod strips what a schema does not declare, it does not refuse it (a row may carry more columns than
 * the response names): so the validator allows extra properties, and the writer leaves them out.
 */
function allowExtraProperties(schema: unknown): Record<string, unknown> {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "additionalProperties" && value === false) continue;
      out[key] = walk(value);
    }
    return out;
  };
  return walk(schema) as Record<string, unknown>;
}

function resolveSchema(schema: unknown): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  if (properties instanceof z.ZodType) return properties;
  throw new Error(`a response schema that is not a zod schema: ${JSON.stringify(schema)}`);
}
