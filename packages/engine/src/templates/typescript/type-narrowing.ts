import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, FRUITS, PEOPLE, PREDICT, fillPrompt, lines, q, swap } from "./helpers";

const base = { language: "typescript", topic: "type-narrowing" } as const;

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const typeNarrowingRules: MisconceptionRule[] = [
  {
    id: "ts.instanceof-class-identity",
    feedback:
      "`instanceof` checks which class built the object: two error classes with identical shapes are still different classes, and only the matching one passes.",
    requires: { all: ["instanceof", "extends Error"] },
  },
  {
    id: "ts.missing-property-nan",
    feedback:
      "A property the data lacks reads as undefined, not 0, and `** 2` applied to undefined gives NaN.",
    requires: { all: ["** 2"] },
  },
];

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
          {
            rule: "ts.string-number-plus",
            code: swap(code, `console.log(${v} + ${add});`, `console.log(Number(${v}) + ${add});`),
          },
          {
            rule: "ts.assertion-converts",
            code: swap(code, `console.log(typeof ${v});`, `console.log(typeof Number(${v}));`),
          },
        ],
        explanation: `\`raw as number\` is the trap: it only tells the compiler to trust you and emits no conversion. The JSON value is the string "${n}", so \`+ ${add}\` concatenates and \`typeof\` still reports "string".`,
        trap: "raw as number",
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
          {
            rule: "ts.truthy-narrowing",
            code: swap(code, `if (!v) return -1;`, `if (v === null) return -1;`),
          },
          {
            rule: "ts.string-zero-falsy",
            code: swap(code, `if (!v) return -1;`, `if (!v || v === "0") return -1;`),
          },
          {
            rule: "ts.truthy-narrowing",
            code: swap(code, `if (!v) return -1;`, `if (v === null || v === "") return -1;`),
          },
          {
            rule: "ts.typeof-null",
            code: swap(code, `if (!v) return -1;`, `if (!v) return typeof v === "object" ? -1 : 0;`),
          },
        ],
        explanation:
          '`if (!v) return -1;` is the trap: `!v` is true for every falsy value, `null`, the empty string and the number `0` alike, so all three give -1. The string "0" is not empty, so it is truthy and reaches the `string` branch.',
        trap: "if (!v) return -1;",
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
      const entries = rng.shuffle([
        `{"kind":"circle","r":${r}}`,
        `{"kind":"square","${wrongKey}":${side}}`,
        `{"kind":"${bad}","side":${side}}`,
      ]);
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
          {
            rule: "ts.exhaustive-never",
            code: swap(code, `      return assertNever(s);`, `      return 0;`),
          },
          {
            rule: "ts.missing-property-nan",
            code: swap(code, `      return s.side ** 2;`, `      return (s.side ?? 0) ** 2;`),
          },
        ],
        explanation: `\`as ${T}[]\` is the trap: it checks nothing. The square with \`${wrongKey}\` instead of \`side\` computes \`undefined ** 2\`, which is NaN, and the "${bad}" object really reaches the \`default\` branch that the type system calls unreachable, so \`assertNever\` throws a TypeError.`,
        trap: `as ${T}[]`,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/in-operator-optional-property",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [prop, other] = rng.pick([
        ["retries", "timeout"],
        ["limit", "offset"],
        ["color", "size"],
        ["port", "host"],
      ] as const);
      const t = rng.pick(["Options", "Config", "Settings"]);
      const fn = rng.pick(["describe", "explain", "summarize"]);
      const n = rng.int(1, 99);
      const calls = rng.shuffle([`{ ${prop}: undefined }`, `{}`, `{ ${prop}: 0 }`, `{ ${prop}: ${n} }`]);
      const check = `"${prop}" in o`;
      const code = lines(
        `type ${t} = { ${prop}?: number; ${other}?: number };`,
        `function ${fn}(o: ${t}): string {`,
        `  if (${check}) return \`${prop}=\${o.${prop}}\`;`,
        `  return "default";`,
        `}`,
        `const inputs: ${t}[] = [${calls.join(", ")}];`,
        `console.log(inputs.map(${fn}).join(" | "));`,
      );
      return {
        kind: "predict-output",
        title: "The in operator and an undefined property",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.in-checks-value", code: swap(code, check, `o.${prop} !== undefined`) },
          { rule: "ts.truthy-narrowing", code: swap(code, check, `o.${prop}`) },
          {
            rule: "ts.in-checks-value",
            code: swap(code, check, `"${prop}" in o || "${other}" in o || true`),
          },
        ],
        explanation: `\`${check}\` is the trap: \`in\` asks whether the key exists on the object, not whether its value is defined. \`{ ${prop}: undefined }\` has the key, so it takes the first branch, while \`{}\` does not. A value of 0 also counts, because \`in\` ignores truthiness.`,
        trap: check,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/instanceof-error-classes",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [e1, e2] = rng.pick([
        ["NotFound", "Invalid"],
        ["Timeout", "Denied"],
        ["Conflict", "Expired"],
        ["Missing", "Corrupt"],
        ["Auth", "Quota"],
        ["Parse", "Network"],
        ["Locked", "Stale"],
        ["Range", "Format"],
      ] as const);
      const [c1, c2, c3] = rng.pick([
        ["404", "500", "unknown"],
        ["retry", "fail", "ignore"],
        ["A", "B", "C"],
      ] as const);
      const fn = rng.pick(["classify", "codeFor", "triage"]);
      const thrown = rng.pick(["boom", "oops", "bad", "fail", "nope"]);
      const [m1, m2, m3] = rng.sample(["a", "b", "c", "x", "y", "z", "id", "db", "io"], 3) as [
        string,
        string,
        string,
      ];
      const objLit = `{ name: "Error", message: ${q(m3)} }`;
      const items = rng.shuffle([`new ${e1}Error(${q(m1)})`, `new ${e2}Error(${q(m2)})`, q(thrown), objLit]);
      const code = lines(
        `class ${e1}Error extends Error {}`,
        `class ${e2}Error extends Error {}`,
        `function ${fn}(e: unknown): string {`,
        `  if (e instanceof ${e1}Error) return ${q(c1)};`,
        `  if (e instanceof Error) return ${q(c2)};`,
        `  return ${q(c3)};`,
        `}`,
        `const caught: unknown[] = [${items.join(", ")}];`,
        `console.log(caught.map(${fn}).join(","));`,
      );
      return {
        kind: "predict-output",
        title: "Narrowing caught values with instanceof",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.instanceof-structural", code: swap(code, objLit, `new Error(${q(m3)})`) },
          {
            rule: "ts.instanceof-class-identity",
            code: swap(code, `new ${e2}Error(${q(m2)})`, `new ${e1}Error(${q(m2)})`),
          },
          {
            rule: "ts.instanceof-structural",
            code: swap(
              code,
              `[${items.join(", ")}]`,
              `[${items.map((i) => (i === q(thrown) ? `new Error(${i})` : i)).join(", ")}]`,
            ),
          },
        ],
        explanation: `\`e instanceof ${e1}Error\` is the trap: \`instanceof\` walks the prototype chain, so although ${e1}Error and ${e2}Error have identical shapes (TypeScript would even treat them as the same type), only a real ${e1}Error matches it. A thrown string and an object literal that merely looks like an Error are not instances of Error at all.`,
        trap: `e instanceof ${e1}Error`,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/non-null-assertion-in-closure",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const v = rng.pick(["label", "current", "title", "user", "status", "mode"]);
      const word = rng.pick([
        "ready",
        "draft",
        "admin",
        "guest",
        "alpha",
        "queued",
        "beta",
        "live",
        "idle",
        "owner",
        "kiwi",
        "north",
        "south",
        "green",
        "delta",
        "omega",
        "main",
        "spare",
      ]);
      const [loud, safe] = rng.pick([
        ["shout", "safe"],
        ["upper", "guarded"],
        ["loud", "careful"],
        ["strict", "lenient"],
        ["risky", "checked"],
      ] as const);
      const fallback = rng.pick(["none", "n/a", "empty", "unset", "missing", "blank"]);
      const method = rng.pick(["toUpperCase", "trim", "toLowerCase"] as const);
      const shown = method === "toUpperCase" ? word.toUpperCase() : word;
      const order = rng.bool() ? `${safe}, ${loud}` : `${loud}, ${safe}`;
      const loudDecl = `const ${loud} = (): string => ${v}!.${method}();`;
      const safeDecl = `const ${safe} = (): string => ${v}?.${method}() ?? ${q(fallback)};`;
      const code = lines(
        `let ${v}: string | null = ${q(word)};`,
        loudDecl,
        safeDecl,
        `console.log(${loud}(), ${safe}());`,
        `${v} = null;`,
        `for (const fn of [${order}]) {`,
        `  try {`,
        `    console.log(fn());`,
        `  } catch (e) {`,
        `    console.log((e as Error).name);`,
        `  }`,
        `}`,
      );
      return {
        kind: "predict-output",
        title: "A non-null assertion inside a closure",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.assertion-converts",
            code: swap(code, loudDecl, `const ${loud} = (): string => ${v}?.${method}() ?? "";`),
          },
          {
            rule: "ts.optional-chaining",
            code: swap(code, safeDecl, `const ${safe} = (): string => ${v}!.${method}() ?? ${q(fallback)};`),
          },
          {
            rule: "ts.closure-snapshot",
            code: swap(
              swap(
                code,
                loudDecl,
                `const ${loud} = ((s: string | null) => (): string => s!.${method}())(${v});`,
              ),
              safeDecl,
              `const ${safe} = ((s: string | null) => (): string => s?.${method}() ?? ${q(fallback)})(${v});`,
            ),
          },
        ],
        explanation: `\`${v}!.${method}()\` is the trap: the closures read \`${v}\` when they are called, after it became null, and the \`!\` assertion only silences the compiler, so at runtime the call on null throws a TypeError. \`?.\` short-circuits to undefined and \`??\` supplies "${fallback}". (Before the reassignment both print "${shown}".)`,
        trap: `${v}!.${method}()`,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/typeof-results",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const pool = [
        `[${rng.int(1, 9)}]`,
        "null",
        q(rng.pick(["x", "hi", "ok", "42"])),
        String(rng.int(0, 99)),
        "undefined",
        "() => 1",
        "{}",
        "true",
        `${rng.int(1, 9)}n`,
      ];
      const values = rng.sample(pool, 5);
      if (!values.includes("null")) values[rng.int(0, 4)] = "null";
      if (!values.some((v) => v.startsWith("["))) values[values.indexOf("null") === 0 ? 1 : 0] = "[1, 2]";
      const v = rng.pick(["values", "inputs", "samples", "items"]);
      const fn = rng.pick(["kindOf", "describe", "typeName"]);
      const body = `typeof value`;
      const code = lines(
        `function ${fn}(value: unknown): string {`,
        `  return ${body};`,
        `}`,
        `const ${v}: unknown[] = [${values.join(", ")}];`,
        `console.log(${v}.map(${fn}).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "What typeof reports",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.typeof-null",
            code: swap(code, `return ${body};`, `return value === null ? "null" : ${body};`),
          },
          {
            rule: "ts.typeof-null",
            code: swap(code, `return ${body};`, `return Array.isArray(value) ? "array" : ${body};`),
          },
          {
            rule: "ts.typeof-null",
            code: swap(
              code,
              `return ${body};`,
              `return value === null ? "null" : Array.isArray(value) ? "array" : ${body};`,
            ),
          },
        ],
        explanation:
          '`typeof value` is the trap: it has only a few answers. Arrays and `null` both report "object" (a historical quirk), functions report "function", and BigInts "bigint". Narrowing to an array needs a separate array check, and to null a comparison with null.',
        trap: "typeof value",
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/fill-type-guard",
    difficulty: "medium",
    kind: "fill-in-blank",
    build(rng) {
      const [cat, dog] = rng.sample(PEOPLE, 2) as [string, string];
      const zeroCat = rng.pick(FRUITS);
      const lives = rng.int(1, 9);
      const trick = rng.pick(["sit", "roll", "fetch", "beg"]);
      const pets = rng.shuffle([
        `{ name: ${q(cat)}, lives: ${lives} }`,
        `{ name: ${q(dog)}, tricks: [${q(trick)}] }`,
        `{ name: ${q(zeroCat)}, lives: 0 }`,
      ]);
      const code = lines(
        `interface Cat {`,
        `  name: string;`,
        `  lives: number;`,
        `}`,
        `interface Dog {`,
        `  name: string;`,
        `  tricks: string[];`,
        `}`,
        `function isCat(pet: Cat | Dog): pet is Cat {`,
        `  return ${BLANK};`,
        `}`,
        `const pets: Array<Cat | Dog> = [${pets.join(", ")}];`,
        `console.log(pets.map((p) => (isCat(p) ? \`cat:\${p.name}\` : \`dog:\${p.name}\`)).join(" "));`,
      );
      return {
        kind: "fill-in-blank",
        title: "Writing a type guard",
        prompt: fillPrompt(),
        code,
        answer: `"lives" in pet`,
        wrong: [
          { fragment: `typeof pet === "object"`, rule: "ts.typeof-null" },
          { fragment: `Boolean((pet as Cat).lives)`, rule: "ts.truthy-narrowing" },
          { fragment: `pet instanceof Object`, rule: "ts.instanceof-structural" },
          { fragment: `!("name" in pet)`, rule: "ts.in-checks-value" },
        ],
        explanation:
          'A type guard\'s body is ordinary runtime code, and TypeScript trusts whatever it returns. `"lives" in pet` is the trap: it checks for the key, so the cat with 0 lives still counts; a truthiness test would drop it, and a `typeof` or `instanceof Object` test is true for every pet.',
        trap: '"lives" in pet',
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/narrowing-survives-mutation",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const t = rng.pick(["Box", "Cell", "Slot", "Field"]);
      const fn = rng.pick(["tag", "mark", "decorate", "label"]);
      const n = rng.int(2, 98);
      const suffix = rng.pick(["!", "?", "*", "#", "px", "%"]);
      const add = rng.int(1, 9);
      const box = rng.pick(["box", "cell", "item"]);
      const call = `  ${fn}(${box});`;
      const code = lines(
        `type ${t} = { value: string | number };`,
        `function ${fn}(b: ${t}): void {`,
        `  b.value = \`\${b.value}${suffix}\`;`,
        `}`,
        `const ${box}: ${t} = { value: ${n} };`,
        `if (typeof ${box}.value === "number") {`,
        call,
        `  const next = ${box}.value + ${add};`,
        `  console.log(next, typeof ${box}.value);`,
        `}`,
      );
      return {
        kind: "predict-output",
        title: "A narrowed property changed by a function call",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.param-mutation-invisible", code: swap(code, call, `  ${fn}({ ...${box} });`) },
          {
            rule: "ts.string-number-plus",
            code: swap(
              code,
              `  const next = ${box}.value + ${add};`,
              `  const next = Number(${box}.value) + ${add};`,
            ),
          },
          { rule: "ts.narrowing-persists", value: `${n}${suffix}${add} number` },
          { rule: "ts.narrowing-persists", code: swap(code, `typeof ${box}.value);`, `typeof ${n});`) },
        ],
        explanation: `\`${call.trim()}\` is the trap: TypeScript keeps \`${box}.value\` narrowed to number after the call, but \`${fn}\` really replaced it with the string "${n}${suffix}". So \`+ ${add}\` concatenates and \`typeof\` reports "string".`,
        trap: call.trim(),
      };
    },
  },
];
