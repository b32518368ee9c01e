import { describe, expect, it } from "vitest";
import ts from "typescript";
import { programsFor } from "../generator/generate";
import { createRng } from "../rng";
import { builtInTemplates } from "../templates/index";
import { transpileTypeScript, transpileTypeScriptBatch, typeScriptSyntaxErrors } from "./transpile.mjs";

function templatePrograms(): string[] {
  const codes: string[] = [];
  for (const t of builtInTemplates.templates.filter((t) => t.language === "typescript")) {
    for (let i = 0; i < 3; i++) {
      const { key, distractors } = programsFor("typescript", t.build(createRng(`transpile|${t.id}|${i}`)));
      codes.push(key, ...distractors.map((d) => d.code));
    }
  }
  return codes;
}

describe("TypeScript transpilation", () => {
  it("emits exactly what transpileModule emits when programs are transpiled in batches", () => {
    const codes = templatePrograms();
    expect(codes.length).toBeGreaterThan(30);
    for (let i = 0; i < codes.length; i += 7) {
      const batch = codes.slice(i, i + 7);
      expect(transpileTypeScriptBatch(ts, batch)).toEqual(batch.map((c) => transpileTypeScript(ts, c)));
    }
  });

  it("keeps same-named declarations of different programs apart", () => {
    const a = "enum Color { Red, Green }\nconsole.log(Color.Green);";
    const b = "enum Color { Blue = 5, Cyan }\nconst enum Size { S = 1 }\nconsole.log(Color.Cyan, Size.S);";
    const c = "const enum Size { S = 9 }\nconsole.log(Size.S);";
    expect(transpileTypeScriptBatch(ts, [a, b, c])).toEqual([a, b, c].map((x) => transpileTypeScript(ts, x)));
  });

  it("names the line of each syntax error, and none for a program that parses (type errors are not its business)", () => {
    expect(typeScriptSyntaxErrors(ts, 'const n: number = "text";\nconsole.log(n);')).toEqual([]);
    const errors = typeScriptSyntaxErrors(ts, "const a = 1;\nconsole.log(a +);\n");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toEqual({ line: 2, message: "Expression expected." });
  });
});
