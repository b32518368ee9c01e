import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, FRUITS, PEOPLE, PREDICT, fillPrompt, lines, q, swap, swapAll } from "./helpers";

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
  {
    id: "ts.loose-null-both",
    feedback:
      "`v == null` is true for null and for undefined alike, and for no other value: 0 is not loosely equal to null.",
    requires: { all: ["v == null"] },
  },
  {
    id: "ts.typeof-nan-number",
    feedback:
      'NaN is a number as far as `typeof` is concerned, so the NaN from a failed conversion passes `typeof value === "number"` and arithmetic on it gives NaN again.',
    requires: { all: ['typeof value === "number"', "Number("] },
  },
  {
    id: "ts.typeof-string-digits",
    feedback:
      '`typeof` reports "string" for text made of digits: it never looks inside the string, so a quoted number fails `typeof value === "number"`.',
    requires: { all: ['typeof value === "number"'] },
  },
  {
    id: "ts.number-invalid-nan",
    feedback: "`Number` turns text that is not a number into NaN, not into 0, and it does not throw.",
    requires: { all: ["Number("] },
  },
  {
    id: "ts.and-returns-operand",
    feedback:
      "`&&` gives back its left operand when that is falsy: an empty string or null comes out unchanged, not as false and not as 0.",
    requires: { all: ["&&"] },
  },
  {
    id: "ts.in-sees-prototype",
    feedback:
      "`in` also finds keys inherited through the prototype chain, so a getter declared with `get` in a class counts, although the instance has no such own property.",
    requires: { all: ["in", "get", "class"] },
  },
  {
    id: "ts.in-names-one-key",
    feedback:
      "`in` looks for exactly the key it names: an object that has `r` but not that key fails the test, however much it looks like an instance.",
    requires: { all: ["in", "r"] },
  },
  {
    id: "ts.asserts-needs-throw",
    feedback:
      "`asserts n is number` checks nothing by itself: only the `throw` in the body stops a bad value, and the lines after the call run only when it did not throw.",
    requires: { all: ["asserts n is number", "throw"] },
  },
  {
    id: "ts.asserts-no-conversion",
    feedback:
      "An assertion function narrows the type and converts nothing: null reaches the `throw` as null, so the message shows null, not 0.",
    requires: { all: ["asserts", "null", "throw"] },
  },
  {
    id: "ts.message-no-name",
    feedback:
      "`message` holds only the text given to the error's constructor; the error's name is not part of it.",
    requires: { all: [".message", "throw new"] },
  },
  {
    id: "ts.missing-is-undefined",
    feedback:
      "A property an object does not have reads as undefined, never null, so an empty `{}` fails the `=== null` test and takes the undefined branch.",
    requires: { all: ["=== null", "=== undefined", "{}"] },
  },
  {
    id: "ts.strict-undefined-not-null",
    feedback:
      "`=== undefined` is false for null: strict equality never treats null and undefined as the same value.",
    requires: { all: ["=== undefined", "null"] },
  },
  {
    id: "ts.guard-body-trusted",
    feedback:
      "TypeScript trusts a type guard's body: `x is number` is only a promise, so whatever the body lets through keeps its real type at runtime.",
    requires: { all: ["x is number"] },
  },
  {
    id: "ts.number-coerces-empty",
    feedback:
      "`Number(x)` turns the empty string and null into 0, not NaN, so both pass the `Number.isNaN` test.",
    requires: { all: ["Number(x)", "Number.isNaN"] },
  },
  {
    id: "ts.guard-no-conversion",
    feedback:
      "A type guard converts nothing: a string that passes `x is number` is still a string, and strings have no `toFixed` method, so calling it throws a TypeError.",
    requires: { all: ["x is number", "toFixed"] },
  },
  {
    id: "ts.getter-narrowing-reread",
    feedback:
      "Narrowing treats a property as a stored value, but a getter runs again on every read: the value that passed the `typeof` check is not the one read on the next line.",
    requires: { all: ["get", "typeof"] },
  },
  {
    id: "ts.find-zero-falsy",
    feedback:
      "A truthiness test on the result of `find` cannot tell a found 0 from undefined (nothing found): both are falsy.",
    requires: { all: [".find(", "?"] },
  },
  {
    id: "ts.findindex-minus-one",
    feedback:
      "`findIndex` returns -1 when nothing matches, and -1 is truthy; only index 0, a match on the first item, is falsy.",
    requires: { all: [".findIndex("] },
  },
  {
    id: "ts.find-returns-item",
    feedback:
      "`find` returns the matching item itself (or undefined), not its position; `findIndex` is the one that returns an index.",
    requires: { all: [".find(", ".findIndex("] },
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
  {
    ...base,
    id: "typescript/type-narrowing/loose-equality-null",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const t = rng.pick(["Reading", "Sample", "Measure", "Level"]);
      const fn = rng.pick(["show", "format", "render", "label"]);
      const none = rng.pick(["none", "n/a", "empty", "-", "missing"]);
      const prefix = rng.pick(["v", "n", "x", "val"]);
      const n = rng.int(1, 99);
      const values = rng.shuffle(["0", "null", "undefined", String(n)]);
      // The parameter is always `v`, so the rule's feedback can quote the check as written.
      const check = "v == null";
      const code = lines(
        `type ${t} = number | null | undefined;`,
        `function ${fn}(v: ${t}): string {`,
        `  if (${check}) return ${q(none)};`,
        `  return \`${prefix}=\${v}\`;`,
        `}`,
        `const values: ${t}[] = [${values.join(", ")}];`,
        `console.log(values.map(${fn}).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "Loose equality with null",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.loose-null-both", code: swap(code, check, "v === null") },
          { rule: "ts.loose-null-both", code: swap(code, check, "v === undefined") },
          { rule: "ts.truthy-narrowing", code: swap(code, check, "!v") },
        ],
        explanation: `\`${check}\` is the trap: loose equality with null holds for exactly two values, null and undefined, so both print "${none}". It does not treat 0 as missing, so 0 is printed like any other number. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: check,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/typeof-nan-is-number",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["double", "scale", "boost", "grow"]);
      const k = rng.int(2, 5);
      const [n, m] = [rng.int(1, 40), rng.int(1, 40)];
      // Text that Number() cannot read: none of these is empty, blank or a hex/exponent literal.
      const word = rng.pick(["abc", "ten", "x1", "n/a", "--", "?", "1,5", "two"]);
      const skip = rng.pick(["skip", "-", "no", "?"]);
      const inputs = rng.shuffle([String(n), q(String(m)), `Number(${q(word)})`, "null"]);
      const check = 'typeof value === "number"';
      const code = lines(
        `function ${fn}(value: unknown): string {`,
        `  if (${check}) return String(value * ${k});`,
        `  return ${q(skip)};`,
        `}`,
        `const inputs: unknown[] = [${inputs.join(", ")}];`,
        `console.log(inputs.map(${fn}).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "typeof and NaN",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.typeof-nan-number",
            code: swap(code, check, `${check} && !Number.isNaN(value)`),
          },
          {
            rule: "ts.typeof-string-digits",
            code: swap(code, check, `${check} || typeof value === "string"`),
          },
          { rule: "ts.number-invalid-nan", code: swap(code, `Number(${q(word)})`, "0") },
        ],
        explanation: `\`${check}\` is the trap: \`Number(${q(word)})\` gives NaN, and NaN is of type number, so it passes the check and doubling it stays NaN. The quoted "${m}" is a string however it looks, and \`typeof null\` is "object", so both are skipped. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: check,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/and-returns-falsy-operand",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["measure", "sizeOf", "score", "weigh"]);
      // A number for every string, so the empty string's own result ("" has length 0) differs from "".
      const op = rng.pick(["s.length", "s.length * 2", "s.length - 1", 's.indexOf("a")']);
      const [w1, w2] = rng.sample(FRUITS, 2) as [string, string];
      const v = rng.pick(["names", "labels", "words", "inputs"]);
      const t = rng.pick(["Name", "Label", "Text"]);
      const list = rng.shuffle([q(w1), q(""), "null", q(w2)]);
      const body = `s && ${op}`;
      const code = lines(
        `type ${t} = string | null;`,
        `const ${fn} = (s: ${t}) => ${body};`,
        `const ${v}: ${t}[] = [${list.join(", ")}];`,
        `console.log(JSON.stringify(${v}.map(${fn})));`,
      );
      return {
        kind: "predict-output",
        title: "&& hands back the falsy operand",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.and-returns-operand", code: swap(code, body, `s ? ${op} : 0`) },
          { rule: "ts.and-returns-operand", code: swap(code, body, `!!s && ${op}`) },
          { rule: "ts.truthy-narrowing", code: swap(code, body, `s === null ? s : ${op}`) },
        ],
        explanation: `\`${body}\` is the trap: \`&&\` returns its left operand when that is falsy, and only otherwise evaluates the right one. The empty string and null are both falsy, so they come back unchanged rather than as false or 0. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: body,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/in-finds-prototype-getter",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const c = rng.pick(["Circle", "Disk", "Ring", "Round"]);
      const prop = rng.pick(["area", "size", "surface"]);
      const fn = rng.pick(["describe", "measure", "label"]);
      const [r, m] = rng.sample([2, 3, 4, 5, 6, 7, 8, 9], 2) as [number, number];
      const side = rng.int(2, 12);
      const parsed = `JSON.parse('{"r":${m}}') as ${c}`;
      const check = `"${prop}" in s`;
      const shapes = rng.shuffle([`new ${c}(${r})`, `{ side: ${side} }`, parsed]);
      const code = lines(
        `class ${c} {`,
        `  constructor(public r: number) {}`,
        `  get ${prop}(): number {`,
        `    return 3 * this.r * this.r;`,
        `  }`,
        `}`,
        `type Square = { side: number };`,
        `function ${fn}(s: ${c} | Square): string {`,
        `  if (${check}) return \`round:\${s.${prop}}\`;`,
        `  return \`square:\${s.side}\`;`,
        `}`,
        `const shapes: Array<${c} | Square> = [${shapes.join(", ")}];`,
        `console.log(shapes.map(${fn}).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "in finds getters on the prototype",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.in-sees-prototype", code: swap(code, check, `Object.hasOwn(s, "${prop}")`) },
          { rule: "ts.assertion-converts", code: swap(code, parsed, `new ${c}(${m})`) },
          { rule: "ts.in-names-one-key", code: swap(code, check, `"r" in s`) },
        ],
        explanation: `\`${check}\` is the trap: \`in\` walks the prototype chain, so it finds the getter \`${prop}\` that the class defines on its prototype, even though a ${c} has only \`r\` as its own property. The object from \`JSON.parse\` has an \`r\` but no prototype getter (\`as ${c}\` does not make it one), so it takes the square branch and its missing \`side\` prints as undefined. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: check,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/assertion-function-throws",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["assertPositive", "requirePositive", "ensurePositive", "checkPositive"]);
      // Short words and error names keep the option that adds the error's name within 2.5x of the rest.
      const err = rng.pick(["RangeError", "Error"]);
      const word = rng.pick(["bad", "no", "nope", "stop"]);
      const k = rng.int(2, 5);
      const [a, b] = rng.sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 15, 20], 2) as [number, number];
      const low = rng.pick(["0", `-${rng.int(1, 9)}`]);
      const values = rng.shuffle([String(a), "null", low, String(b)]);
      const thrower = `throw new ${err}(\`${word} \${n}\`);`;
      const call = `    ${fn}(v);`;
      const code = lines(
        `function ${fn}(n: number | null): asserts n is number {`,
        `  if (n === null || n <= 0) ${thrower}`,
        `}`,
        `const out: string[] = [];`,
        `for (const v of [${values.join(", ")}]) {`,
        `  try {`,
        call,
        `    out.push(\`ok \${v * ${k}}\`);`,
        `  } catch (e) {`,
        `    out.push((e as Error).message);`,
        `  }`,
        `}`,
        `console.log(out.join(", "));`,
      );
      return {
        kind: "predict-output",
        title: "An assertion function that must throw",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.asserts-needs-throw", code: swap(code, thrower, "return;") },
          {
            rule: "ts.asserts-no-conversion",
            code: swap(code, `${word} \${n}`, `${word} \${Number(n)}`),
          },
          { rule: "ts.message-no-name", code: swap(code, `(e as Error).message`, "String(e)") },
        ],
        explanation: `\`${call.trim()}\` is the trap: the \`asserts n is number\` signature only tells the compiler what holds after the call; at runtime it is the \`throw\` that stops null and the non-positive value, so their \`push\` never runs and the \`catch\` records the message instead, with null still null. The \`try\` is inside the loop, so the loop carries on. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: call.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/optional-chain-missing-or-null",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const t = rng.pick(["Order", "Invoice", "Booking", "Ticket"]);
      const [holder, field] = rng.pick([
        ["customer", "email"],
        ["owner", "login"],
        ["buyer", "email"],
        ["guest", "handle"],
      ] as const);
      const fn = rng.pick(["contact", "reachOut", "notify"]);
      const [missing, optedOut] = rng.pick([
        ["missing", "opted-out"],
        ["unknown", "blocked"],
        ["none", "declined"],
      ] as const);
      const [a, b, c, d] = rng.sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 4) as [
        number,
        number,
        number,
        number,
      ];
      const value = rng.pick(PEOPLE).toUpperCase();
      const list = rng.shuffle([
        `{ id: ${a} }`,
        `{ id: ${b}, ${holder}: {} }`,
        `{ id: ${c}, ${holder}: { ${field}: null } }`,
        `{ id: ${d}, ${holder}: { ${field}: ${q(value)} } }`,
      ]);
      const read = `o.${holder}?.${field}`;
      const code = lines(
        `type ${t} = { id: number; ${holder}?: { ${field}?: string | null } };`,
        `function ${fn}(o: ${t}): string {`,
        `  const value = ${read};`,
        `  if (value === undefined) return \`\${o.id}:${missing}\`;`,
        `  if (value === null) return \`\${o.id}:${optedOut}\`;`,
        `  return \`\${o.id}:\${value.toLowerCase()}\`;`,
        `}`,
        `const list: ${t}[] = [${list.join(", ")}];`,
        `console.log(list.map(${fn}).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "Missing, null or present through optional chaining",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.optional-chaining",
            code: swap(code, read, `(o.${holder} ? o.${holder}.${field} : null)`),
          },
          {
            rule: "ts.missing-is-undefined",
            code: swap(code, read, `(o.${holder} ? o.${holder}.${field} ?? null : undefined)`),
          },
          {
            rule: "ts.strict-undefined-not-null",
            code: swap(code, "value === undefined", "value == undefined"),
          },
        ],
        explanation: `\`${read}\` is the trap: when \`${holder}\` is missing the chain stops and gives undefined (not null), and when \`${holder}\` is \`{}\` the absent \`${field}\` reads as undefined too. Only the explicit \`null\` passes \`=== null\`, because strict equality keeps null and undefined apart. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: read,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/type-guard-that-coerces",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["isNumeric", "looksNumeric", "isNumberLike", "numeric"]);
      const word = rng.pick(["abc", "ten", "n/a", "x2", "one", "--"]);
      const d = rng.int(1, 99);
      const n = rng.int(1, 99) + rng.pick([0, 0.5, 0.25]);
      const digits = rng.int(1, 2);
      const skip = rng.pick(["skip", "none", "pass"]);
      const inputs = rng.shuffle([q(String(d)), String(n), q(""), "null", q(word)]);
      const body = "!Number.isNaN(Number(x))";
      const use = `x.toFixed(${digits})`;
      const code = lines(
        `function ${fn}(x: unknown): x is number {`,
        `  return ${body};`,
        `}`,
        `const inputs: unknown[] = [${inputs.join(", ")}];`,
        `const out = inputs.map((x) => {`,
        `  try {`,
        `    return ${fn}(x) ? ${use} : ${q(skip)};`,
        `  } catch (e) {`,
        `    return (e as Error).name;`,
        `  }`,
        `});`,
        `console.log(out.join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "A type guard that coerces",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.guard-body-trusted", code: swap(code, body, 'typeof x === "number"') },
          { rule: "ts.number-coerces-empty", code: swap(code, body, `x !== "" && x !== null && ${body}`) },
          { rule: "ts.guard-no-conversion", code: swap(code, use, `Number(x).toFixed(${digits})`) },
        ],
        explanation: `\`${body}\` is the trap: the guard converts a copy to test it, so "${d}", the empty string and null (both of which \`Number\` turns into 0) all pass, and TypeScript believes \`x is number\`. The values themselves are unchanged, and calling \`toFixed\` on a string or on null throws a TypeError; only the real number is formatted and "${word}" is skipped. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: body,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/narrowed-getter-reads-again",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const obj = rng.pick(["sensor", "probe", "gauge", "meter"]);
      const prop = rng.pick(["value", "reading", "current", "level"]);
      const counter = rng.pick(["reads", "polls", "hits"]);
      // An even start makes the first read a number and the second a string.
      const s = 2 * rng.int(0, 5);
      const k = rng.int(2, 9);
      const tag = rng.pick(["e", "err", "v", "#", "x"]);
      const ref = `${obj}.${prop}`;
      const test = `typeof ${ref} === "number"`;
      const code = lines(
        `const ${obj} = {`,
        `  ${counter}: ${s},`,
        `  get ${prop}(): number | string {`,
        `    this.${counter}++;`,
        `    return this.${counter} % 2 === 1 ? this.${counter} * ${k} : \`${tag}\${this.${counter}}\`;`,
        `  },`,
        `};`,
        `if (${test}) {`,
        `  console.log(${ref} + 1);`,
        `} else {`,
        `  console.log(${ref}.length);`,
        `}`,
        `console.log(${obj}.${counter});`,
      );
      return {
        kind: "predict-output",
        title: "Narrowing a getter that changes",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.getter-narrowing-reread",
            code: swap(swapAll(code, ref, "v"), `if (typeof v`, `const v = ${ref};\nif (typeof v`),
          },
          { rule: "ts.getter-cached", code: swap(code, `    this.${counter}++;\n`, "") },
          { rule: "ts.string-number-plus", code: swap(code, `${ref} + 1`, `Number(${ref}) + 1`) },
        ],
        explanation: `\`${test}\` is the trap: TypeScript narrows \`${ref}\` as if it were a stored value, but it is a getter, and every read runs its body again. The check reads a number (${(s + 1) * k}), the next line reads again and gets the string "${tag}${s + 2}", so \`+ 1\` concatenates, and the counter shows two reads. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: test,
      };
    },
  },
  {
    ...base,
    id: "typescript/type-narrowing/find-result-truthiness",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["report", "summarize", "scan", "inspect"]);
      const limit = rng.int(20, 40);
      const odd = (lo: number, hi: number): number => 2 * rng.int(Math.ceil((lo - 1) / 2), (hi - 1) >> 1) + 1;
      const even = (lo: number, hi: number): number => 2 * rng.int(Math.ceil(lo / 2), hi >> 1);
      // First list: the first even item is 0 and the first item is over the limit (index 0).
      const first = [
        odd(limit + 1, limit + 30),
        ...rng.shuffle([odd(1, limit), odd(1, limit), 0]),
        ...rng.shuffle([even(2, limit), odd(1, limit)]),
      ];
      // Second list: nothing over the limit, and its first even item is not 0.
      const second = [odd(1, limit), even(2, limit), ...rng.shuffle([odd(1, limit), even(2, limit)])];
      const [ea, eb] = rng.pick([
        ["even", "over"],
        ["hit", "big"],
        ["pair", "high"],
      ] as const);
      const check = `${ea} ?`;
      const code = lines(
        `function ${fn}(xs: number[], limit: number): string {`,
        `  const ${ea} = xs.find((x) => x % 2 === 0);`,
        `  const ${eb} = xs.findIndex((x) => x > limit);`,
        `  const a = ${check} \`even \${${ea}}\` : "no even";`,
        `  const b = ${eb} ? \`over at \${${eb}}\` : "none over";`,
        `  return \`\${a}, \${b}\`;`,
        `}`,
        `const lists: number[][] = [[${first.join(", ")}], [${second.join(", ")}]];`,
        `for (const xs of lists) console.log(${fn}(xs, ${limit}));`,
      );
      return {
        kind: "predict-output",
        title: "Truthiness checks on find and findIndex",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.find-zero-falsy", code: swap(code, check, `${ea} !== undefined ?`) },
          { rule: "ts.findindex-minus-one", code: swap(code, `${eb} ?`, `${eb} > 0 ?`) },
          { rule: "ts.truthy-narrowing", code: swap(code, `${eb} ?`, `${eb} >= 0 ?`) },
          { rule: "ts.find-returns-item", code: swap(code, "xs.find(", "xs.findIndex(") },
        ],
        explanation: `\`${check}\` is the trap: in the first list \`find\` really finds 0, but 0 is falsy, so the test reports no even number. \`findIndex\` has the mirror problem: a match at index 0 is falsy and reads as none, while -1 (no match at all, in the second list) is truthy. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: check,
      };
    },
  },
];
