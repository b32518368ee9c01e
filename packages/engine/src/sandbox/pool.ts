import { Worker } from "node:worker_threads";
import type { Language } from "@katagen/contract";
import { EngineError } from "../errors";
import { TypeScriptCompiler } from "./compiler";
import { EsbuildTranspiler } from "./fast-transpile";
import type { Program, RunResult, SandboxOptions, SandboxStats } from "./types";

const WORKER_URL = new URL("./worker.mjs", import.meta.url);
const WATCHDOG_MS = 20;
const MAX_OUTPUT_CHARS = 16_000;
const RECYCLE_WASM_MB = 320;

interface Job {
  id: number;
  kind: "run" | "warm";
  programs: Program[];
  languages: Language[];
  results: (RunResult | undefined)[];
  resolve: (results: RunResult[]) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  control: Float64Array;
  interrupt: Int32Array;
  ready: boolean;
  /** Runtimes the worker has finished loading (it reports them), so Python jobs can avoid a cold one. */
  loaded: Set<Language>;
  /**
   * Pyodide is on its way into this worker: it was started with Python preloaded, or given a warm-up or
   * a batch that loads it. Counted as holding Python, so a Python batch arriving during the load waits
   * for it instead of loading a second Pyodide (~90 MB) into another worker.
   */
  pythonPending: boolean;
  job: Job | null;
  interruptSent: boolean;
  /** Set when the host terminated this worker on purpose (watchdog, recycle, close). */
  killedFor: "timeout" | "recycle" | "close" | null;
}

/**
 * A pool of sandbox workers with a host-side watchdog. A program that overruns its soft deadline is
 * interrupted inside the worker; one that overruns the hard stop (native loops QuickJS cannot interrupt,
 * Python in a C call) gets its worker terminated and replaced. Either way the caller gets a typed
 * RunResult and the host keeps running.
 */
