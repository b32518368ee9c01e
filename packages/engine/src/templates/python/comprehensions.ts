import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  LIST_NAMES,
  distinctInts,
  fill,
  fillPrompt,
  flagged,
  mut,
  predict,
  py,
  pyList,
  val,
} from "./helpers";

const T = "comprehensions";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const comprehensionsRules: MisconceptionRule[] = [];

export const comprehensionsTemplates: ChallengeTemplate[] = [
  predict(T, "filter-then-map", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 6, 1, 30);
    const t = [...xs].sort((p, q) => p - q)[rng.int(2, 3)]!;
    const k = rng.int(2, 5);
    const comp = (o: { ge?: boolean; mapInstead?: boolean; filterResult?: boolean }) =>
      o.mapInstead
        ? `[x * ${k} if x ${o.ge ? ">=" : ">"} ${t} else x for x in ${name}]`
        : `[x * ${k} for x in ${name} if ${o.filterResult ? `x * ${k}` : "x"} ${o.ge ? ">=" : ">"} ${t}]`;
    const prog = flagged((o: Parameters<typeof comp>[0]) =>
      py(`${name} = ${pyList(xs)}`, `big = ${comp(o)}`, "print(big)", "print(len(big))"),
    );
    return {
      title: "A comprehension with a filter",
      code: prog({}),
      distractors: [
        mut("py.comp-filter-vs-map", prog({ mapInstead: true })),
        mut("py.comp-filter-vs-map", prog({ filterResult: true })),
        mut("py.off-by-one", prog({ ge: true })),
        mut("py.comp-filter-vs-map", prog({ mapInstead: true, ge: true })),
      ],
      trap: `if x > ${t}`,
      explanation: `The trailing \`if x > ${t}\` is the trap: it tests each ORIGINAL item (not the multiplied value) and drops the ones that fail; only the kept items are multiplied by ${k}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "nested-for-clauses", "medium", (rng) => {
    const [l1, shared, r1, r2] = distinctInts(rng, 4, 1, 9);
    const left = rng.shuffle([l1!, shared!]);
    const right = rng.shuffle([shared!, r1!, r2!]);
    const lv = rng.pick(["x", "a", "i"]);
    const rv = lv === "x" ? "y" : lv === "a" ? "b" : "j";
    const prog = flagged((o: { swap?: boolean; nested?: boolean; mapped?: boolean }) => {
      const body = `${lv} * 10 + ${rv}`;
      const comp = o.nested
        ? `[[${body} for ${rv} in right if ${lv} != ${rv}] for ${lv} in left]`
        : o.swap
          ? `[${body} for ${rv} in right for ${lv} in left if ${lv} != ${rv}]`
          : o.mapped
            ? `[${body} if ${lv} != ${rv} else 0 for ${lv} in left for ${rv} in right]`
            : `[${body} for ${lv} in left for ${rv} in right if ${lv} != ${rv}]`;
      return py(`left = ${pyList(left)}`, `right = ${pyList(right)}`, `codes = ${comp}`, "print(codes)");
    });
    return {
      title: "Two for clauses in one comprehension",
      code: prog({}),
      distractors: [
        mut("py.nested-comp-order", prog({ swap: true })),
        mut("py.nested-comp-order", prog({ nested: true })),
        mut("py.comp-filter-vs-map", prog({ mapped: true })),
      ],
      trap: `for ${lv} in left for ${rv} in right`,
      explanation: `\`for ${lv} in left for ${rv} in right\` is the trap: the clauses nest left to right, so \`for ${lv} in left\` is the OUTER loop and \`for ${rv} in right\` the inner one, giving one flat list; the \`if\` drops pairs with equal values. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "lambdas-built-in-a-comprehension", "hard", (rng) => {
    const v = rng.pick(["x", "i", "n", "k"]);
    const init = rng.int(100, 999);
    const k = rng.int(2, 9);
    const n = rng.int(3, 5);
    const prog = flagged((o: { early?: boolean; leak?: boolean }) => {
      const lam = o.early ? `lambda ${v}=${v}: ${v} * ${k}` : `lambda: ${v} * ${k}`;
      return py(
        `${v} = ${init}`,
        o.leak
          ? `funcs = []\nfor ${v} in range(${n}):\n    funcs.append(${lam})`
          : `funcs = [${lam} for ${v} in range(${n})]`,
        "print([f() for f in funcs])",
        `print(${v})`,
      );
    });
    return {
      title: "Lambdas created in a comprehension",
      code: prog({}),
      distractors: [
        mut("py.late-binding-closure", prog({ early: true })),
        mut("py.comprehension-scope", prog({ leak: true })),
        mut("py.late-binding-closure", prog({ early: true, leak: true })),
      ],
      trap: `lambda: ${v} * ${k}`,
      explanation: `\`lambda: ${v} * ${k}\` is the trap: each lambda looks up \`${v}\` when it is CALLED, not when it is made, inside the comprehension's own scope, where the loop left it at ${n - 1}; that scope is separate, so the outer \`${v}\` stays ${init}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "filter-condition", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const k = rng.int(3, 5);
    let xs: number[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      xs = distinctInts(rng, 7, 1, 40);
      const mult = xs.filter((x) => x % k === 0).length;
      const small = xs.filter((x) => Math.floor(x / k) === 0).length;
      if (mult >= 2 && mult <= 4 && small >= 1) break;
    }
    return {
      title: "Keep only the multiples",
      prompt: fillPrompt("condition"),
      code: py(
        `${name} = ${pyList(xs)}`,
        `kept = [n for n in ${name} if ${BLANK}]`,
        "print(kept)",
        "print(len(kept))",
      ),
      answer: `n % ${k} == 0`,
      wrong: [
        { fragment: `n % ${k}`, rule: "py.truthiness" },
        { fragment: `n // ${k} == 0`, rule: "py.mod-vs-floordiv" },
        { fragment: `${k} % n == 0`, rule: "py.mod-vs-floordiv" },
        { fragment: `n % ${k} == 1`, rule: "py.mod-vs-floordiv" },
      ],
      trap: `n % ${k} == 0`,
      explanation: `\`n % ${k} == 0\` is needed because \`n % ${k}\` is the remainder after dividing by ${k}, which is 0 exactly for the multiples of ${k}. (A bare \`if n % ${k}\` keeps the NON-multiples, because 0 is falsy.)`,
    };
  }),

  predict(T, "dict-comprehension-duplicate-keys", "medium", (rng) => {
    const byInitial: Record<string, string[]> = {
      a: ["apple", "apricot", "acai"],
      b: ["banana", "berry", "bean"],
      c: ["cherry", "cocoa", "corn"],
      p: ["plum", "pear", "peach"],
      m: ["mango", "melon", "mint"],
      l: ["lime", "lemon", "leek"],
    };
    let words: string[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      const [x, y, z] = rng.sample(Object.keys(byInitial), 3);
      words = rng.shuffle([
        ...rng.sample(byInitial[x!]!, 2),
        ...rng.sample(byInitial[y!]!, 2),
        rng.pick(byInitial[z!]!),
      ]);
      // The first key's second word must come after another key, so "moves to the end" is visible.
      const inits = words.map((w) => w[0]!);
      const firstOrder = inits.filter((c, i) => inits.indexOf(c) === i).join("");
      const lastOrder = inits.filter((c, i) => inits.lastIndexOf(c) === i).join("");
      if (firstOrder !== lastOrder) break;
    }
    const v = rng.pick(["by_first", "index", "lookup", "initials"]);
    const prog = flagged((o: { firstWins?: boolean; moves?: boolean }) =>
      py(
        `words = ${pyList(words)}`,
        o.firstWins
          ? `${v} = {}\nfor w in words:\n    ${v}.setdefault(w[0], w)`
          : o.moves
            ? `${v} = {}\nfor w in words:\n    ${v}.pop(w[0], None)\n    ${v}[w[0]] = w`
            : `${v} = {w[0]: w for w in words}`,
        `print(${v})`,
        `print(len(${v}))`,
      ),
    );
    return {
      title: "A dict comprehension with repeated keys",
      code: prog({}),
      distractors: [
        mut("py.dict-duplicate-key", prog({ firstWins: true })),
        mut("py.dict-order", prog({ moves: true })),
        val(
          "py.dict-duplicate-key",
          `{${words.map((w) => `'${w[0]}': '${w}'`).join(", ")}}\n${words.length}`,
        ),
      ],
      trap: "{w[0]: w for w in words}",
      explanation: `\`{w[0]: w for w in words}\` is the trap: each repeated initial overwrites the value stored for that key, so the LAST word wins, but the key keeps the position where it was first inserted and is counted once by \`len(${v})\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "transpose-and-flatten", "hard", (rng) => {
    const C = 3;
    const odd = rng.bool();
    let m: number[][] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      const vals = distinctInts(rng, 6, 1, 30);
      m = [vals.slice(0, 3), vals.slice(3, 6)];
      const keep = (x: number) => (odd ? x % 2 === 1 : x % 2 === 0);
      const rowMajor = m.flat().filter(keep).join();
      const colMajor = [0, 1, 2]
        .flatMap((i) => m.map((r) => r[i]!))
        .filter(keep)
        .join();
      if (rowMajor !== colMajor && m.flat().some((x) => !keep(x))) break;
    }
    const cond = odd ? "x % 2" : "x % 2 == 0";
    const prog = flagged((o: { noTranspose?: boolean; flatFromM?: boolean; mapped?: boolean }) =>
      py(
        `m = [${m.map((r) => pyList(r)).join(", ")}]`,
        o.noTranspose
          ? `t = [[row[i] for i in range(${C})] for row in m]`
          : `t = [[row[i] for row in m] for i in range(${C})]`,
        o.mapped
          ? `picked = [x if ${cond} else 0 for row in ${o.flatFromM ? "m" : "t"} for x in row]`
          : `picked = [x for row in ${o.flatFromM ? "m" : "t"} for x in row if ${cond}]`,
        "print(t)",
        "print(picked)",
      ),
    );
    return {
      title: "Transposing and flattening with comprehensions",
      code: prog({}),
      distractors: [
        mut("py.nested-comp-order", prog({ noTranspose: true })),
        mut("py.nested-comp-order", prog({ flatFromM: true })),
        mut("py.comp-filter-vs-map", prog({ mapped: true })),
        mut("py.comp-filter-vs-map", prog({ mapped: true, flatFromM: true })),
      ],
      trap: `[[row[i] for row in m] for i in range(${C})]`,
      explanation: `\`[[row[i] for row in m] for i in range(${C})]\` is the trap: the OUTER comprehension runs over the column index, so each inner list collects one column: a transpose. \`picked\` flattens \`t\` row by row, keeping the ${odd ? "odd" : "even"} values. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "set-and-dict-comprehensions", "easy", (rng) => {
    let words: string[] = [];
    for (let attempt = 0; attempt < 30; attempt++) {
      words = rng.sample(
        ["fig", "kiwi", "plum", "pear", "mango", "lime", "apple", "yam", "grape", "date"],
        5,
      );
      const lens = words.map((w) => w.length);
      if (new Set(lens).size < lens.length && lens.some((l) => l === 4) && lens.some((l) => l !== 4)) break;
    }
    const t = 4;
    const prog = flagged((o: { list?: boolean; mapped?: boolean; ge?: boolean }) =>
      py(
        `words = ${pyList(words)}`,
        o.list ? "lengths = [len(w) for w in words]" : "lengths = {len(w) for w in words}",
        o.mapped
          ? `long = {w: len(w) if len(w) > ${t} else 0 for w in words}`
          : `long = {w: len(w) for w in words if len(w) ${o.ge ? ">=" : ">"} ${t}}`,
        "print(sorted(lengths))",
        "print(long)",
      ),
    );
    return {
      title: "Set and dict comprehensions",
      code: prog({}),
      distractors: [
        mut("py.set-duplicates", prog({ list: true })),
        mut("py.comp-filter-vs-map", prog({ mapped: true })),
        mut("py.off-by-one", prog({ ge: true })),
        mut("py.set-duplicates", prog({ list: true, ge: true })),
      ],
      trap: "{len(w) for w in words}",
      explanation: `\`{len(w) for w in words}\` is the trap: its braces make a SET comprehension, which keeps each length once; the dict comprehension's \`if\` drops the words of ${t} letters or fewer. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "clamp-with-conditional-expression", "medium", (rng) => {
    const xs = rng.shuffle([
      rng.int(1, 30),
      -rng.int(1, 30),
      rng.int(1, 30),
      -rng.int(1, 30),
      rng.int(31, 60),
    ]);
    const v = rng.pick(["deltas", "changes", "moves", "offsets"]);
    return {
      title: "Replace negatives with zero",
      prompt: fillPrompt("expression"),
      code: py(
        `${v} = ${pyList(xs)}`,
        `clamped = [${BLANK} for x in ${v}]`,
        "print(clamped)",
        "print(len(clamped))",
      ),
      answer: "x if x > 0 else 0",
      wrong: [
        { fragment: "0 if x > 0 else x", rule: "py.comp-filter-vs-map" },
        { fragment: "x if x < 0 else 0", rule: "py.comp-filter-vs-map" },
        { fragment: "x if x else 0", rule: "py.truthiness" },
        { fragment: "abs(x) if x else 0", rule: "py.truthiness" },
      ],
      trap: "x if x > 0 else 0",
      explanation:
        "`x if x > 0 else 0` in front of `for` is a conditional expression, which maps EVERY item (no item is dropped): the value is `x` when `x > 0` and `0` otherwise. (`x if x else 0` would keep negatives, because any non-zero number is truthy.)",
    };
  }),

  predict(T, "generator-expression-binding", "hard", (rng) => {
    const first = distinctInts(rng, 3, 1, 9);
    const second = distinctInts(rng, 2, 10, 30);
    const [k1, k2] = distinctInts(rng, 2, 2, 9);
    const v = rng.pick(["nums", "items", "values", "data"]);
    const cons = rng.pick(["drain", "collect", "consume", "take_all"]);
    const prog = flagged((o: { eagerK?: boolean; lateIter?: boolean }) =>
      py(
        `def ${cons}(gen):`,
        "    out = []",
        "    for value in gen:",
        "        out.append(value)",
        "    return out",
        "",
        `${v} = ${pyList(first)}`,
        `k = ${k1}`,
        o.lateIter
          ? `gen = (x * ${o.eagerK ? k1 : "k"} for x in ${pyList(second)})`
          : o.eagerK
            ? `gen = (x * ${k1} for x in ${v})`
            : `gen = (x * k for x in ${v})`,
        `${v} = ${pyList(second)}`,
        `k = ${k2}`,
        `print(${cons}(gen))`,
      ),
    );
    return {
      title: "What a generator expression captures",
      code: prog({}),
      distractors: [
        mut("py.generator-eager", prog({ eagerK: true })),
        mut("py.comprehension-scope", prog({ lateIter: true })),
        mut("py.comprehension-scope", prog({ lateIter: true, eagerK: true })),
      ],
      trap: `gen = (x * k for x in ${v})`,
      explanation: `\`gen = (x * k for x in ${v})\` is the trap: a generator expression evaluates its FIRST iterable (\`${v}\`, the original list) immediately, but the expression \`x * k\` runs only when the loop in \`${cons}\` pulls values, so it sees \`k = ${k2}\`. Output: \`{{output}}\`.`,
    };
  }),
];
