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
  {
    id: "ts.empty-last-undefined",
    feedback:
      "`items[items.length - 1]` on an empty array reads an index that does not exist: that gives undefined, not null and not an error.",
    requires: { all: ["items[items.length - 1]"] },
  },
  {
    id: "ts.tie-keeps-first",
    feedback: "On equal lengths `a.length >= b.length` is still true, so the tie goes to the first argument.",
    requires: { all: ["a.length >= b.length"] },
  },
  {
    id: "ts.ternary-first-branch",
    feedback:
      "`? a : b` returns `a` when the condition holds: the first branch is the value for true, and the condition keeps the longer (or equal) one.",
    requires: { all: ["? a : b"] },
  },
  {
    id: "ts.stack-lifo",
    feedback: "`this.items.pop()` takes the item pushed last: a stack is last in, first out.",
    requires: { all: ["this.items.pop()"] },
  },
  {
    id: "ts.pop-removes",
    feedback:
      "`pop` removes the item it returns, so each call shrinks `size` and the next call gets the item below.",
    requires: { all: [".pop()", "size"] },
  },
  {
    id: "ts.integer-keys-sorted",
    feedback:
      "Keys made only of digits look like array indexes, so `JSON.stringify` lists them in ascending numeric order, not in the order the groups were created.",
    requires: { all: ["JSON.stringify", "String(w.length)"] },
  },
  {
    id: "ts.nullish-assign-keeps",
    feedback:
      "`??=` assigns only while the group is still missing, so later items join the existing array instead of replacing it.",
    requires: { all: ["??="] },
  },
  {
    id: "ts.group-push-order",
    feedback: "`push` appends, so every group keeps its items in the order they appear in `words`.",
    requires: { all: [".push(item)", "words"] },
  },
  {
    id: "ts.map-returns-new",
    feedback: "`map` returns a brand-new box made with `new`, so the original box keeps its value.",
    requires: { all: ["map", "new"] },
  },
  {
    id: "ts.set-returns-this",
    feedback: "`return this;` hands back the very box `set` was called on: both names are one object.",
    requires: { all: ["return this;"] },
  },
  {
    id: "ts.method-mutates-receiver",
    feedback: "`this.value = v;` writes into the box the method is called on, so `b` itself changes.",
    requires: { all: ["this.value = v;"] },
  },
  {
    id: "ts.undefined-sentinel",
    feedback:
      "`result === undefined` cannot tell 'not run yet' from 'ran and returned undefined', so a function that returns nothing runs again on every call.",
    requires: { all: ["result === undefined"] },
  },
  {
    id: "ts.once-shared-result",
    feedback:
      "`let result` is declared once per wrapper, outside the returned arrow, so all calls of one wrapper share it and a cached value is reused.",
    requires: { all: ["let result"] },
  },
  {
    id: "ts.keyof-erased",
    feedback:
      "`Object.keys(o)` lists the object's real own keys at runtime; `keyof T` is erased and a type annotation removes no property.",
    requires: { all: ["Object.keys(o)", "keyof T"] },
  },
  {
    id: "ts.overwrite-keeps-position",
    feedback:
      "Overwriting `x` after `...raw` changes its value but not its place: a key keeps the position where it was first added.",
    requires: { all: ["...raw", "x"] },
  },
  {
    id: "ts.literal-after-spread",
    feedback: "The `x` written after `...raw` overrides the copied one, so the literal's value wins.",
    requires: { all: ["...raw", "x"] },
  },
  {
    id: "ts.postfix-returns-old",
    feedback: "`next++` returns the value from before the increment, so the cached id is the starting value.",
    requires: { all: ["next++"] },
  },
  {
    id: "ts.compose-inner-first",
    feedback:
      "`f(g(x))` calls `g` first and passes its result to `f`: the second argument of compose runs first.",
    requires: { all: ["f(g(x))"] },
  },
  {
    id: "ts.reduce-compose-order",
    feedback:
      "`compose(acc, fn)` puts each new step inside the earlier ones, so in the finished pipeline the last function of `steps` runs first.",
    requires: { all: ["compose(acc, fn)", "steps"] },
  },
  {
    id: "ts.spread-copies-undefined",
    feedback:
      "Spread copies a property whose value is undefined like any other, so `...given` overwrites the default; `Partial` does not drop it.",
    requires: { all: ["...given", "undefined", "Partial"] },
  },
  {
    id: "ts.later-spread-wins",
    feedback:
      "`...given` comes after `...defaults`, so the given properties replace the defaults, not the other way round.",
    requires: { all: ["...defaults, ...given"] },
  },
  {
    id: "ts.json-drops-undefined",
    feedback: "`JSON.stringify` leaves out properties whose value is undefined; it writes no null for them.",
    requires: { all: ["JSON.stringify", "undefined"] },
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
  {
    ...base,
    id: "typescript/generics/last-of-empty-array",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["last", "lastOf", "tail", "final"]);
      const vals = distinctInts(rng, rng.int(2, 4), 1, 60);
      const [list, empty] = rng.pick([
        ["nums", "none"],
        ["scores", "nothing"],
        ["ids", "blank"],
      ] as const);
      const body = `  return items[items.length - 1];`;
      const code = lines(
        `function ${fn}<T>(items: T[]): T | undefined {`,
        body,
        `}`,
        `const ${list}: number[] = ${arr(vals)};`,
        `const ${empty}: string[] = [];`,
        `console.log(${fn}(${list}), String(${fn}(${empty})), ${fn}(${list}.slice(0, 1)));`,
      );
      return {
        kind: "predict-output",
        title: "The last item of an empty array",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.off-by-one", code: swap(code, body, `  return items[items.length - 2];`) },
          { rule: "ts.off-by-one", code: swap(code, body, `  return items[0];`) },
          {
            rule: "ts.empty-last-undefined",
            code: swap(code, `String(${fn}(${empty}))`, `String(${fn}(${empty}) ?? null)`),
          },
          {
            rule: "ts.empty-last-undefined",
            code: swap(code, body, `  if (items.length === 0) throw new RangeError("empty");\n${body}`),
          },
        ],
        explanation: `\`items[items.length - 1]\` is the trap: on the empty array it reads index -1, which does not exist, so it gives undefined without throwing (the type \`T | undefined\` says so). On the others it is the last item: ${vals[vals.length - 1]}, and ${vals[0]} for the one-item slice.`,
        trap: "items[items.length - 1]",
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/longest-on-a-tie",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const len = rng.pick([4, 5] as const);
      const pool = FRUITS.filter((f) => f.length === len);
      const [w1, w2] = rng.sample(pool, 2) as [string, string];
      const n = rng.int(2, 3);
      const A = distinctInts(rng, n, 1, 9);
      const B = distinctInts(rng, n + 1, 10, 40);
      const longFirst = rng.bool();
      const [x, y] = longFirst ? [B, A] : [A, B];
      const fn = rng.pick(["longest", "longer", "pickLonger"]);
      const cond = `a.length >= b.length ? a : b`;
      const code = lines(
        `function ${fn}<T extends { length: number }>(a: T, b: T): T {`,
        `  return ${cond};`,
        `}`,
        `console.log(${fn}(${q(w1)}, ${q(w2)}));`,
        `console.log(JSON.stringify(${fn}(${arr(x)}, ${arr(y)})));`,
      );
      return {
        kind: "predict-output",
        title: "Picking the longer of two values on a tie",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.tie-keeps-first", code: swap(code, cond, `a.length > b.length ? a : b`) },
          { rule: "ts.ternary-first-branch", code: swap(code, cond, `a.length >= b.length ? b : a`) },
          { rule: "ts.ternary-first-branch", code: swap(code, cond, `a.length <= b.length ? a : b`) },
        ],
        explanation: `\`${cond}\` is the trap: "${w1}" and "${w2}" have the same length, so \`>=\` is true and the first argument wins the tie. The constraint \`T extends { length: number }\` only lets both strings and arrays in; for the arrays the longer one, ${JSON.stringify(B)}, is returned.`,
        trap: cond,
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/stack-pops-last-pushed",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const items = rng.sample(FRUITS, rng.int(3, 4));
      const cls = rng.pick(["Stack", "Pile", "History"]);
      const s = rng.pick(["stack", "pile", "undo"]);
      const popLine = `    return this.items.pop();`;
      const code = lines(
        `class ${cls}<T> {`,
        `  private items: T[] = [];`,
        `  push(item: T): this {`,
        `    this.items.push(item);`,
        `    return this;`,
        `  }`,
        `  pop(): T | undefined {`,
        popLine,
        `  }`,
        `  get size(): number {`,
        `    return this.items.length;`,
        `  }`,
        `}`,
        `const ${s} = new ${cls}<string>();`,
        `${s}${items.map((i) => `.push(${q(i)})`).join("")};`,
        `const top = ${s}.pop();`,
        `console.log(top, ${s}.pop(), ${s}.size);`,
      );
      const k = items.length;
      return {
        kind: "predict-output",
        title: "Popping a generic stack",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.stack-lifo", code: swap(code, popLine, `    return this.items.shift();`) },
          {
            rule: "ts.pop-removes",
            code: swap(code, popLine, `    return this.items[this.items.length - 1];`),
          },
          { rule: "ts.pop-removes", value: `${items[k - 1]} ${items[k - 2]} ${k}` },
        ],
        explanation: `\`this.items.pop()\` is the trap: it removes and returns the item pushed last, so the first pop gives "${items[k - 1]}", the second "${items[k - 2]}", and each removal shrinks \`size\`, leaving ${k - 2}. The type argument \`string\` changes nothing at runtime.`,
        trap: "this.items.pop()",
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/group-by-numeric-keys",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      let words = rng.sample(FRUITS, 5);
      const firstOrder = (ws: readonly string[]) => [...new Set(ws.map((w) => w.length))];
      for (let i = 0; i < 6; i++) {
        const o = firstOrder(words);
        if (o.join() !== [...o].sort((a, b) => a - b).join() && o.length < 5) break;
        words = rng.shuffle(rng.sample(FRUITS, 5));
      }
      const fn = rng.pick(["groupBy", "bucket", "partition"]);
      const g = rng.pick(["groups", "buckets", "byKey"]);
      const pushLine = `    (${g}[key(item)] ??= []).push(item);`;
      const code = lines(
        `function ${fn}<T>(items: T[], key: (item: T) => string): Record<string, T[]> {`,
        `  const ${g}: Record<string, T[]> = {};`,
        `  for (const item of items) {`,
        pushLine,
        `  }`,
        `  return ${g};`,
        `}`,
        `const words = ${arr(words)};`,
        `console.log(JSON.stringify(${fn}(words, (w) => String(w.length))));`,
      );
      const order = firstOrder(words);
      const insertion = `{${order
        .map((n) => `"${n}":${JSON.stringify(words.filter((w) => w.length === n))}`)
        .join(",")}}`;
      return {
        kind: "predict-output",
        title: "Grouping by a key that looks like a number",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.integer-keys-sorted", value: insertion },
          {
            rule: "ts.nullish-assign-keeps",
            code: swap(code, pushLine, `    (${g}[key(item)] = []).push(item);`),
          },
          {
            rule: "ts.group-push-order",
            code: swap(code, pushLine, `    (${g}[key(item)] ??= []).unshift(item);`),
          },
          {
            rule: "ts.group-push-order",
            code: swap(code, `for (const item of items)`, `for (const item of [...items].reverse())`),
          },
        ],
        explanation: `\`String(w.length)\` is the trap: the group keys are strings like "3" and "5" that look like array indexes, and such keys are always listed in ascending numeric order, whatever order they were added in. Within each group, \`??=\` creates the array once and \`push\` keeps the input order.`,
        trap: "String(w.length)",
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/box-map-versus-set",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Box", "Cell", "Holder", "Wrapper"]);
      const v = rng.int(2, 9);
      const k = rng.int(2, 5);
      const nv = rng.int(20, 60);
      const mapLine = `    return new ${cls}(f(this.value));`;
      const setBody = `    this.value = v;`;
      const code = lines(
        `class ${cls}<T> {`,
        `  constructor(public value: T) {}`,
        `  map<U>(f: (v: T) => U): ${cls}<U> {`,
        mapLine,
        `  }`,
        `  set(v: T): this {`,
        setBody,
        `    return this;`,
        `  }`,
        `}`,
        `const a = new ${cls}(${v});`,
        `const b = a.map((x) => x * ${k});`,
        `const c = b.set(${nv});`,
        `console.log(a.value, b.value, c.value, b === c);`,
      );
      return {
        kind: "predict-output",
        title: "A generic box: map builds, set mutates",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.map-returns-new",
            code: swap(
              code,
              mapLine,
              `    this.value = f(this.value) as unknown as T;\n    return this as unknown as ${cls}<U>;`,
            ),
          },
          {
            rule: "ts.set-returns-this",
            code: swap(code, `${setBody}\n    return this;`, `    return new ${cls}(v) as this;`),
          },
          { rule: "ts.method-mutates-receiver", code: swap(code, `${setBody}\n`, "") },
        ],
        explanation: `\`return this;\` is the trap: \`set\` writes ${nv} into the box it was called on and hands back that same box, so \`b\` and \`c\` are one object. \`map\` instead built a new box holding ${v * k}, which left \`a\` at ${v}.`,
        trap: "return this;",
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/once-with-undefined-sentinel",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const k = rng.int(2, 4);
      const start = rng.int(1, 50);
      const [setup, nextId] = rng.pick([
        ["setup", "nextId"],
        ["init", "ticket"],
        ["warmUp", "serial"],
      ] as const);
      const decl = `  let result: T | undefined;`;
      const check = `    if (result === undefined) result = fn();`;
      const code = lines(
        `function once<T>(fn: () => T): () => T {`,
        decl,
        `  return () => {`,
        check,
        `    return result as T;`,
        `  };`,
        `}`,
        `let runs = 0;`,
        `const ${setup} = once((): void => {`,
        `  runs++;`,
        `});`,
        `let next = ${start};`,
        `const ${nextId} = once(() => next++);`,
        ...Array.from({ length: k }, () => `${setup}();`),
        `console.log(runs, ${nextId}(), ${nextId}(), next);`,
      );
      return {
        kind: "predict-output",
        title: "A generic once() that remembers undefined",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.undefined-sentinel",
            code: swap(
              swap(code, decl, `  let result: T | undefined;\n  let done = false;`),
              check,
              `    if (!done) {\n      done = true;\n      result = fn();\n    }`,
            ),
          },
          {
            rule: "ts.once-shared-result",
            code: swap(swap(code, `${decl}\n`, ""), `  return () => {\n`, `  return () => {\n  ${decl}\n`),
          },
          { rule: "ts.postfix-returns-old", code: swap(code, `once(() => next++)`, `once(() => ++next)`) },
        ],
        explanation: `\`result === undefined\` is the trap: it cannot tell "not run yet" from "ran and returned undefined". \`${setup}\` returns nothing, so it runs again on all ${k} calls, while \`${nextId}\` caches ${start} after its first call (\`next++\` returns the old value), so \`next\` ends at ${start + 1}.`,
        trap: "result === undefined",
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/compose-with-reduce",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const a = rng.int(1, 9);
      const k = rng.int(2, 4);
      const m = rng.int(1, 9);
      const x = rng.int(2, 9);
      const [add, times, minus] = rng.pick([
        ["addA", "timesK", "minusM"],
        ["inc", "scale", "drop"],
        ["plus", "mul", "sub"],
      ] as const);
      const body = `  return (x) => f(g(x));`;
      const red = `steps.reduce((acc, fn) => compose(acc, fn))`;
      const code = lines(
        `function compose<A, B, C>(f: (b: B) => C, g: (a: A) => B): (a: A) => C {`,
        body,
        `}`,
        `const ${add} = (n: number): number => n + ${a};`,
        `const ${times} = (n: number): number => n * ${k};`,
        `const ${minus} = (n: number): number => n - ${m};`,
        `const steps = [${add}, ${times}, ${minus}];`,
        `const all = ${red};`,
        `console.log(compose(${add}, ${times})(${x}), all(${x}));`,
      );
      return {
        kind: "predict-output",
        title: "Composing generic functions with reduce",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.compose-inner-first", code: swap(code, body, `  return (x) => g(f(x));`) },
          {
            rule: "ts.reduce-compose-order",
            code: swap(code, red, `steps.reduce((acc, fn) => compose(fn, acc))`),
          },
          {
            rule: "ts.reduce-compose-order",
            code: swap(code, red, `steps.reduceRight((acc, fn) => compose(acc, fn))`),
          },
          {
            rule: "ts.compose-inner-first",
            code: swap(code, `compose(${add}, ${times})(${x})`, `compose(${times}, ${add})(${x})`),
          },
        ],
        explanation: `\`compose(acc, fn)\` is the trap: \`f(g(x))\` runs its second function first, so each step of the reduce wraps the new function inside the earlier ones, and in \`all\` the last step, \`${minus}\`, runs first: (${x} - ${m}) * ${k} + ${a} = ${(x - m) * k + a}. The first value is ${x} * ${k} + ${a} = ${x * k + a}.`,
        trap: "compose(acc, fn)",
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/defaults-with-explicit-undefined",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [f1, f2, f3] = rng.pick([
        ["retries", "label", "verbose"],
        ["limit", "name", "strict"],
        ["timeout", "tag", "cache"],
      ] as const);
      const d1 = rng.int(2, 9);
      const [dl, gl] = rng.sample(["job", "sync", "task", "main", "bulk", "nightly"], 2) as [string, string];
      const fn = rng.pick(["withDefaults", "fillIn", "resolveOptions"]);
      const given = `const given: Partial<Options> = { ${f1}: undefined, ${f2}: ${q(gl)} };`;
      const ret = `  return { ...defaults, ...given };`;
      const code = lines(
        `interface Options {`,
        `  ${f1}: number;`,
        `  ${f2}: string;`,
        `  ${f3}: boolean;`,
        `}`,
        `function ${fn}<T extends object>(given: Partial<T>, defaults: T): T {`,
        ret,
        `}`,
        `const defaults: Options = { ${f1}: ${d1}, ${f2}: ${q(dl)}, ${f3}: false };`,
        given,
        `const opts = ${fn}(given, defaults);`,
        `console.log(opts.${f1}, opts.${f2}, Object.keys(opts).length);`,
        `console.log(JSON.stringify(opts));`,
      );
      return {
        kind: "predict-output",
        title: "Merging defaults with an explicit undefined",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.spread-copies-undefined",
            code: swap(code, given, `const given: Partial<Options> = { ${f2}: ${q(gl)} };`),
          },
          { rule: "ts.later-spread-wins", code: swap(code, ret, `  return { ...given, ...defaults };`) },
          {
            rule: "ts.json-drops-undefined",
            value: `undefined ${gl} 3\n{"${f1}":null,"${f2}":"${gl}","${f3}":false}`,
          },
          {
            rule: "ts.spread-copies-undefined",
            value: `undefined ${gl} 2\n{"${f2}":"${gl}","${f3}":false}`,
          },
        ],
        explanation: `\`${f1}: undefined\` is the trap: \`Partial\` allows it, and spread copies a property whose value is undefined like any other, so \`...given\` overwrites the default ${d1}. The key still exists (3 keys), but \`JSON.stringify\` leaves out undefined values, so it is missing from the second line.`,
        trap: `${f1}: undefined`,
      };
    },
  },
  {
    ...base,
    id: "typescript/generics/keyof-lists-runtime-keys",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const iface = rng.pick(["Point", "Coord", "Vec"]);
      const extra = rng.pick(["label", "color", "id", "tag"]);
      const [x0, y0] = distinctInts(rng, 2, 1, 9);
      const nx = rng.int(10, 60);
      const fn = rng.pick(["keysOf", "fieldsOf", "ownKeys"]);
      const body = `  return Object.keys(o) as (keyof T)[];`;
      const lit = `{ ...raw, x: ${nx} }`;
      const code = lines(
        `interface ${iface} {`,
        `  x: number;`,
        `  y: number;`,
        `}`,
        `function ${fn}<T extends object>(o: T): (keyof T)[] {`,
        body,
        `}`,
        `const raw = { x: ${x0}, y: ${y0}, ${extra}: ${q(rng.pick(COLORS))} };`,
        `const p: ${iface} = ${lit};`,
        `const ks = ${fn}(p);`,
        `console.log(ks.length, ks.join(","), p.x);`,
      );
      return {
        kind: "predict-output",
        title: "keyof T and the keys an object really has",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.keyof-erased",
            code: swap(
              code,
              body,
              `  return (Object.keys(o) as (keyof T)[]).filter((k) => k !== ${q(extra)});`,
            ),
          },
          {
            rule: "ts.overwrite-keeps-position",
            code: swap(code, lit, `{ ...(({ x, ...rest }) => rest)(raw), x: ${nx} }`),
          },
          { rule: "ts.literal-after-spread", code: swap(code, lit, `{ x: ${nx}, ...raw }`) },
        ],
        explanation: `\`Object.keys(o)\` is the trap: \`keyof T\` is erased, so it lists the object's real own keys, and the spread copied \`${extra}\` too (the \`${iface}\` annotation removes nothing). Overwriting \`x\` after the spread changes its value to ${nx} but keeps its first position.`,
        trap: "Object.keys(o)",
      };
    },
  },
];
