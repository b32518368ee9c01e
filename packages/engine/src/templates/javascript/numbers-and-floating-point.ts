import type { ChallengeTemplate, Distractor, Rng, MisconceptionRule } from "../../types";
import { BLANK, checksProgram, distinctInts, fill, lines, mut, predict, swap, val } from "./helpers";

const T = "numbers-and-floating-point";

interface Quirk {
  expr: string;
  naive: string;
  rule: string;
  /** Why it prints what it does (one clause, markdown). */
  why: string;
}

function numberQuirk(rng: Rng): Quirk {
  const n = rng.int(2, 99);
  const unit = rng.pick(["px", "kg", "em", "ms", "%", "cm"]);
  const half = rng.int(1, 9) + 0.5;
  const choices: (() => Quirk)[] = [
    () => ({
      expr: `2 ** 53 + 1 === 2 ** 53`,
      naive: `2 ** 20 + 1 === 2 ** 20`,
      rule: "js.safe-integer",
      why: "above 2^53 a double cannot hold every integer, so adding 1 rounds back",
    }),
    () => {
      const k = rng.int(1, 8);
      return {
        expr: `${k}.005.toFixed(2)`,
        naive: `${k}.0051.toFixed(2)`,
        rule: "js.to-fixed",
        why: `the stored value of ${k}.005 lies just below the half, so it rounds down`,
      };
    },
    () => ({
      expr: `parseInt("${n}${unit}")`,
      naive: `Number("${n}${unit}")`,
      rule: "js.parse-int",
      why: "parseInt stops at the first character that is not a digit",
    }),
    () => ({
      expr: `parseInt(0.0000005)`,
      naive: `Math.trunc(0.0000005)`,
      rule: "js.parse-int",
      why: 'parseInt reads the string form of the number, "5e-7", and stops at the "e"',
    }),
    () => ({
      expr: `Number("")`,
      naive: `parseInt("")`,
      rule: "js.parse-int",
      why: "an empty string converts to 0",
    }),
    () => ({
      expr: `Math.round(-${half})`,
      naive: `-Math.round(${half})`,
      rule: "js.rounding",
      why: "a half rounds towards +Infinity, so a negative half rounds up towards zero",
    }),
    () => ({
      expr: `0.1 * 3 === 0.3`,
      naive: `1 * 3 === 3`,
      rule: "js.float-exact",
      why: "0.1 is stored approximately, so three of it is 0.30000000000000004",
    }),
    () => {
      const k = rng.int(3, 7);
      const m = n % k === 0 ? n + 1 : n;
      return {
        expr: `-${m} % ${k}`,
        naive: `(-${m} % ${k} + ${k}) % ${k}`,
        rule: "js.negative-modulo",
        why: "the remainder keeps the sign of the left operand",
      };
    },
    () => ({
      expr: `${n} / 0`,
      naive: `${n} * 0`,
      rule: "js.integer-division",
      why: "dividing a non-zero number by 0 gives Infinity rather than an error",
    }),
    () => ({
      expr: `Number.MAX_SAFE_INTEGER + 2`,
      naive: `String(9007199254740991n + 2n)`,
      rule: "js.safe-integer",
      why: "the exact sum is odd and past 2^53, so it rounds to an even neighbour",
    }),
    () => ({
      expr: `0.1 + 0.7`,
      naive: `(1 + 7) / 10`,
      rule: "js.float-exact",
      why: "both decimals are approximations, and their sum is 0.7999999999999999",
    }),
    () => {
      const e = rng.int(2, 3);
      return {
        expr: `2 ** 3 ** ${e}`,
        naive: `(2 ** 3) ** ${e}`,
        rule: "js.operator-precedence",
        why: `\`**\` groups from the right, so this is 2 ** (3 ** ${e})`,
      };
    },
    () => ({
      expr: `Math.min() > Math.max()`,
      naive: `Math.min(0) > Math.max(0)`,
      rule: "js.rounding",
      why: "with no arguments Math.min() is Infinity and Math.max() is -Infinity",
    }),
  ];
  return rng.pick(choices)();
}

/** Two different offsets past MAX_SAFE_INTEGER; the first is even, so its exact sum is odd and must round. */
function distinct2(rng: Rng): [number, number] {
  const k1 = rng.int(1, 10) * 2;
  let k2 = rng.int(1, 20);
  if (k2 === k1) k2 = k1 - 1;
  return [k1, k2];
}

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
const ROUNDING_RULE: Record<string, string> = {
  "Math.floor": "js.floor-negative",
  "Math.ceil": "js.ceil-up",
  "Math.trunc": "js.trunc-towards-zero",
  "Math.round": "js.rounding",
};

