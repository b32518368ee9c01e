import { DIFFICULTIES } from "@katagen/contract";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { createRng } from "../../rng";
import type { TemplateInstance } from "../../types";
import { BLANK } from "./helpers";
import { typescriptRules, typescriptTemplates, typescriptTopics } from "./index";

const ruleIds = new Set(typescriptRules.map((r) => r.id));
const rulesOf = (a: TemplateInstance): string[] =>
  a.kind === "predict-output" ? a.distractors.map((d) => d.rule) : a.wrong.map((w) => w.rule);
/** The program a learner sees as correct: fill-in-blank code completed with its answer. */
const shownProgram = (a: TemplateInstance): string =>
  a.kind === "fill-in-blank" ? a.code.split(BLANK).join(a.answer) : a.code;

/**
 * Type-checks each program on its own (every file is a module) with `--strict`, target ES2022 as the
 * sandbox transpiles it, and the DOM lib for `console`/`setTimeout`/`queueMicrotask`.
 */
function typeErrors(programs: Map<string, string>): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleDetection: ts.ModuleDetectionKind.Force,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError) => {
    const text = programs.get(fileName);
    return text !== undefined
      ? ts.createSourceFile(fileName, text, languageVersion)
      : getSourceFile(fileName, languageVersion, onError);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => programs.has(fileName) || fileExists(fileName);
  const program = ts.createProgram([...programs.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : "";
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}\n${d.file?.text ?? ""}`;
  });
}

describe("TypeScript templates", () => {
  it("cover every topic x difficulty cell with at least 3 templates, with ids typescript/<topic>/<slug>", () => {
    const counts = new Map<string, number>();
    for (const t of typescriptTemplates)
      counts.set(`${t.topic}/${t.difficulty}`, (counts.get(`${t.topic}/${t.difficulty}`) ?? 0) + 1);
    const thin = typescriptTopics
      .flatMap((t) => DIFFICULTIES.map((d) => `${t.id}/${d}`))
      .filter((cell) => (counts.get(cell) ?? 0) < 3);
    expect(thin).toEqual([]);
    const ids = typescriptTemplates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      typescriptTemplates
        .filter((t) => !new RegExp(`^typescript/${t.topic}/[a-z0-9-]+$`).test(t.id))
        .map((t) => t.id),
    ).toEqual([]);
  });

  it("define ts.* rules once each, and every rule is used by some template", () => {
    expect(ruleIds.size).toBe(typescriptRules.length);
    expect(
      typescriptRules
        .filter((r) => !/^ts\.[a-z0-9-]+$/.test(r.id) || r.feedback.includes("\n"))
        .map((r) => r.id),
    ).toEqual([]);
    const used = new Set<string>();
    for (const t of typescriptTemplates)
      for (let i = 0; i < 10; i++)
        for (const r of rulesOf(t.build(createRng(`ts-rules|${t.id}|${i}`)))) used.add(r);
    expect([...ruleIds].filter((id) => !used.has(id))).toEqual([]);
  });

  it("build deterministic instances that reference only known rules and no clock or randomness", () => {
    const problems: string[] = [];
    for (const t of typescriptTemplates) {
      for (let i = 0; i < 20; i++) {
        const a = t.build(createRng(`ts-templates|${t.id}|${i}`));
        if (JSON.stringify(a) !== JSON.stringify(t.build(createRng(`ts-templates|${t.id}|${i}`))))
          problems.push(`${t.id}: not deterministic`);
        if (a.kind !== t.kind) problems.push(`${t.id}: builds ${a.kind}`);
        const lines = a.code.split("\n").length;
        if (lines < 4 || lines > 25) problems.push(`${t.id}: ${lines} lines`);
        if (/Math\.random|\bDate\b|performance\.now/.test(a.code))
          problems.push(`${t.id}: uses the clock or Math.random`);
        const rules = rulesOf(a);
        if (rules.length < 3) problems.push(`${t.id}: only ${rules.length} distractors`);
        for (const r of rules) if (!ruleIds.has(r)) problems.push(`${t.id}: unknown rule ${r}`);
        if (a.kind === "fill-in-blank" && !a.code.includes(BLANK))
          problems.push(`${t.id}: no ${BLANK} placeholder`);
        if (a.kind === "fill-in-blank" && a.wrong.some((w) => w.fragment === a.answer))
          problems.push(`${t.id}: a wrong fragment equals the answer`);
        if (a.kind === "predict-output" && a.distractors.some((d) => d.code === a.code))
          problems.push(`${t.id}: a mutant equals the program`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it("show programs that type-check under --strict (the program a learner reads as correct)", () => {
    const programs = new Map<string, string>();
    for (const t of typescriptTemplates) {
      for (let i = 0; i < 3; i++)
        programs.set(
          `/templates/${t.id.replaceAll("/", "__")}__${i}.ts`,
          shownProgram(t.build(createRng(`ts-check|${t.id}|${i}`))),
        );
    }
    const errors = typeErrors(programs);
    expect(errors.slice(0, 5), `${errors.length} type errors`).toEqual([]);
  }, 60_000);

  it("would notice a program that does not type-check", () => {
    expect(
      typeErrors(new Map([["/templates/bad.ts", `const n: number = "7";\nconsole.log(n);`]])),
    ).toHaveLength(1);
  }, 60_000);
});
