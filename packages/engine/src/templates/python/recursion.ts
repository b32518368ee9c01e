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
  {
    id: "py.recursive-result-discarded",
    feedback:
      "A recursive call on a line of its own throws its result away: the call that made it carries on to the end of the function and, reaching no `return`, gives back None.",
    requires: { all: ["def", "return"] },
  },
  {
    id: "py.fib-base-returns-n",
    feedback:
      "`return n` makes the base cases give 0 for n = 0 and 1 for n = 1, so the sequence starts 0, 1 and each later value is the sum of the two before it.",
    requires: { all: ["return n", "n - 2"] },
  },
  {
    id: "py.remainder-is-last-digit",
    feedback:
      "`n % 2` is the LAST binary digit and `n // 2` the number without it, so the digits the recursive call builds come first and the remainder goes at the end.",
    requires: { all: ["n % 2", "n // 2"] },
  },
  {
    id: "py.line-before-base-runs",
    feedback:
      "A line placed before the base-case test runs in every call, the last one included: the call that stops the recursion prints too.",
    requires: { all: ["print", "if", "return"] },
  },
  {
    id: "py.arguments-before-print",
    feedback:
      "Python evaluates every argument before `print` runs, so whatever the call prints comes out before the line that shows its result.",
    requires: { all: ["print(", "def"] },
  },
  {
    id: "py.max-keeps-deepest",
    feedback:
      "`max` keeps only the depth of the deepest item; the depths of the other items are not added up.",
    requires: { all: ["max("] },
  },
  {
    id: "py.isinstance-tuple-not-list",
    feedback:
      "`isinstance(x, list)` is False for a tuple, so a tuple counts as a plain item of depth 0, whatever it holds.",
    requires: { all: ["isinstance(x, list)"] },
  },
  {
    id: "py.assign-drops-running-total",
    feedback:
      "Assigning to `total` inside the loop replaces the running total, so the items added before that inner list are lost.",
    requires: { all: ["for", "total ="] },
  },
  {
    id: "py.return-in-loop-ends-call",
    feedback:
      "A `return` inside the loop ends the call at the first inner list: the items after it are never added, and neither is the sum so far.",
    requires: { all: ["for", "return"] },
  },
  {
    id: "py.call-result-unused",
    feedback:
      "A call on a line of its own runs, but nothing adds the value it returns to `total`, so the inner lists count for nothing.",
    requires: { all: ["total +="] },
  },
  {
    id: "py.append-live-path",
    feedback:
      "Appending `path` itself would store the one list the search keeps changing (empty once every choice is undone); `path[:]` stores a copy of what it holds at that moment.",
    requires: { all: ["path[:]"] },
  },
  {
    id: "py.backtrack-undo-pop",
    feedback:
      "`path.pop()` undoes each choice once its branch is explored; without it the earlier choices stay in the path, which only grows.",
    requires: { all: ["path.pop()"] },
  },
  {
    id: "py.next-start-after-choice",
    feedback:
      "The recursive call starts after the item just chosen, at `i + 1`, so no item is picked twice and each combination keeps the items in list order.",
    requires: { all: ["i + 1", "range"] },
  },
  {
    id: "py.hanoi-spare-peg",
    feedback:
      "The first call must move the smaller disks from `src` onto `via`, the spare peg, so that the largest disk, at the bottom of `src`, is free to move to `dst`.",
    requires: { all: ["src", "dst", "via"] },
  },
  {
    id: "py.hanoi-calls-mirror",
    feedback:
      "The two recursive calls mirror each other: the first takes the smaller disks from `src` to `via`, the second from `via` on to `dst`, over the largest disk.",
    requires: { all: ["src", "dst", "via"] },
  },
  {
    id: "py.deepest-call-builds-first",
    feedback:
      "The deepest call, on the shortest list, builds its subsets first, so the LAST items show up first: `rest` holds the subsets of the later items and comes before the new ones.",
    requires: { all: ["rest +"] },
  },
  {
    id: "py.concat-keeps-operand-order",
    feedback:
      "`+` joins lists left operand first: `rest` comes before the new subsets, and `[xs[0]] + r` puts the first item in front of each smaller subset.",
    requires: { all: ["rest +", "[xs[0]] + r"] },
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
  predict(T, "recursive-call-without-return", "easy", (rng) => {
    const xs = distinctInts(rng, 6, 1, 60);
    // Index 0 is found by the first call itself; the other two targets sit deeper in the list.
    const picks = rng.shuffle([0, ...rng.sample([1, 2, 3, 4, 5], 2)]);
    const fn = rng.pick(["find", "locate", "index_of", "position"]);
    const v = rng.pick(LIST_NAMES);
    const prog = flagged((o: { returned?: boolean; fromOne?: boolean }) =>
      py(
        `def ${fn}(items, target, i=0):`,
        "    if items[i] == target:",
        `        return ${o.fromOne ? "i + 1" : "i"}`,
        `    ${o.returned ? "return " : ""}${fn}(items, target, i + 1)`,
        "",
        `${v} = ${pyList(xs)}`,
        `print(${picks.map((p) => `${fn}(${v}, ${xs[p]})`).join(", ")})`,
      ),
    );
    return {
      title: "A recursive call without return",
      code: prog({}),
      distractors: [
        mut("py.recursive-result-discarded", prog({ returned: true })),
        mut("py.index-from-one", prog({ fromOne: true })),
        mut("py.recursive-result-discarded", prog({ returned: true, fromOne: true })),
      ],
      trap: `${fn}(items, target, i + 1)`,
      explanation: `\`${fn}(items, target, i + 1)\` has no \`return\` in front of it, which is the trap: when the target is not at index i, the deeper call finds it but its result is thrown away, and the outer call reaches the end of the function and returns None. Only ${xs[0]}, at index 0, is returned by \`return i\` in the very first call. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "fibonacci-base-cases", "easy", (rng) => {
    const e = rng.int(5, 10);
    const fn = rng.pick(["fib", "fibo", "fibonacci", "rabbits"]);
    const i = rng.pick(["i", "k", "j", "m"]);
    // `n < 2` and `n <= 1` are the same test; both spellings occur in real code.
    const strict = rng.bool();
    const prog = flagged((o: { baseOne?: boolean; baseTwo?: boolean; inclusive?: boolean }) =>
      py(
        `def ${fn}(n):`,
        `    if ${strict ? `n < ${o.baseTwo ? 3 : 2}` : `n <= ${o.baseTwo ? 2 : 1}`}:`,
        `        return ${o.baseOne ? 1 : "n"}`,
        `    return ${fn}(n - 1) + ${fn}(n - 2)`,
        "",
        `print([${fn}(${i}) for ${i} in range(${o.inclusive ? e + 1 : e})])`,
      ),
    );
    return {
      title: "Fibonacci's two base cases",
      code: prog({}),
      distractors: [
        mut("py.fib-base-returns-n", prog({ baseOne: true })),
        mut("py.range-exclusive", prog({ inclusive: true })),
        mut("py.recursion-base-case", prog({ baseTwo: true })),
      ],
      trap: "return n",
      explanation: `\`return n\` in the base case is the trap: it returns n itself, so the values for 0 and 1 are 0 and 1 (not 1 and 1), and every later call adds the two values before it; \`range(${e})\` stops before ${e}, so the list holds ${e} numbers. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "binary-digits-recursively", "easy", (rng) => {
    const bin = (n: number) => n.toString(2);
    // A palindromic binary number reads the same reversed, which would hide the order mistake.
    const pool: number[] = [];
    for (let n = 6; n <= 40; n++) if (bin(n) !== [...bin(n)].reverse().join("")) pool.push(n);
    const [a, b] = rng.sample(pool, 2);
    const fn = rng.pick(["to_binary", "bits", "binary", "base2"]);
    const prog = flagged((o: { reversed?: boolean; swapped?: boolean; emptyBase?: boolean }) =>
      py(
        `def ${fn}(n):`,
        "    if n < 2:",
        `        return ${o.emptyBase ? '""' : "str(n)"}`,
        o.reversed
          ? `    return str(n % 2) + ${fn}(n // 2)`
          : o.swapped
            ? `    return ${fn}(n % 2) + str(n // 2)`
            : `    return ${fn}(n // 2) + str(n % 2)`,
        "",
        `print(${fn}(${a}), ${fn}(${b}))`,
      ),
    );
    return {
      title: "Binary digits, recursively",
      code: prog({}),
      distractors: [
        mut("py.remainder-is-last-digit", prog({ reversed: true })),
        mut("py.mod-vs-floordiv", prog({ swapped: true })),
        mut("py.recursion-base-case", prog({ emptyBase: true })),
      ],
      trap: `${fn}(n // 2) + str(n % 2)`,
      explanation: `\`${fn}(n // 2) + str(n % 2)\` is the trap: the recursive call builds the digits of n // 2, the higher digits, FIRST, and the last digit, n % 2, is added after them; a number below 2 is its own single digit. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "gcd-traced-call-by-call", "medium", (rng) => {
    // How many pairs a version prints (99 when it runs past the lines an option can show).
    const trace = (a: number, b: number, floor: boolean): number => {
      for (let lines = 1; lines <= 7; lines++) {
        if (b === 0) return lines;
        [a, b] = [b, floor ? Math.floor(a / b) : a % b];
      }
      return 99;
    };
    let [x, y] = [12, 8];
    for (let attempt = 0; attempt < 100; attempt++) {
      const g = rng.int(2, 9);
      [x, y] = distinctInts(rng, 2, 2, 12).map((k) => g * k) as [number, number];
      const steps = trace(x, y, false);
      if (steps >= 3 && steps <= 5 && trace(x, y, true) <= 6) break;
    }
    const prog = flagged((o: { late?: boolean; floor?: boolean; heading?: boolean }) =>
      py(
        "def gcd(a, b):",
        o.late ? null : "    print(a, b)",
        "    if b == 0:",
        "        return a",
        o.late ? "    print(a, b)" : null,
        `    return gcd(b, a ${o.floor ? "//" : "%"} b)`,
        "",
        "def lcm(a, b):",
        "    return a * b // gcd(a, b)",
        "",
        o.heading ? `print("lcm:")\nprint(lcm(${x}, ${y}))` : `print("lcm:", lcm(${x}, ${y}))`,
      ),
    );
    return {
      title: "Euclid's gcd, traced call by call",
      code: prog({}),
      distractors: [
        mut("py.line-before-base-runs", prog({ late: true })),
        mut("py.mod-vs-floordiv", prog({ floor: true })),
        mut("py.arguments-before-print", prog({ heading: true })),
      ],
      trap: "print(a, b)",
      explanation: `\`print(a, b)\` comes before the base-case test, which is the trap: every call prints its pair, the last one (with b = 0) included, and each step replaces (a, b) with (b, a % b). All of this happens while \`lcm(${x}, ${y})\` is evaluated, before the final \`print\` shows its result. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "depth-of-nested-lists", "medium", (rng) => {
    type N = number | N[] | { tuple: N[] };
    const leaf = () => rng.int(1, 9);
    const deep: (() => N)[] = [
      () => [leaf(), [leaf(), leaf()], [[leaf()]]],
      () => [[leaf(), [leaf()]], leaf(), [leaf()]],
      () => [
        [[leaf()], leaf()],
        [leaf(), [leaf(), [leaf()]]],
      ],
      () => [leaf(), [[leaf()], [leaf()]], leaf()],
      () => [[leaf()], [leaf()], [leaf(), leaf()]],
    ];
    const tupled: (() => N)[] = [
      () => [leaf(), { tuple: [leaf(), [leaf()]] }],
      () => ({ tuple: [[leaf()], leaf()] }),
      () => [[leaf(), { tuple: [leaf(), [leaf(), [leaf()]]] }]],
    ];
    const empties: N[] = [[], [[]], [[], []]];
    const show = (x: N): string =>
      typeof x === "number"
        ? String(x)
        : Array.isArray(x)
          ? `[${x.map(show).join(", ")}]`
          : `(${x.tuple.map(show).join(", ")})`;
    const values = [rng.pick(deep)(), rng.pick(tupled)(), rng.pick(empties)];
    const [a, b, c] = rng.pick([
      ["a", "b", "c"],
      ["p", "q", "r"],
      ["u", "v", "w"],
    ] as const);
    const fn = rng.pick(["depth", "nesting", "levels", "deepest"]);
    const prog = flagged((o: { summed?: boolean; tuples?: boolean; baseOne?: boolean }) =>
      py(
        `def ${fn}(x):`,
        `    if not isinstance(x, ${o.tuples ? "(list, tuple)" : "list"}):`,
        `        return ${o.baseOne ? 1 : 0}`,
        o.summed
          ? `    return 1 + sum(${fn}(y) for y in x)`
          : `    return 1 + max((${fn}(y) for y in x), default=0)`,
        "",
        `${a} = ${show(values[0]!)}`,
        `${b} = ${show(values[1]!)}`,
        `${c} = ${show(values[2]!)}`,
        `print(${fn}(${a}), ${fn}(${b}), ${fn}(${c}))`,
      ),
    );
    return {
      title: "How deep is the nesting?",
      code: prog({}),
      distractors: [
        mut("py.max-keeps-deepest", prog({ summed: true })),
        mut("py.isinstance-tuple-not-list", prog({ tuples: true })),
        mut("py.recursion-base-case", prog({ baseOne: true })),
      ],
      trap: "isinstance(x, list)",
      explanation: `\`1 + max((${fn}(y) for y in x), default=0)\` makes a list one level deeper than its DEEPEST item (the other items' depths are not added), and an empty list has depth 1; \`isinstance(x, list)\` is the trap for \`${b}\`: a tuple is not a list, so it counts 0, whatever it holds. Output: \`{{output}}\`.`,
    };
  }),

  fill(T, "add-the-recursive-result", "medium", (rng) => {
    type V = number | V[];
    const sumOf = (xs: V[], mode: "key" | "assign" | "ret" | "discard"): number => {
      let total = 0;
      for (const x of xs) {
        if (typeof x === "number") total += x;
        else if (mode === "key") total += sumOf(x, mode);
        else if (mode === "assign") total = sumOf(x, mode);
        else if (mode === "ret") return sumOf(x, mode);
      }
      return total;
    };
    const leaf = () => rng.int(1, 20);
    const inner = (): V[] => (rng.bool(0.6) ? [leaf(), leaf()] : [leaf(), [leaf(), leaf()]]);
    let data: V[] = [];
    // Every wrong line must miss the target, and by a different sum than the others.
    for (let attempt = 0; attempt < 50; attempt++) {
      data = rng.shuffle<V>([leaf(), leaf(), leaf(), inner(), inner()]);
      const sums = (["key", "assign", "ret", "discard"] as const).map((m) => sumOf(data, m));
      if (new Set(sums).size === 4) break;
    }
    const show = (x: V): string => (typeof x === "number" ? String(x) : `[${x.map(show).join(", ")}]`);
    const fn = rng.pick(["nested_sum", "deep_total", "add_all", "sum_tree"]);
    return {
      title: "Add what the recursive call returns",
      prompt: fillPrompt("line"),
      code: py(
        `def ${fn}(items):`,
        "    total = 0",
        "    for x in items:",
        "        if isinstance(x, list):",
        `            ${BLANK}`,
        "        else:",
        "            total += x",
        "    return total",
        "",
        `print(${fn}(${show(data)}))`,
      ),
      answer: `total += ${fn}(x)`,
      wrong: [
        { fragment: `total = ${fn}(x)`, rule: "py.assign-drops-running-total" },
        { fragment: `return ${fn}(x)`, rule: "py.return-in-loop-ends-call" },
        { fragment: `${fn}(x)`, rule: "py.call-result-unused" },
      ],
      trap: `total += ${fn}(x)`,
      explanation: `The blank needs \`total += ${fn}(x)\`: the recursive call returns the sum of the inner list, at any depth, and only adding it to \`total\` keeps both it and what was added before; the loop then goes on with the remaining items.`,
    };
  }),

  predict(T, "backtracking-with-one-path", "hard", (rng) => {
    const items = distinctInts(rng, rng.int(4, 5), 1, 9);
    const k = rng.int(2, 3);
    const fn = rng.pick(["choose", "combos", "pick", "subsets_of_size"]);
    const v = rng.pick(["result", "found", "groups", "picked"]);
    const prog = flagged((o: { alias?: boolean; noPop?: boolean; fromStart?: boolean }) =>
      py(
        `def ${fn}(items, k):`,
        "    out = []",
        "    path = []",
        "    def walk(start):",
        "        if len(path) == k:",
        `            out.append(${o.alias ? "path" : "path[:]"})`,
        "            return",
        "        for i in range(start, len(items)):",
        "            path.append(items[i])",
        `            walk(${o.fromStart ? "start" : "i"} + 1)`,
        o.noPop ? null : "            path.pop()",
        "    walk(0)",
        "    return out",
        "",
        `${v} = ${fn}(${pyList(items)}, ${k})`,
        `print(len(${v}), ${v}[0], ${v}[-1])`,
      ),
    );
    return {
      title: "Backtracking with one shared path",
      code: prog({}),
      distractors: [
        mut("py.append-live-path", prog({ alias: true })),
        mut("py.backtrack-undo-pop", prog({ noPop: true })),
        mut("py.next-start-after-choice", prog({ fromStart: true })),
      ],
      trap: "out.append(path[:])",
      explanation: `\`out.append(path[:])\` is the trap, with \`path.pop()\`: there is only ONE \`path\` list; each call adds an item, recurses from \`i + 1\` and pops the item again, and whenever the path holds ${k} items a COPY of it is stored. So every ${k}-item combination comes out once, in list order, starting from the first items. Output: \`{{output}}\`.`,
    };
  }),

  fill(T, "tower-of-hanoi-first-call", "hard", (rng) => {
    const [p, q, r] = rng.shuffle(
      rng.pick([
        ["A", "B", "C"],
        ["L", "M", "R"],
        ["X", "Y", "Z"],
        ["1", "2", "3"],
      ]),
    );
    const n = rng.int(2, 3);
    const sep = rng.pick(["", "-", ">", ":"]);
    const fn = rng.pick(["hanoi", "solve", "towers", "plan_moves"]);
    return {
      title: "Which call solves the Tower of Hanoi?",
      prompt: fillPrompt("call"),
      code: py(
        `def ${fn}(n, src, dst, via):`,
        "    moves = []",
        "    def move(k, src, dst, via):",
        "        if k == 0:",
        "            return",
        `        ${BLANK}`,
        `        moves.append(src + ${sep ? `"${sep}" + ` : ""}dst)`,
        "        move(k - 1, via, dst, src)",
        "    move(n, src, dst, via)",
        "    return moves",
        "",
        `print(${fn}(${n}, "${p}", "${q}", "${r}"))`,
      ),
      answer: "move(k - 1, src, via, dst)",
      wrong: [
        { fragment: "move(k - 1, src, dst, via)", rule: "py.hanoi-spare-peg" },
        { fragment: "move(k - 1, via, dst, src)", rule: "py.hanoi-calls-mirror" },
        { fragment: "move(k - 1, dst, via, src)", rule: "py.hanoi-spare-peg" },
      ],
      trap: "move(k - 1, src, via, dst)",
      explanation: `The blank needs \`move(k - 1, src, via, dst)\`: to move k disks from src to dst, the k - 1 smaller ones first go from src to the SPARE peg via (with dst as their spare), then the largest disk moves to dst, and the second call brings the smaller ones from via on top of it. With ${n} disks that is ${2 ** n - 1} moves.`,
    };
  }),

  predict(T, "subsets-built-from-the-rest", "hard", (rng) => {
    const xs = distinctInts(rng, 3, 1, 9);
    const total = xs[0]! + xs[1]! + xs[2]!;
    const t = rng.int(Math.max(...xs), total - 1);
    const fn = rng.pick(["subsets", "power_set", "all_picks", "choices"]);
    const v = rng.pick(["subs", "every", "sets", "found"]);
    const prog = flagged((o: { lastFirst?: boolean; appendBack?: boolean; newFirst?: boolean }) =>
      py(
        `def ${fn}(xs):`,
        "    if not xs:",
        "        return [[]]",
        o.lastFirst ? `    rest = ${fn}(xs[:-1])` : `    rest = ${fn}(xs[1:])`,
        o.lastFirst
          ? "    return rest + [r + [xs[-1]] for r in rest]"
          : o.appendBack
            ? "    return rest + [r + [xs[0]] for r in rest]"
            : o.newFirst
              ? "    return [[xs[0]] + r for r in rest] + rest"
              : "    return rest + [[xs[0]] + r for r in rest]",
        "",
        `${v} = ${fn}(${pyList(xs)})`,
        `print(${v})`,
        `print([s for s in ${v} if sum(s) > ${t}])`,
      ),
    );
    return {
      title: "All subsets, built from the rest",
      code: prog({}),
      distractors: [
        mut("py.deepest-call-builds-first", prog({ lastFirst: true })),
        mut("py.concat-keeps-operand-order", prog({ appendBack: true })),
        mut("py.concat-keeps-operand-order", prog({ newFirst: true })),
      ],
      trap: "return rest + [[xs[0]] + r for r in rest]",
      explanation: `\`return rest + [[xs[0]] + r for r in rest]\` is the trap: the deepest call returns \`[[]]\` for the empty list, and each call on the way back keeps the subsets of the LATER items (\`rest\`) first, then adds copies with its own first item in front, so ${xs[2]} appears before ${xs[1]}, and ${xs[0]} only in the second half. The filter keeps that order. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
