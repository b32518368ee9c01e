import { parseConfigOrExit } from "../config";
import { describeMigrationError, migrateDatabase } from "./migrate-database";

// `npm run migrate`: applies pending migrations to the configured database on its direct
// (unpooled) URL, then exits. It never opens the app's pool.
const config = parseConfigOrExit();
const database = config.migrationDatabase;
const where =
  database.dialect === "sqlite"
    ? database.filename
    : `PostgreSQL at ${new URL(database.connectionString).host}`;
try {
  const applied = await migrateDatabase(config);
  console.log(applied.length ? `applied ${applied.join(", ")} to ${where}` : `${where} is up to date`);
} catch (error) {
  console.error(`Could not migrate: ${describeMigrationError(error)}`);
  process.exitCode = 1;
}
