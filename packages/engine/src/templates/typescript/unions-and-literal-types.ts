import type { ChallengeTemplate } from "../../types";
import { PREDICT, lines, swap } from "./helpers";

const base = { language: "typescript", topic: "unions-and-literal-types" } as const;

const SIZE_SETS = [
  [["S", "M", "L"], "XL"],
  [["small", "medium", "large"], "huge"],
  [["mini", "midi", "maxi"], "mega"],
  [["xs", "sm", "md"], "lg"],
  [["low", "mid", "high"], "max"],
  [["cold", "warm", "hot"], "boiling"],
  [["bronze", "silver", "gold"], "platinum"],
  [["tiny", "short", "tall"], "giant"],
] as const;

export const unionsAndLiteralTypesTemplates: ChallengeTemplate[] = [
  {
    ...base,
    id: "typescript/unions-and-literal-types/literal-union-from-json",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [sizes, bad] = rng.pick(SIZE_SETS);
      const prices = sizes.map(() => rng.int(2, 30));
      const [a, b] = rng.sample(sizes, 2);
      const order = rng.shuffle([`"${a}"`, `"${bad}"`, `"${b}"`]);
      const t = rng.pick(["Size", "Variant", "Option"]);
      const parse = `JSON.parse('[${order.join(",")}]') as ${t}[]`;
      const code = lines(
        `type ${t} = ${sizes.map((s) => `"${s}"`).join(" | ")};`,
        `const prices: Record<${t}, number> = { ${sizes.map((s, i) => `${s}: ${prices[i]}`).join(", ")} };`,
        `const picked = ${parse};`,
        `console.log(picked.map((s) => \`\${s}=\${prices[s]}\`).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "A literal union meets outside data",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.literal-type-validates", code: swap(code, `"${bad}"`, `"${sizes[0]}"`) },
          { rule: "ts.undefined-arithmetic", code: swap(code, `\${prices[s]}`, `\${prices[s] ?? 0}`) },
          { rule: "ts.literal-type-validates", code: swap(code, `\${prices[s]}`, `\${prices[s] ?? "TypeError"}`) },
        ],
        explanation: `The literal union exists only at compile time and \`as ${t}[]\` checks nothing, so "${bad}" flows through unchanged and looking it up in the record gives \`undefined\`.`,
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/string-discriminant",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const v1 = rng.int(1, 50);
      const v2 = rng.int(1, 50);
      const err = rng.pick(["timeout", "denied", "missing", "busy"]);
      const t = rng.pick(["Result", "Outcome", "Reply"]);
      const json = `[{"ok":true,"value":${v1}},{"ok":"false","error":"${err}"},{"ok":false,"value":${v2}}]`;
      const check = `r.ok ?`;
      const code = lines(
        `type ${t} = { ok: true; value: number } | { ok: false; error: string };`,
        `function show(r: ${t}): string {`,
        `  return ${check} \`value \${r.value}\` : \`error \${r.error}\`;`,
        `}`,
        `const results = JSON.parse('${json}') as ${t}[];`,
        `console.log(results.map(show).join(" | "));`,
      );
      return {
        kind: "predict-output",
        title: "A boolean discriminant that arrived as a string",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.literal-type-validates", code: swap(code, `"ok":"false"`, `"ok":false`) },
          { rule: "ts.in-checks-value", code: swap(code, check, `"value" in r ?`) },
          { rule: "ts.string-zero-falsy", code: swap(code, check, `r.ok && r.ok !== ("false" as unknown) ?`) },
          { rule: "ts.optional-chaining", code: swap(code, `\`error \${r.error}\``, `\`error \${r.error ?? "none"}\``) },
        ],
        explanation: `The second object's \`ok\` is the string "false", which is truthy, so it is treated as a success and its missing \`value\` prints as undefined. The third is a real \`false\`, so it shows its (missing) \`error\`. The union type validated none of it.`,
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/record-counts-bad-keys",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [labels, bad] = rng.pick(SIZE_SETS);
      const [a, b, c] = rng.shuffle(labels);
      const upper = a!.toUpperCase();
      const readings = rng.shuffle([`"${a}"`, `"${b}"`, `"${upper}"`, `"${a}"`, `"${bad}"`, `"${c}"`]);
      const t = rng.pick(["Level", "Band", "Grade"]);
      const list = rng.pick(["LEVELS", "BANDS", "ALL"]);
      const parse = `JSON.parse('[${readings.join(",")}]') as ${t}[]`;
      const inc = `counts[r] += 1;`;
      const code = lines(
        `const ${list} = [${labels.map((l) => `"${l}"`).join(", ")}] as const;`,
        `type ${t} = (typeof ${list})[number];`,
        `const counts = Object.fromEntries(${list}.map((l) => [l, 0])) as Record<${t}, number>;`,
        `const readings = ${parse};`,
        `for (const r of readings) ${inc}`,
        `console.log(Object.entries(counts).map(([k, v]) => \`\${k}=\${v}\`).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "Counting into a Record keyed by a literal union",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.undefined-arithmetic", code: swap(code, `Object.fromEntries(${list}.map((l) => [l, 0])) as Record<${t}, number>`, `{} as Record<${t}, number>`) },
          { rule: "ts.undefined-arithmetic", code: swap(code, inc, `counts[r] = (counts[r] ?? 0) + 1;`) },
          { rule: "ts.string-compare", code: swap(code, inc, `counts[r.toLowerCase() as ${t}] += 1;`) },
        ],
        explanation: `\`as ${t}[]\` does not check the data, so "${upper}" and "${bad}" become new keys. Reading a missing key gives \`undefined\`, and \`undefined + 1\` is NaN; the new keys are listed after the original ones, in insertion order.`,
      };
    },
  },
];
