/**
 * Prints the API's OpenAPI document for this environment's configuration, without a database or a
 * listening port: `npm run openapi -w @katagen/api > openapi.json` (local or Clerk mode, as the
 * environment says). Client generators read this; `npm test` lints it (scripts/openapi-lint.mjs).
 */
import { builtInCatalog } from "@katagen/engine";
import { buildApp } from "./app";
import { parseConfigOrExit } from "./config";

const config = parseConfigOrExit();
// The document depends on the routes, not on data or on running code: the database is never queried
// and no sandbox worker starts.
const app = await buildApp(config, {
  questionSource: {
    catalog: builtInCatalog,
    generate: () => Promise.reject(new Error("the OpenAPI printer generates nothing")),
    warmUp: async () => {},
    close: async () => {},
  },
});
await app.ready();
const response = await app.inject({ method: "GET", url: "/openapi.json" });
process.stdout.write(`${JSON.stringify(response.json(), null, 2)}\n`);
await app.close();
