// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RunRequest, WorkerMessage } from "../worker/run-protocol";
import { createSandboxRunner, type WorkerLike } from "./sandbox-runner";

/** A worker message without its run id (the fake adds the id of the run it was last sent). */
type Reply = WorkerMessage extends infer M ? (M extends WorkerMessage ? Omit<M, "id"> : never) : never;

class FakeWorker implements WorkerLike {
  sent: RunRequest[] = [];
  terminated = false;
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  postMessage(message: RunRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: Reply) {
    this.onmessage?.({ data: { ...message, id: this.sent.at(-1)!.id } } as MessageEvent<WorkerMessage>);
  }
}

const limits = { timeMs: 3_000, graceMs: 1_000, loadMs: 60_000 };

describe("the Try it yourself sandbox runner", () => {
  let workers: FakeWorker[];
  const runner = () =>
    createSandboxRunner({
      createWorker: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
      limits,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
  });
  afterEach(() => vi.useRealTimers());

  it("returns the worker's result and keeps the worker for the next run", async () => {
    const sandbox = runner();
    const first = sandbox.run("javascript", "console.log(1)");
    workers[0]!.reply({ type: "started" });
    workers[0]!.reply({ type: "result", result: { status: "ok", stdout: "1\n", ms: 1 } });
    expect(await first).toEqual({ kind: "finished", result: { status: "ok", stdout: "1\n", ms: 1 } });
    const second = sandbox.run("javascript", "console.log(2)");
    workers[0]!.reply({ type: "result", result: { status: "ok", stdout: "2\n", ms: 1 } });
    await second;
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent.map((m) => m.code)).toEqual(["console.log(1)", "console.log(2)"]);
  });

  it("terminates a Python worker at the time limit, counted from the program's start, not the load", async () => {
    const sandbox = runner();
    const onLoading = vi.fn();
    const outcome = sandbox.run("python", "while True: pass", { onLoading });
    workers[0]!.reply({ type: "loading", runtime: "Python" });
    expect(onLoading).toHaveBeenCalledWith("Python");
    // Loading Pyodide takes a while; that time is not the program's.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.reply({ type: "started" });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toEqual({ kind: "stopped", afterMs: 3_000 });
    expect(workers[0]!.terminated).toBe(true);

    // A fresh worker for the next run.
    const next = sandbox.run("python", "print(1)");
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ type: "result", result: { status: "ok", stdout: "1\n", ms: 1 } });
    expect((await next).kind).toBe("finished");
  });

  it("gives QuickJS the grace to stop itself before terminating it as a backstop", async () => {
    const sandbox = runner();
    const outcome = sandbox.run("typescript", "while (true) {}");
    workers[0]!.reply({ type: "started" });
    await vi.advanceTimersByTimeAsync(3_500);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(await outcome).toEqual({ kind: "stopped", afterMs: 3_000 });
    expect(workers[0]!.terminated).toBe(true);
  });

  it("fails, dropping the worker, when the runtime does not load in time or the worker reports a failure", async () => {
    const sandbox = runner();
    const slow = sandbox.run("python", "print(1)");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await slow).toEqual({ kind: "failed", message: "the runtime did not load within 60 s" });
    expect(workers[0]!.terminated).toBe(true);

    const broken = sandbox.run("python", "print(1)");
    workers[1]!.reply({ type: "failed", message: "fetch failed" });
    expect(await broken).toEqual({ kind: "failed", message: "fetch failed" });
    expect(workers[1]!.terminated).toBe(true);
  });

  it("replaces the worker after a sandbox crash, and refuses a second run while one is running", async () => {
    const sandbox = runner();
    const first = sandbox.run("javascript", "x");
    await expect(sandbox.run("javascript", "y")).rejects.toThrow(/already running/);
    workers[0]!.reply({ type: "result", result: { status: "crash", stdout: "", ms: 0 } });
    await first;
    expect(workers[0]!.terminated).toBe(true);
  });

  it("ignores messages about an earlier run", async () => {
    const sandbox = runner();
    const outcome = sandbox.run("javascript", "x");
    workers[0]!.onmessage?.({
      data: { type: "result", id: 999, result: { status: "ok", stdout: "old", ms: 0 } },
    } as MessageEvent<WorkerMessage>);
    workers[0]!.reply({ type: "result", result: { status: "ok", stdout: "new", ms: 0 } });
    expect(await outcome).toMatchObject({ result: { stdout: "new" } });
  });

  it("stops a running program and drops the worker when disposed", async () => {
    const sandbox = runner();
    const outcome = sandbox.run("javascript", "while (true) {}");
    sandbox.dispose();
    expect(await outcome).toEqual({ kind: "failed", message: "cancelled" });
    expect(workers[0]!.terminated).toBe(true);
  });
});
