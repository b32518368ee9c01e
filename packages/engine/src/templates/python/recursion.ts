import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, distinctInts, fill, fillPrompt, flagged, mut, predict, py, pyList, val } from "./helpers";

const T = "recursion";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const recursionRules: MisconceptionRule[] = [
  {
    id: "py.unwind-runs-every-call",
    feedback:
      "A `print` after the recursive call runs once for every call, as each call returns, not only in the deepest one.",
    requires: { all: ["def", "print"] },
  },
  {
    id: "py.true-div-digits",
    feedback:
      "`/` keeps the fraction, so the recursive call gets a float instead of the number without its last digit.",
    requires: { all: ["/"] },
  },
  {
    id: "py.compare-keeps-larger",
    feedback: "The comparison with `>` decides which of the first item and the maximum of the rest is kept.",
    requires: { all: [">"] },
  },
  {
    id: "py.print-before-call-descends",
    feedback:
      "A line before the recursive call runs on the way down, so each call prints its own n before any smaller n is printed.",
    requires: { all: ["print(n)", "return"] },
  },
  {
    id: "py.power-base-exponent-zero",
    feedback:
      "Any number to the power 0 is 1, so the recursion must stop when the exponent reaches 0; stopping at `e == 1` returns 1 where b itself is due.",
    requires: { all: ["return 1"] },
  },
];

