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
        mut("py.generator-exhausted", prog({ sumTwice: true })),
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
        mut("py.generator-eager", prog({ startsEarly: true })),
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
        { fragment: `max(${v})`, rule: "py.generator-exhausted" },
        { fragment: `min(${v})`, rule: "py.generator-exhausted" },
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
];
