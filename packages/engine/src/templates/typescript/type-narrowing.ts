import type { ChallengeTemplate } from "../../types";
import { PREDICT, lines, q, swap } from "./helpers";

const base = { language: "typescript", topic: "type-narrowing" } as const;

export const typeNarrowingTemplates: ChallengeTemplate[] = [
  {
    ...base,
    id: "typescript/type-narrowing/assertion-does-not-convert",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const field = rng.pick(["qty", "count", "age", "port", "level"]);
      const n = rng.int(2, 90);
      const add = rng.int(1, 9);
      const v = rng.pick(["value", "parsed", "amount"]);
      const code = lines(
        `const data = JSON.parse('{"${field}": "${n}"}');`,
        `const raw: unknown = data.${field};`,
        `const ${v} = raw as number;`,
        `console.log(${v} + ${add});`,
        `console.log(typeof ${v});`,
      );
      return {
        kind: "predict-output",
        title: "A type assertion on a string",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.assertion-converts", code: swap(code, `raw as number`, `Number(raw)`) },
          { rule: "ts.string-number-plus", code: swap(code, `console.log(${v} + ${add});`, `console.log(Number(${v}) + ${add});`) },
          { rule: "ts.assertion-converts", code: swap(code, `console.log(typeof ${v});`, `console.log(typeof Number(${v}));`) },
        ],
        explanation: `\`as number\` only tells the compiler to trust you; it emits no conversion. The JSON value is the string "${n}", so \`+ ${add}\` concatenates and \`typeof\` still reports "string".`,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/truthiness-drops-zero",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const n = rng.int(2, 9);
      const word = rng.pick(["abc", "hello", "ok", "tree", "kiwi"]);
      const inputs = rng.shuffle([String(n), q(""), "0", q(word), "null", q("0")]);
      const fn = rng.pick(["size", "measure", "weight", "score"]);
      const k = rng.int(2, 3);
      const code = lines(
        `function ${fn}(v: number | string | null): number {`,
        `  if (!v) return -1;`,
        `  if (typeof v === "string") return v.length;`,
        `  return v * ${k};`,
        `}`,
        `const inputs: Array<number | string | null> = [${inputs.join(", ")}];`,
        `console.log(inputs.map((v) => ${fn}(v)).join(","));`,
      );
      return {
        kind: "predict-output",
        title: "Narrowing with a truthiness check",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.truthy-narrowing", code: swap(code, `if (!v) return -1;`, `if (v === null) return -1;`) },
          { rule: "ts.string-zero-falsy", code: swap(code, `if (!v) return -1;`, `if (!v || v === "0") return -1;`) },
          { rule: "ts.truthy-narrowing", code: swap(code, `if (!v) return -1;`, `if (v === null || v === "") return -1;`) },
          { rule: "ts.typeof-null", code: swap(code, `if (!v) return -1;`, `if (!v) return typeof v === "object" ? -1 : 0;`) },
        ],
        explanation: "`!v` is true for every falsy value: `null`, the empty string and the number `0`. The string \"0\" is not empty, so it is truthy and reaches the `string` branch.",
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/never-default-at-runtime",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const r = rng.int(1, 9);
      const side = rng.int(2, 12);
      const T = rng.pick(["Shape", "Figure", "Tile"]);
      const bad = rng.pick(["hexagon", "triangle", "oval", "star"]);
      const wrongKey = rng.pick(["size", "length", "width"]);
      const entries = rng.shuffle([`{"kind":"circle","r":${r}}`, `{"kind":"square","${wrongKey}":${side}}`, `{"kind":"${bad}","side":${side}}`]);
      const json = `[${entries.join(",")}]`;
      const code = lines(
        `type ${T} = { kind: "circle"; r: number } | { kind: "square"; side: number };`,
        `function assertNever(value: never): never {`,
        `  throw new TypeError(\`unexpected \${JSON.stringify(value)}\`);`,
        `}`,
        `function area(s: ${T}): number {`,
        `  switch (s.kind) {`,
        `    case "circle":`,
        `      return 3 * s.r ** 2;`,
        `    case "square":`,
        `      return s.side ** 2;`,
        `    default:`,
        `      return assertNever(s);`,
        `  }`,
        `}`,
        `const shapes = JSON.parse('${json}') as ${T}[];`,
        `const results = shapes.map((s) => {`,
        `  try {`,
        `    return String(area(s));`,
        `  } catch (e) {`,
        `    return (e as Error).name;`,
        `  }`,
        `});`,
        `console.log(results.join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "Exhaustive switch, unchecked data",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.assertion-converts", code: swap(code, `"${wrongKey}":${side}`, `"side":${side}`) },
          { rule: "ts.exhaustive-never", code: swap(code, `      return assertNever(s);`, `      return 0;`) },
          { rule: "ts.optional-chaining", code: swap(code, `      return s.side ** 2;`, `      return (s.side ?? 0) ** 2;`) },
        ],
        explanation: `\`as ${T}[]\` checks nothing: the square with \`${wrongKey}\` instead of \`side\` computes \`undefined ** 2\`, which is NaN, and the "${bad}" object really reaches the \`default\` branch that the type system calls unreachable, so \`assertNever\` throws a TypeError.`,
      };
    },
  },
];
