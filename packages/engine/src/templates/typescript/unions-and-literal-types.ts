import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, FRUITS, PREDICT, fillPrompt, lines, q, swap, swapAll } from "./helpers";

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

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const unionsAndLiteralTypesRules: MisconceptionRule[] = [
  {
    id: "ts.call-missing-throws",
    feedback:
      "Nothing guards `handlers[key]()`: when the key is missing the lookup is undefined, and calling undefined throws a TypeError instead of quietly giving undefined.",
    requires: { all: ["handlers[key]()"] },
  },
  {
    id: "ts.includes-exact",
    feedback:
      "`includes` compares strings exactly: a different case or an extra space makes a different string, and `as const` adds no normalisation.",
    requires: { all: [".includes", "as const"] },
  },
  {
    id: "ts.guard-predicate-trusted",
    feedback:
      "The `x is` return type checks nothing by itself: the guard returns whatever its body computes, here an exact `includes` lookup.",
    requires: { all: ["x is", ".includes"] },
  },
  {
    id: "ts.record-missing-key",
    feedback:
      "A key the object lacks reads as undefined, not 0: a `Record` type fills in nothing at runtime.",
    requires: { all: ["Record"] },
  },
  {
    id: "ts.discriminant-is-truthiness",
    feedback:
      'The check tests the value of `r.ok`, not which fields exist: the string "false" is truthy, so that object takes the success branch.',
    requires: { all: ["r.ok ?"] },
  },
  {
    id: "ts.missing-field-prints-undefined",
    feedback:
      "A field the object lacks reads as undefined, and a template string prints it as the word undefined; nothing supplies a default for `r.error`.",
    requires: { all: ["r.error"] },
  },
];

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
          { rule: "ts.record-missing-key", code: swap(code, `\${prices[s]}`, `\${prices[s] ?? 0}`) },
          {
            rule: "ts.literal-type-validates",
            code: swap(code, `\${prices[s]}`, `\${prices[s] ?? "TypeError"}`),
          },
        ],
        explanation: `\`as ${t}[]\` is the trap: the literal union exists only at compile time and the assertion checks nothing, so "${bad}" flows through unchanged and looking it up in the record gives \`undefined\`.`,
        trap: `as ${t}[]`,
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
          { rule: "ts.discriminant-is-truthiness", code: swap(code, check, `"value" in r ?`) },
          {
            rule: "ts.string-zero-falsy",
            code: swap(code, check, `r.ok && r.ok !== ("false" as unknown) ?`),
          },
          {
            rule: "ts.missing-field-prints-undefined",
            code: swap(code, `\`error \${r.error}\``, `\`error \${r.error ?? "none"}\``),
          },
        ],
        explanation: `\`r.ok ?\` is the trap: it is a truthiness test, and the second object's \`ok\` is the string "false", which is truthy, so it is treated as a success and its missing \`value\` prints as undefined. The third is a real \`false\`, so it shows its (missing) \`error\`. The union type validated none of it.`,
        trap: "r.ok ?",
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
        `function tally(readings: ${t}[]): Record<${t}, number> {`,
        `  const counts = Object.fromEntries(${list}.map((l) => [l, 0])) as Record<${t}, number>;`,
        `  for (const r of readings) {`,
        `    ${inc}`,
        `  }`,
        `  return counts;`,
        `}`,
        `const counts = tally(${parse});`,
        `console.log(Object.entries(counts).map(([k, v]) => \`\${k}=\${v}\`).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "Counting into a Record keyed by a literal union",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.undefined-arithmetic",
            code: swap(
              code,
              `Object.fromEntries(${list}.map((l) => [l, 0])) as Record<${t}, number>`,
              `{} as Record<${t}, number>`,
            ),
          },
          { rule: "ts.undefined-arithmetic", code: swap(code, inc, `counts[r] = (counts[r] ?? 0) + 1;`) },
          { rule: "ts.string-compare", code: swap(code, inc, `counts[r.toLowerCase() as ${t}] += 1;`) },
        ],
        explanation: `\`${inc}\` is the trap: \`as ${t}[]\` did not check the data, so for "${upper}" and "${bad}" it reads a missing key, \`undefined\`, and undefined plus 1 is NaN. Those become new keys, listed after the original ones in insertion order.`,
        trap: inc,
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/nullish-or-default",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const t = rng.pick(["Volume", "Limit", "Retries", "Quota", "Timeout", "Budget"]);
      const d = rng.int(5, 999);
      const [fOr, fNullish, fDefault] = rng.pick([
        ["withOr", "withNullish", "withDefault"],
        ["a", "b", "c"],
        ["orVal", "nullishVal", "defaultVal"],
        ["viaOr", "viaNullish", "viaDefault"],
        ["f", "g", "h"],
      ] as const);
      const orLine = `const ${fOr} = (v: ${t}): ${t} => v || ${d};`;
      const nullishLine = `const ${fNullish} = (v: ${t}): ${t} => v ?? ${d};`;
      const zeroFirst = rng.bool();
      const [x, y] = zeroFirst ? ["0", "null"] : ["null", "0"];
      const code = lines(
        `type ${t} = number | null | undefined;`,
        orLine,
        nullishLine,
        `const ${fDefault} = (v: ${t} = ${d}): ${t} => v;`,
        `console.log(${fOr}(${x}), ${fNullish}(${x}), ${fDefault}(${x}));`,
        `console.log(${fOr}(${y}), ${fNullish}(${y}), ${fDefault}(${y}));`,
      );
      return {
        kind: "predict-output",
        title: "||, ?? and a default parameter on 0 and null",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.nullish-vs-or", code: swap(code, orLine, orLine.replace("v ||", "v ??")) },
          { rule: "ts.nullish-vs-or", code: swap(code, nullishLine, nullishLine.replace("v ??", "v ||")) },
          {
            rule: "ts.default-vs-undefined",
            code: swapAll(code, `${fDefault}(null)`, `${fDefault}(undefined)`),
          },
        ],
        explanation: `\`v || ${d}\` is the trap: \`||\` replaces every falsy value, 0 included, while \`??\` replaces only null and undefined. A default parameter applies only when the argument is undefined, so passing null gets null.`,
        trap: `v || ${d}`,
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/switch-returns-undefined",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const t = rng.pick(["Op", "Action", "Command"]);
      const start = rng.int(2, 30);
      const k = rng.int(2, 9);
      const bad = rng.pick(["div", "mod", "pow", "neg"]);
      const ops = rng.shuffle(["add", "mul", bad, "sub"]);
      while (ops[ops.length - 1] === bad) ops.unshift(ops.pop()!);
      const cases = `    case "add":\n      return a + b;\n    case "sub":\n      return a - b;\n    case "mul":\n      return a * b;`;
      const code = lines(
        `type ${t} = "add" | "sub" | "mul";`,
        `function apply(op: ${t}, a: number, b: number): number {`,
        `  switch (op) {`,
        cases,
        `  }`,
        `}`,
        `const ops = JSON.parse('${JSON.stringify(ops)}') as ${t}[];`,
        `let acc = ${start};`,
        `const trace: string[] = [];`,
        `for (const op of ops) {`,
        `  acc = apply(op, acc, ${k});`,
        `  trace.push(\`\${op}=\${acc}\`);`,
        `}`,
        `console.log(trace.join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "A union switch meets an unexpected value",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.literal-type-validates",
            code: swap(
              code,
              `for (const op of ops) {`,
              `for (const op of ops.filter((o) => ["add", "sub", "mul"].includes(o))) {`,
            ),
          },
          { rule: "ts.exhaustive-never", code: swap(code, cases, `${cases}\n    default:\n      return a;`) },
          {
            rule: "ts.undefined-arithmetic",
            code: swap(code, `  acc = apply(op, acc, ${k});`, `  acc = apply(op, acc, ${k}) ?? 0;`),
          },
        ],
        explanation: `\`as ${t}[]\` is the trap: it does not check the JSON, so "${bad}" reaches the switch, matches no case and the function falls off the end, returning undefined. Every later arithmetic step on undefined gives NaN.`,
        trap: `as ${t}[]`,
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/template-literal-key",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [e1, e2] = rng.sample(
        ["click", "hover", "focus", "scroll", "submit", "resize", "change", "input", "drop", "load"],
        2,
      ) as [string, string];
      const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
      const [r1, r2] = rng.sample(
        ["clicked", "done", "seen", "handled", "fired", "ok", "caught", "noted", "run", "yes"],
        2,
      ) as [string, string];
      const fn = rng.pick(["handlerFor", "keyFor", "eventKey"]);
      const build = `  return \`on\${name}\` as \`on\${Capitalize<N>}\`;`;
      const call = `console.log(key, handlers[key]());`;
      const code = lines(
        `type EventName = ${q(e1)} | ${q(e2)};`,
        `type HandlerName = \`on\${Capitalize<EventName>}\`;`,
        `const handlers: Record<HandlerName, () => string> = {`,
        `  on${cap(e1)}: () => ${q(r1)},`,
        `  on${cap(e2)}: () => ${q(r2)},`,
        `};`,
        `function ${fn}<N extends EventName>(name: N): \`on\${Capitalize<N>}\` {`,
        build,
        `}`,
        `for (const name of [${q(e1)}, ${q(e2)}] as const) {`,
        `  const key = ${fn}(name);`,
        `  try {`,
        `    ${call}`,
        `  } catch (e) {`,
        `    console.log(key, (e as Error).name);`,
        `  }`,
        `}`,
      );
      return {
        kind: "predict-output",
        title: "Capitalize in a type, not in the string",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.template-literal-type-runtime",
            code: swap(
              code,
              build,
              `  return \`on\${name[0]!.toUpperCase()}\${name.slice(1)}\` as \`on\${Capitalize<N>}\`;`,
            ),
          },
          { rule: "ts.call-missing-throws", code: swap(code, call, `console.log(key, handlers[key]?.());`) },
          {
            rule: "ts.template-literal-type-runtime",
            code: swap(
              code,
              call,
              `console.log(\`on\${name[0]!.toUpperCase()}\${name.slice(1)}\`, (handlers as Record<string, () => string>)[key]?.() ?? "TypeError");`,
            ),
          },
        ],
        explanation: `\`Capitalize<N>\` is the trap: it only changes the type, so the function really returns "on" + the lowercase name, and the \`as\` cast hides the mismatch. No handler has that key, so \`handlers[key]\` is undefined and calling it throws a TypeError.`,
        trap: "Capitalize<N>",
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/as-const-membership",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [sizes, bad] = rng.pick(SIZE_SETS);
      const list = rng.pick(["SIZES", "ALLOWED", "OPTIONS", "VALID"]);
      const t = rng.pick(["Size", "Choice", "Option"]);
      const [good, other] = rng.sample(sizes, 2) as [string, string];
      const inputs = rng.shuffle([q(good), q(other.toUpperCase()), q(bad), q(` ${good}`)]);
      const check = `(${list} as readonly string[]).includes(x)`;
      const code = lines(
        `const ${list} = [${sizes.map((s) => q(s)).join(", ")}] as const;`,
        `type ${t} = (typeof ${list})[number];`,
        `const is${t} = (x: string): x is ${t} => ${check};`,
        `const inputs: string[] = [${inputs.join(", ")}];`,
        `console.log(inputs.map((x) => (is${t}(x) ? x.trim() : "?")).join(","));`,
      );
      return {
        kind: "predict-output",
        title: "Checking strings against an as const list",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.includes-exact",
            code: swap(code, check, `(${list} as readonly string[]).includes(x.toLowerCase())`),
          },
          {
            rule: "ts.includes-exact",
            code: swap(code, check, `(${list} as readonly string[]).includes(x.trim())`),
          },
          { rule: "ts.guard-predicate-trusted", code: swap(code, check, `typeof x === "string"`) },
        ],
        explanation: `\`${check}\` is the trap: \`as const\` only narrows the array's type, and the guard is a plain \`includes\`, which compares strings exactly. Only "${good}" matches: a different case, a leading space or an unknown value all fail.`,
        trap: check,
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/fill-exhaustive-default",
    difficulty: "hard",
    kind: "fill-in-blank",
    build(rng) {
      const [t, [a, b, c], bad] = rng.pick([
        ["Status", ["idle", "busy", "done"], "paused"],
        ["Phase", ["draft", "review", "live"], "archived"],
        ["Light", ["red", "amber", "green"], "blinking"],
        ["Mode", ["read", "write", "admin"], "root"],
        ["Tier", ["free", "pro", "team"], "gold"],
        ["Size", ["small", "medium", "large"], "huge"],
        ["Dir", ["up", "down", "left"], "right"],
        ["Level", ["debug", "info", "warn"], "trace"],
      ] as const);
      const fnName = rng.pick(["label", "describe", "textFor", "nameOf"]);
      const p = rng.pick(["s", "value", "v"]);
      const [la, lb, lc] = rng.pick([
        ["waiting", "working", "finished"],
        ["A", "B", "C"],
        ["one", "two", "three"],
        ["low", "mid", "high"],
        ["first", "second", "third"],
        ["x", "y", "z"],
      ] as const);
      const err = rng.pick(["RangeError", "TypeError"]);
      const raw = rng.shuffle([a, b, c, bad]).slice(0, 3);
      if (!raw.includes(bad)) raw[rng.int(0, 2)] = bad;
      const code = lines(
        `type ${t} = ${q(a)} | ${q(b)} | ${q(c)};`,
        `function ${fnName}(${p}: ${t}): string {`,
        `  switch (${p}) {`,
        `    case ${q(a)}:`,
        `      return ${q(la)};`,
        `    case ${q(b)}:`,
        `      return ${q(lb)};`,
        `    case ${q(c)}:`,
        `      return ${q(lc)};`,
        `    default:`,
        `      ${BLANK}`,
        `  }`,
        `}`,
        `const raw = JSON.parse('${JSON.stringify(raw)}') as ${t}[];`,
        `const out = raw.map((item) => {`,
        `  try {`,
        `    return ${fnName}(item);`,
        `  } catch (e) {`,
        `    return (e as Error).name;`,
        `  }`,
        `});`,
        `console.log(out.join(","));`,
      );
      return {
        kind: "fill-in-blank",
        title: "The default branch of an exhaustive switch",
        prompt: fillPrompt(),
        code,
        answer: `throw new ${err}(${p});`,
        wrong: [
          { fragment: `return String(${p});`, rule: "ts.exhaustive-never" },
          { fragment: `return ${q(lc)};`, rule: "ts.exhaustive-never" },
          { fragment: `return ${p} as string;`, rule: "ts.assertion-converts" },
        ],
        explanation: `\`throw new ${err}(${p});\` is the trap: the compiler treats \`default\` as unreachable (\`${p}\` has type \`never\` there), but data from JSON is not checked, so "${bad}" really gets there. Only throwing makes it visible as a ${err}; returning would quietly produce an ordinary-looking value.`,
        trap: `throw new ${err}(${p});`,
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/boolean-discriminant-from-json",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const t = rng.pick(["Res", "Result", "Outcome"]);
      const [d1, d2] = rng.sample(FRUITS, 2) as [string, string];
      const word = rng.pick(["abc", "hello", "xyz", "data"]);
      const err = rng.pick(["timeout", "denied", "offline"]);
      const fallback = rng.pick(["unknown", "none", "n/a"]);
      const items = rng.shuffle([
        `{"ok":true,"data":["${d1}","${d2}"]}`,
        `{"ok":false}`,
        `{"ok":false,"error":""}`,
        `{"ok":0,"error":"${err}"}`,
        `{"ok":true,"data":"${word}"}`,
      ]);
      const check = `!r.ok`;
      const code = lines(
        `type ${t} = { ok: true; data: string[] } | { ok: false; error?: string };`,
        `function summarize(r: ${t}): string {`,
        `  if (${check}) return \`error:\${r.error ?? ${q(fallback)}}\`;`,
        `  return \`data:\${r.data.length}\`;`,
        `}`,
        `const results = JSON.parse('[${items.join(",")}]') as ${t}[];`,
        `console.log(results.map(summarize).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "A boolean discriminant meets loose JSON",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.nullish-vs-or",
            code: swap(code, `r.error ?? ${q(fallback)}`, `r.error || ${q(fallback)}`),
          },
          { rule: "ts.truthy-narrowing", code: swap(code, `"data":"${word}"`, `"data":["${word}"]`) },
          { rule: "ts.nullish-vs-or", code: swap(code, `r.error ?? ${q(fallback)}`, `r.error`) },
        ],
        explanation: `\`${check}\` is the trap: it is a truthiness test, so \`ok: 0\` also takes the error branch. The type promises \`data\` is an array, but JSON gave one entry a string, and \`.length\` of "${word}" counts its characters (${word.length}). A missing \`error\` falls back through \`??\`, but an empty string is kept.`,
        trap: check,
      };
    },
  },
];
