import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  COLORS,
  FRUITS,
  PREDICT,
  arr,
  distinctInts,
  fillPrompt,
  lines,
  q,
  swap,
  swapAll,
} from "./helpers";

const base = { language: "typescript", topic: "generics" } as const;

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const genericsRules: MisconceptionRule[] = [
  {
    id: "ts.array-from-one-value",
    feedback:
      "`Array.from` calls `() => value` once per slot, and that callback returns the same object every time: the slots share one object, nothing is copied.",
    requires: { all: ["Array.from", "() => value"] },
  },
  {
    id: "ts.filter-new-array-loop",
    feedback:
      "Unsubscribing with `filter` assigns a new array; the loop already running keeps iterating the old one, so the other listener is not skipped.",
    requires: { all: [".filter", "for", "of"] },
  },
];

export const genericsTemplates: ChallengeTemplate[] = [
  {
    ...base,
    id: "typescript/generics/type-argument-does-not-parse",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["parse", "decode", "fromJson", "read", "load", "deserialize"]);
      const asBool = rng.bool(0.35);
      const v = rng.pick(["value", "result", "setting", "parsed", "input"]);
      let code: string;
      let literal: string;
      let fixed: string;
      let fixedValue: string;
      if (asBool) {
        const word = rng.pick(["false", "0", "null"]);
        const key = rng.pick(["enabled", "flag", "active", "debug", "beta", "strict"]);
        literal = `'{"${key}": "${word}"}'`;
        fixed = `'{"${key}": ${word}}'`;
        fixedValue = `JSON.parse(${fixed}).${key}`;
        const [on, off] = rng.pick([
          ["on", "off"],
          ["yes", "no"],
          ["enabled", "disabled"],
          ["active", "inactive"],
          ["open", "closed"],
          ["visible", "hidden"],
        ] as const);
        code = lines(
          `function ${fn}<T>(json: string): T {`,
          `  return JSON.parse(json) as T;`,
          `}`,
          `const ${v} = ${fn}<{ ${key}: boolean }>(${literal}).${key};`,
          `console.log(${v} ? ${q(on)} : ${q(off)}, typeof ${v});`,
        );
      } else {
        const n = rng.int(10, 9000);
        const add = rng.int(1, 9);
        literal = `'"${n}"'`;
        fixed = `'${n}'`;
        fixedValue = `JSON.parse(${fixed})`;
        code = lines(
          `function ${fn}<T>(json: string): T {`,
          `  return JSON.parse(json) as T;`,
          `}`,
          `const ${v} = ${fn}<number>(${literal});`,
          `console.log(${v} + ${add}, typeof ${v});`,
        );
      }
      return {
        kind: "predict-output",
        title: "A type argument is not a parser",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.generics-at-runtime", code: swap(code, literal, fixed) },
          { rule: "ts.generics-at-runtime", code: swap(code, `, typeof ${v});`, `, typeof ${fixedValue});`) },
          {
            rule: "ts.assertion-converts",
            code: swap(swap(code, literal, fixed), `, typeof ${v});`, `, typeof String(${v}));`),
          },
        ],
        explanation:
          "`as T` is the trap: it looks like a conversion, but type arguments and assertions are erased and emit no code. The JSON text is a quoted string, so the function returns exactly what `JSON.parse` produced, a string, and the string's own runtime behaviour (concatenation, truthiness, `typeof`) decides the output.",
        trap: "as T",
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/merge-spread-order",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const id = rng.int(1, 99);
      const [c1, c2] = rng.sample(COLORS, 2);
      const [mx, my] = rng.pick([
        ["x", "y"],
        ["w", "h"],
        ["min", "max"],
      ] as const);
      const [vx, vy] = [rng.int(1, 9), rng.int(1, 9)];
      const [sa, sb] = rng.pick([
        ["saved", "patch"],
        ["current", "update"],
        ["stored", "changes"],
      ] as const);
      const ret = `  return { ...a, ...b };`;
      const code = lines(
        `function merge<A extends object, B extends object>(a: A, b: B): A & B {`,
        ret,
        `}`,
        `const ${sa} = { id: ${id}, meta: { ${mx}: ${vx} }, color: ${q(c1)} };`,
        `const ${sb} = { meta: { ${my}: ${vy} }, color: ${q(c2)} };`,
        `const merged = merge(${sa}, ${sb});`,
        `console.log(JSON.stringify(merged));`,
        `console.log(merged === ${sa});`,
      );
      return {
        kind: "predict-output",
        title: "A generic merge with spread",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.spread-order", code: swap(code, ret, `  return { ...b, ...a };`) },
          {
            rule: "ts.spread-order",
            code: swap(
              code,
              ret,
              `  return { ...a, ...b, meta: { ...(a as any).meta, ...(b as any).meta } };`,
            ),
          },
          { rule: "ts.spread-mutates", code: swap(code, ret, `  return Object.assign(a, b);`) },
        ],
        explanation:
          "`{ ...a, ...b }` decides the result, not the intersection type `A & B`: the spread copies `a`, then `b`'s properties overwrite the same keys, so the whole nested `meta` object is replaced, not merged. The result is a new object, so it is not the first argument.",
        trap: "{ ...a, ...b }",
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/memoize-by-reference",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [w, h] = [rng.int(2, 12), rng.int(2, 12)];
      const nw = rng.int(13, 30);
      const fn = rng.pick(["area", "cost", "surface", "sizeOf", "measure"]);
      const obj = rng.pick(["box", "rect", "tile", "panel", "card"]);
      const cacheLine = `  const cache = new Map<A, R>();`;
      const code = lines(
        `function memoize<A extends object, R>(fn: (arg: A) => R): (arg: A) => R {`,
        cacheLine,
        `  return (arg) => {`,
        `    if (!cache.has(arg)) cache.set(arg, fn(arg));`,
        `    return cache.get(arg) as R;`,
        `  };`,
        `}`,
        `let calls = 0;`,
        `const ${fn} = memoize((r: { w: number; h: number }) => {`,
        `  calls++;`,
        `  return r.w * r.h;`,
        `});`,
        `const ${obj} = { w: ${w}, h: ${h} };`,
        `${fn}(${obj});`,
        `${fn}({ w: ${w}, h: ${h} });`,
        `${obj}.w = ${nw};`,
        `console.log(${fn}(${obj}), calls);`,
      );
      return {
        kind: "predict-output",
        title: "A generic memoizer keyed by objects",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.equality-by-value",
            code: swap(
              swap(
                swap(code, cacheLine, `  const cache = new Map<string, R>();`),
                `cache.has(arg)) cache.set(arg,`,
                `cache.has(JSON.stringify(arg))) cache.set(JSON.stringify(arg),`,
              ),
              `cache.get(arg)`,
              `cache.get(JSON.stringify(arg))`,
            ),
          },
          {
            rule: "ts.closure-shared-state",
            code: swap(
              swap(code, cacheLine + "\n", ""),
              `  return (arg) => {\n`,
              `  return (arg) => {\n    const cache = new Map<A, R>();\n`,
            ),
          },
          { rule: "ts.equality-by-value", value: `${w * h} 1` },
          { rule: "ts.alias-is-copy", code: swap(code, `${fn}(${obj});\n`, `${fn}({ ...${obj} });\n`) },
        ],
        explanation: `\`${obj}.w = ${nw};\` is the trap: a \`Map\` compares object keys by identity, so the mutated \`${obj}\` is still the same key and the stale cached ${w * h} comes back without a new call. The equal-looking literal \`{ w: ${w}, h: ${h} }\` is a different key, which is why \`calls\` is 2.`,
        trap: `${obj}.w = ${nw};`,
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/fill-first-or-fallback",
    difficulty: "easy",
    kind: "fill-in-blank",
    build(rng) {
      const fn = rng.pick(["firstOr", "headOr", "firstOrDefault", "pickFirst"]);
      const d = rng.int(5, 99);
      const n = rng.int(1, 9);
      const [w, alt] = rng.pick([
        ["x", "?"],
        ["ok", "none"],
        ["yes", "n/a"],
        ["on", "off"],
      ] as const);
      const calls = rng.shuffle([
        `${fn}<number>([], ${d})`,
        `${fn}([0, ${n}], ${d})`,
        `${fn}(["", ${q(w)}], ${q(alt)})`,
      ]);
      const code = lines(
        `function ${fn}<T>(items: readonly T[], fallback: T): T {`,
        `  return ${BLANK};`,
        `}`,
        `console.log(JSON.stringify([${calls.join(", ")}]));`,
      );
      return {
        kind: "fill-in-blank",
        title: "A generic first-or-fallback",
        prompt: fillPrompt(),
        code,
        answer: "items[0] ?? fallback",
        wrong: [
          { fragment: "items[0] || fallback", rule: "ts.nullish-vs-or" },
          { fragment: "items[1] ?? fallback", rule: "ts.off-by-one" },
          { fragment: "items.at(-1) ?? fallback", rule: "ts.off-by-one" },
          { fragment: "(items[0] as T) && fallback", rule: "ts.truthy-narrowing" },
        ],
        explanation:
          '`??` is the trap: it falls back only when the first item is missing (`undefined`, the empty array), so the falsy but real first items `0` and `""` are kept. `||` would replace them too; the type parameter `T` plays no part at runtime.',
        trap: "??",
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/static-shared-across-type-arguments",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Registry", "Bag", "Store", "Pool"]);
      const counter = rng.pick(["count", "adds", "total"]);
      const [na, nb] = [rng.int(1, 4), rng.int(1, 3)];
      const [aName, bName] = rng.pick([
        ["nums", "words"],
        ["ids", "tags"],
        ["ages", "names"],
      ] as const);
      const words = rng.sample(FRUITS, nb);
      const code = lines(
        `class ${cls}<T> {`,
        `  static ${counter} = 0;`,
        `  private items: T[] = [];`,
        `  add(item: T): number {`,
        `    ${cls}.${counter}++;`,
        `    return this.items.push(item);`,
        `  }`,
        `}`,
        `const ${aName} = new ${cls}<number>();`,
        `const ${bName} = new ${cls}<string>();`,
        ...Array.from({ length: na }, (_, i) => `${aName}.add(${i + 1});`),
        ...words.map((w) => `${bName}.add(${q(w)});`),
        `console.log(${aName}.add(${na + 1}), ${bName}.add("last"), ${cls}.${counter});`,
      );
      return {
        kind: "predict-output",
        title: "A static member of a generic class",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.generics-at-runtime",
            code: swapAll(
              swap(code, `  static ${counter} = 0;`, `  ${counter} = 0;\n  static ${counter} = 0;`),
              `    ${cls}.${counter}++;`,
              `    this.${counter}++;\n    ${cls}.${counter} = this.${counter};`,
            ),
          },
          {
            rule: "ts.off-by-one",
            code: swap(code, `return this.items.push(item);`, `return this.items.push(item) - 1;`),
          },
          {
            rule: "ts.push-returns-array",
            code: swap(
              code,
              `return this.items.push(item);`,
              `this.items.push(item);\n    return ${cls}.${counter};`,
            ),
          },
        ],
        explanation: `\`static ${counter} = 0;\` is the trap: type arguments are erased, so \`${cls}<number>\` and \`${cls}<string>\` are one class at runtime with one static \`${counter}\`, counting every add on both instances (${na + nb + 2}). \`push\` returns the new length of that instance's own array.`,
        trap: `static ${counter} = 0;`,
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/default-array-per-call",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["collect", "gather", "append", "addTo"]);
      const [a, b, c, d] = distinctInts(rng, 4, 1, 50);
      const into = rng.pick(["into", "bucket", "list"]);
      const shared = rng.pick(["shared", "common", "pool"]);
      const extra = rng.int(51, 99);
      const header = `function ${fn}<T>(item: T, ${into}: T[] = []): T[] {`;
      const code = lines(
        header,
        `  ${into}.push(item);`,
        `  return ${into};`,
        `}`,
        `const r1 = ${fn}(${a});`,
        `const r2 = ${fn}(${b});`,
        `const ${shared}: number[] = [];`,
        `const r3 = ${fn}(${c}, ${shared});`,
        `const r4 = ${fn}(${d}, ${shared});`,
        `${shared}.push(${extra});`,
        `console.log(JSON.stringify([r1, r2, r3]), r3 === r4);`,
      );
      return {
        kind: "predict-output",
        title: "A generic function with a default array",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.default-param-eval",
            code: swap(
              code,
              header,
              `const defaultList: unknown[] = [];\nfunction ${fn}<T>(item: T, ${into}: T[] = defaultList as T[]): T[] {`,
            ),
          },
          { rule: "ts.alias-is-copy", code: swap(code, `  return ${into};`, `  return [...${into}];`) },
          { rule: "ts.alias-is-copy", code: swap(code, `${shared}.push(${extra});\n`, "") },
        ],
        explanation: `\`${into}: T[] = []\` is the trap: a default parameter is evaluated on every call that omits it, so \`r1\` and \`r2\` get separate new arrays. \`r3\` and \`r4\` are both the \`${shared}\` array itself, so they are the same object and also see the later push of ${extra}.`,
        trap: `${into}: T[] = []`,
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/identity-returns-same-object",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const values = distinctInts(rng, rng.int(2, 3), 1, 50);
      const extra = rng.int(51, 99);
      const [idFn, wrapFn] = rng.pick([
        ["identity", "wrap"],
        ["unchanged", "box"],
        ["passThrough", "listOf"],
      ] as const);
      const list = rng.pick(["list", "items", "nums"]);
      const idBody = `  return x;`;
      const wrapBody = `  return [x];`;
      const code = lines(
        `function ${idFn}<T>(x: T): T {`,
        idBody,
        `}`,
        `function ${wrapFn}<T>(x: T): T[] {`,
        wrapBody,
        `}`,
        `const ${list}: number[] = ${arr(values)};`,
        `const same = ${idFn}(${list});`,
        `const wrapped = ${wrapFn}(${list});`,
        `same.push(${extra});`,
        `console.log(${list}.length, wrapped[0]!.length, same === ${list}, wrapped.length);`,
      );
      return {
        kind: "predict-output",
        title: "Generic functions pass references through",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.alias-is-copy",
            code: swap(code, idBody, `  return (Array.isArray(x) ? [...x] : x) as T;`),
          },
          {
            rule: "ts.alias-is-copy",
            code: swap(code, wrapBody, `  return [JSON.parse(JSON.stringify(x)) as T];`),
          },
          {
            rule: "ts.generics-at-runtime",
            code: swap(code, wrapBody, `  return (Array.isArray(x) ? x : [x]) as T[];`),
          },
        ],
        explanation: `\`same.push(${extra});\` is the trap: generic functions copy nothing, so \`${idFn}\` hands back the very same array and \`${wrapFn}\` puts that same array inside a new one-element array. The push through \`same\` is therefore visible through \`${list}\` and \`wrapped[0]\` too.`,
        trap: `same.push(${extra});`,
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/repeat-with-optional-count",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["repeat", "fillWith", "copies", "times"]);
      const def = rng.int(2, 4);
      const n = rng.int(2, 4);
      const key = rng.pick(["n", "v", "count", "id"]);
      const v0 = rng.int(1, 9);
      const v1 = rng.int(10, 99);
      const word = q(rng.pick(["ab", "hi", "go", "xy", "ok"]));
      const countExpr = `times ?? ${def}`;
      const make = `() => value`;
      const code = lines(
        `function ${fn}<T>(value: T, times?: number): T[] {`,
        `  return Array.from({ length: ${countExpr} }, ${make});`,
        `}`,
        `const words = ${fn}(${word});`,
        `const none = ${fn}(${word}, 0);`,
        `const boxes = ${fn}({ ${key}: ${v0} }, ${n});`,
        `boxes[0]!.${key} = ${v1};`,
        `console.log(words.length, none.length);`,
        `console.log(JSON.stringify(boxes));`,
      );
      return {
        kind: "predict-output",
        title: "A generic repeat with an optional count",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.array-from-one-value",
            code: swap(code, make, `() => (typeof value === "object" ? { ...value } : value)`),
          },
          { rule: "ts.nullish-vs-or", code: swap(code, countExpr, `times || ${def}`) },
          { rule: "ts.optional-param-defaults", code: swap(code, countExpr, `times ?? 0`) },
        ],
        explanation: `\`() => value\` is the trap: it returns the same \`value\` reference for every slot, so changing \`boxes[0]\` changes what all ${n} entries show. The count uses \`??\`, which only replaces a missing (undefined) count, so an explicit 0 really gives an empty array.`,
        trap: "() => value",
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/typed-emitter-unsubscribe",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const ev = rng.pick(["tick", "change", "save", "ping", "load", "resize", "update", "sync"]);
      const [la, lb] = rng.sample(["a", "b", "x", "y", "p", "q", "m", "n"], 2) as [string, string];
      const emits = rng.int(2, 3);
      const firstArg = rng.int(1, 40);
      const off = `    return () => {\n      this.listeners[key] = this.listeners[key]!.filter((f) => f !== fn);\n    };`;
      const code = lines(
        `class Emitter<E extends Record<string, number>> {`,
        `  private listeners: { [K in keyof E]?: Array<(p: E[K]) => void> } = {};`,
        `  on<K extends keyof E>(key: K, fn: (p: E[K]) => void): () => void {`,
        `    (this.listeners[key] ??= []).push(fn);`,
        off,
        `  }`,
        `  emit<K extends keyof E>(key: K, p: E[K]): void {`,
        `    for (const fn of this.listeners[key] ?? []) fn(p);`,
        `  }`,
        `}`,
        `const bus = new Emitter<{ ${ev}: number }>();`,
        `const out: string[] = [];`,
        `const stop = bus.on(${q(ev)}, (p) => {`,
        `  stop();`,
        `  out.push(\`${la}\${p}\`);`,
        `});`,
        `bus.on(${q(ev)}, (p) => out.push(\`${lb}\${p}\`));`,
        ...Array.from({ length: emits }, (_, i) => `bus.emit(${q(ev)}, ${firstArg + i});`),
        `console.log(out.join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "Unsubscribing inside a listener",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.filter-new-array-loop",
            code: swap(
              code,
              off,
              `    return () => {\n      const list = this.listeners[key]!;\n      list.splice(list.indexOf(fn), 1);\n    };`,
            ),
          },
          { rule: "ts.map-filter-confusion", code: swap(code, `(f) => f !== fn`, `(f) => f === fn`) },
          {
            rule: "ts.closure-shared-state",
            value: Array.from({ length: emits }, (_, i) => `${la}${firstArg + i} ${lb}${firstArg + i}`).join(
              " ",
            ),
          },
        ],
        explanation: `\`.filter((f) => f !== fn)\` is the trap: the first listener unsubscribes itself, and \`filter\` builds a new array, so the loop already running over the old array still reaches the second listener. Later emits iterate the new array, which only holds the second listener.`,
        trap: ".filter((f) => f !== fn)",
      };
    },
  },
];
