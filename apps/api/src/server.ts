import closeWithGrace from "close-with-grace";
import { buildApp } from "./app";
import { parseConfigOrExit } from "./config";
import { createDb } from "./db/create-db";
import { migrateToLatest } from "./db/migrate";

const config = parseConfigOrExit();
const db = createDb(config);

try {
  await migrateToLatest(db);
} catch (error) {
  process.stderr.write(`Could not migrate the database: ${(error as Error).message}\n`);
  if ((error as Error).cause) process.stderr.write(`  cause: ${String((error as Error).cause)}\n`);
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
