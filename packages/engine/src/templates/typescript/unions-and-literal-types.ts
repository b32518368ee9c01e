import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, COLORS, FRUITS, PEOPLE, PREDICT, arr, fillPrompt, lines, q, swap, swapAll } from "./helpers";

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
    id: "ts.fall-off-undefined",
    feedback:
      "A value that matches no `case` runs past the end of the `switch`, so the function returns undefined, and arithmetic on undefined gives NaN; nothing turns it into 0.",
    requires: { all: ["switch", "case"] },
  },
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
  {
    id: "ts.plus-left-to-right",
    feedback:
      "Once `sum` has become a string it stays one: every later `+=` appends text, and no number added afterwards turns it back into a number.",
    requires: { all: ["sum", "+="] },
  },
  {
    id: "ts.return-type-erased",
    feedback:
      "The `: number` return type is not checked at runtime: `typeof` reports what the function really returned.",
    requires: { all: [": number", "typeof"] },
  },
  {
    id: "ts.undefined-key-counts",
    feedback:
      "Writing undefined into an optional property still creates the key: `Object.keys` counts it and `in` finds it, although its value is undefined.",
    requires: { all: ["undefined", "Object.keys", "in", "?:"] },
  },
  {
    id: "ts.switch-fallthrough",
    feedback:
      "With no break or return in between, a matching `case` runs on into every case below it, to the end of the `switch`.",
    requires: { all: ["switch", "case"] },
  },
  {
    id: "ts.switch-starts-at-match",
    feedback:
      "A `switch` jumps straight to the `case` that matches and runs from there; the cases above it are skipped.",
    requires: { all: ["switch", "case"] },
  },
  {
    id: "ts.switch-strict-match",
    feedback:
      "`switch` matches a `case` only by strict equality, so a code that arrived as a string never matches a numeric `case`, however it looks.",
    requires: { all: ["switch", "case", "JSON.parse"] },
  },
  {
    id: "ts.typeof-ignores-annotation",
    feedback:
      "`typeof` reports what the value really is at runtime; the declared type of the parameter plays no part.",
    requires: { all: ["typeof", "as"] },
  },
  {
    id: "ts.union-order-not-runtime",
    feedback:
      "The order in which a union lists its members means nothing at runtime: `localeCompare` sorts the strings alphabetically.",
    requires: { all: ["localeCompare", "|"] },
  },
  {
    id: "ts.spread-string-chars",
    feedback:
      "Spreading a string with `...` splits it into its characters; only an array spreads into its items.",
    requires: { all: ["...", "string"] },
  },
  {
    id: "ts.flat-keeps-strings",
    feedback: "`flat` opens arrays only: a string is not an array, so it stays one item, whole.",
    requires: { all: [".flat()"] },
  },
  {
    id: "ts.flat-opens-arrays",
    feedback:
      "`flat()` opens every inner array one level deep, so their items become items of the result and the count grows.",
    requires: { all: [".flat()"] },
  },
  {
    id: "ts.inherited-key-lookup",
    feedback:
      "A plain object inherits keys such as constructor and isPrototypeOf from Object.prototype, so a lookup or an `in` test finds them although the object literal never defined them.",
    requires: { all: ["JSON.parse", "in"] },
  },
  {
    id: "ts.keys-case-sensitive",
    feedback:
      "Property keys match exactly: a name with a capital letter is a different key, and `as` normalises nothing.",
    requires: { all: ["as"] },
  },
  {
    id: "ts.split-gives-strings",
    feedback:
      "`split` always produces strings, and casting its result to a tuple with numbers converts none of them, so `+=` concatenates.",
    requires: { all: [".split(", "+="] },
  },
  {
    id: "ts.default-fills-missing",
    feedback:
      "A destructuring default applies when the element is missing: a command with one number leaves `dy` to its default.",
    requires: { all: ["dy = "] },
  },
  {
    id: "ts.break-leaves-loop",
    feedback:
      "`break` leaves the whole loop, not just this pass, so no command after the stop is parsed or applied.",
    requires: { all: ["break"] },
  },
  {
    id: "ts.slice-drops-any-suffix",
    feedback:
      "`slice(0, -2)` cuts off the last two characters whatever they are, so another two-letter unit is cut like px and the number before it is read anyway.",
    requires: { all: ["slice(0, -2)"] },
  },
  {
    id: "ts.parseint-reads-prefix",
    feedback:
      "`parseInt(l)` reads the leading digits and stops at the first other character, so a trailing % sign does not make it NaN.",
    requires: { all: ["parseInt(l)"] },
  },
  {
    id: "ts.parseint-integer",
    feedback:
      "`parseInt` reads an integer only: it stops at the decimal point, so the fraction of a percentage is dropped.",
    requires: { all: ["parseInt("] },
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
          { rule: "ts.keys-case-sensitive", code: swap(code, inc, `counts[r.toLowerCase() as ${t}] += 1;`) },
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
            rule: "ts.fall-off-undefined",
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
  {
    ...base,
    id: "typescript/unions-and-literal-types/union-sum-turns-string",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const t = rng.pick(["Part", "Piece", "Amount", "Entry"]);
      const fn = rng.pick(["total", "combine", "addUp", "tally"]);
      const nums = Array.from({ length: rng.int(3, 4) }, () => rng.int(1, 9));
      // The string sits after at least one number and before at least one, so both effects show.
      const at = rng.int(1, nums.length - 2);
      const parts = nums.map((n, i) => (i === at ? q(String(n)) : String(n)));
      const add = "  for (const p of parts) sum += p as number;";
      const code = lines(
        `type ${t} = number | string;`,
        `function ${fn}(parts: ${t}[]): number {`,
        `  let sum = 0;`,
        add,
        `  return sum;`,
        `}`,
        `const result = ${fn}([${parts.join(", ")}]);`,
        `console.log(result, typeof result);`,
      );
      return {
        kind: "predict-output",
        title: "Adding up a number | string union",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.assertion-converts", code: swap(code, "sum += p as number", "sum += Number(p)") },
          {
            rule: "ts.plus-left-to-right",
            code: swap(code, "sum += p as number", "sum = Number(sum) + (p as number)"),
          },
          { rule: "ts.return-type-erased", code: swap(code, "typeof result", "typeof Number(result)") },
        ],
        explanation: `\`sum += p as number\` is the trap: \`as number\` converts nothing, so when the string "${nums[at]}" arrives, \`+=\` concatenates it onto the running total, and from then on \`sum\` is a string that every later number is appended to. The \`: number\` return type does not stop a string coming back. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: "sum += p as number",
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/optional-property-set-to-undefined",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const t = rng.pick(["User", "Member", "Player", "Author"]);
      const prop = rng.pick(["nick", "alias", "title", "motto"]);
      const [n1, n2] = rng.sample(PEOPLE, 2) as [string, string];
      const [a, b] = rng.pick([
        ["a", "b"],
        ["first", "second"],
        ["plain", "blank"],
        ["left", "right"],
      ] as const);
      const decl = `const ${b}: ${t} = { name: ${q(n2)}, ${prop}: undefined };`;
      const has = `"${prop}" in ${b}`;
      const code = lines(
        `type ${t} = { name: string; ${prop}?: string };`,
        `const ${a}: ${t} = { name: ${q(n1)} };`,
        decl,
        `console.log(Object.keys(${a}).length, Object.keys(${b}).length, ${has});`,
        `console.log(JSON.stringify(${b}));`,
      );
      return {
        kind: "predict-output",
        title: "An optional property set to undefined",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.undefined-key-counts",
            code: swap(code, decl, `const ${b}: ${t} = { name: ${q(n2)} };`),
          },
          {
            rule: "ts.json-drops-undefined",
            code: swap(code, `${prop}: undefined }`, `${prop}: null as unknown as undefined }`),
          },
          { rule: "ts.in-checks-value", code: swap(code, has, `${b}.${prop} !== undefined`) },
        ],
        explanation: `\`${prop}: undefined\` is the trap: \`${prop}?: string\` allows the key to be absent or to hold undefined, and these are not the same at runtime. Writing undefined creates the key, so \`Object.keys\` counts it and \`in\` finds it, but \`JSON.stringify\` leaves out properties whose value is undefined. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: `${prop}: undefined`,
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/switch-falls-through",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [t, [lo, mid, hi]] = rng.pick([
        ["Plan", ["basic", "plus", "pro"]],
        ["Tier", ["free", "team", "enterprise"]],
        ["Seat", ["economy", "premium", "first"]],
        ["Size", ["small", "medium", "large"]],
        ["Room", ["single", "double", "suite"]],
      ] as const);
      const [x, y, z] = rng.sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50], 3) as [
        number,
        number,
        number,
      ];
      const fn = rng.pick(["cost", "price", "fee"]);
      const calls = rng
        .shuffle([lo, mid, hi])
        .map((p) => `${fn}(${q(p)})`)
        .join(", ");
      const midCase = `    case ${q(mid)}:\n      total += ${y};`;
      const code = lines(
        `type ${t} = ${q(lo)} | ${q(mid)} | ${q(hi)};`,
        `function ${fn}(p: ${t}): number {`,
        `  let total = 0;`,
        `  switch (p) {`,
        `    case ${q(hi)}:`,
        `      total += ${z};`,
        midCase,
        `    default:`,
        `      total += ${x};`,
        `  }`,
        `  return total;`,
        `}`,
        `console.log(${calls});`,
      );
      return {
        kind: "predict-output",
        title: "A switch over a literal union with no break",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.switch-fallthrough",
            code: swap(
              swap(
                swap(code, `total += ${z};`, `total += ${z};\n      break;`),
                midCase,
                `${midCase}\n      break;`,
              ),
              `total += ${x};`,
              `total += ${x};\n      break;`,
            ),
          },
          {
            rule: "ts.switch-starts-at-match",
            code: swap(code, "switch (p) {", `switch (${q(hi)} as ${t}) {`),
          },
          { rule: "ts.switch-fallthrough", code: swap(code, midCase, `${midCase}\n      break;`) },
        ],
        explanation: `\`case ${q(hi)}:\` is the trap: a \`switch\` jumps to the matching case and, with no \`break\`, keeps running every case below it. So "${hi}" adds all three amounts, "${mid}" the last two, and "${lo}", which no case names, goes to \`default\` and adds only its own. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: `case ${q(hi)}:`,
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/numeric-literal-switch-string-code",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const LABELS: Record<number, string> = {
        200: "ok",
        201: "created",
        204: "empty",
        301: "moved",
        302: "found",
        400: "bad",
        403: "forbidden",
        404: "missing",
        500: "error",
        503: "busy",
      };
      const [c1, c2, c3, other] = rng.sample(Object.keys(LABELS).map(Number), 4) as [
        number,
        number,
        number,
        number,
      ];
      const t = rng.pick(["Status", "Code", "HttpCode"]);
      const fn = rng.pick(["label", "describe", "nameOf"]);
      const quoted = rng.pick([c1, c2, c3]);
      const json = rng.shuffle([String(c1), String(c2), String(c3), String(other)]);
      const list = json.map((c) => (c === String(quoted) ? `"${c}"` : c)).join(",");
      const fallback = `      return \`unknown \${typeof s}\`;`;
      const code = lines(
        `type ${t} = ${c1} | ${c2} | ${c3};`,
        `function ${fn}(s: ${t}): string {`,
        `  switch (s) {`,
        `    case ${c1}:`,
        `      return ${q(LABELS[c1]!)};`,
        `    case ${c2}:`,
        `      return ${q(LABELS[c2]!)};`,
        `    case ${c3}:`,
        `      return ${q(LABELS[c3]!)};`,
        `    default:`,
        fallback,
        `  }`,
        `}`,
        `const codes = JSON.parse('[${list}]') as ${t}[];`,
        `console.log(codes.map((c) => \`\${c}:\${${fn}(c)}\`).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "A numeric literal union meets a quoted code",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.switch-strict-match", code: swap(code, `"${quoted}"`, String(quoted)) },
          { rule: "ts.typeof-ignores-annotation", code: swap(code, "typeof s", "typeof Number(s)") },
          { rule: "ts.exhaustive-never", code: swap(code, `    default:\n${fallback}\n`, "") },
        ],
        explanation: `\`switch (s)\` is the trap: it compares with \`===\`, and the JSON holds "${quoted}" as a string, which is not the number ${quoted}, so it falls to \`default\` just like ${other}, which the union does not list. \`as ${t}[]\` checked neither, and \`typeof\` reports each value's real type. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: "switch (s)",
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/sort-literal-union-by-text",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      // Triples (in meaning order) whose alphabetical order is neither that order nor its reverse.
      const [t, [lo, mid, hi]] = rng.pick([
        ["Priority", ["low", "medium", "high"]],
        ["Temp", ["cold", "warm", "hot"]],
        ["Medal", ["bronze", "silver", "gold"]],
        ["Stage", ["draft", "review", "final"]],
        ["Level", ["easy", "normal", "hard"]],
      ] as const);
      const names = rng.sample(FRUITS, 4);
      const ps = rng.shuffle([lo, mid, hi, rng.pick([lo, mid, hi])]);
      const tasks = names.map((n, i) => `{ name: ${q(n)}, p: ${q(ps[i]!)} }`).join(", ");
      const byText = "(a, b) => a.p.localeCompare(b.p)";
      const byRank = "(a, b) => RANK[b.p] - RANK[a.p]";
      const code = lines(
        `type ${t} = ${q(lo)} | ${q(mid)} | ${q(hi)};`,
        `const RANK: Record<${t}, number> = { ${lo}: 1, ${mid}: 2, ${hi}: 3 };`,
        `const tasks: { name: string; p: ${t} }[] = [${tasks}];`,
        `const byText = [...tasks].sort(${byText}).map((x) => x.name);`,
        `const byRank = [...tasks].sort(${byRank}).map((x) => x.name);`,
        `console.log(byText.join(","));`,
        `console.log(byRank.join(","));`,
      );
      return {
        kind: "predict-output",
        title: "Sorting by a literal union's text",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.union-order-not-runtime",
            code: swap(code, byText, "(a, b) => RANK[a.p] - RANK[b.p]"),
          },
          { rule: "ts.comparator-sign", code: swap(code, byRank, "(a, b) => RANK[a.p] - RANK[b.p]") },
          { rule: "ts.string-compare", code: swap(code, byText, "(a, b) => b.p.localeCompare(a.p)") },
        ],
        explanation: `\`a.p.localeCompare(b.p)\` is the trap: the union lists "${lo}", "${mid}", "${hi}" in order of meaning, but at runtime they are plain strings and \`localeCompare\` puts them in alphabetical order. Only the \`RANK\` lookup knows the intended order, and \`RANK[b.p] - RANK[a.p]\` sorts from highest to lowest. Equal keys keep their original order. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: "a.p.localeCompare(b.p)",
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/string-or-array-spread",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const t = rng.pick(["Tags", "Labels", "Names"]);
      const [w1, w2] = rng.sample(FRUITS, 2) as [string, string];
      const group = rng.sample(COLORS, rng.int(2, 3));
      const inputs = rng.shuffle([q(w1), arr(group), q(w2)]);
      const v = rng.pick(["inputs", "given", "raw"]);
      const sep = rng.pick(["|", "/", "+"]);
      const spread = "(t) => [...t]";
      const flat = `${v}.flat()`;
      const code = lines(
        `type ${t} = string | string[];`,
        `const ${v}: ${t}[] = [${inputs.join(", ")}];`,
        `const pieces = ${v}.flatMap(${spread});`,
        `const items = ${flat};`,
        `console.log(pieces.length, items.length);`,
        `console.log(items.join(${q(sep)}));`,
      );
      return {
        kind: "predict-output",
        title: "Spreading a string | string[] union",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.spread-string-chars",
            code: swap(code, spread, '(t) => (typeof t === "string" ? [t] : [...t])'),
          },
          { rule: "ts.flat-keeps-strings", code: swap(code, flat, `${v}.flatMap(${spread})`) },
          { rule: "ts.flat-opens-arrays", code: swap(code, flat, `${v}.slice()`) },
        ],
        explanation: `\`[...t]\` is the trap: the union holds strings and arrays, and spreading a string gives its characters, so \`pieces\` counts every letter of "${w1}" and "${w2}" plus the ${group.length} array items. \`flat()\` only opens arrays, so there each string stays one item. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: "[...t]",
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/handler-map-inherited-keys",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [[e1, r1], [e2, r2], [e3, r3]] = rng.sample(
        [
          ["save", "saved"],
          ["load", "loaded"],
          ["quit", "bye"],
          ["open", "opened"],
          ["undo", "undone"],
          ["copy", "copied"],
          ["send", "sent"],
        ] as const,
        3,
      ) as [readonly [string, string], readonly [string, string], readonly [string, string]];
      // Keys every object inherits whose call gives the same text in strict and sloppy mode.
      const inherited = rng.pick(["constructor", "isPrototypeOf"]);
      const capital = e2[0]!.toUpperCase() + e2.slice(1);
      const names = rng.shuffle([e1, inherited, capital, e3]);
      const fn = rng.pick(["dispatch", "run", "handle"]);
      const t = rng.pick(["Command", "Action", "Ev"]);
      const lookup = `handlers[name as ${t}]`;
      const count = "names.filter((n) => n in handlers).length";
      const code = lines(
        `type ${t} = ${q(e1)} | ${q(e2)} | ${q(e3)};`,
        `const handlers: Record<${t}, () => string> = {`,
        `  ${e1}: () => ${q(r1)},`,
        `  ${e2}: () => ${q(r2)},`,
        `  ${e3}: () => ${q(r3)},`,
        `};`,
        `function ${fn}(name: string): string {`,
        `  const h = ${lookup};`,
        `  return h ? \`\${name}=\${h()}\` : \`no \${name}\`;`,
        `}`,
        `const names = JSON.parse('${JSON.stringify(names)}') as string[];`,
        `console.log(names.map(${fn}).join(", "));`,
        `console.log(${count});`,
      );
      return {
        kind: "predict-output",
        title: "Looking up outside names in a handler map",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.inherited-key-lookup",
            code: swap(code, lookup, `Object.hasOwn(handlers, name) ? ${lookup} : undefined`),
          },
          {
            rule: "ts.keys-case-sensitive",
            code: swap(code, lookup, `handlers[name.toLowerCase() as ${t}]`),
          },
          {
            rule: "ts.inherited-key-lookup",
            code: swap(code, count, "names.filter((n) => Object.hasOwn(handlers, n)).length"),
          },
        ],
        explanation: `\`${lookup}\` is the trap: the cast checks nothing, and a plain object inherits keys from Object.prototype, so "${inherited}" finds a real function and calling it prints ${inherited === "constructor" ? "a new empty object as [object Object]" : "false"}. "${capital}" is a different key from "${e2}", so it finds nothing. \`in\` sees the inherited key as well. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: lookup,
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/tuple-commands-from-split",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [mv, say, stop] = rng.pick([
        ["move", "say", "stop"],
        ["go", "log", "halt"],
        ["walk", "print", "end"],
        ["step", "note", "quit"],
      ] as const);
      const d = () => rng.int(1, 9);
      const word = rng.pick(["hi", "ok", "yes", "go", "hey", "wow"]);
      const before = rng.shuffle([`${mv} ${d()} ${d()}`, `${mv} ${d()}`, `${say} ${word}`]);
      const script = [...before, stop, `${mv} ${d()} ${d()}`];
      const [x0, y0] = [rng.int(0, 5), rng.int(0, 5)];
      const parse = `line.split(" ") as Cmd`;
      const code = lines(
        `type Cmd = [${q(mv)}, number, number] | [${q(say)}, string] | [${q(stop)}];`,
        `const parse = (line: string): Cmd => ${parse};`,
        `let x = ${x0};`,
        `let y = ${y0};`,
        `const said: string[] = [];`,
        `for (const line of ${JSON.stringify(script).replace(/,/g, ", ")}) {`,
        `  const cmd = parse(line);`,
        `  if (cmd[0] === ${q(stop)}) break;`,
        `  if (cmd[0] === ${q(say)}) said.push(cmd[1]);`,
        `  else {`,
        `    const [, dx, dy = 1] = cmd;`,
        `    x += dx;`,
        `    y += dy;`,
        `  }`,
        `}`,
        `console.log(\`x=\${x} y=\${y} said=\${said.join(",")}\`);`,
      );
      return {
        kind: "predict-output",
        title: "A tuple union built with split",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.split-gives-strings",
            code: swap(code, parse, `line.split(" ").map((p) => (/^\\d+$/.test(p) ? Number(p) : p)) as Cmd`),
          },
          { rule: "ts.default-fills-missing", code: swap(code, "dy = 1", "dy") },
          { rule: "ts.break-leaves-loop", code: swap(code, ") break;", ") continue;") },
        ],
        explanation: `\`${parse}\` is the trap: \`split\` gives strings and the cast converts none of them, so \`x += dx\` and \`y += dy\` concatenate text onto the numbers (only the default \`dy = 1\`, used when the command has one number, is a real number). The loop stops at "${stop}", so the last command never runs. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: parse,
      };
    },
  },
  {
    ...base,
    id: "typescript/unions-and-literal-types/template-literal-length-units",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const parent = rng.pick([200, 400, 600, 800]);
      const px = rng.int(2, 60);
      const pct = rng.int(5, 45) + 0.5;
      const other = `${rng.int(1, 9)}.${rng.int(1, 9)}${rng.pick(["em", "pt", "vh", "ch"])}`;
      const raw = rng.shuffle([`${px}px`, `${pct}%`, "auto", other]);
      const fn = rng.pick(["toPx", "resolve", "measure"]);
      const t = rng.pick(["Length", "Size", "Width"]);
      const pctLine = `  if (l.endsWith("%")) return (parseInt(l) * parent) / 100;`;
      const pxLine = "  return Number(l.slice(0, -2));";
      const code = lines(
        `type ${t} = \`\${number}px\` | \`\${number}%\` | "auto";`,
        `function ${fn}(l: ${t}, parent: number): number {`,
        `  if (l === "auto") return parent;`,
        pctLine,
        pxLine,
        `}`,
        `const raw = JSON.parse('${JSON.stringify(raw)}') as ${t}[];`,
        `console.log(raw.map((l) => ${fn}(l, ${parent})).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "Template literal types for CSS lengths",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.slice-drops-any-suffix",
            code: swap(code, pxLine, `  return l.endsWith("px") ? Number(l.slice(0, -2)) : NaN;`),
          },
          { rule: "ts.parseint-reads-prefix", code: swap(code, "parseInt(l)", "Number(l)") },
          { rule: "ts.parseint-integer", code: swap(code, "parseInt(l)", "parseFloat(l)") },
        ],
        explanation: `\`parseInt(l)\` is the trap: it reads "${pct}%" up to the decimal point, so the percentage counts as ${Math.floor(pct)}, not ${pct}. The template literal type does not check the JSON either: "${other}" is not a px length, but \`slice(0, -2)\` cuts any two characters and \`Number\` reads what is left. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: "parseInt(l)",
      };
    },
  },
];
