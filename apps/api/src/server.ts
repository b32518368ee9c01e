import closeWithGrace from "close-with-grace";
import { buildApp } from "./app";
import { parseConfigOrExit } from "./config";
import { createDb } from "./db/create-db";
import { describeMigrationError, migrateDatabase } from "./db/migrate-database";

const config = parseConfigOrExit();
// The app's pool is on DATABASE_URL (Neon: the pooled host); migrations open and close their own
// connection on the direct URL (decision 011). Instances starting together queue on the
// migration's advisory lock there, and all but the first find nothing to apply.
const db = createDb(config);

try {
  await migrateDatabase(config, db);
} catch (error) {
  process.stderr.write(`Could not migrate the database: ${describeMigrationError(error)}\n`);
  await db.destroy();
  process.exit(1);
}

const app = await buildApp(config, { db });

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, "shutting down after an uncaught error");
  else app.log.info({ signal }, "shutting down");
  await app.close();
  await db.destroy();
});

try {
  await app.listen({ host: config.host, port: config.port });
} catch (error) {
  process.stderr.write(`Could not listen on ${config.host}:${config.port}: ${(error as Error).message}\n`);
  await db.destroy();
  process.exit(1);
}

// Loopback and wildcard binds are shown as localhost: that is the origin local sign-in issues tokens for.
const shownHost = ["0.0.0.0", "::", "127.0.0.1", "::1"].includes(config.host) ? "localhost" : config.host;
process.stdout.write(`Katagen is running at http://${shownHost}:${config.port}/ (API docs at /docs)\n`);
