/**
 * Python-specific checks on the template source itself; the engine-wide quality gates (sandbox
 * execution, option selection, calibration) live in src/quality. These run the programs on the real
 * python3, so a broken mutation or a key that crashes is caught without the sandbox.
 */
import { describe, expect, it } from "vitest";
import { DIFFICULTIES } from "@katagen/contract";
import { programsFor } from "../../generator/generate";
import { canonical } from "../../generator/normalize";
import { createRng } from "../../rng";
import { runOnReference, type ReferenceResult } from "../../testing/reference";
import type { TemplateInstance } from "../../types";
import { BLANK } from "./helpers";
import { pythonRules, pythonTemplates, pythonTopics } from "./index";

const SEEDS_PER_TEMPLATE = 4;

const ruleIds = new Set(pythonRules.map((r) => r.id));

function rulesOf(instance: TemplateInstance): string[] {
  return instance.kind === "predict-output"
    ? instance.distractors.map((d) => d.rule)
    : instance.wrong.map((w) => w.rule);
}

const output = (r: ReferenceResult) =>
  r.status === "ok" ? r.stdout.trim() : `Uncaught ${r.error ?? "Error"}`;

describe("python templates", () => {
  it("cover every topic × difficulty cell with at least 3 templates, under unique python/<topic>/<slug> ids", () => {
    const ids = pythonTemplates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of pythonTemplates) expect(t.id).toMatch(new RegExp(`^python/${t.topic}/[a-z0-9-]+$`));
    const thin = pythonTopics
      .flatMap((topic) =>
        DIFFICULTIES.map((d) => ({
          cell: `${topic.id}/${d}`,
          n: pythonTemplates.filter((t) => t.topic === topic.id && t.difficulty === d).length,
        })),
      )
      .filter((c) => c.n < 3);
    expect(thin).toEqual([]);
  });

  it("use only py.* rules that exist, and every rule is used by some template", () => {
    for (const r of pythonRules) expect(r.id).toMatch(/^py\.[a-z0-9-]+$/);
    expect(new Set(pythonRules.map((r) => r.id)).size).toBe(pythonRules.length);
    const used = new Set<string>();
    const unknown: string[] = [];
    for (const t of pythonTemplates) {
      for (let i = 0; i < 20; i++) {
        for (const r of rulesOf(t.build(createRng(`py-rules|${t.id}|${i}`)))) {
          used.add(r);
          if (!ruleIds.has(r)) unknown.push(`${t.id}: ${r}`);
        }
      }
    }
    expect([...new Set(unknown)]).toEqual([]);
    expect(pythonRules.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it("build the same instance for the same seed and keep programs between 4 and 25 lines", () => {
    for (const t of pythonTemplates) {
      const a = t.build(createRng(`py-det|${t.id}`));
      const b = t.build(createRng(`py-det|${t.id}`));
      expect(JSON.stringify(a), t.id).toBe(JSON.stringify(b));
      const lines = a.code.split("\n").length;
      expect(lines, t.id).toBeGreaterThanOrEqual(4);
      expect(lines, t.id).toBeLessThanOrEqual(25);
      if (a.kind === "fill-in-blank") {
        expect(a.code.split(BLANK).length - 1, `${t.id}: exactly one blank`).toBe(1);
        expect(a.prompt, t.id).toContain("{{target}}");
      }
    }
  });

  it("run on the real python3: keys print something, and at least 3 wrong options differ from the key", async () => {
    type Plan = { id: string; kind: TemplateInstance["kind"]; start: number; count: number };
    const programs: string[] = [];
    const plans: Plan[] = [];
    for (const t of pythonTemplates) {
      for (let i = 0; i < SEEDS_PER_TEMPLATE; i++) {
        const inst = t.build(createRng(`py-run|${t.id}|${i}`));
        const start = programs.length;
        const { key, distractors } = programsFor("python", inst);
        programs.push(key, ...distractors.map((d) => d.code));
        plans.push({ id: `${t.id} #${i}`, kind: inst.kind, start, count: programs.length - start });
        if (inst.kind === "predict-output") {
          // value distractors join the executed ones as plain options
          (plans[plans.length - 1] as Plan & { values?: string[] }).values = inst.distractors.flatMap((d) =>
            d.value === undefined ? [] : [d.value],
          );
        }
      }
    }
    const results = await runOnReference("python", programs);
    const problems: string[] = [];
    for (const plan of plans as (Plan & { values?: string[] })[]) {
      const [key, ...rest] = results.slice(plan.start, plan.start + plan.count);
      if (!key || key.status !== "ok" || key.stdout.trim() === "") {
        problems.push(`${plan.id}: key program failed (${key?.status} ${key?.error ?? ""})`);
        continue;
      }
      const keyText = canonical(key.stdout.trim());
      const wrong = [...rest.map(output), ...(plan.values ?? [])].map(canonical).filter((o) => o !== keyText);
      const distinctWrong = plan.kind === "predict-output" ? new Set(wrong).size : wrong.length;
      if (distinctWrong < 3) problems.push(`${plan.id}: only ${distinctWrong} wrong options`);
    }
    expect(problems).toEqual([]);
  });
});
