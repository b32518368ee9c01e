import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { finishDocument } from "./openapi-document";

export const OPENAPI_PATH = "/openapi.json";
export const DOCS_PATH = "/docs";

export const TAGS = [
  { name: "health", description: "Liveness and readiness" },
  { name: "me", description: "The signed-in user" },
  { name: "auth", description: "Local sign-in (development identity provider; absent in Clerk mode)" },
  { name: "catalog", description: "Languages, topics and difficulties" },
  { name: "quota", description: "Daily generation quota" },
  { name: "challenges", description: "Generate, read and answer challenges" },
  { name: "history", description: "Your past challenges and statistics" },
  { name: "webhooks", description: "Clerk events (Svix-signed)" },
];

/** OpenAPI 3 document generated from the same zod schemas that validate requests. */
/**
 * The document's description: a way back to the app (Swagger UI has none) and how to get the token
 * the signed-in operations need, which differs by sign-in mode.
 */
function describeApi(authMode: "local" | "clerk"): string {
  const token =
    authMode === "local"
      ? "Sign in at `/sign-in` in the app (or `POST /auth/local/sign-in`), then `POST /auth/local/token` " +
        "answers `{ token }`, a JWT valid for 60 s. The README's curl walk-through does both."
      : "Sign in to the app; in its browser console, " +
        '`await Clerk.session.getToken({ template: "backend" })` gives the token (the same JWT template ' +
        "the app uses; valid for about a minute).";
  return [
    "[← Back to Katagen](/)",
    "",
    "Verified multiple-choice coding challenges: every answer key is proven by running the code. " +
      "Errors are RFC 9457 application/problem+json.",
    "",
    `**Getting a token.** ${token} Send it as \`Authorization: Bearer <token>\`.`,
  ].join("\n");
}

async function openapiPlugin(app: FastifyInstance, opts: { publicUrl: string; authMode: "local" | "clerk" }) {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Katagen API",
        description: describeApi(opts.authMode),
        version: "0.1.0",
        // The project is not open source; the document still says so, as client generators expect.
        license: { name: "Proprietary: all rights reserved", identifier: "LicenseRef-Katagen-Proprietary" },
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
        },
      },
      tags: TAGS,
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  await app.register(swaggerUi, {
    routePrefix: DOCS_PATH,
    staticCSP: false,
    // The page reads the same finished document as /openapi.json.
    transformSpecification: (spec) => finishDocument(spec as unknown as Record<string, unknown>, opts),
    transformSpecificationClone: true,
    uiConfig: { deepLinking: true, tryItOutEnabled: false },
    theme: { title: "Katagen API", js: [{ filename: "katagen-docs.js", content: DOCS_PAGE_SCRIPT }] },
  });

  // Built once, on first request: the routes are all registered by then and never change.
  let document: Record<string, unknown> | undefined;
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => {
    document ??= finishDocument(app.swagger() as unknown as Record<string, unknown>, opts);
    return document;
  });
}

/**
 * Two fixes to Swagger UI's page (the walk-through): its index.html has no viewport, so phones laid it out
 * 980 px wide; and it opens every description link in a new tab, so "← Back to Katagen" left the
 * reference open and the app in a second tab. That one link now goes back in the same tab.
 */
export const DOCS_PAGE_SCRIPT = `(function () {
  var meta = document.createElement("meta");
  meta.name = "viewport";
  meta.content = "width=device-width, initial-scale=1";
  document.head.appendChild(meta);
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href="/"]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    window.location.assign("/");
  }, true);
})();
`;

export default fp(openapiPlugin, { name: "openapi", fastify: "5.x" });
