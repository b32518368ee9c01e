import { DIFFICULTIES } from "@katagen/contract";
import { describe, expect, it } from "vitest";
import { createRng } from "../../rng";
import { BLANK } from "./helpers";
import { javascriptRules, javascriptTemplates, javascriptTopics } from "./index";

const ruleIds = new Set(javascriptRules.map((r) => r.id));

describe("JavaScript templates", () => {
  it("cover every topic x difficulty cell with at least 3 templates, and name no unknown topic", () => {
    const topicIds = new Set(javascriptTopics.map((t) => t.id));
    const counts = new Map<string, number>();
    for (const t of javascriptTemplates)
      counts.set(`${t.topic}/${t.difficulty}`, (counts.get(`${t.topic}/${t.difficulty}`) ?? 0) + 1);
    const thin = javascriptTopics
      .flatMap((t) => DIFFICULTIES.map((d) => `${t.id}/${d}`))
      .filter((cell) => (counts.get(cell) ?? 0) < 3);
    expect(thin).toEqual([]);
    expect(javascriptTemplates.filter((t) => !topicIds.has(t.topic)).map((t) => t.id)).toEqual([]);
  });

  it("have unique ids of the form javascript/<topic>/<slug>", () => {
    const ids = javascriptTemplates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      javascriptTemplates
        .filter((t) => !new RegExp(`^javascript/${t.topic}/[a-z0-9-]+$`).test(t.id))
        .map((t) => t.id),
    ).toEqual([]);
  });

  it("define every misconception rule once, with js.* ids and one-line feedback", () => {
    expect(ruleIds.size).toBe(javascriptRules.length);
    expect(
      javascriptRules
        .filter((r) => !/^js\.[a-z0-9-]+$/.test(r.id) || r.feedback.includes("\n"))
        .map((r) => r.id),
    ).toEqual([]);
  });

  it("build deterministic, well-formed instances that only reference known rules", () => {
    const problems: string[] = [];
    for (const t of javascriptTemplates) {
      for (let i = 0; i < 25; i++) {
        const a = t.build(createRng(`js-templates|${t.id}|${i}`));
        const b = t.build(createRng(`js-templates|${t.id}|${i}`));
        if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${t.id}: not deterministic`);
        if (a.kind !== t.kind) problems.push(`${t.id}: builds ${a.kind}`);
        const lines = a.code.split("\n").length;
        if (lines < 4 || lines > 25) problems.push(`${t.id}: ${lines} lines`);
        if (/Math\.random|Date/.test(a.code)) problems.push(`${t.id}: uses Math.random or Date`);
        const rules =
          a.kind === "predict-output" ? a.distractors.map((d) => d.rule) : a.wrong.map((w) => w.rule);
        if (rules.length < 3) problems.push(`${t.id}: only ${rules.length} distractors`);
        for (const r of rules) if (!ruleIds.has(r)) problems.push(`${t.id}: unknown rule ${r}`);
        if (a.kind === "fill-in-blank") {
          if (!a.code.includes(BLANK)) problems.push(`${t.id}: no ${BLANK} placeholder`);
          if (a.wrong.some((w) => w.fragment === a.answer))
            problems.push(`${t.id}: a wrong fragment equals the answer`);
        } else if (a.distractors.some((d) => d.code === a.code)) {
          problems.push(`${t.id}: a mutant is identical to the program`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it("use every misconception rule in at least one template", () => {
    const used = new Set<string>();
    for (const t of javascriptTemplates) {
      for (let i = 0; i < 10; i++) {
        const a = t.build(createRng(`js-rules|${t.id}|${i}`));
        for (const r of a.kind === "predict-output"
          ? a.distractors.map((d) => d.rule)
          : a.wrong.map((w) => w.rule))
          used.add(r);
      }
    }
    expect(javascriptRules.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
  });
});
