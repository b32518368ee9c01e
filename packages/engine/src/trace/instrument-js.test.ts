import { describe, expect, it } from "vitest";
import { instrumentJs, PROBE_NAME } from "./instrument-js";

const probe = (id: number, names: string[]) =>
  `${PROBE_NAME}(${id}, [${names.map((n) => `() => ${n}`).join(", ")}])`;

describe("instrumentJs", () => {
  it("appends a probe reading the call's names as its last argument, on the same line", () => {
    const out = instrumentJs("const a = 1;\nconsole.log(a, b.c, `${d + 1}`);")!;
    expect(out.code).toBe(`const a = 1;\nconsole.log(a, b.c, \`\${d + 1}\`, ${probe(0, ["a", "b", "d"])});`);
    expect(out.probes).toEqual([{ id: 0, line: 2, names: ["a", "b", "d"] }]);
  });

  it("handles an empty call and a trailing comma without a stray comma", () => {
    expect(instrumentJs("console.log();")!.code).toBe(`console.log(${probe(0, [])});`);
    expect(instrumentJs("console.info(x,\n);")!.code).toBe(`console.info(x,\n${probe(0, ["x"])});`);
  });

  it("leaves out property names, object keys, keywords and names bound inside the arguments", () => {
    const out = instrumentJs(
      "console.log({ total: sum, count }, xs.map((x, i) => x * i), typeof y, this.z, function (w) { const q = w; return q; });",
    )!;
    expect(out.probes[0]!.names).toEqual(["sum", "count", "xs", "y"]);
  });

  it("is not fooled by strings, comments, regular expressions and nested templates", () => {
    const src = [
      "const s = 'console.log(1)'; // console.log(2)",
      "/* console.log(3) */",
      "console.log(/[)]/.test(s), `a ${`b ${s}`} )`, s / 2);",
    ].join("\n");
    const out = instrumentJs(src)!;
    expect(out.probes).toEqual([{ id: 0, line: 3, names: ["s"] }]);
    expect(out.code.split("\n")[2]).toBe(
      `console.log(/[)]/.test(s), \`a \${\`b \${s}\`} )\`, s / 2, ${probe(0, ["s"])});`,
    );
  });

  it("instruments nested calls and keeps every insertion on its call's line", () => {
    const out = instrumentJs("console.log(\n  [1].map((v) => (console.log(v), v)),\n  k\n);")!;
    expect(out.probes.map((p) => [p.line, p.names])).toEqual([
      [1, ["k"]],
      [2, ["v"]],
    ]);
    expect(out.code.split("\n")).toHaveLength(4);
  });

  it("leaves other console methods and indirect uses alone", () => {
    const out = instrumentJs("console.error(e);\nconst log = console.log;\nwindow.console.log(1);")!;
    expect(out.probes).toEqual([]);
  });

  it("refuses what it cannot read", () => {
    expect(instrumentJs("console.log('unterminated);")).toBeNull();
    expect(instrumentJs(`${PROBE_NAME}();`)).toBeNull();
  });
});
