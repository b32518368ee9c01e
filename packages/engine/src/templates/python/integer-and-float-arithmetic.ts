import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, distinctInts, fill, fillPrompt, flagged, mut, predict, py } from "./helpers";

const T = "integer-and-float-arithmetic";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const integerAndFloatArithmeticRules: MisconceptionRule[] = [
  {
    id: "py.floor-not-nearest",
    feedback: "Floor division `//` always rounds the quotient down, never to the nearest integer.",
    requires: { all: ["//"] },
  },
  {
    id: "py.repeated-float-add-drifts",
    feedback:
      "Adding `0.1` again and again does not land exactly on the decimal total: each addition rounds to the nearest binary float, so `==` compares two slightly different numbers.",
    requires: { all: ["+=", "0.1", "=="] },
  },
  {
    id: "py.round-stored-binary",
    feedback:
      "`round(x, 2)` rounds the value the float really stores, a little below or above the written decimal, so a 5 in the third decimal place does not always round up.",
    requires: { all: ["round(x, 2)"] },
  },
];

export const integerAndFloatArithmeticTemplates: ChallengeTemplate[] = [
  predict(T, "three-divisions", "easy", (rng) => {
    const size = rng.pick([2, 4, 5, 8]);
    const q = rng.int(2, 40);
    const r = rng.int(1, size - 1);
    const total = size * q + r;
    const even = size * rng.int(2, 12);
    const [tv, sv] = rng.pick([
      ["total", "size"],
      ["items", "per_box"],
      ["length", "step"],
      ["pages", "per_day"],
    ] as const);
    const prog = flagged((o: { slashIsInt?: boolean; noPointZero?: boolean; rounds?: boolean }) =>
      py(
        `${tv} = ${total}`,
        `${sv} = ${size}`,
        `print(${tv} ${o.slashIsInt ? "//" : "/"} ${sv})`,
        o.rounds ? `print(round(${tv} / ${sv}), ${tv} % ${sv})` : `print(${tv} // ${sv}, ${tv} % ${sv})`,
        `print(${o.noPointZero ? "int(" : ""}${even} / ${sv}${o.noPointZero ? ")" : ""})`,
      ),
    );
    return {
      title: "/, // and %",
      code: prog({}),
      distractors: [
        mut("py.int-division-truncates", prog({ slashIsInt: true })),
        mut("py.true-division-float", prog({ noPointZero: true })),
        mut("py.floor-not-nearest", prog({ rounds: true, noPointZero: true })),
        mut("py.int-division-truncates", prog({ slashIsInt: true, noPointZero: true })),
      ],
      trap: `${even} / ${sv}`,
      explanation:
        "`" +
        `${even} / ${sv}` +
        "` is the trap: `/` is true division and always gives a float (even `" +
        `${even} / ${size}` +
        "` prints with `.0`); `//` gives the floored integer quotient and `%` the remainder. Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "floor-division-with-negatives", "medium", (rng) => {
    const b = rng.int(3, 9);
    const b2 = b + rng.int(0, 3);
    let a = rng.int(11, 400);
    if (a % b2 === 0) a += 1;
    const negDivisor = rng.bool();
    const [x, y] = negDivisor ? [a, -b2] : [-a, b2];
    const [xn, yn] = rng.pick([
      ["x", "y"],
      ["a", "b"],
      ["n", "d"],
      ["num", "den"],
    ] as const);
    const prog = flagged((o: { truncDiv?: boolean; cMod?: boolean; intFloors?: boolean }) =>
      py(
        `${xn} = ${x}`,
        `${yn} = ${y}`,
        `q = ${o.truncDiv ? `int(${xn} / ${yn})` : `${xn} // ${yn}`}`,
        `r = ${o.cMod ? `${xn} - ${yn} * int(${xn} / ${yn})` : `${xn} % ${yn}`}`,
        "print(q, r)",
        `print(${o.intFloors ? `${xn} // ${yn}` : `int(${xn} / ${yn})`})`,
      ),
    );
    return {
      title: "// and % with a negative operand",
      code: prog({}),
      distractors: [
        mut("py.floor-div-negative", prog({ truncDiv: true, cMod: true })),
        mut("py.floor-div-negative", prog({ cMod: true })),
        mut("py.int-truncation", prog({ intFloors: true })),
        mut("py.floor-div-negative", prog({ truncDiv: true })),
      ],
      trap: `${xn} // ${yn}`,
      explanation:
        `\`${xn} // ${yn}\` is the trap: with a negative operand ` +
        "`//` rounds toward negative infinity and `%` takes the sign of the divisor (so `x == y * q + r` holds), while `int()` truncates toward zero. Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "float-sum-and-bankers-rounding", "hard", (rng) => {
    const n = rng.pick([3, 8, 9, 10, 11]);
    const k = rng.int(1, 998);
    const fn = rng.pick(["total_of", "add_tenths", "accumulate", "running_sum"]);
    const prog = flagged((o: { exact?: boolean; halfUp?: boolean; roundFloat?: boolean }) =>
      py(
        `def ${fn}(n):`,
        "    total = 0.0",
        "    for _ in range(n):",
        "        total += 0.1",
        "    return total",
        "",
        `result = ${fn}(${n})`,
        o.exact ? `print(round(result, 9) == ${n} / 10)` : `print(result == ${n} / 10)`,
        o.halfUp
          ? `print(int(${k}.5 + 0.5), int(${k + 1}.5 + 0.5))`
          : o.roundFloat
            ? `print(float(round(${k}.5)), float(round(${k + 1}.5)))`
            : `print(round(${k}.5), round(${k + 1}.5))`,
      ),
    );
    return {
      title: "Adding 0.1 and rounding halves",
      code: prog({}),
      distractors: [
        mut("py.repeated-float-add-drifts", prog({ exact: true })),
        mut("py.round-half-up", prog({ halfUp: true })),
        mut("py.round-half-up", prog({ roundFloat: true })),
        mut("py.round-half-up", prog({ halfUp: true, exact: true })),
      ],
      trap: "total += 0.1",
      explanation: `\`total += 0.1\` is the trap: 0.1 has no exact binary representation, so adding it ${n} times drifts away from ${n / 10}; \`round()\` sends an exact half to the EVEN neighbour and returns an int. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "choose-the-operator", "easy", (rng) => {
    let a = 0;
    let b = 0;
    for (let attempt = 0; attempt < 50; attempt++) {
      a = rng.int(20, 199);
      b = rng.int(3, 12);
      const q = Math.floor(a / b);
      if (a % b !== 0 && a % b !== q && q !== a * b) break;
    }
    const ops = ["//", "%", "/", "*"];
    const answer = rng.pick(["//", "%", "/"]);
    const rules: Record<string, string> = {
      "//": "py.mod-vs-floordiv",
      "%": "py.mod-vs-floordiv",
      "/": "py.true-division-float",
      "*": "py.operator-precedence",
    };
    const [xn, yn] = rng.pick([
      ["a", "b"],
      ["total", "size"],
      ["minutes", "per_hour"],
      ["cookies", "kids"],
      ["x", "y"],
      ["pages", "per_day"],
    ] as const);
    return {
      title: "Which operator?",
      prompt: fillPrompt("operator"),
      code: py(`${xn} = ${a}`, `${yn} = ${b}`, `result = ${xn} ${BLANK} ${yn}`, "print(result)"),
      answer,
      wrong: ops.filter((o) => o !== answer).map((fragment) => ({ fragment, rule: rules[fragment]! })),
      trap: answer,
      explanation: `The blank needs \`${answer}\`, read off the target's form: \`/\` gives the exact quotient as a float (${a} / ${b}), \`//\` the floored integer quotient (${Math.floor(a / b)}), and \`%\` the remainder (${a % b}).`,
    };
  }),

  predict(T, "precedence-and-power", "medium", (rng) => {
    const x = rng.int(2, 12);
    const base = rng.pick([2, 3]);
    const [p, q, r] = distinctInts(rng, 3, 2, 9);
    const k = rng.int(2, 7);
    const xn = rng.pick(["x", "n", "v", "z"]);
    const prog = flagged((o: { negFirst?: boolean; leftPow?: boolean; addFirst?: boolean }) =>
      py(
        `def calc(${xn}):`,
        `    a = ${o.negFirst ? `(-${xn}) ** 2` : `-${xn} ** 2`}`,
        `    b = ${o.leftPow ? `(${base} ** 3) ** 2` : `${base} ** 3 ** 2`} // ${k}`,
        `    c = ${o.addFirst ? `(${p} + ${q}) * ${r}` : `${p} + ${q} * ${r}`} - ${xn}`,
        "    return a, b, c",
        "",
        `for value in calc(${x}):`,
        "    print(value)",
      ),
    );
    return {
      title: "Operator precedence and **",
      code: prog({}),
      distractors: [
        mut("py.operator-precedence", prog({ negFirst: true })),
        mut("py.operator-precedence", prog({ leftPow: true })),
        mut("py.operator-precedence", prog({ addFirst: true })),
        mut("py.operator-precedence", prog({ leftPow: true, negFirst: true })),
      ],
      trap: `-${xn} ** 2`,
      explanation: `\`-${xn} ** 2\` is the first trap: \`**\` binds tighter than unary minus (so \`-${xn} ** 2\` is \`-(${xn} ** 2)\`) and groups right to left (\`${base} ** 3 ** 2\` is \`${base} ** 9\`); \`*\` happens before \`+\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "bools-chains-and-floats", "hard", (rng) => {
    const fn = rng.pick(["check", "inspect", "audit", "evaluate"]);
    const cases = [0, 1].map(() => {
      const votes = Array.from({ length: rng.int(3, 5) }, () => rng.bool());
      if (!votes.includes(true)) votes[0] = true;
      const a = rng.int(2, 40);
      const b = a + rng.int(1, 20);
      const c = b + rng.int(1, 20);
      return { votes, low: a, mid: c, high: b, k: rng.pick([3, 6, 7]) };
    });
    const prog = flagged((o: { countAll?: boolean; leftChain?: boolean; exact?: boolean }) =>
      py(
        `def ${fn}(votes, low, mid, high, k):`,
        o.countAll ? "    count = len(votes)" : "    count = sum(votes)",
        o.leftChain ? "    ordered = (low < mid) < high" : "    ordered = low < mid < high",
        o.exact ? "    exact = round(0.1 * k, 9) == k / 10" : "    exact = 0.1 * k == k / 10",
        "    return count, ordered, exact",
        "",
        "cases = [",
        ...cases.map(
          (c) =>
            `    ([${c.votes.map((x) => (x ? "True" : "False")).join(", ")}], ${c.low}, ${c.mid}, ${c.high}, ${c.k}),`,
        ),
        "]",
        "for case in cases:",
        `    print(*${fn}(*case))`,
      ),
    );
    return {
      title: "Booleans as numbers, chained comparisons, float equality",
      code: prog({}),
      distractors: [
        mut("py.bool-is-int", prog({ countAll: true })),
        mut("py.operator-precedence", prog({ leftChain: true })),
        mut("py.float-exact", prog({ exact: true })),
        mut("py.operator-precedence", prog({ leftChain: true, exact: true })),
      ],
      trap: "ordered = low < mid < high",
      explanation:
        "`ordered = low < mid < high` is the trap most miss, next to the others: True counts as 1, so `sum` counts the True values; `low < mid < high` means `low < mid and mid < high` (here the second part is False); and `0.1 * k` is not exactly `k / 10` in binary floating point. Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "int-round-and-str", "easy", (rng) => {
    const whole = rng.int(2, 60);
    const frac = rng.pick([6, 7, 8, 9]);
    const x = `${whole}.${frac}`;
    const [a, b] = [rng.int(10, 99), rng.int(1, 9)];
    const c = rng.int(1, 9);
    const v = rng.pick(["x", "reading", "value", "level"]);
    const prog = flagged((o: { intRounds?: boolean; negFloors?: boolean; strAdds?: boolean }) =>
      py(
        o.negFloors ? "import math" : null,
        `${v} = ${x}`,
        `whole = ${o.intRounds ? `round(${v})` : `int(${v})`}`,
        `print(whole, round(${v}), ${o.negFloors ? `math.floor(-${v})` : `int(-${v})`})`,
        `print(int("${a}") + ${b}, ${o.strAdds ? `${c} + ${b}` : `str(${c}) + "${b}"`})`,
      ),
    );
    return {
      title: "int(), round() and string +",
      code: prog({}),
      distractors: [
        mut("py.int-truncation", prog({ intRounds: true })),
        mut("py.int-truncation", prog({ negFloors: true })),
        mut("py.string-concat", prog({ strAdds: true })),
      ],
      trap: `int(-${v})`,
      explanation: `\`int(-${v})\` is the trap: \`int()\` drops the fractional part (toward zero, also for \`-${x}\`), \`round()\` goes to the nearest integer, and \`+\` on two strings joins them. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "int-round-floor-ceil", "medium", (rng) => {
    const half = rng.pick([0.5, 2.5, 4.5, 6.5]);
    const neg = -(rng.int(1, 9) + rng.pick([0.3, 0.7]));
    const odd = rng.pick([1.5, 3.5, 5.5, 7.5]);
    const pos = rng.int(1, 9) + rng.pick([0.2, 0.4, 0.6]);
    const vals = rng.shuffle([half, neg, odd, pos]).map((x) => Number(x.toFixed(1)));
    const fns: Record<string, string> = {
      int: "py.int-truncation",
      round: "py.round-half-up",
      "math.floor": "py.int-truncation",
      "math.ceil": "py.int-truncation",
    };
    const answer = rng.pick(Object.keys(fns));
    return {
      title: "int, round, floor or ceil?",
      prompt: fillPrompt("function"),
      code: py(
        "import math",
        "",
        "def convert(values):",
        `    return [${BLANK}(v) for v in values]`,
        "",
        `print(convert([${vals.join(", ")}]))`,
      ),
      answer,
      wrong: Object.keys(fns)
        .filter((f) => f !== answer)
        .map((fragment) => ({ fragment, rule: fns[fragment]! })),
      trap: answer,
      explanation:
        `The blank needs \`${answer}\`: the negative value and the exact halves in the target tell the four apart. ` +
        "`int` truncates toward zero, `math.floor` rounds down, `math.ceil` rounds up, and `round` goes to the nearest integer with exact halves going to the EVEN neighbour.",
    };
  }),

  predict(T, "decimal-looking-floats", "hard", (rng) => {
    // Values whose stored binary float rounds differently from the decimal "round half up" reading.
    const prices = rng.sample(
      [
        "1.005",
        "1.035",
        "1.065",
        "1.095",
        "1.125",
        "1.275",
        "1.305",
        "1.335",
        "1.365",
        "1.525",
        "1.555",
        "1.585",
        "1.615",
        "1.765",
        "1.795",
        "1.825",
        "1.855",
        "2.025",
        "2.085",
        "2.135",
        "2.195",
        "2.255",
        "2.315",
        "2.385",
        "2.445",
        "2.505",
        "2.565",
        "2.625",
        "2.675",
        "2.735",
        "2.795",
        "2.855",
        "2.925",
        "2.985",
        "3.045",
        "3.105",
        "3.155",
        "3.215",
        "3.275",
        "3.335",
        "3.405",
        "3.465",
        "3.525",
        "3.585",
        "3.635",
        "3.695",
        "3.755",
        "3.815",
        "3.885",
        "3.945",
        "4.005",
        "4.055",
        "4.125",
        "4.175",
        "4.225",
        "4.295",
        "4.345",
        "4.425",
        "4.475",
        "4.545",
        "4.595",
        "4.645",
        "4.715",
        "4.765",
        "4.835",
        "4.895",
        "4.965",
        "5.015",
        "5.085",
        "5.135",
        "5.185",
        "5.255",
        "5.305",
        "5.385",
        "5.435",
        "5.505",
        "5.555",
        "5.625",
        "5.675",
        "5.725",
        "5.795",
        "5.845",
        "5.925",
        "5.975",
        "6.045",
        "6.095",
        "6.145",
        "6.215",
        "6.265",
        "6.335",
        "6.395",
        "6.465",
        "6.515",
        "6.585",
        "6.635",
        "6.685",
        "6.755",
        "6.805",
        "6.885",
        "6.935",
        "7.005",
        "7.055",
        "7.125",
        "7.175",
        "7.225",
        "7.295",
        "7.345",
        "7.425",
        "7.475",
        "7.545",
        "7.595",
        "7.645",
        "7.715",
        "7.765",
        "7.835",
        "7.895",
        "7.965",
        "8.055",
        "8.125",
        "8.155",
        "8.225",
        "8.295",
        "8.325",
        "8.405",
        "8.475",
        "8.545",
        "8.575",
        "8.645",
        "8.715",
        "8.745",
        "8.815",
        "8.895",
        "8.965",
        "8.995",
        "9.065",
        "9.135",
        "9.165",
        "9.235",
        "9.305",
        "9.385",
        "9.415",
        "9.485",
        "9.555",
        "9.625",
        "9.655",
        "9.725",
        "9.795",
        "9.825",
        "9.905",
        "9.975",
      ],
      2,
    );
    const [a, b, c] = [rng.pick([0, 2, 4]) + 0.5, rng.pick([1, 3, 5]) + 0.5, rng.pick([6, 8]) + 0.5];
    const fn = rng.pick(["to_cents", "two_places", "money", "tidy"]);
    const prog = flagged((o: { halfUp?: boolean; bankersHalfUp?: boolean }) =>
      py(
        o.halfUp ? "from decimal import Decimal, ROUND_HALF_UP" : null,
        `def ${fn}(x):`,
        o.halfUp
          ? '    return float(Decimal(str(x)).quantize(Decimal("0.01"), ROUND_HALF_UP))'
          : "    return round(x, 2)",
        "",
        `for price in (${prices.join(", ")}):`,
        o.halfUp
          ? `    print(${fn}(price), f"{${fn}(price):.2f}")`
          : `    print(${fn}(price), f"{price:.2f}")`,
        o.bankersHalfUp
          ? `print(int(${a} + 0.5) + int(${b} + 0.5) + int(${c} + 0.5))`
          : `print(round(${a}) + round(${b}) + round(${c}))`,
      ),
    );
    return {
      title: "Rounding floats that look like decimals",
      code: prog({}),
      distractors: [
        mut("py.round-stored-binary", prog({ halfUp: true })),
        mut("py.round-half-up", prog({ bankersHalfUp: true })),
        mut("py.float-exact", prog({ halfUp: true, bankersHalfUp: true })),
      ],
      trap: "    return round(x, 2)".trim(),
      explanation: `\`return round(x, 2)\` is the trap: a literal like \`${prices[0]}\` is stored as the nearest binary float, which sits slightly below or above the written value, so rounding to 2 places follows that stored value rather than "round half up"; exact halves like ${a} go to the even neighbour. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
