import { Worker } from "node:worker_threads";

const COMPILER_URL = new URL("./compiler-worker.mjs", import.meta.url);
/** Transpiling a question's programs takes milliseconds; anything near this is a stuck compiler. */
const TRANSPILE_TIMEOUT_MS = 10_000;

interface Pending {
  resolve: (outputs: string[]) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/** One lazily started TypeScript compiler thread, replaced if it dies or hangs. */
export class TypeScriptCompiler {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  /** Starts the thread and loads the compiler. */
  warmUp(): Promise<void> {
    this.start();
    return this.ready!;
  }

  async transpile(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    this.start();
    await this.ready;
    const worker = this.worker!;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => this.kill(new Error("TypeScript compiler timed out")),
        TRANSPILE_TIMEOUT_MS,
      );
      this.pending.set(id, { resolve, reject, timer });
      worker.ref();
      worker.postMessage({ id, codes });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.kill(new Error("the engine is closed"));
    await worker?.terminate();
  }

  private start(): void {
    if (this.closed) throw new Error("the engine is closed");
    if (this.worker) return;
    const worker = new Worker(COMPILER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.unref();
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.on("message", (msg: { id: number; ready?: boolean; outputs?: string[]; error?: string }) => {
        if (msg.ready) return resolve();
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        clearTimeout(p.timer);
        if (this.pending.size === 0) worker.unref();
        if (msg.outputs) p.resolve(msg.outputs);
        else p.reject(new Error(msg.error ?? "transpile failed"));
      });
      worker.on("error", (err) => {
        reject(err);
        if (this.worker === worker) this.kill(err);
      });
      worker.on("exit", () => {
        if (this.worker === worker) this.kill(new Error("TypeScript compiler exited"));
      });
    });
    this.ready.catch(() => {});
  }

  private kill(err: Error): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
    void worker?.terminate();
  }
}
