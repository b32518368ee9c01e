/**
 * `npm run webhook -- <type> --user <id> [...]`: builds a Clerk-shaped event, signs it with the
 * configured CLERK_WEBHOOK_SIGNING_SECRET exactly as Svix does, and posts it to a running server,
 * so the whole webhook path can be exercised without a Clerk account or a tunnel.
 */
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../../config";
import { otherEvent, signDelivery, userDeletedEvent, userEvent } from "./clerk-fixtures";
import { CLERK_WEBHOOK_PATH } from "./routes";

export const USAGE = `Usage: npm run webhook -- <type> [options]

Sends a Clerk-shaped event, signed with CLERK_WEBHOOK_SIGNING_SECRET, to POST ${CLERK_WEBHOOK_PATH}.

Types:  user.created | user.updated | user.deleted | any other type (sent with empty data, ignored)

Options:
  --user <id>          Clerk user id, e.g. user_123 (required for user.created/updated;
                       user.deleted without it sends no data.id, which the server only logs)
  --email <address>    primary email address
  --first-name <name>  --last-name <name>  --username <name>
  --updated-at <ms>    Clerk's updated_at in Unix ms (default: now); older values are ignored
  --id <msg_...>       svix-id to send (repeat one to see a duplicate); default: a new id
  --url <url>          server origin or full endpoint URL (default: http://HOST:PORT from the config)
  -h, --help`;

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

function endpoint(url: string | undefined, host: string, port: number): string {
  if (url) {
    const parsed = new URL(url);
    if (parsed.pathname === "/" || parsed.pathname === "") parsed.pathname = CLERK_WEBHOOK_PATH;
    return parsed.href;
  }
  // A server listening on every interface is reachable on loopback.
  const target = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return `http://${target}:${port}${CLERK_WEBHOOK_PATH}`;
}

/** Returns the process exit code: 0 when the server answered 2xx. */
export async function runWebhookCli(argv: string[], env: NodeJS.ProcessEnv, io: CliOutput): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        user: { type: "string" },
        email: { type: "string" },
        "first-name": { type: "string" },
        "last-name": { type: "string" },
        username: { type: "string" },
        "updated-at": { type: "string" },
        id: { type: "string" },
        url: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const type = positionals[0];
  if (positionals.length !== 1 || !type || !/^[a-z][a-z_]*(\.[a-z_]+)+$/.test(type)) {
    io.err(`Give exactly one event type, such as user.created.\n\n${USAGE}`);
    return 2;
  }

  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.err(err.message);
      return 1;
    }
    throw err;
  }
  const secret = config.clerkWebhookSigningSecret;
  if (!secret) {
    io.err(
      "CLERK_WEBHOOK_SIGNING_SECRET is not set. Set the same whsec_… value for the server and this command " +
        "(in .env); without it the server has no webhook route.",
    );
    return 1;
  }

  let updatedAt: number | undefined;
  if (values["updated-at"] !== undefined) {
    updatedAt = Number(values["updated-at"]);
    if (!Number.isInteger(updatedAt) || updatedAt < 0) {
      io.err("--updated-at must be Unix milliseconds, e.g. 1767225600000");
      return 2;
    }
  }

  let event;
  if (type === "user.created" || type === "user.updated") {
    if (!values.user) {
      io.err(`${type} needs --user <id>, e.g. --user user_123`);
      return 2;
    }
    event = userEvent(type, {
      id: values.user,
      email: values.email,
      firstName: values["first-name"],
      lastName: values["last-name"],
      username: values.username,
      updatedAt,
    });
  } else if (type === "user.deleted") {
    event = userDeletedEvent(values.user);
  } else {
    event = otherEvent(type);
  }

  const url = endpoint(values.url, config.host, config.port);
  const delivery = signDelivery(secret, JSON.stringify(event), { svixId: values.id });
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: delivery.headers, body: delivery.body });
  } catch (err) {
    io.err(
      `Could not reach ${url} (${(err as Error).cause ?? (err as Error).message}). Is the server running (npm start)?`,
    );
    return 1;
  }
  const text = await response.text();
  io.out(`POST ${url}  svix-id ${delivery.headers["svix-id"]}  ${type}`);
  io.out(`${response.status} ${text}`);
  return response.ok ? 0 : 1;
}
