/**
 * `npm run webhook`: signs with the configured secret and posts to a real server listening on
 * loopback; the server's own verification decides, so these tests fail if the CLI signs wrongly.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../config";
import { buildTestApp, type TestApp } from "../../testing/test-app";
import { randomWebhookSecret } from "./clerk-fixtures";
import { runWebhookCli } from "./send-webhook";

let t: TestApp;
let secret: string;
let origin: string;

beforeAll(async () => {
  secret = randomWebhookSecret();
  t = await buildTestApp({ env: { CLERK_WEBHOOK_SIGNING_SECRET: secret, QUOTA_DAILY_LIMIT: "5" } });
  origin = await t.app.listen({ host: "127.0.0.1", port: 0 });
});
afterAll(async () => t.close());

async function run(argv: string[], env: Record<string, string> = { CLERK_WEBHOOK_SIGNING_SECRET: secret }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runWebhookCli(argv, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const user = (id: string) =>
  t.testDb.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();

describe("npm run webhook", () => {
  it("user.created, user.updated and user.deleted reach the server signed and are applied", async () => {
    const created = await run([
      "user.created",
      "--user",
      "user_2cli",
      "--email",
      "cli@example.com",
      "--first-name",
      "Cli",
      "--last-name",
      "User",
      "--url",
      origin,
    ]);
    expect(created.code).toBe(0);
    expect(created.out).toContain('200 {"status":"success"}');
    expect(await user("user_2cli")).toMatchObject({
      email: "cli@example.com",
      name: "Cli User",
      deleted_at: null,
    });

    const updated = await run(["user.updated", "--user", "user_2cli", "--username", "cli", "--url", origin]);
    expect(updated.code).toBe(0);
    expect(await user("user_2cli")).toMatchObject({ email: null, name: "cli" });

    const deleted = await run(["user.deleted", "--user", "user_2cli", "--url", origin]);
    expect(deleted.code).toBe(0);
    expect((await user("user_2cli"))?.deleted_at).toEqual(expect.any(String));
  });

  it("--id resends one svix-id, which the server answers as a duplicate", async () => {
    const args = ["user.created", "--user", "user_2again", "--id", "msg_cliReplay1", "--url", origin];
    expect((await run(args)).out).toContain('"status":"success"');
    const replay = await run(args);
    expect(replay.code).toBe(0);
    expect(replay.out).toContain('200 {"status":"duplicate"}');
  });

  it("without --url it posts to http://HOST:PORT from the configuration", async () => {
    const port = new URL(origin).port;
    const res = await run(["user.created", "--user", "user_2hostport"], {
      CLERK_WEBHOOK_SIGNING_SECRET: secret,
      HOST: "0.0.0.0",
      PORT: port,
    });
    expect(res.out).toContain(`POST http://127.0.0.1:${port}/webhooks/clerk`);
    expect(res.code).toBe(0);
    expect(await user("user_2hostport")).toBeDefined();
  });

  it("a secret other than the server's is refused by the server, and the command exits 1", async () => {
    const res = await run(["user.created", "--user", "user_2forged", "--url", origin], {
      CLERK_WEBHOOK_SIGNING_SECRET: randomWebhookSecret(),
    });
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/^400 /m);
    expect(await user("user_2forged")).toBeUndefined();
  });

  it("explains what is missing: the secret, the user id, the event type", async () => {
    const noSecret = await run(["user.created", "--user", "user_2x", "--url", origin], {});
    expect(noSecret.code).toBe(1);
    expect(noSecret.err).toContain("CLERK_WEBHOOK_SIGNING_SECRET is not set");

    const noUser = await run(["user.created", "--url", origin]);
    expect(noUser.code).toBe(2);
    expect(noUser.err).toContain("user.created needs --user <id>");

    const noType = await run(["--user", "user_2x"]);
    expect(noType.code).toBe(2);
    expect(noType.err).toContain("Usage: npm run webhook");
  });

  it("the npm script runs the CLI end to end", async () => {
    const { stdout } = await promisify(execFile)(
      "npm",
      ["run", "--silent", "webhook", "--", "user.created", "--user", "user_2npm", "--url", origin],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH, KATAGEN_SKIP_DOTENV: "1", CLERK_WEBHOOK_SIGNING_SECRET: secret },
        timeout: 60_000,
      },
    );
    expect(stdout).toContain('200 {"status":"success"}');
    expect(await user("user_2npm")).toBeDefined();
  }, 90_000);
});
