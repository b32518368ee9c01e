import type { ChallengeTemplate, Distractor, Rng } from "../../types";
import { lines, mut, predict, swap, val } from "./helpers";

const T = "numbers-and-floating-point";

interface Quirk {
  expr: string;
  naive: string;
  rule: string;
}

function numberQuirk(rng: Rng): Quirk {
  const n = rng.int(2, 99);
  const unit = rng.pick(["px", "kg", "em", "ms", "%", "cm"]);
  const half = rng.int(1, 9) + 0.5;
  const choices: (() => Quirk)[] = [
    () => ({ expr: `2 ** 53 + 1 === 2 ** 53`, naive: `2 ** 20 + 1 === 2 ** 20`, rule: "js.safe-integer" }),
    () => {
      const k = rng.int(1, 8);
      return { expr: `${k}.005.toFixed(2)`, naive: `${k}.0051.toFixed(2)`, rule: "js.to-fixed" };
    },
    () => ({ expr: `parseInt("${n}${unit}")`, naive: `Number("${n}${unit}")`, rule: "js.parse-int" }),
    () => ({ expr: `parseInt(0.0000005)`, naive: `Math.trunc(0.0000005)`, rule: "js.parse-int" }),
    () => ({ expr: `Number("")`, naive: `parseInt("")`, rule: "js.parse-int" }),
    () => ({ expr: `Math.round(-${half})`, naive: `-Math.round(${half})`, rule: "js.rounding" }),
    () => ({ expr: `0.1 * 3 === 0.3`, naive: `1 * 3 === 3`, rule: "js.float-exact" }),
    () => {
      const k = rng.int(3, 7);
      const m = n % k === 0 ? n + 1 : n;
      return { expr: `-${m} % ${k}`, naive: `(-${m} % ${k} + ${k}) % ${k}`, rule: "js.negative-modulo" };
    },
    () => ({ expr: `${n} / 0`, naive: `${n} * 0`, rule: "js.integer-division" }),
    () => ({ expr: `Number.MAX_SAFE_INTEGER + 2`, naive: `String(9007199254740991n + 2n)`, rule: "js.safe-integer" }),
    () => ({ expr: `0.1 + 0.7`, naive: `(1 + 7) / 10`, rule: "js.float-exact" }),
    () => ({ expr: `Math.min() > Math.max()`, naive: `Math.min(0) > Math.max(0)`, rule: "js.rounding" }),
  ];
  return rng.pick(choices)();
}

export const numbersAndFloatingPointTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "decimal-sum-not-exact", (rng) => {
    let a = 0;
    let b = 0;
    for (let tries = 0; tries < 50; tries++) {
      a = rng.int(1, 99) / rng.pick([10, 100]);
      b = rng.int(1, 99) / rng.pick([10, 100]);
      const exact = Math.round((a + b) * 100) / 100;
      if (a + b !== exact && String(exact).length <= 4) break;
    }
    const exact = Math.round((a + b) * 100) / 100;
    const [x, y] = rng.pick([["price", "tax"], ["a", "b"], ["left", "right"], ["cost", "fee"], ["first", "second"], ["base", "tip"]]);
    const t = rng.pick(["total", "sum", "amount", "result"]);
    const code = lines(
      `const ${x} = ${a};`,
      `const ${y} = ${b};`,
      `const ${t} = ${x} + ${y};`,
      `console.log(${t} === ${exact});`,
      `console.log(${t});`,
      `console.log(${t}.toFixed(2));`,
    );
    return {
      title: "Adding two decimals",
      code,
      distractors: [
        mut("js.float-exact", swap(code, `const ${t} = ${x} + ${y};`, `const ${t} = ${exact};`)),
        mut("js.float-exact", swap(code, `console.log(${t});`, `console.log(Number(${t}.toFixed(2)));`)),
        val("js.float-exact", `true\n${a + b}\n${exact.toFixed(2)}`),
        val("js.to-fixed", `false\n${a + b}\n${a + b}`),
      ],
      explanation: `Neither ${a} nor ${b} is exactly representable in binary floating point, so their sum is ${a + b}, not ${exact}, and \`===\` is false. \`toFixed(2)\` rounds for display and returns a string.`,
    };
  }),

  predict(T, "medium", "division-and-remainder", (rng) => {
    const per = rng.pick([2, 4, 5, 8]);
    let total = rng.int(11, 999);
    if (total % per === 0) total += 1;
    const [t, p] = rng.pick([["total", "perBox"], ["items", "perRow"], ["minutes", "perSlot"], ["cards", "perHand"], ["pages", "perSheet"]]);
    const code = lines(
      `const ${t} = ${total};`,
      `const ${p} = ${per};`,
      `console.log(${t} / ${p}, ${t} % ${p});`,
      `console.log(Math.floor(-${t} / ${p}), -${t} % ${p});`,
    );
    return {
      title: "Division and remainder with negatives",
      code,
      distractors: [
        mut("js.integer-division", swap(code, `console.log(${t} / ${p},`, `console.log(Math.trunc(${t} / ${p}),`)),
        mut("js.negative-modulo", swap(code, `-${t} % ${p});`, `((-${t} % ${p}) + ${p}) % ${p});`)),
        mut("js.rounding", swap(code, `Math.floor(-${t} / ${p})`, `Math.trunc(-${t} / ${p})`)),
        mut("js.integer-division", swap(swap(code, `console.log(${t} / ${p},`, `console.log(Math.trunc(${t} / ${p}),`), `-${t} % ${p});`, `((-${t} % ${p}) + ${p}) % ${p});`)),
      ],
      explanation: `\`/\` never truncates in JavaScript (${total} / ${per} = ${total / per}). \`Math.floor\` rounds towards -Infinity, and \`%\` is a remainder that keeps the sign of the left operand, so \`-${total} % ${per}\` is ${-total % per}.`,
    };
  }),

  predict(T, "hard", "number-quirks", (rng) => {
    const quirks: Quirk[] = [];
    for (let guard = 0; quirks.length < 4 && guard < 100; guard++) {
      const q = numberQuirk(rng);
      if (!quirks.some((x) => x.expr.slice(0, 8) === q.expr.slice(0, 8))) quirks.push(q);
    }
    const code = lines(...quirks.map((q) => `console.log(${q.expr});`));
    const distractors: Distractor[] = quirks.map((q) => mut(q.rule, swap(code, `console.log(${q.expr});`, `console.log(${q.naive});`)));
    distractors.push(mut(quirks[1]!.rule, lines(...quirks.map((q) => `console.log(${q.naive});`))));
    return {
      title: "Number corner cases",
      code,
      distractors,
      explanation:
        "Numbers are IEEE-754 doubles: decimals are approximated, integers are exact only up to 2^53, `toFixed` rounds the stored binary value, `parseInt` reads the string form of its argument up to the first invalid character, and `%` keeps the dividend's sign. Output:\n\n```\n{{output}}\n```",
    };
  }),
];
