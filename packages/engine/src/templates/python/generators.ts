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

const T = "generators";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const generatorsRules: MisconceptionRule[] = [
  {
    id: "py.sum-exhausts",
    feedback:
      "`sum` consumes the whole generator, so a second `sum` over the same generator gets nothing and returns 0.",
    requires: { all: ["sum"] },
  },
  {
    id: "py.next-takes-one",
    feedback:
      "next takes exactly one value and leaves the generator paused after it, while sum, list, max and min consume everything.",
    requires: { all: ["sum"] },
  },
  {
    id: "py.body-starts-at-next",
    feedback:
      "Calling a generator function runs none of its body, not even the code before the first `yield`; that code runs at the first next().",
    requires: { all: ["yield"] },
  },
  {
    id: "py.next-default",
    feedback:
      "`next` with a second argument returns that default once the generator is exhausted instead of raising StopIteration, and keeps returning it.",
    requires: { all: ["next"] },
  },
  {
    id: "py.gen-call-returns-generator",
    feedback:
      "Calling a function that contains `yield` returns a generator object without running any of its body; list() then runs it to the end.",
    requires: { all: ["yield"] },
  },
  {
    id: "py.gen-no-len",
    feedback:
      "A generator has no length: `len` on it raises TypeError without consuming anything, while turning it into a list consumes it.",
    requires: { all: ["len"] },
  },
  {
    id: "py.return-stops-generator",
    feedback:
      "A `return` in a generator ends it at once: nothing more is yielded, not even code after the loop.",
    requires: { all: ["yield", "return"] },
  },
  {
    id: "py.generators-independent",
    feedback:
      "Each call of a generator function makes a NEW generator with its own position and its own local variables.",
    requires: { all: ["yield"] },
  },
  {
    id: "py.islice-consumes",
    feedback:
      "`islice` takes its items from the generator itself, so afterwards the generator continues right after the last item taken.",
    requires: { all: ["islice"] },
  },
  {
    id: "py.islice-count",
    feedback:
      "`islice` with one number takes exactly that many items, like a slice that stops before that index.",
    requires: { all: ["islice"] },
  },
  {
    id: "py.gen-finally-on-close",
    feedback:
      "Breaking out of a loop leaves the generator paused; its `finally` block runs only when the generator finishes or is closed.",
    requires: { all: ["finally", "yield"] },
  },
  {
    id: "py.send-needs-priming",
    feedback:
      "A just-created generator must first be advanced to its first `yield` (with next); `send` with a value before that raises TypeError.",
    requires: { all: [".send", "yield"] },
  },
  {
    id: "py.shared-source-iterator",
    feedback:
      "A generator built on an iterator shares that iterator's position: an item taken directly from the iterator is gone for the generator too.",
    requires: { all: ["iter"] },
  },
  {
    id: "py.return-ends-function",
    feedback:
      "`return` ends the function at once, with the first value it reaches; a function with no yield left in it is an ordinary function, not a generator.",
    requires: { all: ["return"] },
  },
];

