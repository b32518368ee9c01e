import type { ChallengeTemplate } from "../../types";
import { COLORS, PREDICT, lines, q, swap } from "./helpers";

const base = { language: "typescript", topic: "generics" } as const;

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
          { rule: "ts.assertion-converts", code: swap(swap(code, literal, fixed), `, typeof ${v});`, `, typeof String(${v}));`) },
        ],
        explanation: "Type arguments are erased: `<T>` and `as T` emit no code, so the function returns exactly what `JSON.parse` produced, a string. The string's own runtime behaviour decides the output.",
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
          { rule: "ts.spread-order", code: swap(code, ret, `  return { ...a, ...b, meta: { ...(a as any).meta, ...(b as any).meta } };`) },
          { rule: "ts.spread-mutates", code: swap(code, ret, `  return Object.assign(a, b);`) },
        ],
        explanation: "The intersection type `A & B` says nothing about how values combine: the spread copies `a`, then `b`'s properties overwrite the same keys, and the whole nested `meta` object is replaced, not merged. The result is a new object.",
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
            code: swap(swap(swap(code, cacheLine, `  const cache = new Map<string, R>();`), `cache.has(arg)) cache.set(arg,`, `cache.has(JSON.stringify(arg))) cache.set(JSON.stringify(arg),`), `cache.get(arg)`, `cache.get(JSON.stringify(arg))`),
          },
          {
            rule: "ts.closure-shared-state",
            code: swap(swap(code, cacheLine + "\n", ""), `  return (arg) => {\n`, `  return (arg) => {\n    const cache = new Map<A, R>();\n`),
          },
          { rule: "ts.equality-by-value", value: `${w * h} 1` },
          { rule: "ts.alias-is-copy", code: swap(code, `${fn}(${obj});\n`, `${fn}({ ...${obj} });\n`) },
        ],
        explanation: `A \`Map\` compares object keys by identity. The equal-looking literal is a different key (a second call), while \`${obj}\` stays the same key after being mutated, so the stale cached ${w * h} comes back.`,
      };
    },
  },
];