export class SandboxPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private watchdog: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly warmed = new Set<Language>();
  private startFailures = 0;
  /** warmUp() callers waiting for every worker to have loaded QuickJS (a replaced one starts cold). */
  private readyWaiters: (() => void)[] = [];
  /** Counters for tests, the bench and the API's /metrics (snapshot()). */
  readonly stats = { spawned: 0, terminated: 0, recycled: 0, crashed: 0, programs: 0, timeouts: 0 };

  /** What an operator watches: the queue, busy workers, and the counters since start. */
  snapshot(): SandboxStats {
    return {
      workers: this.slots.length,
      busyWorkers: this.slots.filter((s) => s.job !== null).length,
      queued: this.queue.length,
      ...this.stats,
    };
  }

  private readonly compiler: TypeScriptCompiler | EsbuildTranspiler;

  constructor(private readonly opts: SandboxOptions) {
    this.compiler = opts.transpiler === "tsc" ? new TypeScriptCompiler() : new EsbuildTranspiler();
    for (let i = 0; i < opts.workers; i++) this.slots.push(this.spawn(null));
  }

  /** Runs the programs in order on one worker; one result per program. */
  async run(programs: Program[]): Promise<RunResult[]> {
    if (programs.length === 0) return [];
    return this.enqueue("run", await this.transpile(programs), []);
  }

  /**
   * TypeScript programs become JavaScript before they reach a worker (esbuild, or tsc's thread). If that fails they stay
   * TypeScript and the sandbox worker transpiles them itself (same emit, just slower).
   */
  private async transpile(programs: Program[]): Promise<Program[]> {
    const unique = [...new Set(programs.filter((p) => p.language === "typescript").map((p) => p.code))];
    if (unique.length === 0) return programs;
    let outputs: string[];
    try {
      outputs = await this.compiler.transpile(unique);
    } catch {
      if (this.closed) throw new EngineError("closed", "the engine is closed");
      return programs;
    }
    const js = new Map(unique.map((code, i) => [code, outputs[i]!]));
    return programs.map((p) =>
      p.language === "typescript" ? { ...p, language: "javascript", code: js.get(p.code)! } : p,
    );
  }

  /**
   * Transpiles batches once and throws the output away. tsc's emitter is JIT-compiled path by path, so
   * the first question of each template shape paid several times the steady cost (up to ~45 ms
   * against ~5 ms); doing it here moves that off the request path. Failures are ignored: the same
   * programs will simply be transpiled again on use.
   */
  async primeCompiler(batches: string[][]): Promise<void> {
    // Only tsc's emitter warms up by JIT; esbuild is native code, and priming it would be start-up work for nothing.
    if (!(this.compiler instanceof TypeScriptCompiler)) return;
    for (const codes of batches) {
      if (this.closed) return;
      await this.compiler.transpile(codes).catch(() => undefined);
    }
  }

  /**
   * Loads the language runtimes (Pyodide in `pythonWorkers` workers, the TypeScript transpiler);
   * resolves when loaded, and when every worker has loaded QuickJS: one replaced after a recycle or a
   * hard stop starts cold, and the next job would otherwise wait for that start. Python jobs then wait for
   * one of the Pyodide workers (dispatch).
   */
  async warmUp(languages: Language[]): Promise<void> {
    for (const l of languages) this.warmed.add(l);
    const inWorkers = languages.filter((l) => l === "python");
    await Promise.all([
      languages.includes("typescript") ? this.compiler.warmUp() : null,
      ...(inWorkers.length
        ? this.slots
            .slice(0, Math.max(1, this.opts.pythonWorkers ?? this.slots.length))
            .map(() => this.enqueue("warm", [], inWorkers))
        : []),
      this.allReady(),
    ]);
  }

  private allReady(): Promise<void> {
    if (this.closed || this.slots.every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
    await this.compiler.close();
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
    for (const job of this.queue.splice(0)) job.reject(new EngineError("closed", "the engine is closed"));
    await Promise.all(
      this.slots.map(async (slot) => {
        slot.killedFor = "close";
        slot.job?.reject(new EngineError("closed", "the engine is closed"));
        slot.job = null;
        await slot.worker.terminate();
      }),
    );
  }

  private fail(err: EngineError): void {
    this.closed = true;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
    void this.compiler.close();
    for (const job of this.queue.splice(0)) job.reject(err);
    for (const slot of this.slots) {
      slot.job?.reject(err);
      slot.job = null;
      slot.killedFor = "close";
      void slot.worker.terminate();
    }
  }

  private enqueue(kind: Job["kind"], programs: Program[], languages: Language[]): Promise<RunResult[]> {
    if (this.closed) return Promise.reject(new EngineError("closed", "the engine is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, kind, programs, languages, results: [], resolve, reject });
      this.dispatch();
    });
  }

  /** A live worker that has Pyodide, or is loading it. */
  private holdsPython(slot: Slot): boolean {
    return !slot.killedFor && (slot.loaded.has("python") || slot.pythonPending);
  }

  /** How many workers should hold Pyodide once Python is warmed: pythonWorkers, or all of them. */
  private get pythonWorkerCount(): number {
    return Math.max(1, this.opts.pythonWorkers ?? this.opts.workers);
  }

  /**
   * A new worker, in place of `replacing` when there is one. It preloads Pyodide only if Python was
   * warmed and the other workers hold fewer than pythonWorkers copies: a JavaScript worker recycled
   * for its WASM memory used to come back with Pyodide too, and the process then held two.
   */
  private spawn(replacing: Slot | null): Slot {
    const preloadPython =
      this.warmed.has("python") &&
      this.slots.filter((s) => s !== replacing && this.holdsPython(s)).length < this.pythonWorkerCount;
    const control = new Float64Array(new SharedArrayBuffer(3 * 8));
    const interrupt = new Int32Array(new SharedArrayBuffer(4));
    // Pyodide's JS side lives on this heap (TypeScript only as a fallback, see transpile()); sandboxed
    // JS lives in QuickJS's WASM memory, bounded separately by memoryMb.
    const worker = new Worker(WORKER_URL, {
      workerData: {
        control: control.buffer,
        interrupt: interrupt.buffer,
        memoryMb: this.opts.memoryMb,
        maxOutputChars: MAX_OUTPUT_CHARS,
        recycleWasmMb: RECYCLE_WASM_MB,
        preload: preloadPython ? ["python"] : [],
      },
      // A 4 MB young generation (was 32, then 16): a worker's jobs allocate little on the JS heap, and
      // each committed semi-space stays in RSS once grown (issue 15; engine, 450 generates: peak 308 ->
      // 284 MB at 16; the API idle and warm, median of 4 starts 15 s after 9 generates: 280 -> 258 MB at 4).
      resourceLimits: { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 4, stackSizeMb: 8 },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    this.stats.spawned++;
    const slot: Slot = {
      worker,
      control,
      interrupt,
      ready: false,
      loaded: new Set(),
      pythonPending: preloadPython,
      job: null,
      interruptSent: false,
      killedFor: null,
    };
    worker.on("message", (msg: WorkerMessage) => this.onMessage(slot, msg));
    worker.on("error", (err: Error & { code?: string }) => {
      // ERR_WORKER_OUT_OF_MEMORY and friends; the "exit" handler does the bookkeeping.
      (slot as Slot & { lastError?: string }).lastError = err.code ?? err.name;
    });
    worker.on("exit", () => this.onExit(slot));
    worker.unref();
    return slot;
  }

  private onMessage(slot: Slot, msg: WorkerMessage): void {
    if (msg.type === "ready") {
      slot.ready = true;
      if (this.slots.every((s) => s.ready)) for (const resolve of this.readyWaiters.splice(0)) resolve();
      this.dispatch();
      return;
    }
    if (msg.type === "loaded") {
      slot.loaded.add(msg.language);
      if (msg.language === "python") slot.pythonPending = false;
      this.dispatch();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== msg.id) return;
    if (msg.type === "result") {
      job.results[msg.index] = msg.result;
      this.stats.programs++;
      if (msg.result.status === "timeout") this.stats.timeouts++;
      slot.interruptSent = false;
      return;
    }
    // done: whatever the job loaded has reported itself by now ("loaded" comes first), or failed to load.
    slot.job = null;
    slot.pythonPending = false;
    slot.worker.unref();
    job.resolve(job.results as RunResult[]);
    if (msg.recycle && !this.closed) {
      this.stats.recycled++;
      this.replace(slot, "recycle");
    }
    this.dispatch();
  }

  private onExit(slot: Slot): void {
    // Workers the host terminated on purpose were already replaced and their job settled.
    if (this.closed || slot.killedFor || !this.slots.includes(slot)) return;
    if (!slot.ready) {
      // The worker died before it could load: respawning in a loop would not help.
      if (++this.startFailures >= 3)
        return this.fail(new EngineError("sandbox-failure", "sandbox workers fail to start"));
    } else {
      this.startFailures = 0;
    }
    const lastError = (slot as Slot & { lastError?: string }).lastError;
    this.stats.crashed++;
    this.retire(
      slot,
      lastError === "ERR_WORKER_OUT_OF_MEMORY" ? "oom" : "crash",
      lastError ?? "worker exited",
    );
  }

  /** Swaps a dead or doomed worker for a fresh one; its unfinished batch continues on another worker. */
  private retire(slot: Slot, status: "timeout" | "oom" | "crash", detail: string): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots[index] = this.spawn(slot);
    const job = slot.job;
    slot.job = null;
    if (job?.kind === "warm") job.resolve([]);
    else if (job) {
      const at = job.results.findIndex((r) => r === undefined);
      const current = at === -1 ? job.results.length : at;
      if (current < job.programs.length) {
        job.results[current] = { status, stdout: "", ms: 0, detail };
        this.stats.programs++;
        if (status === "timeout") this.stats.timeouts++;
      }
      this.requeueRest(job);
    }
    this.dispatch();
  }

  /** After a worker died mid-batch, the programs it had not finished go back to the front of the queue. */
  private requeueRest(job: Job): void {
    const rest = job.programs.map((_, i) => i).filter((i) => job.results[i] === undefined);
    if (rest.length === 0) {
      job.resolve(job.results as RunResult[]);
      return;
    }
    const sub: Job = {
      id: this.nextId++,
      kind: "run",
      programs: rest.map((i) => job.programs[i]!),
      languages: [],
      results: [],
      resolve: (results) => {
        rest.forEach((i, k) => (job.results[i] = results[k]));
        job.resolve(job.results as RunResult[]);
      },
      reject: job.reject,
    };
    this.queue.unshift(sub);
  }

  private replace(slot: Slot, why: "timeout" | "recycle"): void {
    if (!this.slots.includes(slot)) return;
    slot.killedFor = why;
    this.stats.terminated++;
    // Settle and respawn now: terminate() on a thread stuck in WASM can take a while to report exit.
    if (why === "timeout") this.retire(slot, "timeout", `hard stop after ${this.opts.hardStopMs} ms`);
    else this.slots[this.slots.indexOf(slot)] = this.spawn(slot);
    void slot.worker.terminate();
  }

  private dispatch(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (!slot.ready || slot.job || slot.killedFor) continue;
      // A Python job waits for a worker with Pyodide loaded (or loading) when one exists, rather than
      // stalling seconds behind a fresh worker's load, or loading a second copy beside the first.
      const pythonElsewhere = this.slots.some((s) => s !== slot && this.holdsPython(s));
      const fits = (j: Job) =>
        j.kind === "warm" ||
        slot.loaded.has("python") ||
        !pythonElsewhere ||
        !j.programs.some((p) => p.language === "python");
      const at = this.queue.findIndex(fits);
      if (at === -1) continue;
      const job = this.queue.splice(at, 1)[0]!;
      slot.job = job;
      const loadsPython =
        job.kind === "warm"
          ? job.languages.includes("python")
          : job.programs.some((p) => p.language === "python");
      if (loadsPython && !slot.loaded.has("python")) slot.pythonPending = true;
      // A busy worker keeps the process alive (a CLI awaiting a question); an idle one does not.
      slot.worker.ref();
      slot.interruptSent = false;
      if (job.kind === "warm") {
        slot.worker.postMessage({ type: "warm", id: job.id, languages: job.languages });
      } else {
        slot.worker.postMessage({
          type: "run",
          id: job.id,
          programs: job.programs,
          timeoutMs: this.opts.timeoutMs,
        });
      }
    }
    this.armWatchdog();
  }

  private armWatchdog(): void {
    const busy = this.slots.some((s) => s.job && s.job.kind === "run");
    if (busy && !this.watchdog) {
      this.watchdog = setInterval(() => this.check(), WATCHDOG_MS);
      this.watchdog.unref();
    } else if (!busy && this.watchdog) {
      clearInterval(this.watchdog);
      this.watchdog = null;
    }
  }

  private check(): void {
    const now = Date.now();
    for (const slot of this.slots) {
      if (!slot.job || slot.job.kind !== "run" || slot.killedFor) continue;
      const startedAt = slot.control[0]!;
      if (startedAt === 0) continue;
      const elapsed = now - startedAt;
      const isPython = slot.control[1] === 1;
      if (isPython && elapsed > this.opts.timeoutMs && !slot.interruptSent) {
        // Pyodide polls this buffer between bytecodes and raises KeyboardInterrupt (SIGINT = 2).
        Atomics.store(slot.interrupt, 0, 2);
        slot.interruptSent = true;
      }
      if (elapsed > this.opts.hardStopMs) this.replace(slot, "timeout");
    }
    this.armWatchdog();
  }
}

type WorkerMessage =
  | { type: "ready" }
  | { type: "loaded"; language: Language }
  | { type: "result"; id: number; index: number; result: RunResult }
  | { type: "done"; id: number; recycle: boolean };
