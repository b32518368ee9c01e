import { existsSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../../config";
import { runWebhookCli } from "./send-webhook";

// `npm run webhook -- user.created --user user_123`: reads the root .env like `npm start`, so the
// command signs with the same secret the running server verifies with (variables already set win).
const dotEnv = path.join(REPO_ROOT, ".env");
if (process.env.KATAGEN_SKIP_DOTENV !== "1" && existsSync(dotEnv)) process.loadEnvFile(dotEnv);

process.exitCode = await runWebhookCli(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
