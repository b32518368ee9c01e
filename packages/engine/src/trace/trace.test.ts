import { LANGUAGES, type Language, type RunTrace } from "@katagen/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../engine";
import type { Engine } from "../engine-types";
import { programsFor } from "../generator/generate";
import { createRng } from "../rng";
import { builtInTemplates } from "../templates/index";

const SEEDS = 3;
let engine: Engine;

beforeAll(async () => {
  engine = createEngine({ workers: 2 });
  await engine.warmUp();
});
afterAll(() => engine.close());

interface Traced {
  template: string;
  code: string;
  stdout: string;
  trace: RunTrace | null;
}

/** Every template's key program for a few seeds, run plainly and traced. */
async function traceTemplates(language: Language): Promise<Traced[]> {
  const out: Traced[] = [];
  for (const t of builtInTemplates.templates.filter((x) => x.language === language)) {
    for (let i = 0; i < SEEDS; i++) {
      let code: string;
      try {
        code = programsFor(language, t.build(createRng(`trace|${t.id}|${i}`))).key;
      } catch {
        continue;
      }
      const [plain] = await engine.execute([{ language, code }]);
      // An instance whose key run fails is redrawn by the generator: never a question, never traced.
      if (plain!.status !== "ok" || plain!.stdout.trim() === "") continue;
      out.push({
        template: t.id,
        code,
        stdout: plain!.stdout,
        trace: await engine.trace!({ language, code }),
      });
    }
  }
  return out;
}

describe.each(LANGUAGES)("the %s step view trace, over every template", (language) => {
  let runs: Traced[];
  beforeAll(async () => {
    runs = await traceTemplates(language);
  }, 600_000);

  it("is recorded for every key program that runs", () => {
    const templates = builtInTemplates.templates.filter((t) => t.language === language);
    expect(new Set(runs.map((r) => r.template)).size).toBe(templates.length);
    expect(runs.filter((r) => r.trace === null).map((r) => r.template)).toEqual([]);
  });

  it("prints, step by step, exactly what the program printed", () => {
    const wrong = runs.filter((r) => r.trace && r.trace.steps.map((s) => s.output).join("") !== r.stdout);
    expect(wrong.map((r) => r.template)).toEqual([]);
  });

  it("puts every step on a line of the program that prints", () => {
    const printer = language === "python" ? /\bprint\b/ : /\bconsole\.(log|info|debug)\b/;
    const problems = runs.flatMap((r) => {
      const lines = r.code.split("\n");
      return (r.trace?.steps ?? [])
        .filter((s) => s.line < 1 || s.line > lines.length || !printer.test(lines[s.line - 1]!))
        .map((s) => `${r.template}: line ${s.line}`);
    });
    expect(problems).toEqual([]);
  });

  it("names only variables the printing line mentions", () => {
    const problems = runs.flatMap((r) => {
      const lines = r.code.split("\n");
      return (r.trace?.steps ?? []).flatMap((s) =>
        s.values
          .filter(
            (v) =>
              !new RegExp(`(^|[^\\w$])${v.name.replace(/\$/g, "\\$")}([^\\w$]|$)`).test(
                lines.slice(s.line - 1).join("\n"),
              ),
          )
          .map((v) => `${r.template}: ${v.name} on line ${s.line}`),
      );
    });
    expect(problems).toEqual([]);
  });

  it(
    language === "python"
      ? "has no queue on any step (Python's programs here have no event loop)"
      : "says which queue each print ran from",
    () => {
      const steps = runs.flatMap((r) => r.trace?.steps ?? []);
      expect(steps.length).toBeGreaterThan(0);
      if (language === "python") {
        expect(steps.filter((s) => s.queue !== undefined)).toEqual([]);
        return;
      }
      expect(steps.every((s) => s.queue === "sync" || s.queue === "microtask" || s.queue === "timer")).toBe(
        true,
      );
      const asyncRuns = runs.filter((r) => r.template.includes("/async-event-loop/"));
      expect(asyncRuns.length).toBeGreaterThan(0);
      expect(new Set(asyncRuns.flatMap((r) => r.trace?.steps.map((s) => s.queue) ?? []))).toContain("timer");
    },
  );
});

describe("a traced run", () => {
  it("reads the variables as the print call sees them, in each queue", async () => {
    const code = [
      "let n = 1;",
      "const items = [];",
      "setTimeout(() => console.log('timer', n, items), 0);",
      "Promise.resolve().then(() => { n++; console.log('micro', n); });",
      "items.push(n);",
      "console.log('sync', n, items.length);",
    ].join("\n");
    const trace = await engine.trace!({ language: "javascript", code });
    expect(trace?.steps).toEqual([
      {
        line: 6,
        output: "sync 1 1\n",
        values: [
          { name: "n", value: "1" },
          { name: "items", value: "[ 1 ]" },
        ],
        queue: "sync",
      },
      { line: 4, output: "micro 2\n", values: [{ name: "n", value: "2" }], queue: "microtask" },
      {
        line: 3,
        output: "timer 2 [ 1 ]\n",
        values: [
          { name: "n", value: "2" },
          { name: "items", value: "[ 1 ]" },
        ],
        queue: "timer",
      },
    ]);
  });

  it("maps TypeScript steps to the TypeScript source's lines", async () => {
    const code = [
      "interface Box {",
      "  size: number;",
      "}",
      "",
      "const box: Box = { size: 2 };",
      "type Size = number;",
      "const double = (s: Size): Size => s * 2;",
      "console.log(double(box.size) as Size);",
    ].join("\n");
    const trace = await engine.trace!({ language: "typescript", code });
    expect(trace?.steps).toEqual([
      { line: 8, output: "4\n", values: [{ name: "box", value: "{ size: 2 }" }], queue: "sync" },
    ]);
  });

  it("skips names in their temporal dead zone, functions and errors", async () => {
    const code = [
      "function show(x) {",
      "  console.log(x, false && later, show.name);",
      "}",
      "show(1);",
      "try { null.f(); } catch (e) { console.log(e.name); }",
      "let later = 1;",
    ].join("\n");
    const trace = await engine.trace!({ language: "javascript", code });
    expect(trace?.steps).toEqual([
      { line: 2, output: "1 false show\n", values: [{ name: "x", value: "1" }], queue: "sync" },
      { line: 5, output: "TypeError\n", values: [], queue: "sync" },
    ]);
  });

  it("gives Python the calling frame's line and locals, and leaves out comprehension variables", async () => {
    const code =
      "def f(n):\n    total = n + 1\n    print(total, [k for k in range(n)])\n\nf(2)\nprint('end', end='')";
    const trace = await engine.trace!({ language: "python", code });
    expect(trace?.steps).toEqual([
      {
        line: 3,
        output: "3 [0, 1]\n",
        values: [
          { name: "total", value: "3" },
          { name: "n", value: "2" },
        ],
      },
      { line: 6, output: "end", values: [] },
    ]);
  });

  it("is dropped when a print cannot be placed on a line (a console method passed as a value)", async () => {
    const trace = await engine.trace!({
      language: "javascript",
      code: "[1, 2].forEach((x) => console.log(x));\n['a'].forEach(console.log);",
    });
    expect(trace).toBeNull();
  });

  it("is dropped when the program writes to stdout other than by print", async () => {
    const trace = await engine.trace!({
      language: "python",
      code: "import sys\nsys.stdout.write('x\\n')\nprint('y')",
    });
    expect(trace).toBeNull();
  });
});
