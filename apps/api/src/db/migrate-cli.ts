import { parseConfigOrExit } from "../config";
import { createDb } from "./create-db";
import { migrateToLatest } from "./migrate";

// `npm run migrate`: applies pending migrations to the configured database, then exits.
const config = parseConfigOrExit();
const db = createDb(config);
try {
  const applied = await migrateToLatest(db);
  const where = config.database.dialect === "sqlite" ? config.database.filename : "PostgreSQL";
  console.log(applied.length ? `applied ${applied.join(", ")} to ${where}` : `${where} is up to date`);
} catch (error) {
  const cause = (error as Error).cause;
  console.error(`Could not migrate: ${(error as Error).message}${cause ? ` (${String(cause)})` : ""}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
