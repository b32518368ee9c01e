#!/usr/bin/env node
// `npm run dev`: the Vite dev server (http://localhost:5173, hot reload, proxies the API paths) and the
// API under `tsx watch` (restarts on change), side by side with prefixed output.
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { bin, loadDotEnv, ROOT, WEB_DIR } from "./lib.mjs";

loadDotEnv();

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);

const processes = [
  {
    name: "api",
    code: "36",
    args: [
      bin("tsx", "dist/cli.mjs"),
      "watch",
      "--clear-screen=false",
      path.join(ROOT, "apps/api/src/server.ts"),
    ],
    cwd: ROOT,
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "info" },
  },
  {
    name: "web",
    code: "35",
    args: [bin("vite", "bin/vite.js")],
    cwd: WEB_DIR,
    env: {},
  },
];

const children = [];
let stopping = false;
let exitCode = 0;

function prefixLines(stream, label, target) {
  const lines = createInterface({ input: stream });
  lines.on("line", (line) => target.write(`${label} ${line}\n`));
}

for (const proc of processes) {
  const label = paint(proc.code, `[${proc.name}]`);
  const child = spawn(process.execPath, proc.args, {
    cwd: proc.cwd,
    env: { ...process.env, FORCE_COLOR: color ? "1" : "0", ...proc.env },
    // Own process group: this script decides when and how each child is stopped.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  prefixLines(child.stdout, label, process.stdout);
  prefixLines(child.stderr, label, process.stderr);
  child.on("exit", (code, signal) => {
    children.splice(children.indexOf(child), 1);
    if (!stopping) {
      process.stderr.write(`${label} exited (${signal ?? `code ${code}`}); stopping the others.\n`);
      exitCode = code || 1;
      stop("SIGTERM");
    }
    if (children.length === 0) process.exit(exitCode);
  });
  children.push(child);
}

process.stdout.write(
  `${paint("1", "Katagen dev")}: open http://localhost:5173 (Vite proxies /api, /auth, /docs … to the API on :3000). Ctrl-C stops both.\n`,
);

function stop(signal) {
  stopping = true;
  for (const child of children) {
    try {
      // Negative pid: the whole group, so tsx watch's and Vite's own children go too.
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}

let lastSignalAt = 0;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    const now = Date.now();
    if (now - lastSignalAt < 1000) return;
    // A second, deliberate Ctrl-C means "now": no more waiting for graceful shutdown.
    const force = lastSignalAt !== 0;
    lastSignalAt = now;
    stop(force ? "SIGKILL" : "SIGTERM");
  });
}