export const generatorsTemplates: ChallengeTemplate[] = [
  predict(T, "next-then-sum", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 5, 1, 20);
    const k = rng.int(2, 5);
    const gen = `(n * ${k} for n in ${name})`;
    const prog = flagged((o: { sumAll?: boolean; restart?: boolean; sumTwice?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        `gen = ${gen}`,
        o.restart ? `print(next(${gen}))` : "print(next(gen))",
        o.restart ? `print(next(${gen}))` : "print(next(gen))",
        o.sumAll ? `print(sum(${gen}))` : "print(sum(gen))",
        o.sumAll ? `print(sum(${gen}))` : o.sumTwice ? `print(sum(${name}[2:]) * ${k})` : "print(sum(gen))",
      ),
    );
    return {
      title: "next() and then sum() on one generator",
      code: prog({}),
      distractors: [
        mut("py.generator-exhausted", prog({ sumAll: true })),
        mut("py.generator-position", prog({ restart: true, sumAll: true })),
        mut("py.sum-exhausts", prog({ sumTwice: true })),
        mut("py.generator-position", prog({ restart: true })),
      ],
      trap: "sum(gen)",
      explanation:
        "`sum(gen)` is the trap: a generator remembers its position, so after the two `next(gen)` calls have consumed the first two values, the first `sum(gen)` adds only what is left, and the second finds the generator exhausted (0). Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "lazy-body", "medium", (rng) => {
    const fn = rng.pick(["numbers", "produce", "feed", "stream"]);
    const [a, b] = distinctInts(rng, 2, 1, 50);
    const created = rng.pick(["created", "ready", "made"]);
    const prog = flagged((o: { eager?: boolean; startsEarly?: boolean; runsToEnd?: boolean }) =>
      py(
        `def ${fn}():`,
        !o.startsEarly && '    print("start")',
        `    for n in (${a}, ${b}):`,
        '        print("yield", n)',
        "        yield n",
        '    print("end")',
        "",
        o.startsEarly && 'print("start")',
        o.eager ? `gen = iter(list(${fn}()))` : `gen = ${fn}()`,
        `print("${created}")`,
        `total = next(gen) + next(gen)${o.runsToEnd ? "; next(gen, None)" : ""}`,
        "print(total)",
      ),
    );
    return {
      title: "When does a generator's body run?",
      code: prog({}),
      distractors: [
        mut("py.generator-eager", prog({ eager: true })),
        mut("py.body-starts-at-next", prog({ startsEarly: true })),
        mut("py.generator-eager", prog({ runsToEnd: true })),
      ],
      trap: 'print("end")',
      explanation: `\`print("end")\` is the trap: it sits after the last \`yield\`, and only two values are asked for. Calling \`${fn}()\` runs none of its body; each \`next()\` runs it up to the next \`yield\` and pauses there, so \`"end"\` is never reached. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "yield-from-return-value", "hard", (rng) => {
    const [a, b, c, d] = distinctInts(rng, 4, 1, 40);
    const inner = rng.pick(["inner", "child", "source", "sub"]);
    const outer = rng.pick(["outer", "parent", "wrapper", "main_gen"]);
    const prog = flagged((o: { yieldsReturn?: boolean; resultIsLast?: boolean }) =>
      py(
        `def ${inner}():`,
        `    yield ${a}`,
        `    yield ${b}`,
        o.yieldsReturn && `    yield ${c}`,
        `    return ${o.resultIsLast ? b : c}`,
        "",
        `def ${outer}():`,
        `    result = yield from ${inner}()`,
        `    yield result + ${d}`,
        "",
        `print(list(${outer}()))`,
      ),
    );
    return {
      title: "yield from and a generator's return value",
      code: prog({}),
      distractors: [
        mut("py.generator-return-value", prog({ yieldsReturn: true })),
        mut("py.generator-return-value", prog({ resultIsLast: true })),
        val("py.yield-from", `[[${a}, ${b}], ${c + d}]`),
        mut("py.generator-return-value", prog({ yieldsReturn: true, resultIsLast: true })),
      ],
      trap: `result = yield from ${inner}()`,
      explanation: `\`result = yield from ${inner}()\` is the trap: \`yield from\` passes ${a} and ${b} through one at a time, and evaluates to the inner generator's \`return\` value (${c}), which is never yielded itself. Output: \`{{output}}\`.`,
    };
  }),

  fill(T, "consume-one-value", "easy", (rng) => {
    const k = rng.int(2, 50);
    const s = rng.int(1, 50);
    const m = s + rng.int(3, 6);
    const v = rng.pick(["gen", "stream", "values", "feed"]);
    return {
      title: "Take one value, then sum the rest",
      prompt: fillPrompt("expression"),
      code: py(
        `${v} = (n * ${k} for n in range(${s}, ${m}))`,
        `first = ${BLANK}`,
        `rest = sum(${v})`,
        "print(first, rest)",
      ),
      answer: `next(${v})`,
      wrong: [
        { fragment: `sum(${v})`, rule: "py.generator-exhausted" },
        { fragment: `list(${v})`, rule: "py.generator-exhausted" },
        { fragment: `max(${v})`, rule: "py.next-takes-one" },
        { fragment: `min(${v})`, rule: "py.next-takes-one" },
      ],
      trap: `next(${v})`,
      explanation: `\`next(${v})\` takes just the first value (${s * k}) and leaves the generator paused there; \`sum\`, \`list\`, \`max\` or \`min\` would consume it completely, leaving nothing for \`rest\`.`,
    };
  }),

  predict(T, "pipeline-interleaving", "medium", (rng) => {
    const [a, b, c] = [rng.int(1, 20), rng.int(21, 40), rng.int(41, 60)];
    const k = rng.int(2, 4);
    const src = rng.pick(["source", "read", "numbers", "load"]);
    const prog = flagged((o: { eager?: boolean; restart?: boolean; exhausted?: boolean }) =>
      py(
        `def ${src}():`,
        `    for n in (${a}, ${b}, ${c}):`,
        '        print("src", n)',
        "        yield n",
        "",
        o.eager ? `scaled = [x * ${k} for x in ${src}()]` : `scaled = (x * ${k} for x in ${src}())`,
        "for v in scaled:",
        '    print("got", v)',
        `    if v > ${a * k}:`,
        "        break",
        o.restart
          ? `print(next(x * ${k} for x in ${src}()))`
          : o.exhausted
            ? "print(next(iter([]), None))"
            : o.eager
              ? "print(next(iter(scaled[2:])))"
              : "print(next(scaled))",
      ),
    );
    return {
      title: "A lazy pipeline, interrupted",
      code: prog({}),
      distractors: [
        mut("py.generator-eager", prog({ eager: true })),
        mut("py.generator-position", prog({ restart: true })),
        mut("py.generator-exhausted", prog({ exhausted: true })),
      ],
      trap: "print(next(scaled))",
      explanation:
        "`print(next(scaled))` is the trap: both stages are lazy, so each value travels through the whole pipeline before the next one is read (src, got, src, got); `break` leaves the generator paused, and `next()` resumes it with the third value. Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "zip-consumes-an-extra-item", "hard", (rng) => {
    const start = rng.int(1, 50);
    const step = rng.int(2, 9);
    const letters = rng.pick(["ab", "abc", "xyz", "pq", "uvw", "mn"]);
    const fn = rng.pick(["counter", "naturals", "ticks", "ids"]);
    const prog = flagged((o: { stringFirst?: boolean; restart?: boolean }) =>
      py(
        `def ${fn}(n):`,
        "    while True:",
        "        yield n",
        `        n += ${step}`,
        "",
        `gen = ${fn}(${start})`,
        o.stringFirst ? `pairs = list(zip("${letters}", gen))` : `pairs = list(zip(gen, "${letters}"))`,
        o.stringFirst ? "print([(n, s) for s, n in pairs])" : "print(pairs)",
        o.restart ? `print(next(${fn}(${start})))` : "print(next(gen))",
      ),
    );
    const pairs = [...letters].map((s, i) => `(${start + i * step}, '${s}')`).join(", ");
    return {
      title: "zip with an infinite generator",
      code: prog({}),
      distractors: [
        mut("py.zip-enumerate", prog({ stringFirst: true })),
        mut("py.generator-position", prog({ restart: true })),
        val("py.zip-enumerate", `[${pairs}]\n${start + (letters.length + 2) * step}`),
      ],
      trap: `pairs = list(zip(gen, "${letters}"))`,
      explanation: `\`pairs = list(zip(gen, "${letters}"))\` is the trap: zip asks \`gen\` for an item BEFORE it discovers the string is exhausted, so one extra value (${start + letters.length * step}) is pulled and thrown away; \`next(gen)\` continues after it. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "countdown-generator", "easy", (rng) => {
    const step = rng.int(2, 5);
    const stop = rng.int(0, 50);
    const a = stop + step * rng.int(3, 5);
    const fn = rng.pick(["countdown", "steps_down", "descend", "ticks"]);
    const g = rng.pick(["gen", "g", "it", "seq"]);
    const prog = flagged((o: { ge?: boolean; decFirst?: boolean; reusable?: boolean }) =>
      py(
        `def ${fn}(n, stop):`,
        `    while n ${o.ge ? ">=" : ">"} stop:`,
        o.decFirst ? `        n -= ${step}\n        yield n` : `        yield n\n        n -= ${step}`,
        "",
        `${g} = ${fn}(${a}, ${stop})`,
        `print(list(${g}))`,
        o.reusable ? `print(sum(${fn}(${a}, ${stop})))` : `print(sum(${g}))`,
      ),
    );
    return {
      title: "A countdown generator, used twice",
      code: prog({}),
      distractors: [
        mut("py.off-by-one", prog({ ge: true })),
        mut("py.loop-trace", prog({ decFirst: true })),
        mut("py.generator-exhausted", prog({ reusable: true })),
        mut("py.generator-exhausted", prog({ reusable: true, ge: true })),
      ],
      trap: `print(sum(${g}))`,
      explanation: `\`print(sum(${g}))\` is the trap: \`list(${g})\` has already pulled every value. Each loop turn yields the current n and then subtracts ${step}, stopping once n is no longer above ${stop}; \`list()\` pulls every value, which leaves the generator exhausted, so \`sum()\` gets nothing and prints 0. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "yield-from-flatten", "medium", (rng) => {
    const rows = [distinctInts(rng, 2, 1, 50), distinctInts(rng, rng.int(1, 3), 51, 99)];
    const fn = rng.pick(["flatten", "chain_rows", "each_item", "unpack"]);
    return {
      title: "Flatten with a generator",
      prompt: fillPrompt("line"),
      code: py(
        `def ${fn}(rows):`,
        "    for row in rows:",
        `        ${BLANK}`,
        "",
        `print(list(${fn}([${rows.map(pyList).join(", ")}])))`,
      ),
      answer: "yield from row",
      wrong: [
        { fragment: "yield row", rule: "py.yield-from" },
        { fragment: "return row", rule: "py.return-ends-function" },
        { fragment: "yield from rows", rule: "py.yield-from" },
      ],
      trap: "yield from row",
      explanation:
        "`yield from row` yields each item of the inner list one at a time; `yield row` would yield whole lists, and `return row` makes the function an ordinary one that returns the first row.",
    };
  }),

  predict(T, "send-running-total", "hard", (rng) => {
    const [a, b, c] = distinctInts(rng, 3, 1, 60);
    const fn = rng.pick(["running_total", "accumulate", "summer", "ledger"]);
    const prog = flagged((o: { echo?: boolean; reset?: boolean }) =>
      py(
        `def ${fn}():`,
        "    total = 0",
        "    while True:",
        "        value = yield total",
        o.reset ? "        total = value" : "        total += value",
        "",
        `gen = ${fn}()`,
        "print(next(gen))",
        o.echo ? `gen.send(${a})\nprint(${a})` : `print(gen.send(${a}))`,
        o.echo ? `gen.send(${b})\nprint(${b})` : `print(gen.send(${b}))`,
        o.echo ? `gen.send(${c})\nprint(${c})` : `print(gen.send(${c}))`,
      ),
    );
    return {
      title: "Sending values into a generator",
      code: prog({}),
      distractors: [
        mut("py.generator-send", prog({ echo: true })),
        val("py.generator-send", `0\n0\n${a}\n${a + b}`),
        val("py.generator-send", `None\n${a}\n${a + b}\n${a + b + c}`),
        mut("py.closure-state-persists", prog({ reset: true })),
      ],
      trap: "value = yield total",
      explanation:
        "`value = yield total` is the trap: `next(gen)` runs to this first `yield` and returns 0; each `send(v)` resumes there with `value = v`, adds it, loops, and returns the NEW total from the next `yield`. Output:\n\n```\n{{output}}\n```",
    };
  }),
  predict(T, "next-with-a-default", "easy", (rng) => {
    const [a, b] = distinctInts(rng, 2, 1, 99);
    const fn = rng.pick(["two", "pair", "both", "duo"]);
    const done = rng.pick(["done", "end", "empty", "stop"]);
    const prog = flagged((o: { restarts?: boolean; raises?: boolean }) =>
      py(
        `def ${fn}():`,
        `    yield ${a}`,
        `    yield ${b}`,
        "",
        `g = ${fn}()`,
        "print(next(g))",
        "print(next(g))",
        o.restarts ? `print(next(${fn}(), "${done}"))` : `print(next(g, "${done}"))`,
        o.raises ? "print(next(g))" : `print(next(g, "${done}"))`,
      ),
    );
    return {
      title: "next() with a default on a finished generator",
      code: prog({}),
      distractors: [
        mut("py.generator-position", prog({ restarts: true })),
        mut("py.next-default", prog({ raises: true })),
        val("py.next-default", `${a}\n${b}\n${b}\n${done}`),
        val("py.next-default", `${a}\n${b}\n${done}`),
      ],
      trap: `next(g, "${done}")`,
      explanation: `\`next(g, "${done}")\` is the trap: after ${a} and ${b} the generator is exhausted, and instead of raising StopIteration next returns the default, every time it is asked again. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "calling-a-generator-function", "easy", (rng) => {
    const k = rng.int(3, 5);
    const fn = rng.pick(["squares", "powers", "grow", "make"]);
    const word = rng.pick(["start", "begin", "go", "run"]);
    const prog = flagged((o: { runsAtCall?: boolean; makesList?: boolean; inclusive?: boolean }) =>
      py(
        `def ${fn}(n):`,
        `    print("${word}")`,
        `    for i in range(${o.inclusive ? "n + 1" : "n"}):`,
        "        yield i * i",
        "",
        o.runsAtCall
          ? `g = ${fn}(${k}); print("${word}")`
          : o.makesList
            ? `g = list(${fn}(${k}))`
            : `g = ${fn}(${k})`,
        "print(type(g).__name__)",
        "print(list(g))",
      ),
    );
    return {
      title: "What calling a generator function returns",
      code: prog({}),
      distractors: [
        mut("py.gen-call-returns-generator", prog({ runsAtCall: true })),
        mut("py.gen-call-returns-generator", prog({ makesList: true })),
        mut("py.range-exclusive", prog({ inclusive: true })),
        mut("py.gen-call-returns-generator", prog({ runsAtCall: true, inclusive: true })),
      ],
      trap: `g = ${fn}(${k})`,
      explanation: `\`g = ${fn}(${k})\` is the trap: because the body contains \`yield\`, the call only creates a generator object; nothing in the body runs yet, so "${word}" is printed later, when \`list(g)\` runs the body. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "len-of-a-generator", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = [
      ...distinctInts(rng, 2, 0, 20).map((v) => v * 2),
      ...distinctInts(rng, 3, 0, 20).map((v) => v * 2 + 1),
    ];
    const nums = rng.shuffle(xs);
    const prog = flagged((o: { listFirst?: boolean; asList?: boolean }) =>
      py(
        `${name} = ${pyList(nums)}`,
        o.asList
          ? `evens = [x for x in ${name} if x % 2 == 0]`
          : `evens = (x for x in ${name} if x % 2 == 0)`,
        "try:",
        o.listFirst ? "    print(len(list(evens)))" : "    print(len(evens))",
        "except TypeError as e:",
        "    print(type(e).__name__)",
        "print(list(evens))",
      ),
    );
    return {
      title: "len() on a generator expression",
      code: prog({}),
      distractors: [
        mut("py.gen-no-len", prog({ listFirst: true })),
        mut("py.gen-no-len", prog({ asList: true })),
        val("py.gen-no-len", "TypeError\n[]"),
      ],
      trap: "len(evens)",
      explanation: `\`len(evens)\` is the trap: \`evens\` is a generator (round brackets), which has no length, so len raises TypeError before pulling any value; the generator is still untouched, so \`list(evens)\` then gets every even number. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "return-inside-a-generator", "medium", (rng) => {
    const xs = distinctInts(rng, 6, 1, 50);
    const stop = xs[rng.int(2, 4)]!;
    const end = -rng.int(1, 9);
    const fn = rng.pick(["take_until", "up_to", "before", "until_stop"]);
    const prog = flagged((o: { breaks?: boolean; yieldsStop?: boolean; skips?: boolean }) =>
      py(
        `def ${fn}(items, stop):`,
        "    for x in items:",
        "        if x == stop:",
        o.breaks
          ? "            break"
          : o.yieldsStop
            ? "            yield x; return"
            : o.skips
              ? "            continue"
              : "            return",
        "        yield x",
        `    yield ${end}`,
        "",
        `print(list(${fn}(${pyList(xs)}, ${stop})))`,
      ),
    );
    return {
      title: "return in the middle of a generator",
      code: prog({}),
      distractors: [
        mut("py.return-stops-generator", prog({ breaks: true })),
        mut("py.return-stops-generator", prog({ yieldsStop: true })),
        mut("py.return-stops-generator", prog({ skips: true })),
      ],
      trap: "return",
      explanation: `The bare \`return\` is the trap: reaching ${stop} ends the generator at once, so neither ${stop} nor anything after it is yielded, and the \`yield ${end}\` after the loop never runs (a \`break\` would have reached it). Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "two-generators-one-function", "medium", (rng) => {
    const start = rng.int(1, 30);
    const step = rng.int(2, 9);
    const fn = rng.pick(["counter", "ticker", "ids", "sequence"]);
    const [g1, g2] = rng.pick([
      ["a", "b"],
      ["first", "second"],
      ["left", "right"],
    ] as const);
    const prog = flagged((o: { shared?: boolean }) =>
      py(
        `def ${fn}(n):`,
        "    while True:",
        "        yield n",
        `        n += ${step}`,
        "",
        `${g1} = ${fn}(${start})`,
        o.shared ? `${g2} = ${g1}` : `${g2} = ${fn}(${start})`,
        `print(next(${g1}), next(${g1}))`,
        `print(next(${g2}), next(${g1}))`,
      ),
    );
    return {
      title: "Two generators from one generator function",
      code: prog({}),
      distractors: [
        mut("py.generators-independent", prog({ shared: true })),
        val("py.generator-position", `${start} ${start}\n${start} ${start}`),
        val("py.generators-independent", `${start} ${start + step}\n${start + step} ${start + 2 * step}`),
      ],
      trap: `${g2} = ${fn}(${start})`,
      explanation: `\`${g2} = ${fn}(${start})\` is the trap: each call creates a NEW generator with its own \`n\`, so \`${g2}\` starts at ${start} no matter how far \`${g1}\` has gone, and \`${g1}\` carries on from its own position. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "islice-then-next", "medium", (rng) => {
    const start = rng.int(1, 20);
    const step = rng.int(2, 6);
    const k = rng.int(2, 4);
    const fn = rng.pick(["naturals", "steps", "ticks", "numbers"]);
    const prog = flagged((o: { restarts?: boolean; inclusive?: boolean }) =>
      py(
        "from itertools import islice",
        "",
        `def ${fn}(n):`,
        "    while True:",
        "        yield n",
        `        n += ${step}`,
        "",
        `g = ${fn}(${start})`,
        `first = list(islice(g, ${o.inclusive ? k + 1 : k}))`,
        o.restarts ? `print(first, next(${fn}(${start})))` : "print(first, next(g))",
      ),
    );
    const taken = Array.from({ length: k }, (_, i) => start + i * step);
    return {
      title: "islice on an endless generator, then next()",
      code: prog({}),
      distractors: [
        mut("py.islice-consumes", prog({ restarts: true })),
        mut("py.islice-count", prog({ inclusive: true })),
        val("py.islice-consumes", `${pyList(taken)} ${start}`),
        val("py.islice-consumes", `${pyList(taken)} ${start + (k - 1) * step}`),
      ],
      trap: `islice(g, ${k})`,
      explanation: `\`islice(g, ${k})\` is the trap: it pulls its ${k} items from \`g\` itself, so the generator has moved on, and \`next(g)\` gives the item right after them, ${start + k * step}. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "finally-in-a-paused-generator", "hard", (rng) => {
    const k = rng.int(1, 3);
    const fn = rng.pick(["reader", "lines", "rows", "feed"]);
    const msg = rng.pick(["closed", "cleanup", "released"]);
    const prog = flagged((o: { restarts?: boolean }) =>
      py(
        `def ${fn}():`,
        "    try:",
        "        for i in range(5):",
        "            yield i",
        "    finally:",
        `        print("${msg}")`,
        "",
        `g = ${fn}()`,
        "for x in g:",
        `    if x == ${k}:`,
        "        break",
        'print("after loop", x)',
        "g.close()",
        o.restarts ? `print(next(${fn}(), "none"))` : 'print(next(g, "none"))',
      ),
    );
    return {
      title: "A generator's finally block and break",
      code: prog({}),
      distractors: [
        val("py.gen-finally-on-close", `${msg}\nafter loop ${k}\nnone`),
        mut("py.generator-position", prog({ restarts: true })),
        val("py.gen-finally-on-close", `after loop ${k}\nnone`),
        val("py.gen-finally-on-close", `after loop ${k}\n${k + 1}`),
      ],
      trap: "g.close()",
      explanation: `\`g.close()\` is the trap: \`break\` only stops the loop and leaves the generator paused at its \`yield\` (the \`finally\` has not run yet); close raises GeneratorExit at that \`yield\`, which runs the \`finally\` and prints "${msg}". After that the generator is finished, so next returns the default. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "send-before-the-first-yield", "hard", (rng) => {
    const [a, b] = distinctInts(rng, 2, 1, 99);
    const fn = rng.pick(["echo", "listener", "sink", "receiver"]);
    const prog = flagged((o: { sendNone?: boolean }) =>
      py(
        `def ${fn}():`,
        "    while True:",
        "        got = yield",
        '        print("got", got)',
        "",
        `g = ${fn}()`,
        "try:",
        o.sendNone ? "    g.send(None)" : `    g.send(${a})`,
        "except TypeError as e:",
        "    print(type(e).__name__)",
        "next(g)",
        `g.send(${b})`,
      ),
    );
    return {
      title: "send() to a generator that has not started",
      code: prog({}),
      distractors: [
        mut("py.send-needs-priming", prog({ sendNone: true })),
        val("py.send-needs-priming", `got ${a}\ngot None\ngot ${b}`),
        val("py.generator-send", `TypeError\ngot None\ngot ${b}`),
        val("py.send-needs-priming", `got ${a}\ngot ${b}`),
      ],
      trap: `g.send(${a})`,
      explanation: `\`g.send(${a})\` is the trap: the generator has not reached any \`yield\` yet, so there is no paused \`yield\` to receive ${a}, and send raises TypeError. \`next(g)\` then runs to the first \`yield\` (printing nothing), and \`g.send(${b})\` resumes it with got = ${b}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "generator-sharing-an-iterator", "hard", (rng) => {
    const lo = rng.int(1, 30);
    const n = 4;
    const k = rng.int(2, 9);
    const r = `range(${lo}, ${lo + n})`;
    const prog = flagged((o: { ownRange?: boolean; ownNext?: boolean }) =>
      py(
        "def take_and_steal(src):",
        o.ownRange ? `    scaled = (x * ${k} for x in ${r})` : `    scaled = (x * ${k} for x in src)`,
        "    first = next(scaled)",
        o.ownNext ? `    stolen = next(iter(${r}))` : "    stolen = next(src)",
        "    return first, stolen, list(scaled)",
        "",
        `first, stolen, rest = take_and_steal(iter(${r}))`,
        "print(first)",
        "print(stolen)",
        "print(rest)",
      ),
    );
    const tail = (from: number) => pyList(Array.from({ length: lo + n - from }, (_, i) => (from + i) * k));
    return {
      title: "A generator and its source iterator, both read",
      code: prog({}),
      distractors: [
        mut("py.shared-source-iterator", prog({ ownRange: true })),
        mut("py.shared-source-iterator", prog({ ownNext: true })),
        val("py.shared-source-iterator", `${lo * k}\n${lo + 1}\n${tail(lo + 1)}`),
        val("py.generator-position", `${lo * k}\n${lo + 1}\n${tail(lo)}`),
      ],
      trap: "stolen = next(src)",
      explanation: `\`stolen = next(src)\` is the trap: \`scaled\` pulls its items from the same iterator \`src\`. Its first value used ${lo}, so \`next(src)\` takes ${lo + 1}, and that item is gone for \`scaled\` too: the list continues from ${lo + 2}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