export const numbersAndFloatingPointRules: MisconceptionRule[] = [
  {
    id: "js.round-gives-number",
    feedback:
      "`Math.round` returns a number, and a number prints without trailing zeros after the point, so a final zero is not shown, and its type is number, not string.",
    requires: { all: ["Math.round"] },
  },
  {
    id: "js.to-precision",
    feedback:
      "`toPrecision` counts significant digits in the whole number, not digits after the decimal point.",
    requires: { all: ["toPrecision"] },
  },
  {
    id: "js.one-number-type",
    feedback:
      "JavaScript has a single number type: a literal written with .0 is the same value as the integer and prints without the decimal point.",
    requires: { all: ["Number.isInteger"] },
  },
  {
    id: "js.float-drift",
    feedback:
      "Adding 0.1 again and again drifts: the running total lands just below the round number, so a `<` test runs one extra time.",
    requires: { all: ["0.1", "<"] },
  },
  {
    id: "js.float-equality",
    feedback:
      "`toFixed` only rounds for display; `===` compares the exact stored value, which misses the round number by a tiny error.",
    requires: { all: ["===", "toFixed"] },
  },
  {
    id: "js.bitwise-int32",
    feedback:
      "Bitwise operators first convert to a 32-bit signed integer: the fraction is dropped (towards zero) and values past 2^31 wrap around.",
    requires: { any: ["|", "~"] },
  },
  {
    id: "js.tofixed-string-plus",
    feedback: "`toFixed` returns a STRING, so `+` with it concatenates the digits instead of adding.",
    requires: { all: ["toFixed", "+"] },
  },
  {
    id: "js.tofixed-pads",
    feedback:
      "`toFixed(2)` always writes exactly two decimals, padding with zeros, so the string ends in 0 here.",
    requires: { all: ["toFixed"] },
  },
  {
    id: "js.number-converts-back",
    feedback:
      "`Number` turns the string back into a number, so that `+` really adds (and drops trailing zeros).",
    requires: { all: ["Number", "+"] },
  },
  {
    id: "js.scaled-rounding",
    feedback:
      "Multiplying by 100 does not make a decimal exact: a value stored just below its half lands just below .5 and rounds down.",
    requires: { all: ["Math.round", "*"] },
  },
  {
    id: "js.bigint-rules",
    feedback:
      "BigInt division truncates (there are no fractions), and a BigInt can't be mixed with a Number in arithmetic, though `==` compares them by value.",
    requires: { all: ["BigInt", "=="] },
  },
  {
    id: "js.round-half-up",
    feedback:
      "`Math.round` sends an exact half UP, towards +Infinity, so a positive half rounds away from zero but a negative half rounds towards it.",
    requires: { all: ["Math.round"] },
  },
  {
    id: "js.max-needs-spread",
    feedback:
      "`Math.max` takes numbers as separate arguments; an array passed whole is converted to a number, which is NaN unless it has exactly one item.",
    requires: { all: ["Math.max"] },
  },
  {
    id: "js.nan-poisons-min-max",
    feedback: "A NaN among the arguments makes `Math.min` and `Math.max` return NaN.",
    requires: { all: ["NaN", "Math.min"] },
  },
  {
    id: "js.max-of-nothing-number",
    feedback:
      "`Math.max` with no arguments is -Infinity; the extra 0 is what gives an empty spread a real maximum.",
    requires: { all: ["Math.max"] },
  },
  {
    id: "js.radix",
    feedback:
      "toString and parseInt take a radix to convert between bases; with no radix, parseInt still reads a 0x prefix as hex but stops at the b of 0b.",
    requires: { all: ["toString", "parseInt"] },
  },
  {
    id: "js.floor-negative",
    feedback:
      "`Math.floor` always rounds DOWN, towards -Infinity, so a negative number moves away from zero.",
    requires: { all: ["Math.floor"] },
  },
  {
    id: "js.ceil-up",
    feedback: "`Math.ceil` always rounds UP, towards +Infinity, so a negative number moves towards zero.",
    requires: { all: ["Math.ceil"] },
  },
  {
    id: "js.trunc-towards-zero",
    feedback: "`Math.trunc` just drops the fraction, so it rounds towards zero on both sides.",
    requires: { all: ["Math.trunc"] },
  },
  {
    id: "js.grouping-changes-rounding",
    feedback:
      "Each floating-point addition rounds its own result, so grouping the same three numbers differently can give a different sum.",
    requires: { all: ["+", "("] },
  },
  {
    id: "js.odd-past-max-safe",
    feedback:
      "Past Number.MAX_SAFE_INTEGER only even integers can be stored, so adding an odd offset rounds to an even neighbour and different sums can come out equal.",
    requires: { all: ["MAX_SAFE_INTEGER"] },
  },
];

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
    const [x, y] = rng.pick([
      ["price", "tax"],
      ["a", "b"],
      ["left", "right"],
      ["cost", "fee"],
      ["first", "second"],
      ["base", "tip"],
    ]);
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
        mut(
          "js.float-exact",
          swap(code, `console.log(${t} === ${exact});`, `console.log(Math.abs(${t} - ${exact}) < 1e-9);`),
        ),
        mut(
          "js.to-fixed",
          swap(code, `console.log(${t}.toFixed(2));`, `console.log(Number(${t}.toFixed(2)));`),
        ),
      ],
      explanation: `\`${t} === ${exact}\` compares the exact stored sum, and neither ${a} nor ${b} is exactly representable in binary floating point, so their sum is ${a + b}, not ${exact}, and the comparison is false. \`toFixed(2)\` rounds for display and returns a string, which is why only the last line shows ${exact.toFixed(2)}.`,
      trap: `${t} === ${exact}`,
    };
  }),

  predict(T, "medium", "division-and-remainder", (rng) => {
    const per = rng.pick([2, 4, 5, 8]);
    let total = rng.int(11, 999);
    if (total % per === 0) total += 1;
    const [t, p] = rng.pick([
      ["total", "perBox"],
      ["items", "perRow"],
      ["minutes", "perSlot"],
      ["cards", "perHand"],
      ["pages", "perSheet"],
    ]);
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
        mut(
          "js.integer-division",
          swap(code, `console.log(${t} / ${p},`, `console.log(Math.trunc(${t} / ${p}),`),
        ),
        mut("js.negative-modulo", swap(code, `-${t} % ${p});`, `((-${t} % ${p}) + ${p}) % ${p});`)),
        mut("js.rounding", swap(code, `Math.floor(-${t} / ${p})`, `Math.trunc(-${t} / ${p})`)),
        mut(
          "js.negative-modulo",
          swap(
            swap(code, `console.log(${t} / ${p},`, `console.log(Math.trunc(${t} / ${p}),`),
            `-${t} % ${p});`,
            `((-${t} % ${p}) + ${p}) % ${p});`,
          ),
        ),
      ],
      explanation: `\`/\` never truncates in JavaScript (${total} / ${per} = ${total / per}), and \`Math.floor\` rounds towards -Infinity. The trap is \`-${t} % ${p}\`: \`%\` is a remainder that keeps the sign of the left operand, not a modulo, so it is ${-total % per}, not ${per - (total % per)}.`,
      trap: `-${t} % ${p}`,
    };
  }),

  predict(T, "hard", "number-quirks", (rng) => {
    const quirks: Quirk[] = [];
    for (let guard = 0; quirks.length < 4 && guard < 100; guard++) {
      const q = numberQuirk(rng);
      if (!quirks.some((x) => x.expr.slice(0, 8) === q.expr.slice(0, 8))) quirks.push(q);
    }
    const code = checksProgram(quirks.map((q) => q.expr));
    const distractors: Distractor[] = quirks.map((q) =>
      mut(q.rule, checksProgram(quirks.map((x) => (x === q ? x.naive : x.expr)))),
    );
    distractors.push(mut(quirks[1]!.rule, checksProgram(quirks.map((q) => q.naive))));
    return {
      title: "Number corner cases",
      code,
      distractors,
      explanation:
        "Numbers are IEEE-754 doubles, and each line hides one corner case:\n\n" +
        quirks.map((q) => `- \`${q.expr}\`: ${q.why}.`).join("\n") +
        "\n\nOutput:\n\n```\n{{output}}\n```",
      trap: quirks[0]!.expr,
    };
  }),

  fill(T, "easy", "rounding-functions", (rng) => {
    // Fractions above .5 on both signs make all four functions disagree.
    const x = (rng.int(1, 99) * 10 + rng.int(6, 9)) / 10;
    const y = (rng.int(1, 99) * 10 + rng.int(6, 9)) / 10;
    const [a, b] = rng.pick([
      ["a", "b"],
      ["up", "down"],
      ["gain", "loss"],
      ["credit", "debit"],
      ["north", "south"],
    ]);
    const fns = ["Math.floor", "Math.ceil", "Math.round", "Math.trunc"];
    const answer = rng.pick(fns);
    return {
      title: "floor, ceil, round or trunc?",
      prompt: "Which function makes this program print `{{target}}`?",
      code: lines(
        `const ${a} = ${x};`,
        `const ${b} = -${y};`,
        `const f = ${BLANK};`,
        `console.log(f(${a}), f(${b}));`,
      ),
      answer,
      wrong: fns
        .filter((f) => f !== answer)
        .map((fragment) => ({ fragment, rule: ROUNDING_RULE[fragment] ?? "js.rounding" })),
      explanation: `\`${answer}\` is the one that fits both values, because the four functions only disagree on negative numbers and fractions: \`Math.floor\` always rounds down (towards -Infinity), \`Math.ceil\` always up, \`Math.trunc\` drops the fraction (towards zero), and \`Math.round\` goes to the nearest integer.`,
      trap: answer,
    };
  }),

  predict(T, "medium", "number-versus-parseint", (rng) => {
    const v = rng.pick(["fields", "inputs", "raw", "cells", "answers"]);
    const n1 = rng.int(2, 99);
    const unit = rng.pick(["px", "kg", "em", "cm", "ms"]);
    const dec = `${rng.int(1, 9)}.${rng.int(1, 9)}`;
    const pool = [
      `"${n1}${unit}"`,
      `"${dec}"`,
      `""`,
      `" ${rng.int(1, 9)} "`,
      `"${rng.int(1, 9)}e${rng.int(1, 3)}"`,
    ];
    const items = rng.sample(pool, 4);
    const sep = rng.pick([" | ", ", ", " ", " / "]);
    const code = lines(
      `const ${v} = [${items.join(", ")}];`,
      `const byNumber = ${v}.map((s) => Number(s));`,
      `const byParse = ${v}.map((s) => parseInt(s));`,
      `console.log(byNumber.join("${sep}"));`,
      `console.log(byParse.join("${sep}"));`,
    );
    return {
      title: "Number() versus parseInt()",
      code,
      distractors: [
        mut("js.parse-int", swap(code, "(s) => Number(s)", "(s) => parseInt(s)")),
        mut("js.parse-int", swap(code, "(s) => parseInt(s)", "(s) => Number(s)")),
        mut(
          "js.parse-int",
          swap(
            swap(code, "(s) => Number(s)", "(s) => parseFloat(s)"),
            "(s) => parseInt(s)",
            "(s) => parseFloat(s)",
          ),
        ),
        mut("js.parse-int", swap(code, "(s) => parseInt(s)", "(s) => Number(s.trim() || NaN)")),
      ],
      explanation:
        '`Number()` converts the WHOLE string (ignoring surrounding spaces): any stray character gives NaN, and an empty string gives 0. `(s) => parseInt(s)` behaves differently: parseInt reads leading digits and stops at the first non-digit, so "12px" gives 12, "3.5" gives 3, "2e3" gives 2 and "" gives NaN.',
      trap: "(s) => parseInt(s)",
    };
  }),

  predict(T, "hard", "beyond-safe-integers", (rng) => {
    const [k1, k2] = distinct2(rng);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["next", "after"],
      ["id1", "id2"],
      ["left", "right"],
      ["x", "y"],
    ]);
    const big = rng.pick(["big", "max", "limit", "top", "n"]);
    const digits = rng.int(3, 5);
    const setup = (base: string, plus: (k: number) => string) => [
      `const ${big} = ${base};`,
      `const ${a} = ${plus(k1)};`,
      `const ${b} = ${plus(k2)};`,
    ];
    const exprs = [
      `${a} === ${b}`,
      `String(${a}).slice(-${digits})`,
      `String(${b}).slice(-${digits})`,
      `Number.isSafeInteger(${big})`,
      `Number.isSafeInteger(${a})`,
    ];
    const code = checksProgram(
      exprs,
      setup("Number.MAX_SAFE_INTEGER", (k) => `${big} + ${k}`),
    );
    const asBig = setup("Number.MAX_SAFE_INTEGER", (k) => `BigInt(${big}) + ${k}n`);
    return {
      title: "Past Number.MAX_SAFE_INTEGER",
      code,
      distractors: [
        mut(
          "js.safe-integer",
          checksProgram(
            exprs.map((e) => e.replace(`Number.isSafeInteger(${a})`, `Number.isSafeInteger(Number(${a}))`)),
            asBig,
          ),
        ),
        mut(
          "js.safe-integer",
          checksProgram(
            exprs.map((e) => e.replace(`Number.isSafeInteger(${a})`, "true")),
            asBig,
          ),
        ),
        mut(
          "js.odd-past-max-safe",
          checksProgram(
            exprs,
            setup("2 ** 40 - 1", (k) => `${big} + ${k}`),
          ),
        ),
        mut(
          "js.safe-integer",
          checksProgram(
            exprs.map((e) => e.replace(`${a} === ${b}`, `${k1} === ${k2}`)),
            setup("Number.MAX_SAFE_INTEGER", (k) => `${big} + ${k}`),
          ),
        ),
      ],
      explanation: `\`${a} === ${b}\` compares ${big} + ${k1} with ${big} + ${k2}, and above 2^53 - 1 (Number.MAX_SAFE_INTEGER) doubles can only represent even integers, so odd results round to a neighbouring even one (ties to even). Sums that should differ can therefore compare equal, and none of them count as "safe".`,
      trap: `${a} === ${b}`,
    };
  }),

  predict(T, "easy", "dividing-by-zero", (rng) => {
    const n = rng.int(1, 999);
    const [a, b] = rng.pick([
      ["total", "count"],
      ["sum", "items"],
      ["distance", "time"],
      ["budget", "people"],
      ["score", "rounds"],
    ]);
    const code = lines(
      `const ${a} = ${n};`,
      `const ${b} = 0;`,
      `console.log(${a} / ${b}, -${a} / ${b}, 0 / ${b});`,
      `const avg = 0 / ${b};`,
      `console.log(avg === NaN, Number.isNaN(avg));`,
    );
    return {
      title: "Dividing by zero",
      code,
      distractors: [
        mut("js.nan-equality", swap(code, "avg === NaN", "Number.isNaN(avg)")),
        mut("js.divide-by-zero", swap(code, `-${a} / ${b}`, `Math.abs(-${a}) / ${b}`)),
        val("js.divide-by-zero", `NaN NaN NaN\nfalse true`),
        mut("js.divide-by-zero", swap(code, `0 / ${b});`, `${b} / 1);`)),
        val("js.divide-by-zero", `Infinity -Infinity Infinity\nfalse false`),
      ],
      explanation:
        "Floating-point division by zero doesn't throw: a positive number gives Infinity, a negative one -Infinity, and 0 / 0 is NaN. The trap is `avg === NaN`: NaN never equals anything (not even NaN), so it is false even though `avg` is NaN; only `Number.isNaN` detects it.",
      trap: "avg === NaN",
    };
  }),

  fill(T, "medium", "format-two-decimals", (rng) => {
    const whole = rng.int(1, 99);
    const cents = rng.int(0, 8);
    const third = rng.int(5, 9);
    const price = `${whole}.${cents}9${third}`;
    const v = rng.pick(["price", "total", "amount", "cost", "fee"]);
    return {
      title: "Showing exactly two decimals",
      prompt: "Which expression makes this program print `{{target}}`?",
      code: lines(
        `const ${v} = ${price};`,
        `const shown = ${BLANK};`,
        "console.log(`[${shown}]`);",
        `console.log(typeof shown);`,
      ),
      answer: `${v}.toFixed(2)`,
      wrong: [
        { fragment: `Math.round(${v} * 100) / 100`, rule: "js.round-gives-number" },
        { fragment: `Math.floor(${v} * 100) / 100`, rule: "js.rounding" },
        { fragment: `${v}.toPrecision(2)`, rule: "js.to-precision" },
        { fragment: `Math.trunc(${v}).toFixed(2)`, rule: "js.rounding" },
      ],
      explanation: `\`${v}.toFixed(2)\` rounds to two decimals and returns a STRING that always shows both digits, which is what the brackets and \`typeof shown\` reveal. \`Math.round(${v} * 100) / 100\` rounds too but gives a number, which prints without trailing zeros; \`toPrecision\` counts significant digits, not decimals.`,
      trap: `${v}.toFixed(2)`,
    };
  }),

  predict(T, "hard", "addition-is-not-associative", (rng) => {
    let a = 0.1;
    let b = 0.2;
    let c = 0.3;
    for (let tries = 0; tries < 200; tries++) {
      a = rng.int(1, 99) / rng.pick([10, 100]);
      b = rng.int(1, 99) / rng.pick([10, 100]);
      c = rng.int(1, 99) / rng.pick([10, 100]);
      const sum = Math.round((a + b + c) * 100) / 100;
      // Exactly one grouping lands on the decimal result, which keeps the options readable.
      if (a + b + c !== a + (b + c) && (a + b + c === sum) !== (a + (b + c) === sum)) break;
    }
    const [x, y, z] = rng.pick([
      ["a", "b", "c"],
      ["p", "q", "r"],
      ["tax", "tip", "fee"],
      ["x", "y", "z"],
      ["first", "second", "third"],
    ]);
    const left = a + b + c;
    const right = a + (b + c);
    const exact = Math.round((a + b + c) * 100) / 100;
    const inexact = left !== exact ? left : right;
    const setup = [`const ${x} = ${a};`, `const ${y} = ${b};`, `const ${z} = ${c};`];
    const L = `(${x} + ${y}) + ${z}`;
    const R = `${x} + (${y} + ${z})`;
    const code = checksProgram([`${L} === ${R}`, L, R], setup);
    const round = (e: string) => `Math.round((${e}) * 100) / 100`;
    return {
      title: "Does the grouping of a sum matter?",
      code,
      distractors: [
        mut("js.float-exact", checksProgram([`${round(L)} === ${round(R)}`, round(L), round(R)], setup)),
        mut("js.grouping-changes-rounding", checksProgram([`${R} === ${L}`, R, L], setup)),
        val("js.float-exact", `true\n${inexact}\n${inexact}`),
        mut("js.float-exact", checksProgram([`Math.abs(${L} - (${R})) < 1e-9`, L, R], setup)),
      ],
      explanation: `\`${L} === ${R}\` is false because each floating-point addition rounds its result, so adding in a different order rounds at different points: here \`(${x} + ${y}) + ${z}\` is ${left} but \`${x} + (${y} + ${z})\` is ${right}. Compare floats with a tolerance, not \`===\`.`,
      trap: `${L} === ${R}`,
    };
  }),

  predict(T, "easy", "five-point-zero-is-five", (rng) => {
    const n = rng.int(1, 49) * 2 + 1;
    const [a, b] = rng.pick([
      ["a", "b"],
      ["price", "cost"],
      ["whole", "exact"],
      ["x", "y"],
    ]);
    const code = lines(
      `const ${a} = ${n}.0;`,
      `const ${b} = ${n};`,
      `console.log(${a} === ${b}, Number.isInteger(${a}));`,
      `console.log(String(${a}), ${a} / 2);`,
    );
    return {
      title: "Is a number with .0 a float?",
      code,
      distractors: [
        mut("js.one-number-type", swap(code, `String(${a}),`, `${a}.toFixed(1),`)),
        mut("js.integer-division", swap(code, `${a} / 2);`, `Math.trunc(${a} / 2));`)),
        val("js.one-number-type", `false false\n${n}.0 ${n / 2}`),
        val("js.one-number-type", `true false\n${n} ${n / 2}`),
      ],
      explanation: `\`const ${a} = ${n}.0;\` stores exactly the same number as ${n}: JavaScript has one number type, so there is no separate "float ${n}.0". The two compare equal, \`Number.isInteger\` says true, \`String\` prints "${n}" without the decimal point, and \`/\` still gives ${n / 2}, never an integer division.`,
      trap: `const ${a} = ${n}.0;`,
    };
  }),

  predict(T, "medium", "counting-in-tenths", (rng) => {
    // Only these limits make the running total land just below the limit.
    const limit = rng.pick([1, 5]);
    let x = 0;
    let steps = 0;
    while (x < limit) {
      x += 0.1;
      steps++;
    }
    const [v, s] = rng.pick([
      ["x", "steps"],
      ["level", "ticks"],
      ["total", "rounds"],
      ["t", "count"],
    ]);
    const code = lines(
      `let ${v} = 0;`,
      `let ${s} = 0;`,
      `while (${v} < ${limit}) {`,
      `  ${v} += 0.1;`,
      `  ${s}++;`,
      `}`,
      `console.log(${s}, ${v} === ${limit});`,
      `console.log(${v}.toFixed(2));`,
    );
    return {
      title: "Stepping by 0.1 up to a whole number",
      code,
      distractors: [
        mut("js.float-drift", swap(code, `  ${v} += 0.1;`, `  ${v} = Math.round((${v} + 0.1) * 10) / 10;`)),
        mut("js.float-drift", swap(code, `while (${v} < ${limit})`, `while (${v} < ${limit} - 1e-9)`)),
        val("js.float-equality", `${steps} true\n${x.toFixed(2)}`),
        val("js.float-equality", `${limit * 10 + 1} false\n${x}`),
      ],
      explanation: `\`${v} += 0.1\` adds an approximation of 0.1 each time, and the small errors add up: after ${limit * 10} steps the total is ${(() => {
        let y = 0;
        for (let i = 0; i < limit * 10; i++) y += 0.1;
        return y;
      })()}, just below ${limit}, so \`${v} < ${limit}\` is still true and the loop runs once more. It ends after ${steps} steps with ${v} = ${x}, which is not \`=== ${limit}\`.`,
      trap: `${v} < ${limit}`,
    };
  }),

  predict(T, "hard", "bitwise-truncation", (rng) => {
    const a = rng.int(2, 40);
    const d = rng.int(5, 9);
    const b = rng.int(2, 40);
    const e = rng.int(5, 9);
    const k = rng.int(1, 9);
    const exprs = [`${a}.${d} | 0`, `~~-${b}.${e}`, `2 ** 31 | 0`, `2 ** 32 + ${k} | 0`];
    const naive = [`Math.round(${a}.${d})`, `Math.floor(-${b}.${e})`, `2 ** 31`, `2 ** 32 + ${k}`];
    const code = checksProgram(exprs);
    const variant = (i: number) => checksProgram(exprs.map((x, j) => (j === i ? naive[j]! : x)));
    return {
      title: "Bitwise operators on big and fractional numbers",
      code,
      distractors: [
        mut("js.bitwise-int32", variant(0)),
        mut("js.bitwise-int32", variant(1)),
        mut("js.bitwise-int32", variant(2)),
        mut("js.safe-integer", variant(3)),
        mut("js.bitwise-int32", checksProgram(naive)),
      ],
      explanation: `\`|\` and \`~\` first convert their operands to 32-bit signed integers. That drops the fraction towards zero (${a}.${d} becomes ${a}, and \`~~-${b}.${e}\` is -${b}, not -${b + 1}). The trap is \`2 ** 31 | 0\`: 2^31 does not fit in a signed 32-bit integer, so it wraps around to -2147483648, and 2^32 + ${k} wraps all the way round to ${k}.`,
      trap: "2 ** 31 | 0",
    };
  }),

  predict(T, "easy", "adding-to-a-tofixed-result", (rng) => {
    const whole = rng.int(1, 20);
    const tenth = rng.int(1, 9);
    const add = rng.int(1, 9);
    const v = rng.pick(["price", "weight", "score", "rate"]);
    const s = rng.pick(["shown", "label", "text", "display"]);
    const code = lines(
      `const ${v} = ${whole}.${tenth};`,
      `const ${s} = ${v}.toFixed(2);`,
      `console.log(${s} + ${add});`,
      `console.log(Number(${s}) + ${add});`,
    );
    const sum = Math.round((whole + tenth / 10 + add) * 10) / 10;
    return {
      title: "Adding a number to toFixed's result",
      code,
      distractors: [
        mut(
          "js.tofixed-string-plus",
          swap(code, `console.log(${s} + ${add});`, `console.log(Number(${s}) + ${add});`),
        ),
        mut(
          "js.number-converts-back",
          swap(code, `console.log(Number(${s}) + ${add});`, `console.log(${s} + ${add});`),
        ),
        mut("js.tofixed-pads", swap(code, `${v}.toFixed(2);`, `String(${v});`)),
        val("js.tofixed-string-plus", `NaN\n${sum}`),
      ],
      explanation: `\`${s} + ${add}\` looks like an addition, but \`toFixed(2)\` returned the STRING "${whole}.${tenth}0", so \`+\` concatenates and prints ${whole}.${tenth}0${add}. \`Number(${s})\` converts it back first, so the second line really adds: ${sum}.`,
      trap: `${s} + ${add}`,
    };
  }),

  predict(T, "medium", "rounding-to-cents-by-scaling", (rng) => {
    const x = rng.pick(["0.145", "1.005", "1.015", "1.025", "1.035"]);
    const v = rng.pick(["amount", "price", "fee", "rate"]);
    const exact = (Math.round(Number(x.slice(0, -1)) * 100) + 1) / 100;
    const code = lines(
      `const ${v} = ${x};`,
      `console.log(${v} * 100);`,
      `console.log(Math.round(${v} * 100) / 100);`,
      `console.log(Math.round((${v} + Number.EPSILON) * 100) / 100);`,
    );
    const scaled = Number(x) * 100;
    return {
      title: "Rounding to cents with Math.round(x * 100) / 100",
      code,
      distractors: [
        val("js.scaled-rounding", `${Math.round(Number(x) * 1000) / 10}\n${exact}\n${exact}`),
        mut(
          "js.scaled-rounding",
          swap(
            code,
            `console.log(Math.round(${v} * 100) / 100);`,
            `console.log(Math.round((${v} + Number.EPSILON) * 100) / 100);`,
          ),
        ),
        mut(
          "js.rounding",
          swap(
            code,
            `console.log(Math.round(${v} * 100) / 100);`,
            `console.log(Math.ceil(${v} * 100) / 100);`,
          ),
        ),
        val("js.float-exact", `${Math.round(Number(x) * 1000) / 10}\n${Math.round(scaled) / 100}\n${exact}`),
      ],
      explanation: `${x} has no exact binary form and is stored just below itself, so \`${v} * 100\` is ${scaled}, just under the half. \`Math.round(${v} * 100) / 100\` therefore rounds DOWN to ${Math.round(scaled) / 100}. Nudging the value up by \`Number.EPSILON\` first is enough to push it over the half, giving ${exact}.`,
      trap: `Math.round(${v} * 100) / 100`,
    };
  }),

  predict(T, "hard", "bigint-arithmetic-rules", (rng) => {
    const a = rng.int(7, 40);
    let b = rng.int(2, 6);
    while (a % b === 0) b += 1;
    const c = rng.int(2, 9);
    const exprs = [
      `BigInt(${a}) / ${b}n`,
      `-${a}n / ${b}n`,
      `${a}n + ${c}`,
      `${c}n == ${c}`,
      `${c}n === ${c}`,
      `typeof BigInt(${c})`,
    ];
    const code = checksProgram(exprs);
    const variant = (i: number, e: string) => checksProgram(exprs.map((x, j) => (j === i ? e : x)));
    return {
      title: "BigInt division, mixing and equality",
      code,
      distractors: [
        mut("js.bigint-rules", variant(0, `${a} / ${b}`)),
        mut("js.bigint-rules", variant(1, `BigInt(Math.floor(-${a} / ${b}))`)),
        mut("js.bigint-rules", variant(2, `${a}n + BigInt(${c})`)),
        mut("js.bigint-rules", variant(4, `${c}n == ${c}`)),
        mut("js.typeof-null", variant(5, `typeof ${c}`)),
      ],
      explanation: `BigInts have no fractions: \`BigInt(${a}) / ${b}n\` truncates to ${Math.trunc(a / b)}n, and towards zero for negatives (-${Math.trunc(a / b)}n). The trap is \`${a}n + ${c}\`: a BigInt and a Number can't be mixed in arithmetic, so it throws a TypeError, while \`==\` does compare them by value (true) and \`===\` sees two different types (false).`,
      trap: `${a}n + ${c}`,
    };
  }),

  predict(T, "easy", "math-round-on-halves", (rng) => {
    const [a, b, c] = distinctInts(rng, 3, 1, 9);
    const v = rng.pick(["values", "marks", "readings", "levels"]);
    const code = lines(
      `const ${v} = [${a}.5, -${b}.5, -${c}.6];`,
      `const rounded = ${v}.map(Math.round);`,
      `console.log(rounded.join(" "));`,
      `console.log(${v}.map(Math.trunc).join(" "));`,
    );
    return {
      title: "Math.round on positive and negative halves",
      code,
      distractors: [
        mut(
          "js.round-half-up",
          swap(code, `${v}.map(Math.round)`, `${v}.map((x) => Math.sign(x) * Math.round(Math.abs(x)))`),
        ),
        mut("js.rounding", swap(code, `${v}.map(Math.trunc)`, `${v}.map(Math.floor)`)),
        val(
          "js.round-half-up",
          `${a % 2 === 0 ? a : a + 1} -${b % 2 === 0 ? b : b + 1} -${c + 1}\n${a} -${b} -${c}`,
        ),
        mut("js.round-half-up", swap(code, `${v}.map(Math.round)`, `${v}.map(Math.floor)`)),
      ],
      explanation: `\`${v}.map(Math.round)\` rounds an exact half UP, towards +Infinity, not away from zero: ${a}.5 becomes ${a + 1}, but -${b}.5 becomes -${b}. Only -${c}.6, past the half, goes to -${c + 1}. \`Math.trunc\` just drops the fraction.`,
      trap: `${v}.map(Math.round)`,
    };
  }),

  predict(T, "medium", "max-and-min-with-arrays-and-nan", (rng) => {
    const v = rng.pick(["nums", "scores", "sizes", "temps"]);
    const items = distinctInts(rng, 3, 1, 50);
    const one = rng.int(1, 99);
    const setup = [`const ${v} = [${items.join(", ")}];`];
    const exprs = [
      `Math.max(${v})`,
      `Math.max(...${v})`,
      `Math.max([${one}])`,
      `Math.min(${items[0]}, NaN)`,
      `Math.max(...[], 0)`,
    ];
    const code = checksProgram(exprs, setup);
    const variant = (i: number, e: string) =>
      checksProgram(
        exprs.map((x, j) => (j === i ? e : x)),
        setup,
      );
    return {
      title: "Math.max with an array, a spread and NaN",
      code,
      distractors: [
        mut("js.max-needs-spread", variant(0, `Math.max(...${v})`)),
        val("js.max-needs-spread", `NaN\n${Math.max(...items)}\nNaN\nNaN\n0`),
        mut("js.nan-poisons-min-max", variant(3, `Math.min(${items[0]})`)),
        mut("js.max-of-nothing-number", variant(4, `Math.max(...[])`)),
      ],
      explanation: `\`Math.max(${v})\` passes the whole array as ONE argument, which is converted to a number: "${items.join(",")}" is not a number, so the result is NaN. A one-item array converts to its item, which is why \`Math.max([${one}])\` works by accident. Spreading passes the items separately, a NaN argument makes the result NaN, and with only 0 the maximum is 0.`,
      trap: `Math.max(${v})`,
    };
  }),

  predict(T, "hard", "bases-with-tostring-and-parseint", (rng) => {
    const n = rng.int(20, 255);
    const hex = n.toString(16);
    const bits = rng.int(5, 15).toString(2);
    const h2 = rng.int(16, 99).toString(16).toUpperCase();
    const exprs = [
      `(${n}).toString(16)`,
      `parseInt("${hex}", 16)`,
      `parseInt("0x${h2}")`,
      `Number("0b${bits}")`,
      `parseInt("0b${bits}")`,
      `parseInt("${bits}", 2)`,
    ];
    const naive = [
      `String(${n})`,
      `parseInt("${hex}")`,
      `parseInt("0x${h2}", 10)`,
      `parseInt("0b${bits}")`,
      `Number("0b${bits}")`,
      `Number("${bits}")`,
    ];
    const code = checksProgram(exprs);
    const variant = (i: number) => checksProgram(exprs.map((x, j) => (j === i ? naive[j]! : x)));
    return {
      title: "Changing bases with toString and parseInt",
      code,
      distractors: [
        mut("js.radix", variant(0)),
        mut("js.radix", variant(1)),
        mut("js.radix", variant(2)),
        mut("js.parse-int", variant(3)),
        mut("js.parse-int", variant(4)),
        mut("js.radix", variant(5)),
      ],
      explanation: `\`toString(16)\` writes ${n} in hex ("${hex}") and \`parseInt(s, radix)\` reads it back. The trap is \`parseInt("0x${h2}")\`: with no radix, parseInt recognises the 0x prefix and reads hex (${parseInt(h2, 16)}), but it has no such rule for 0b, so \`parseInt("0b${bits}")\` stops at the "b" and gives 0, while \`Number\` understands 0b and gives ${parseInt(bits, 2)}.`,
      trap: `parseInt("0x${h2}")`,
    };
  }),
];