export const recursionTemplates: ChallengeTemplate[] = [
  predict(T, "countdown-before-the-call", "easy", (rng) => {
    const step = rng.int(2, 25);
    const count = rng.int(2, 4);
    const stop = rng.int(0, 20);
    const n = stop + step * count;
    const fn = rng.pick(["countdown", "launch", "tick_down", "descend"]);
    const done = rng.pick(["go", "liftoff", "done", "zero"]);
    const prog = flagged((o: { after?: boolean; earlyBase?: boolean; zeroToo?: boolean }) =>
      py(
        `def ${fn}(n):`,
        `    if n ${o.earlyBase ? `<= ${stop + step}` : o.zeroToo ? `< ${stop}` : `<= ${stop}`}:`,
        `        print("${done}")`,
        "        return",
        o.after ? null : "    print(n)",
        `    ${fn}(n - ${step})`,
        o.after ? "    print(n)" : null,
        "",
        `${fn}(${n})`,
      ),
    );
    return {
      title: "Printing before the recursive call",
      code: prog({}),
      distractors: [
        mut("py.print-before-call-descends", prog({ after: true })),
        mut("py.recursion-base-case", prog({ earlyBase: true })),
        mut("py.recursion-base-case", prog({ zeroToo: true })),
      ],
      trap: "print(n)",
      explanation: `\`print(n)\` comes before the recursive call, which is the trap: each call prints its n BEFORE calling itself with n - ${step}, so the numbers come out in decreasing order; once n reaches ${stop} the base case prints "${done}". Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "reverse-a-string", "easy", (rng) => {
    const word = rng.pick([
      "python",
      "stack",
      "banana",
      "recurse",
      "orange",
      "planet",
      "silver",
      "window",
      "garden",
      "rocket",
      "kettle",
      "puzzle",
      "marble",
      "lantern",
      "compass",
      "meadow",
    ]);
    const prefix = rng.int(3, 5);
    const word2 = rng.pick([
      "python",
      "stack",
      "banana",
      "recurse",
      "orange",
      "planet",
      "silver",
      "window",
      "garden",
      "rocket",
    ]);
    const fn = rng.pick(["rev", "backwards", "flip", "mirror"]);
    const prog = flagged((o: { frontFirst?: boolean; skip?: boolean; dropLast?: boolean }) =>
      py(
        `def ${fn}(s):`,
        "    if len(s) <= 1:",
        o.dropLast ? '        return ""' : "        return s",
        o.frontFirst ? `    return s[0] + ${fn}(s[1:])` : `    return ${fn}(s[${o.skip ? 2 : 1}:]) + s[0]`,
        "",
        `print(${fn}("${word}"))`,
        `print(${fn}("${word2}"[:${prefix}]))`,
      ),
    );
    return {
      title: "Reversing a string recursively",
      code: prog({}),
      distractors: [
        mut("py.recursion-order", prog({ frontFirst: true })),
        mut("py.index-from-one", prog({ skip: true })),
        mut("py.recursion-base-case", prog({ dropLast: true })),
      ],
      trap: `${fn}(s[1:]) + s[0]`,
      explanation: `\`${fn}(s[1:]) + s[0]\` is the trap: it reverses the rest first and puts the first character LAST; a string of length 0 or 1 is its own reverse. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "power-base-case", "easy", (rng) => {
    const b = rng.int(2, 9);
    const e = rng.int(2, 5);
    const b2 = rng.int(2, 12);
    const e2 = rng.int(1, 3);
    const fn = rng.pick(["power", "pow_rec", "raise_to", "exp"]);
    return {
      title: "Choose the base case",
      prompt: fillPrompt("condition"),
      code: py(
        `def ${fn}(b, e):`,
        `    if ${BLANK}:`,
        "        return 1",
        `    return b * ${fn}(b, e - 1)`,
        "",
        `print(${fn}(${b}, ${e}), ${fn}(${b2}, ${e2}))`,
      ),
      answer: "e == 0",
      wrong: [
        { fragment: "e == 1", rule: "py.power-base-exponent-zero" },
        { fragment: "e < 0", rule: "py.recursion-base-case" },
        { fragment: "e <= 1", rule: "py.recursion-base-case" },
      ],
      trap: "e == 0",
      explanation: `The base case must be \`e == 0\`: b⁰ is 1, so the recursion must stop at \`e == 0\`; stopping at 1 returns 1 one step too early (${b}^${e} would come out as ${b ** (e - 1)}), and stopping below 0 multiplies once too often (${b ** (e + 1)}).`,
    };
  }),

  predict(T, "in-and-out-of-the-stack", "medium", (rng) => {
    const s = rng.int(1, 90);
    const depth = rng.int(2, 3);
    const fn = rng.pick(["walk", "visit", "descend", "enter"]);
    const [inW, outW] = rng.pick([
      ["in", "out"],
      ["enter", "leave"],
      ["down", "up"],
      ["open", "close"],
    ] as const);
    const last = s + depth - 1;
    const prog = flagged((o: { sameOrder?: boolean; offByOne?: boolean; noUnwind?: boolean }) =>
      py(
        `def ${fn}(n):`,
        `    if n > ${o.offByOne ? last - 1 : last}:`,
        "        return",
        `    print("${inW}", n)`,
        o.sameOrder ? `    print("${outW}", n)\n    ${fn}(n + 1)` : `    ${fn}(n + 1)`,
        o.sameOrder
          ? null
          : o.noUnwind
            ? `    if n == ${last}:\n        print("${outW}", n)`
            : `    print("${outW}", n)`,
        "",
        `${fn}(${s})`,
      ),
    );
    return {
      title: "Code before and after the recursive call",
      code: prog({}),
      distractors: [
        mut("py.recursion-order", prog({ sameOrder: true })),
        mut("py.recursion-base-case", prog({ offByOne: true })),
        mut("py.unwind-runs-every-call", prog({ noUnwind: true })),
      ],
      trap: `print("${outW}", n)`,
      explanation: `\`print("${outW}", n)\` sits after the recursive call, which is the trap: each call prints "${inW}" and then recurses; the "${outW}" lines only run as the calls RETURN, innermost first, so they come out in reverse order. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "digit-sum-recursive-call", "medium", (rng) => {
    const n = rng.int(1000, 99999);
    const fn = rng.pick(["digit_sum", "sum_digits", "add_digits", "crossfoot"]);
    return {
      title: "Recurse on the remaining digits",
      prompt: fillPrompt("argument"),
      code: py(
        `def ${fn}(n):`,
        "    if n < 10:",
        "        return n",
        `    return n % 10 + ${fn}(${BLANK})`,
        "",
        `print(${fn}(${n}))`,
      ),
      answer: "n // 10",
      wrong: [
        { fragment: "n / 10", rule: "py.true-div-digits" },
        { fragment: "n % 10", rule: "py.mod-vs-floordiv" },
        { fragment: "n - 10", rule: "py.recursion-calls" },
        { fragment: "n // 100", rule: "py.recursion-calls" },
      ],
      trap: "n // 10",
      explanation:
        "The argument must be `n // 10`: `n % 10` is the last digit and `n // 10` drops it, so each call handles one digit until a single digit remains. `/` would produce floats with fractional parts.",
    };
  }),

  predict(T, "list-sum-and-max", "medium", (rng) => {
    const xs = distinctInts(rng, rng.int(4, 6), 1, 60);
    const fn = rng.pick(["biggest", "largest", "top", "peak"]);
    const sfn = rng.pick(["total", "add_all", "summed", "acc"]);
    const prog = flagged((o: { baseOne?: boolean; flip?: boolean; skip?: boolean }) =>
      py(
        `def ${sfn}(items):`,
        "    if not items:",
        `        return ${o.baseOne ? 1 : 0}`,
        `    return items[0] + ${sfn}(items[${o.skip ? 2 : 1}:])`,
        "",
        `def ${fn}(items):`,
        "    if len(items) == 1:",
        "        return items[0]",
        `    rest = ${fn}(items[1:])`,
        `    return items[0] if items[0] ${o.flip ? "<" : ">"} rest else rest`,
        "",
        `data = ${pyList(xs)}`,
        `print(${sfn}(data), ${fn}(data))`,
      ),
    );
    return {
      title: "Sum and maximum, recursively",
      code: prog({}),
      distractors: [
        mut("py.recursion-base-case", prog({ baseOne: true })),
        mut("py.compare-keeps-larger", prog({ flip: true })),
        mut("py.index-from-one", prog({ skip: true })),
        mut("py.recursion-base-case", prog({ baseOne: true, flip: true })),
      ],
      trap: "return 0",
      explanation:
        "`return 0` for the empty list is the trap in the sum: the sum adds the first item to the sum of the rest, ending with 0 for an empty list; the maximum compares the first item with the maximum of the rest. Output: `{{output}}`.",
    };
  }),

  predict(T, "recursion-with-a-mutable-default", "hard", (rng) => {
    const [a, b] = [rng.int(2, 5), rng.int(2, 4)];
    const fn = rng.pick(["collect", "gather", "stack_up", "countdown_list"]);
    const step = rng.int(1, 5);
    const stop = rng.int(0, 9);
    const prog = flagged((o: { fresh?: boolean; prepend?: boolean; baseLate?: boolean }) =>
      py(
        o.fresh ? `def ${fn}(n, acc=None):\n    if acc is None:\n        acc = []` : `def ${fn}(n, acc=[]):`,
        `    if n ${o.baseLate ? "<" : "<="} ${stop}:`,
        "        return acc",
        o.prepend ? "    acc.insert(0, n)" : "    acc.append(n)",
        `    return ${fn}(n - ${step}, acc)`,
        "",
        `print(${fn}(${stop + a * step}))`,
        `print(${fn}(${stop + b * step}))`,
      ),
    );
    return {
      title: "Recursion that shares a default list",
      code: prog({}),
      distractors: [
        mut("py.mutable-default", prog({ fresh: true })),
        mut("py.recursion-order", prog({ prepend: true })),
        mut("py.recursion-base-case", prog({ baseLate: true })),
      ],
      trap: `def ${fn}(n, acc=[]):`,
      explanation: `\`def ${fn}(n, acc=[]):\` is the trap: the default list is created once, when \`def\` runs; the recursive calls pass it along, and the SECOND top-level call starts with the same list, so it keeps growing. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "counting-recursive-calls", "hard", (rng) => {
    const [s1, s2] = rng.pick([
      [1, 2],
      [1, 3],
      [2, 3],
    ] as const);
    const k = s1 === 1 && s2 === 2 ? rng.int(5, 9) : s1 === 1 ? rng.int(6, 10) : rng.int(8, 13);
    const fn = rng.pick(["ways", "climb", "paths", "count_routes"]);
    const c = rng.pick(["calls", "hits", "visits", "counter"]);
    const prog = flagged((o: { cached?: boolean; baseOne?: boolean }) =>
      py(
        o.cached ? "from functools import cache" : null,
        `${c} = 0`,
        "",
        o.cached ? "@cache" : null,
        `def ${fn}(n):`,
        `    global ${c}`,
        `    ${c} += 1`,
        `    if n ${o.baseOne ? "<= 0" : "< 0"}:`,
        "        return 0",
        "    if n == 0:",
        "        return 1",
        `    return ${fn}(n - ${s1}) + ${fn}(n - ${s2})`,
        "",
        `print(${fn}(${k}), ${c})`,
      ),
    );
    const ways: number[] = [];
    for (let i = 0; i <= k; i++)
      ways.push(i === 0 ? 1 : (i - s1 >= 0 ? ways[i - s1]! : 0) + (i - s2 >= 0 ? ways[i - s2]! : 0));
    return {
      title: "How many calls does naive recursion make?",
      code: prog({}),
      distractors: [
        mut("py.recursion-calls", prog({ cached: true })),
        mut("py.recursion-base-case", prog({ baseOne: true })),
        val("py.recursion-calls", `${ways[k]} ${k + 1}`),
      ],
      trap: `print(${fn}(${k}), ${c})`,
      explanation: `In \`print(${fn}(${k}), ${c})\`, \`${c}\` is read after \`${fn}(${k})\` has run, so it counts every call. Every call that is not a base case makes TWO more calls, and the same subproblems are solved again and again (nothing is cached), so the counter grows much faster than n. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "recursive-generator-flatten", "hard", (rng) => {
    const v = distinctInts(rng, 6, 1, 99);
    const shape = rng.int(0, 2);
    const tree =
      shape === 0
        ? `[${v[0]}, [${v[1]}, [${v[2]}, ${v[3]}]], ${v[4]}, [${v[5]}]]`
        : shape === 1
          ? `[[${v[0]}, ${v[1]}], ${v[2]}, [[${v[3]}], ${v[4]}], ${v[5]}]`
          : `[${v[0]}, [${v[1]}, ${v[2]}], [[${v[3]}, [${v[4]}]]], ${v[5]}]`;
    const fn = rng.pick(["walk", "leaves", "flatten", "each_leaf"]);
    const prog = flagged((o: { noYieldFrom?: boolean; yieldNode?: boolean; returnsInner?: boolean }) =>
      py(
        `def ${fn}(tree):`,
        "    for x in tree:",
        "        if isinstance(x, list):",
        o.noYieldFrom
          ? `            ${fn}(x)`
          : o.returnsInner
            ? "            yield from x"
            : o.yieldNode
              ? "            yield x"
              : `            yield from ${fn}(x)`,
        "        else:",
        "            yield x",
        "",
        `tree = ${tree}`,
        `print(list(${fn}(tree)))`,
        `print("total:", sum(x for x in ${fn}(tree) if not isinstance(x, list)))`,
      ),
    );
    return {
      title: "A recursive generator",
      code: prog({}),
      distractors: [
        mut("py.yield-from", prog({ noYieldFrom: true })),
        mut("py.yield-from", prog({ returnsInner: true })),
        mut("py.yield-from", prog({ yieldNode: true })),
      ],
      trap: `yield from ${fn}(x)`,
      explanation: `\`yield from ${fn}(x)\` is the trap: it passes on every value of the recursive generator, so nested lists at any depth are flattened in order. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
