// Runs render.yaml the way Render does, on this machine: a clean copy of the repository, the
// Blueprint's buildCommand, then its preDeployCommand, then its startCommand with the Blueprint's
// environment, ready when healthCheckPath answers 200. The deploy test uses it so that the file
// itself is what is tested, not a copy of its commands.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "../lib.mjs";

export const BLUEPRINT_FILE = path.join(ROOT, "render.yaml");

/**
 * The API's web service from render.yaml. `secrets` lists the `sync: false` keys (Render asks for
 * them when the Blueprint is created); `env` holds the literal values.
 */
export function readBlueprint(file = BLUEPRINT_FILE) {
  const doc = parse(readFileSync(file, "utf8"));
  const service = doc?.services?.find((s) => s.type === "web");
  if (!service) throw new Error(`${path.basename(file)} has no web service`);
  for (const field of ["buildCommand", "startCommand", "healthCheckPath"]) {
    if (typeof service[field] !== "string" || service[field].trim() === "") {
      throw new Error(`${path.basename(file)}: service ${service.name} has no ${field}`);
    }
  }
  const env = {};
  const secrets = [];
  for (const entry of service.envVars ?? []) {
    if (entry.sync === false) secrets.push(entry.key);
    else if (entry.value !== undefined) env[entry.key] = String(entry.value);
    // Render generates a random base64 value (256 bits) once, when the Blueprint is created.
    else if (entry.generateValue === true) env[entry.key] = randomBytes(32).toString("base64url");
    else
      throw new Error(
        `${path.basename(file)}: ${entry.key} has neither a value, generateValue nor sync: false`,
      );
  }
  return { ...service, env, secrets };
}

/**
 * Copies what a clone of the working tree would hold (tracked files plus new, not-ignored ones) to
 * `dest`: no node_modules, no build output, no databases, no .env.
 */
export function cleanCopy(dest) {
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "buffer",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr.toString()}`);
  let copied = 0;
  for (const file of listed.stdout.toString("utf8").split("\0")) {
    if (!file) continue;
    const from = path.join(ROOT, file);
    const to = path.join(dest, file);
    mkdirSync(path.dirname(to), { recursive: true });
    try {
      copyFileSync(from, to);
      copied += 1;
    } catch (error) {
      // A tracked file deleted in the working tree is not part of the deploy either.
      if (error.code !== "ENOENT") throw error;
    }
  }
  return copied;
}

/**
 * The environment a command of the Blueprint sees: the machine's basics, Render's own variables,
 * the Blueprint's values, then the values entered for its secrets (and test overrides). The current
 * node comes first on PATH, so "node" and "npm" in the commands are the runtime under test.
 */
function commandEnv(blueprint, { port, secrets = {}, extra = {} }) {
  const unknown = Object.keys(secrets).filter((key) => !blueprint.secrets.includes(key));
  if (unknown.length > 0) {
    throw new Error(`not sync: false in render.yaml, so Render would never ask for: ${unknown.join(", ")}`);
  }
  const base = {};
  for (const key of ["HOME", "LANG", "TMPDIR", "NODE_EXTRA_CA_CERTS"]) {
    if (process.env[key] !== undefined) base[key] = process.env[key];
  }
  // npm's own settings (cache, nodedir for native builds under another Node) as the machine has them;
  // npm adds npm_config_* for its own lifecycle too, which a build on Render would not see.
  for (const key of ["npm_config_cache", "npm_config_nodedir", "npm_config_userconfig"]) {
    if (process.env[key] !== undefined) base[key] = process.env[key];
  }
  return {
    ...base,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`,
    RENDER: "true",
    IS_PULL_REQUEST: "false",
    ...(port !== undefined ? { PORT: String(port) } : {}),
    ...blueprint.env,
    ...secrets,
    ...extra,
  };
}

function runShell(command, { cwd, env, log, label }) {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", command], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    const collect = (chunk) => {
      output.push(chunk);
      log?.(`[${label}] ${chunk.toString().trimEnd()}`);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      const text = Buffer.concat(output).toString();
      if (code === 0) resolve(text);
      else
        reject(
          new Error(`${label} \`${command}\` failed (${signal ?? `exit ${code}`}):\n${text.slice(-4000)}`),
        );
    });
  });
}

/**
 * Runs the Blueprint's buildCommand in `dir`. Tests pass `offline: true`: npm then installs from its
 * cache only (the `npm install` that came before filled it), so the build reaches no registry.
 */
export async function build(blueprint, { dir, secrets, extra = {}, offline = false, log }) {
  const started = Date.now();
  const env = commandEnv(blueprint, {
    secrets,
    extra: { ...(offline ? { npm_config_offline: "true" } : {}), ...extra },
  });
  await runShell(blueprint.buildCommand, { cwd: dir, env, log, label: "build" });
  return { seconds: (Date.now() - started) / 1000 };
}

/** Runs the preDeployCommand (Render: after the build, before the new version takes traffic). */
export async function preDeploy(blueprint, { dir, secrets, extra, log }) {
  if (!blueprint.preDeployCommand) return { ran: false };
  const env = commandEnv(blueprint, { secrets, extra });
  const output = await runShell(blueprint.preDeployCommand, { cwd: dir, env, log, label: "pre-deploy" });
  return { ran: true, output };
}

/** Resident set size of a process in bytes (Linux /proc), or undefined where it cannot be read. */
export function rssBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kib === undefined ? undefined : Number(kib) * 1024;
  } catch {
    return undefined;
  }
}

/**
 * Starts one instance with the startCommand and waits until healthCheckPath answers 200, as
 * Render's health check does before routing traffic to it.
 */
export async function start(blueprint, { dir, port, secrets, extra, log, readyTimeoutMs = 120_000 }) {
  const env = commandEnv(blueprint, { port, secrets, extra });
  // `exec` so the shell is replaced: the pid is the server's and SIGTERM reaches it, as on Render.
  const child = spawn("sh", ["-c", `exec ${blueprint.startCommand}`], {
    cwd: dir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = [];
  const collect = (chunk) => {
    output.push(chunk);
    log?.(`[start] ${chunk.toString().trimEnd()}`);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  let exited = null;
  const exit = new Promise((resolve) =>
    child.on("exit", (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    }),
  );
  const logs = () => Buffer.concat(output).toString();
  const origin = `http://127.0.0.1:${port}`;
  const health = `${origin}${blueprint.healthCheckPath}`;
  const started = Date.now();
  for (;;) {
    if (exited) {
      throw new Error(
        `startCommand exited (${exited.signal ?? `exit ${exited.code}`}) before ready:\n${logs()}`,
      );
    }
    try {
      const response = await fetch(health, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > readyTimeoutMs) {
      child.kill("SIGKILL");
      throw new Error(`${health} was not 200 within ${readyTimeoutMs} ms:\n${logs()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    pid: child.pid,
    readySeconds: (Date.now() - started) / 1000,
    logs,
    rssBytes: () => rssBytes(child.pid),
    /** SIGTERM, as Render sends at a redeploy; resolves with how the process ended. */
    async stop(timeoutMs = 15_000) {
      if (exited) return exited;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      const result = await exit;
      clearTimeout(timer);
      return result;
    },
  };
}
