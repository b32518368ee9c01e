import type { ChallengeTemplate } from "../../types";
import { LIST_NAMES, distinctInts, mut, predict, py, pyList } from "./helpers";

const T = "comprehensions";

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
    const prog = (o: Parameters<typeof comp>[0]) => py(`${name} = ${pyList(xs)}`, `big = ${comp(o)}`, "print(big)", "print(len(big))");
    return {
      title: "A comprehension with a filter",
      code: prog({}),
      distractors: [
        mut("py.comp-filter-vs-map", prog({ mapInstead: true })),
        mut("py.comp-filter-original", prog({ filterResult: true })),
        mut("py.off-by-one", prog({ ge: true })),
        mut("py.comp-filter-vs-map", prog({ mapInstead: true, ge: true })),
      ],
      explanation: `The trailing \`if x > ${t}\` tests each ORIGINAL item and drops the ones that fail; only the kept items are multiplied by ${k}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "nested-for-clauses", "medium", (rng) => {
    const [l1, shared, r1, r2] = distinctInts(rng, 4, 1, 9);
    const left = rng.shuffle([l1!, shared!]);
    const right = rng.shuffle([shared!, r1!, r2!]);
    const lv = rng.pick(["x", "a", "i"]);
    const rv = lv === "x" ? "y" : lv === "a" ? "b" : "j";
    const prog = (o: { swap?: boolean; nested?: boolean; mapped?: boolean }) => {
      const body = `${lv} * 10 + ${rv}`;
      const comp = o.nested
        ? `[[${body} for ${rv} in right if ${lv} != ${rv}] for ${lv} in left]`
        : o.swap
          ? `[${body} for ${rv} in right for ${lv} in left if ${lv} != ${rv}]`
          : o.mapped
            ? `[${body} if ${lv} != ${rv} else 0 for ${lv} in left for ${rv} in right]`
            : `[${body} for ${lv} in left for ${rv} in right if ${lv} != ${rv}]`;
      return py(`left = ${pyList(left)}`, `right = ${pyList(right)}`, `codes = ${comp}`, "print(codes)");
    };
    return {
      title: "Two for clauses in one comprehension",
      code: prog({}),
      distractors: [
        mut("py.nested-comp-order", prog({ swap: true })),
        mut("py.nested-comp-order", prog({ nested: true })),
        mut("py.comp-filter-vs-map", prog({ mapped: true })),
      ],
      explanation: `The \`for\` clauses nest left to right: \`for ${lv} in left\` is the OUTER loop and \`for ${rv} in right\` the inner one, giving one flat list; the \`if\` drops pairs with equal values. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "lambdas-built-in-a-comprehension", "hard", (rng) => {
    const v = rng.pick(["x", "i", "n", "k"]);
    const init = rng.int(100, 999);
    const k = rng.int(2, 9);
    const n = rng.int(3, 5);
    const prog = (o: { early?: boolean; leak?: boolean }) => {
      const lam = o.early ? `lambda ${v}=${v}: ${v} * ${k}` : `lambda: ${v} * ${k}`;
      return py(
        `${v} = ${init}`,
        o.leak ? `funcs = []\nfor ${v} in range(${n}):\n    funcs.append(${lam})` : `funcs = [${lam} for ${v} in range(${n})]`,
        "print([f() for f in funcs])",
        `print(${v})`,
      );
    };
    return {
      title: "Lambdas created in a comprehension",
      code: prog({}),
      distractors: [
        mut("py.late-binding-closure", prog({ early: true })),
        mut("py.comp-var-leak", prog({ leak: true })),
        mut("py.late-binding-closure", prog({ early: true, leak: true })),
      ],
      explanation: `Each lambda looks up \`${v}\` when it is CALLED, inside the comprehension's own scope, where the loop left it at ${n - 1}; that scope is separate, so the outer \`${v}\` stays ${init}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
