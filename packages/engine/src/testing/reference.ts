import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Language } from "@katagen/contract";
import ts from "typescript";
import { transpileTypeScript } from "../sandbox/transpile.mjs";

export interface ReferenceResult {
  status: "ok" | "error" | "timeout";
  stdout: string;
  error?: string | null;
}

function runChild(command: string, args: string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else
        reject(new Error(`${command} exited ${code}: ${Buffer.concat(err).toString("utf8").slice(0, 2000)}`));
    });
    child.stdin.end(input);
  });
}

/**
 * Runs programs on the real runtimes, batched into one child process per call: `node` (TypeScript
 * transpiled exactly as the sandbox does) or `python3`.
 */
export async function runOnReference(language: Language, programs: string[]): Promise<ReferenceResult[]> {
  if (programs.length === 0) return [];
  if (language === "python") {
    const script = fileURLToPath(new URL("./python-reference.py", import.meta.url));
    return JSON.parse(await runChild("python3", [script], JSON.stringify(programs))) as ReferenceResult[];
  }
  const js = language === "typescript" ? programs.map((p) => transpileTypeScript(ts, p)) : programs;
  const script = fileURLToPath(new URL("./node-reference.mjs", import.meta.url));
  return JSON.parse(await runChild(process.execPath, [script], JSON.stringify(js))) as ReferenceResult[];
}
