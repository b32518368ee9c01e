import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  LIST_NAMES,
  PEOPLE,
  WORDS,
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
export const comprehensionsRules: MisconceptionRule[] = [
  {
    id: "py.filter-tests-item",
    feedback:
      "The trailing `if` tests the loop variable itself, before the value in front of `for` is computed, not the transformed value.",
    requires: { all: ["for", "if"] },
  },
  {
    id: "py.string-iterates-chars",
    feedback: "Looping over a string gives its characters one by one (spaces included), not its words.",
    requires: { all: ["for", "in"] },
  },
  {
    id: "py.sum-of-ones-counts",
    feedback:
      "`sum(1 for` … `if` …) adds 1 for each kept item, so it COUNTS them; it does not add the items up.",
    requires: { all: ["sum(1 for", "if"] },
  },
  {
    id: "py.range-exclusive",
    feedback:
      "`range` stops BEFORE its end value, and starts at 0 unless a start is given; a step never passes the end.",
    requires: { all: ["range"] },
  },
  {
    id: "py.comp-calls-twice",
    feedback:
      "A call written in both the `if` and the value of a comprehension runs twice for each kept item: once to test it and once to build the value.",
    requires: { all: ["for", "if"] },
  },
  {
    id: "py.walrus-leaks",
    feedback:
      "An assignment expression `:=` inside a comprehension binds the name in the enclosing scope, so afterwards it holds the value from the LAST item tested.",
    requires: { all: [":="] },
  },
  {
    id: "py.any-short-circuits",
    feedback:
      "`any` stops at the first true item and all at the first false one, and a generator expression computes items only as they are asked for, so the rest never run.",
    requires: { all: ["any"] },
  },
  {
    id: "py.any-returns-bool",
    feedback: "`any` returns True or False, never the item that made it true.",
    requires: { all: ["any"] },
  },
  {
    id: "py.class-scope-comp",
    feedback:
      "A comprehension in a `class` body cannot see the class's own names, except in its first iterable, so using one anywhere else raises NameError.",
    requires: { all: ["class", "for"] },
  },
  {
    id: "py.zip-same-iterator",
    feedback:
      "`zip(it, it)` pulls from ONE iterator twice per step, so it pairs neighbouring items, and an odd last item is pulled and lost.",
    requires: { all: ["zip(it, it)"] },
  },
  {
    id: "py.enumerate-start",
    feedback:
      "`enumerate` yields (index, item) pairs with the index FIRST, counting from its start value (0 unless one is given).",
    requires: { all: ["enumerate"] },
  },
];

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
        mut("py.filter-tests-item", prog({ filterResult: true })),
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
  predict(T, "comprehension-over-a-string", "easy", (rng) => {
    const [w1, w2] = rng.sample(WORDS, 2);
    const text = `${w1} ${w2}`;
    const n = rng.int(2, 4);
    const v = rng.pick(["letters", "chars", "picked", "kept"]);
    const prog = flagged((o: { words?: boolean; keepSpace?: boolean; oneMore?: boolean }) =>
      py(
        `text = "${text}"`,
        o.words
          ? `${v} = [c for c in text.split() if c != " "]`
          : o.keepSpace
            ? `${v} = [c for c in text if c]`
            : `${v} = [c for c in text if c != " "]`,
        `print(len(${v}))`,
        `print("".join(${v}[:${o.oneMore ? n + 1 : n}]), ${v}[-1])`,
      ),
    );
    return {
      title: "A comprehension over a string",
      code: prog({}),
      distractors: [
        mut("py.string-iterates-chars", prog({ words: true })),
        mut("py.truthiness", prog({ keepSpace: true })),
        mut("py.slice-end-inclusive", prog({ oneMore: true })),
        mut("py.string-iterates-chars", prog({ words: true, oneMore: true })),
      ],
      trap: "for c in text",
      explanation: `\`for c in text\` is the trap: looping over a string gives one CHARACTER at a time, so the comprehension keeps the ${text.length - 1} letters of "${text}" (the \`if\` drops only the space), not its two words. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "counting-with-sum", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    let xs: number[] = [];
    let t = 0;
    for (let a = 0; a < 50; a++) {
      xs = distinctInts(rng, 6, 1, 40);
      t = rng.pick(xs);
      const above = xs.filter((x) => x > t).length;
      if (above >= 2 && above <= 4) break;
    }
    const prog = flagged((o: { sumsValues?: boolean; noFilter?: boolean; ge?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        o.sumsValues
          ? `above = sum(x for x in ${name} if x ${o.ge ? ">=" : ">"} ${t})`
          : o.noFilter
            ? `above = sum(1 for x in ${name})`
            : `above = sum(1 for x in ${name} if x ${o.ge ? ">=" : ">"} ${t})`,
        `rest = len(${name}) - above`,
        "print(above, rest)",
      ),
    );
    return {
      title: "sum(1 for ...) with a condition",
      code: prog({}),
      distractors: [
        mut("py.sum-of-ones-counts", prog({ sumsValues: true })),
        mut("py.sum-of-ones-counts", prog({ noFilter: true })),
        mut("py.off-by-one", prog({ ge: true })),
        mut("py.sum-of-ones-counts", prog({ sumsValues: true, ge: true })),
      ],
      trap: `sum(1 for x in ${name} if x > ${t})`,
      explanation: `\`sum(1 for x in ${name} if x > ${t})\` is the trap: the generator yields a 1 for every item above ${t} (strictly, so ${t} itself is not counted), so the sum is how MANY items pass, not their total. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "squares-over-a-range", "easy", (rng) => {
    const lo = rng.int(1, 3);
    const step = rng.pick([2, 3]);
    const hi = lo + step * rng.int(2, 3);
    const prog = flagged((o: { inclusive?: boolean; fromZero?: boolean; stepIncl?: boolean }) =>
      py(
        `squares = [i * i for i in range(${o.fromZero ? "" : `${lo}, `}${o.inclusive ? hi + 1 : hi})]`,
        `picked = [i for i in range(${lo}, ${o.stepIncl ? hi + 1 : hi}, ${step})]`,
        "print(squares)",
        "print(picked[-1], len(picked))",
      ),
    );
    return {
      title: "Comprehensions over range()",
      code: prog({}),
      distractors: [
        mut("py.range-exclusive", prog({ inclusive: true })),
        mut("py.range-exclusive", prog({ fromZero: true })),
        mut("py.range-exclusive", prog({ stepIncl: true })),
        mut("py.range-exclusive", prog({ inclusive: true, stepIncl: true })),
      ],
      trap: `range(${lo}, ${hi})`,
      explanation: `\`range(${lo}, ${hi})\` is the trap: it starts at ${lo} and stops BEFORE ${hi}, so the last square is of ${hi - 1}. \`range(${lo}, ${hi}, ${step})\` likewise never reaches ${hi}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "function-called-in-filter-and-value", "medium", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const k = rng.int(2, 5);
    let xs: number[] = [];
    let t = 0;
    for (let a = 0; a < 50; a++) {
      xs = distinctInts(rng, 5, 1, 20);
      t = rng.int(10, 60);
      const kept = xs.filter((x) => x * k > t).length;
      if (kept >= 2 && kept <= 3) break;
    }
    const fn = rng.pick(["cost", "weigh", "score", "scale"]);
    const prog = flagged((o: { mapOnce?: boolean; filterRaw?: boolean }) =>
      py(
        "calls = 0",
        `def ${fn}(x):`,
        "    global calls",
        "    calls += 1",
        `    return x * ${k}`,
        "",
        `${name} = ${pyList(xs)}`,
        o.mapOnce
          ? `big = [c for c in map(${fn}, ${name}) if c > ${t}]`
          : o.filterRaw
            ? `big = [${fn}(x) for x in ${name} if x * ${k} > ${t}]`
            : `big = [${fn}(x) for x in ${name} if ${fn}(x) > ${t}]`,
        "print(big)",
        "print(calls)",
      ),
    );
    const kept = xs.filter((x) => x * k > t).length;
    return {
      title: "A function called in a comprehension's filter and value",
      code: prog({}),
      distractors: [
        mut("py.comp-calls-twice", prog({ mapOnce: true })),
        mut("py.comp-calls-twice", prog({ filterRaw: true })),
        val(
          "py.comp-calls-twice",
          `${pyList(xs.filter((x) => x * k > t).map((x) => x * k))}\n${2 * xs.length}`,
        ),
      ],
      trap: `[${fn}(x) for x in ${name} if ${fn}(x) > ${t}]`,
      explanation: `\`[${fn}(x) for x in ${name} if ${fn}(x) > ${t}]\` is the trap: the \`if\` calls \`${fn}\` once for each of the ${xs.length} items, and the value part calls it AGAIN for each of the ${kept} kept items, so \`calls\` is ${xs.length} + ${kept}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "walrus-inside-a-comprehension", "medium", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const k = rng.int(2, 5);
    let xs: number[] = [];
    let t = 0;
    for (let a = 0; a < 50; a++) {
      xs = distinctInts(rng, 5, 1, 20);
      t = rng.int(10, 60);
      const keep = xs.map((x) => x * k > t);
      if (keep.filter(Boolean).length >= 2 && !keep[keep.length - 1]) break;
    }
    const init = rng.int(0, 9);
    const prog = flagged((o: { scoped?: boolean; lastKept?: boolean; keepsX?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        `y = ${init}`,
        o.scoped
          ? `kept = [x * ${k} for x in ${name} if x * ${k} > ${t}]`
          : o.keepsX
            ? `kept = [x for x in ${name} if (y := x * ${k}) > ${t}]`
            : `kept = [y for x in ${name} if (y := x * ${k}) > ${t}]`,
        "print(kept)",
        o.lastKept ? "print(kept[-1])" : "print(y)",
      ),
    );
    return {
      title: "An assignment expression in a comprehension",
      code: prog({}),
      distractors: [
        mut("py.walrus-leaks", prog({ scoped: true })),
        mut("py.walrus-leaks", prog({ lastKept: true })),
        mut("py.comp-filter-vs-map", prog({ keepsX: true })),
        mut("py.walrus-leaks", prog({ keepsX: true, lastKept: true })),
      ],
      trap: `(y := x * ${k})`,
      explanation: `\`(y := x * ${k})\` is the trap: unlike the loop variable \`x\`, a name bound with \`:=\` inside a comprehension belongs to the ENCLOSING scope, so \`y\` is overwritten for every item tested, and ends as ${xs[xs.length - 1]! * k} from the last item (which the filter drops), not ${init}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "any-stops-early", "medium", (rng) => {
    const fn = rng.pick(["check", "test", "probe", "is_big"]);
    let xs: number[] = [];
    let t = 0;
    for (let a = 0; a < 50; a++) {
      xs = distinctInts(rng, 5, 1, 40);
      t = rng.int(10, 30);
      const first = xs.findIndex((x) => x > t);
      if (first >= 1 && first <= 3) break;
    }
    const name = rng.pick(LIST_NAMES);
    const prog = flagged((o: { eager?: boolean; allInstead?: boolean; returnsItem?: boolean }) =>
      py(
        `def ${fn}(x):`,
        `    print("${fn}", x)`,
        `    return x > ${t}`,
        "",
        `${name} = ${pyList(xs)}`,
        o.eager
          ? `print(any([${fn}(x) for x in ${name}]))`
          : o.allInstead
            ? `print(all(${fn}(x) for x in ${name}))`
            : o.returnsItem
              ? `print(next((x for x in ${name} if ${fn}(x)), False))`
              : `print(any(${fn}(x) for x in ${name}))`,
      ),
    );
    return {
      title: "any() over a generator expression",
      code: prog({}),
      distractors: [
        mut("py.any-short-circuits", prog({ eager: true })),
        mut("py.any-short-circuits", prog({ allInstead: true })),
        mut("py.any-returns-bool", prog({ returnsItem: true })),
      ],
      trap: `any(${fn}(x) for x in ${name})`,
      explanation: `\`any(${fn}(x) for x in ${name})\` is the trap: the generator computes \`${fn}(x)\` only when any asks for the next item, and any stops at the first True, so the items after ${xs.find((x) => x > t)} are never checked. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "comprehension-in-a-class-body", "hard", (rng) => {
    const cls = rng.pick(["Config", "Settings", "Table", "Rates"]);
    const k = rng.int(2, 9);
    const base = distinctInts(rng, 3, 1, 20);
    const f = rng.pick(["factor", "scale", "weight", "rate"]);
    const prog = flagged((o: { sees?: boolean }) =>
      py(
        `class ${cls}:`,
        `    ${f} = ${k}`,
        `    base = ${pyList(base)}`,
        "    try:",
        o.sees ? `        scaled = [x * ${k} for x in base]` : `        scaled = [x * ${f} for x in base]`,
        "    except NameError as e:",
        "        scaled = type(e).__name__",
        "    firsts = [x + 1 for x in base]",
        "",
        `print(${cls}.scaled)`,
        `print(${cls}.firsts)`,
      ),
    );
    return {
      title: "A comprehension inside a class body",
      code: prog({}),
      distractors: [
        mut("py.class-scope-comp", prog({ sees: true })),
        val("py.class-scope-comp", "NameError\nNameError"),
        val("py.class-scope-comp", `${pyList(base.map((x) => x * k))}\nNameError`),
        val("py.exception-type", `AttributeError\n${pyList(base.map((x) => x + 1))}`),
      ],
      trap: `[x * ${f} for x in base]`,
      explanation: `\`[x * ${f} for x in base]\` is the trap: a comprehension runs in its own scope, and names defined in a class body are NOT visible from inner scopes, so \`${f}\` raises NameError. Only the FIRST iterable (\`base\`) is evaluated in the class body itself, which is why \`firsts\` works. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "zip-an-iterator-with-itself", "hard", (rng) => {
    const n = rng.pick([5, 6, 7]);
    const xs = distinctInts(rng, n, 1, 60);
    const prog = flagged((o: { twoLists?: boolean; twoIters?: boolean }) =>
      py(
        "def pairs_of(items):",
        "    it = iter(items)",
        o.twoLists
          ? "    pairs = [(a, b) for a, b in zip(items, items)]"
          : o.twoIters
            ? "    pairs = [(a, b) for a, b in zip(it, iter(items))]"
            : "    pairs = [(a, b) for a, b in zip(it, it)]",
        "    return pairs, list(it)",
        "",
        `pairs, rest = pairs_of(${pyList(xs)})`,
        "print(pairs)",
        "print(rest)",
      ),
    );
    const paired = Math.floor(n / 2) * 2;
    return {
      title: "zip(it, it) in a comprehension",
      code: prog({}),
      distractors: [
        mut("py.zip-same-iterator", prog({ twoLists: true })),
        mut("py.zip-same-iterator", prog({ twoIters: true })),
        val(
          "py.zip-same-iterator",
          `[${Array.from({ length: paired / 2 }, (_, i) => `(${xs[2 * i]}, ${xs[2 * i + 1]})`).join(", ")}]\n${pyList(n % 2 ? [xs[n - 1]!] : [])}`,
        ),
        val(
          "py.zip-same-iterator",
          `[${xs
            .slice(0, -1)
            .map((x, i) => `(${x}, ${xs[i + 1]})`)
            .join(", ")}]\n[]`,
        ),
      ],
      trap: "zip(it, it)",
      explanation: `\`zip(it, it)\` is the trap: both arguments are the SAME iterator, so each step pulls two consecutive items from it, pairing neighbours. ${n % 2 ? `With ${n} items, the last one is pulled for a new pair that cannot be completed and is lost, so \`list(it)\` (printed as \`rest\`) is empty.` : `The ${n} items make ${n / 2} pairs and leave nothing for \`list(it)\`.`} Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "ranking-with-enumerate", "hard", (rng) => {
    const names = rng.sample(PEOPLE, 4);
    const pts = distinctInts(rng, 4, 10, 99);
    const top = rng.int(1, 2);
    const prog = flagged((o: { fromZero?: boolean; ascending?: boolean; byName?: boolean }) =>
      py(
        `scores = {${names.map((p, i) => `"${p}": ${pts[i]}`).join(", ")}}`,
        `order = sorted(scores${o.byName ? "" : ", key=scores.get"}${o.ascending ? "" : ", reverse=True"})`,
        `ranks = {name: rank for rank, name in enumerate(order${o.fromZero ? "" : ", 1"})}`,
        "print(ranks)",
        `print([n for n, r in ranks.items() if r <= ${top}])`,
      ),
    );
    return {
      title: "Ranking names with enumerate in a dict comprehension",
      code: prog({}),
      distractors: [
        mut("py.enumerate-start", prog({ fromZero: true })),
        mut("py.sort-stability", prog({ ascending: true })),
        mut("py.key-function", prog({ byName: true })),
        mut("py.enumerate-start", prog({ fromZero: true, ascending: true })),
      ],
      trap: "enumerate(order, 1)",
      explanation: `\`enumerate(order, 1)\` is the trap: it yields (rank, name) pairs with the rank FIRST, counting from 1, over the names sorted by score from highest down (\`key=scores.get\`, \`reverse=True\`). The dict keeps that order, and the last line keeps the top ${top}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
