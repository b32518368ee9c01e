import type { ChallengeTemplate } from "../../types";
import { LIST_NAMES, distinctInts, mut, predict, py, pyList, val } from "./helpers";

const T = "generators";

export const generatorsTemplates: ChallengeTemplate[] = [
  predict(T, "next-then-sum", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 5, 1, 20);
    const k = rng.int(2, 5);
    const gen = `(n * ${k} for n in ${name})`;
    const prog = (o: { sumAll?: boolean; restart?: boolean; sumTwice?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        `gen = ${gen}`,
        o.restart ? `print(next(${gen}))` : "print(next(gen))",
        o.restart ? `print(next(${gen}))` : "print(next(gen))",
        o.sumAll ? `print(sum(${gen}))` : "print(sum(gen))",
        o.sumAll ? `print(sum(${gen}))` : o.sumTwice ? `print(sum(${name}[2:]) * ${k})` : "print(sum(gen))",
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
      explanation:
        "A generator remembers its position: the two `next()` calls consume the first two values, the first `sum()` adds what is left, and the second finds the generator exhausted (0). Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "lazy-body", "medium", (rng) => {
    const fn = rng.pick(["numbers", "produce", "feed", "stream"]);
    const [a, b] = distinctInts(rng, 2, 1, 50);
    const created = rng.pick(["created", "ready", "made"]);
    const prog = (o: { eager?: boolean; startsEarly?: boolean; runsToEnd?: boolean }) =>
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
        "total = next(gen) + next(gen)",
        o.runsToEnd && "next(gen, None)",
        "print(total)",
      );
    return {
      title: "When does a generator's body run?",
      code: prog({}),
      distractors: [
        mut("py.generator-eager", prog({ eager: true })),
        mut("py.generator-eager", prog({ startsEarly: true })),
        mut("py.generator-pauses", prog({ runsToEnd: true })),
      ],
      explanation: `Calling \`${fn}()\` runs none of its body; each \`next()\` runs it up to the next \`yield\` and pauses there, so \`"end"\` is never reached. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "yield-from-return-value", "hard", (rng) => {
    const [a, b, c, d] = distinctInts(rng, 4, 1, 40);
    const inner = rng.pick(["inner", "child", "source", "sub"]);
    const outer = rng.pick(["outer", "parent", "wrapper", "main_gen"]);
    const prog = (o: { yieldsReturn?: boolean; resultIsLast?: boolean }) =>
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
      explanation: `\`yield from\` passes ${a} and ${b} through one at a time, and evaluates to the inner generator's \`return\` value (${c}), which is never yielded itself. Output: \`{{output}}\`.`,
    };
  }),
];
