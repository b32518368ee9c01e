#!/usr/bin/env node
// `npm start`: build the SPA when its sources are newer than apps/web/dist, build the API into
// apps/api/dist (under a second), then run it as production does (decision 023); it serves both the API
// and the built SPA on one port.
import { spawn } from "node:child_process";
import { API_ENV, API_SERVER, API_NODE_FLAGS, buildApi } from "./build-api.mjs";
import { buildWeb, loadDotEnv, ROOT, signalNumber, webBuildReason } from "./lib.mjs";

if (loadDotEnv()) process.stdout.write("Loaded .env\n");

const reason = webBuildReason();
if (reason) {
  process.stdout.write(`Building the web app (${reason})…\n`);
  const started = Date.now();
  const code = await buildWeb();
  if (code !== 0) {
    process.stderr.write(`The web build failed (exit ${code}); not starting the server.\n`);
    process.exit(code);
  }
  process.stdout.write(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}

try {
  await buildApi();
} catch (error) {
  process.stderr.write(`The API build failed (${error.message}); not starting the server.\n`);
  process.exit(1);
}

// The API gets its own process group so that this script is its only source of stop signals: a
// terminal Ctrl-C reaches every process in the foreground group, and a second SIGINT arriving via a
// forwarder would make the API's graceful shutdown give up and exit at once.
const api = spawn(process.execPath, [...API_NODE_FLAGS, API_SERVER], {
  cwd: ROOT,
  env: { ...API_ENV, ...process.env },
  stdio: "inherit",
  detached: true,
});

// npm forwards the terminal's signal too, so duplicates arrive together; only a later, separate
// signal (a user pressing Ctrl-C again) is passed on, which the API treats as "stop now".
let lastForwardedAt = 0;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    const now = Date.now();
    if (now - lastForwardedAt < 1000) return;
    lastForwardedAt = now;
    api.kill(signal);
  });
}

api.on("error", (error) => {
  process.stderr.write(`Could not start the API: ${error.message}\n`);
  process.exit(1);
});
api.on("exit", (code, signal) => {
  process.exit(code ?? 128 + signalNumber(signal));
});
