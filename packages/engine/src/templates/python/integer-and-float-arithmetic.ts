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
      "`round(x, 2)` rounds the value the float really stores, a little below or above the written decimal, so a value that looks exactly half-way does not always round up.",
    requires: { all: ["round(x, 2)"] },
  },
  {
    id: "py.float-contagion",
    feedback:
      "Once a float is in an expression the result is a float, even when its value is whole: multiplying it by an int or adding an int does not turn it back into an int.",
    requires: { all: ["/"] },
  },
  {
    id: "py.mod-keeps-last-digits",
    feedback:
      "`% 100` is the remainder after dividing by 100, so it keeps the last two digits; picking out a single digit takes a floor division first.",
    requires: { all: ["%", "100"] },
  },
  {
    id: "py.last-digit-mod-ten",
    feedback:
      "`% 10` is the remainder after dividing by 10, the last digit, and `// 10` is the quotient, the number with that digit dropped.",
    requires: { all: ["% 10", "// 10"] },
  },
  {
    id: "py.caret-is-xor",
    feedback: "`^` is bitwise XOR in Python, not a power: it sets the bits where the two numbers differ.",
    requires: { all: ["^"] },
  },
  {
    id: "py.star-multiplies-once",
    feedback:
      "A single star multiplies once; the power operator is the double star, which multiplies the base by itself as many times as the exponent says.",
    requires: { all: ["*"] },
  },
  {
    id: "py.shift-left-doubles",
    feedback:
      "`<<` shifts the bits to the left: each step doubles the number, so it multiplies by a power of two instead of raising to a power.",
    requires: { all: ["<<"] },
  },
  {
    id: "py.round-negative-digits",
    feedback:
      "A negative digits argument rounds to the left of the point: -2 rounds to the nearest hundred, and rounding an int this way still gives an int.",
    requires: { all: ["round", "-"] },
  },
  {
    id: "py.round-half-even-digits",
    feedback:
      "With a digits argument round still sends an exact half to the even neighbour: an exact half past an even hundred goes down, past an odd one it goes up.",
    requires: { all: ["round", "-"] },
  },
  {
    id: "py.percent-star-left-to-right",
    feedback:
      "`%` and `*` have the same precedence and group left to right: the remainder is taken first and then multiplied.",
    requires: { all: ["%", "*"] },
  },
  {
    id: "py.augmented-whole-rhs",
    feedback:
      "An augmented assignment works out its whole right side first and only then combines it with the variable, so the operator applies to the sum, not to its first term.",
    requires: { any: ["*=", "//=", "-=", "/=", "%="] },
  },
  {
    id: "py.ceil-division",
    feedback:
      "Adding 1 to a floored quotient rounds up only when there is a remainder: for an exact division it gives one too many.",
    requires: { all: ["//", "+ 1"] },
  },
  {
    id: "py.round-nearest-not-up",
    feedback:
      "round goes to the NEAREST integer, so a quotient with a small fraction is rounded down, not up.",
    requires: { all: ["round", "/"] },
  },
  {
    id: "py.int-of-float-product",
    feedback:
      "A product such as the price times 100 is computed in binary and can land a hair below the whole number it looks like; int() then cuts it down to the integer below.",
    requires: { all: ["int(", "* 100"] },
  },
  {
    id: "py.invert-is-negative",
    feedback:
      "`~` on a Python int gives minus the number minus one, a negative value: ints have no fixed width, so it is not just the low bits flipped.",
    requires: { all: ["~"] },
  },
  {
    id: "py.shift-floors-negative",
    feedback:
      "`>>` by one is floor division by 2, so a negative odd number goes down to the next more negative integer instead of toward zero.",
    requires: { all: [">>", "-"] },
  },
  {
    id: "py.bitand-vs-and",
    feedback:
      "`&` combines two ints bit by bit; the keyword and returns one of its operands whole, the second one when the first is truthy.",
    requires: { all: ["&"] },
  },
  {
    id: "py.same-precedence-left-to-right",
    feedback:
      "`*` and `//` have the same precedence and group left to right: the product is formed first and floor-divided afterwards.",
    requires: { all: ["*", "//"] },
  },
  {
    id: "py.floor-each-step",
    feedback:
      "Floor division inside the loop drops the fraction in every round, so the small losses add up; working in floats and truncating once at the end keeps them.",
    requires: { all: ["//", "for"] },
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
  predict(T, "a-float-stays-a-float", "easy", (rng) => {
    const qty = rng.int(2, 9);
    const each = rng.int(2, 12);
    const price = qty * each;
    const extra = rng.int(1, 9);
    const [pv, qv, ev, tv] = rng.pick([
      ["price", "qty", "each", "total"],
      ["length", "parts", "piece", "size"],
      ["budget", "people", "share", "spent"],
    ] as const);
    const prog = flagged((o: { intDivision?: boolean; backToInt?: boolean; plusFirst?: boolean }) =>
      py(
        `${pv} = ${price}`,
        `${qv} = ${qty}`,
        `${ev} = ${pv} ${o.intDivision ? "//" : "/"} ${qv}`,
        o.backToInt
          ? `${tv} = int(${ev} * ${qv}) + ${extra}`
          : o.plusFirst
            ? `${tv} = ${ev} * (${qv} + ${extra})`
            : `${tv} = ${ev} * ${qv} + ${extra}`,
        `print(${ev}, ${tv})`,
        `print(${pv} // ${qv} * ${qv} + ${extra})`,
      ),
    );
    return {
      title: "A float stays a float",
      code: prog({}),
      distractors: [
        mut("py.true-division-float", prog({ intDivision: true })),
        mut("py.float-contagion", prog({ backToInt: true })),
        mut("py.operator-precedence", prog({ plusFirst: true })),
      ],
      trap: `${ev} = ${pv} / ${qv}`,
      explanation: `\`${ev} = ${pv} / ${qv}\` is the trap: \`/\` always gives a float, ${each}.0 here although ${price} divides evenly, and once a float is in the expression the result stays a float, so \`${ev} * ${qv} + ${extra}\` is ${price + extra}.0. The last line uses \`//\` on ints only, so it prints an int. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "digits-with-percent-and-floor-division", "easy", (rng) => {
    // The last digit is 6 to 9 so rounding n / 10 differs from flooring it, and the tens digit is not 0.
    const n = rng.int(1, 9) * 1000 + rng.int(0, 9) * 100 + rng.int(1, 9) * 10 + rng.int(6, 9);
    const [nv, lv, rv] = rng.pick([
      ["n", "last", "rest"],
      ["number", "ones", "head"],
      ["code", "digit", "prefix"],
      ["year", "unit", "front"],
    ] as const);
    const prog = flagged((o: { swapped?: boolean; hundreds?: boolean; rounds?: boolean }) =>
      py(
        `${nv} = ${n}`,
        `${lv} = ${nv} ${o.swapped ? "//" : "%"} 10`,
        o.rounds ? `${rv} = round(${nv} / 10)` : `${rv} = ${nv} ${o.swapped ? "%" : "//"} 10`,
        `print(${lv}, ${rv}, ${o.hundreds ? `${nv} // 100 % 10` : `${nv} % 100`})`,
      ),
    );
    return {
      title: "Digits with % and //",
      code: prog({}),
      distractors: [
        mut("py.last-digit-mod-ten", prog({ swapped: true })),
        mut("py.mod-keeps-last-digits", prog({ hundreds: true })),
        mut("py.floor-not-nearest", prog({ rounds: true })),
      ],
      trap: `${nv} % 100`,
      explanation: `\`${nv} % 100\` is the trap: it is the remainder after dividing by 100, so it keeps the last two digits, ${n % 100}, not the hundreds digit. In the same way \`${nv} % 10\` is the last digit and \`${nv} // 10\` drops it, rounding down, never to the nearest. Output: \`{{output}}\`.`,
    };
  }),

  fill(T, "which-operator-raises-to-a-power", "easy", (rng) => {
    let side = 3;
    let power = 2;
    // The four operators must give four different results (4 ** 2 and 4 << 2 are both 16).
    for (let attempt = 0; attempt < 50; attempt++) {
      side = rng.int(3, 15);
      power = rng.int(2, 3);
      const results = [side ** power, side ^ power, side * power, side << power];
      if (new Set(results).size === 4) break;
    }
    const [sv, pv, rv] = rng.pick([
      ["side", "power", "result"],
      ["base", "exp", "value"],
      ["x", "n", "y"],
      ["width", "k", "area"],
      ["a", "b", "c"],
      ["num", "times", "out"],
    ] as const);
    return {
      title: "Which operator raises to a power?",
      prompt: fillPrompt("operator"),
      code: py(
        `${sv} = ${side}`,
        `${pv} = ${power}`,
        `${rv} = ${sv} ${BLANK} ${pv}`,
        `print(${rv}, ${rv} - ${sv})`,
      ),
      answer: "**",
      wrong: [
        { fragment: "^", rule: "py.caret-is-xor" },
        { fragment: "*", rule: "py.star-multiplies-once" },
        { fragment: "<<", rule: "py.shift-left-doubles" },
      ],
      trap: "**",
      explanation: `The blank needs \`**\`, the power operator: ${side} ** ${power} is ${Array.from({ length: power }, () => side).join(" * ")}. In Python \`^\` is bitwise XOR, a single \`*\` multiplies once, and \`<<\` shifts bits, doubling ${power} times.`,
    };
  }),
  predict(T, "round-to-the-nearest-hundred", "medium", (rng) => {
    const hundreds = distinctInts(rng, 4, 1, 49);
    const even = hundreds[0]! * 2;
    const odd = hundreds[1]! * 2 + 1;
    // Two exact halves (one rounds down to even, one up) and two values that are not halves, one of
    // them with a remainder above 50 so that flooring and rounding disagree.
    const values = rng.shuffle([
      even * 100 + 50,
      odd * 100 + 50,
      hundreds[2]! * 100 + rng.int(1, 49),
      hundreds[3]! * 100 + rng.int(51, 99),
    ]);
    const v = rng.pick(["values", "amounts", "totals", "sizes"]);
    const prog = flagged(
      (o: { positive?: boolean; nearestFloor?: boolean; halfUp?: boolean; floatResult?: boolean }) =>
        py(
          `${v} = [${values.join(", ")}]`,
          o.positive
            ? `nearest = [round(v, 2) for v in ${v}]`
            : o.halfUp
              ? `nearest = [(v + 50) // 100 * 100 for v in ${v}]`
              : o.floatResult
                ? `nearest = [round(float(v), -2) for v in ${v}]`
                : `nearest = [round(v, -2) for v in ${v}]`,
          o.nearestFloor
            ? `floored = [round(v / 100) * 100 for v in ${v}]`
            : `floored = [v // 100 * 100 for v in ${v}]`,
          "print(nearest)",
          "print(floored)",
        ),
    );
    return {
      title: "Round to the nearest hundred",
      code: prog({}),
      distractors: [
        mut("py.round-negative-digits", prog({ positive: true })),
        mut("py.floor-not-nearest", prog({ nearestFloor: true })),
        mut("py.round-half-even-digits", prog({ halfUp: true })),
        mut("py.round-negative-digits", prog({ floatResult: true })),
      ],
      trap: "round(v, -2)",
      explanation: `\`round(v, -2)\` is the trap: a negative digits argument rounds to the left of the point, to the nearest hundred, and an int stays an int; an exact half such as ${even * 100 + 50} goes to the even hundred, ${even * 100}, while ${odd * 100 + 50} goes up to ${(odd + 1) * 100}. \`v // 100 * 100\` always rounds down. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "augmented-assignment-takes-the-whole-right-side", "medium", (rng) => {
    const x0 = rng.int(2, 9);
    const [p, q] = distinctInts(rng, 2, 1, 5);
    let [m, k, j] = [10, 4, 3];
    // m % k * j must differ from m % (k * j), or the precedence mistake would not show.
    for (let attempt = 0; attempt < 50; attempt++) {
      [m, k, j] = [rng.int(5, 30), rng.int(3, 7), rng.int(2, 4)];
      if ((m % k) * j !== m % (k * j) && (m % k) * j > 0) break;
    }
    const [s, t] = [rng.int(1, 3), rng.int(1, 3)];
    const [xv, av, bv] = rng.pick([
      ["x", "first", "second"],
      ["score", "after_mul", "after_sub"],
      ["n", "a", "b"],
      ["total", "step1", "step2"],
    ] as const);
    const prog = flagged(
      (o: { mulFirst?: boolean; modLast?: boolean; trueDiv?: boolean; divFirst?: boolean }) =>
        py(
          `${xv} = ${x0}`,
          o.mulFirst ? `${xv} = ${xv} * ${p} + ${q}` : `${xv} *= ${p} + ${q}`,
          `${av} = ${xv}`,
          `${xv} -= ${o.modLast ? `${m} % (${k} * ${j})` : `${m} % ${k} * ${j}`}`,
          `${bv} = ${xv}`,
          o.divFirst ? `${xv} = ${xv} // ${s} + ${t}` : `${xv} ${o.trueDiv ? "/=" : "//="} ${s} + ${t}`,
          `print(${av}, ${bv}, ${xv})`,
        ),
    );
    return {
      title: "Augmented assignment takes the whole right side",
      code: prog({}),
      distractors: [
        mut("py.augmented-whole-rhs", prog({ mulFirst: true })),
        mut("py.percent-star-left-to-right", prog({ modLast: true })),
        mut("py.floor-div-float", prog({ trueDiv: true })),
        mut("py.augmented-whole-rhs", prog({ divFirst: true })),
      ],
      trap: `${xv} *= ${p} + ${q}`,
      explanation: `\`${xv} *= ${p} + ${q}\` is the trap: an augmented assignment works out its whole right side first, so ${xv} is multiplied by ${p + q}, not multiplied by ${p} and then increased by ${q}. \`${m} % ${k} * ${j}\` groups left to right, as (${m} % ${k}) * ${j}, and \`//=\` keeps an int. Output: \`{{output}}\`.`,
    };
  }),

  fill(T, "round-a-division-up", "medium", (rng) => {
    const per = rng.int(4, 12);
    const [k1, k2, k3] = distinctInts(rng, 3, 2, 30);
    // One exact multiple, one just above a multiple, one just below the next.
    const counts = rng.shuffle([per * k1!, per * k2! + 1, per * k3! + per - 1]);
    const [fn, iv, pv] = rng.pick([
      ["boxes", "items", "per_box"],
      ["pages", "lines", "per_page"],
      ["trips", "people", "seats"],
      ["batches", "jobs", "size"],
    ] as const);
    const answer = rng.pick([`-(-${iv} // ${pv})`, `(${iv} + ${pv} - 1) // ${pv}`]);
    return {
      title: "Round a division up",
      prompt: fillPrompt("expression"),
      code: py(
        `def ${fn}(${iv}, ${pv}):`,
        `    return ${BLANK}`,
        "",
        `print(${counts.map((c) => `${fn}(${c}, ${per})`).join(", ")})`,
      ),
      answer,
      wrong: [
        { fragment: `${iv} // ${pv} + 1`, rule: "py.ceil-division" },
        { fragment: `round(${iv} / ${pv})`, rule: "py.round-nearest-not-up" },
        { fragment: `${iv} // ${pv}`, rule: "py.floor-not-nearest" },
      ],
      trap: answer,
      explanation: `The blank needs \`${answer}\`: it rounds the quotient up, so ${per * k1!} ${iv} fill exactly ${k1} groups of ${per}, and ${per * k2! + 1} need one group more than ${k2}. Adding 1 to \`${iv} // ${pv}\` is one too many for the exact multiple, and rounding to the nearest integer drops a small remainder.`,
    };
  }),
  predict(T, "cents-from-a-float-price", "hard", (rng) => {
    // Prices whose product with 100 lands just below the whole number of cents, as JS and Python
    // share IEEE doubles: 0.29 * 100 is 28.999999999999996.
    const lossy: string[] = [];
    for (let d = 0; d <= 20; d++)
      for (let c = 1; c <= 99; c++) {
        const lit = `${d}.${String(c).padStart(2, "0")}`;
        if (Math.floor(Number(lit) * 100) !== d * 100 + c) lossy.push(lit);
      }
    const exact = `${rng.int(1, 30)}.${rng.pick(["5", "25", "75"])}`;
    const prices = rng.shuffle([...rng.sample(lossy, 2), exact]);
    const [fn, pv] = rng.pick([
      ["split_price", "price"],
      ["to_parts", "amount"],
      ["dollars_cents", "cost"],
      ["money_parts", "value"],
    ] as const);
    const prog = flagged((o: { rounded?: boolean; swapped?: boolean; trueDiv?: boolean }) =>
      py(
        `def ${fn}(${pv}):`,
        `    cents = ${o.rounded ? `round(${pv} * 100)` : `int(${pv} * 100)`}`,
        o.swapped
          ? "    return cents % 100, cents // 100"
          : `    return cents ${o.trueDiv ? "/" : "//"} 100, cents % 100`,
        "",
        `for p in (${prices.join(", ")}):`,
        `    print(p, *${fn}(p))`,
      ),
    );
    return {
      title: "Cents from a float price",
      code: prog({}),
      distractors: [
        mut("py.int-of-float-product", prog({ rounded: true })),
        mut("py.mod-vs-floordiv", prog({ swapped: true })),
        mut("py.floor-div-float", prog({ trueDiv: true })),
      ],
      trap: `int(${pv} * 100)`,
      explanation: `\`int(${pv} * 100)\` is the trap: \`${pv} * 100\` is computed in binary floating point, and for ${prices.filter((x) => x !== exact).join(" and ")} it lands a hair below the whole number of cents, so \`int()\` cuts it down and a cent is lost; ${exact} is exact in binary and keeps its cents. \`// 100\` and \`% 100\` then split the cents into whole units and the rest. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "bitwise-operators-on-small-ints", "hard", (rng) => {
    const bin = (n: number) => `0b${n.toString(2).padStart(4, "0")}`;
    // Odd values, so shifting their negative right differs from truncating; masks that are not a
    // subset of them, so `and` (which returns the mask) differs from `&`.
    const pair = (): [number, number] => {
      for (;;) {
        const flags = rng.pick([5, 7, 9, 11, 13, 15]);
        const mask = rng.int(1, 15);
        if ((flags & mask) !== mask) return [flags, mask];
      }
    };
    const pairs = [pair(), pair()];
    const [fn, fv, mv] = rng.pick([
      ["describe", "flags", "mask"],
      ["combine", "perms", "want"],
      ["bit_ops", "bits", "keep"],
      ["report", "state", "filter"],
    ] as const);
    const prog = flagged((o: { lowBits?: boolean; truncShift?: boolean; logicalAnd?: boolean }) =>
      py(
        `def ${fn}(${fv}, ${mv}):`,
        `    both = ${fv} ${o.logicalAnd ? "and" : "&"} ${mv}`,
        `    either = ${fv} | ${mv}`,
        `    differ = ${fv} ^ ${mv}`,
        `    return both, either, differ, ${o.lowBits ? `${fv} ^ 0b1111` : `~${fv}`}, ${o.truncShift ? `int(-${fv} / 2)` : `-${fv} >> 1`}`,
        "",
        `for ${fv}, ${mv} in (${pairs.map(([f, m]) => `(${bin(f)}, ${bin(m)})`).join(", ")}):`,
        `    print(*${fn}(${fv}, ${mv}))`,
      ),
    );
    const [f0] = pairs[0]!;
    return {
      title: "Bitwise operators on small ints",
      code: prog({}),
      distractors: [
        mut("py.invert-is-negative", prog({ lowBits: true })),
        mut("py.shift-floors-negative", prog({ truncShift: true })),
        mut("py.bitand-vs-and", prog({ logicalAnd: true })),
      ],
      trap: `~${fv}`,
      explanation: `\`~${fv}\` is the trap: Python ints have no fixed width, so \`~\` gives minus the number minus one (${~f0} for ${f0}), not the four low bits flipped. \`&\`, \`|\` and \`^\` combine the bits of the two numbers, and \`>>\` by one is floor division by 2, so \`-${fv} >> 1\` rounds down (${Math.floor(-f0 / 2)} for ${f0}). Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "growth-floored-every-year", "hard", (rng) => {
    let [start, pct, years] = [1000, 5, 3];
    // The yearly flooring must lose something against the exact growth, and the exact value's
    // fraction must be well above a half, so that int() and round() disagree on it.
    for (let attempt = 0; attempt < 200; attempt++) {
      [start, pct, years] = [rng.int(100, 5000), rng.int(3, 9), rng.int(2, 5)];
      let floored = start;
      for (let y = 0; y < years; y++) floored = Math.floor((floored * (100 + pct)) / 100);
      const exact = start * (1 + pct / 100) ** years;
      const frac = exact - Math.floor(exact);
      if (floored !== Math.floor(exact) && frac > 0.55 && frac < 0.95) break;
    }
    const [fn, av] = rng.pick([
      ["grow", "amount"],
      ["compound", "balance"],
      ["after_years", "value"],
      ["project", "total"],
    ] as const);
    const prog = flagged((o: { groupFirst?: boolean; floorOnce?: boolean; rounds?: boolean }) =>
      py(
        `def ${fn}(${av}, pct, years):`,
        "    for _ in range(years):",
        o.groupFirst
          ? `        ${av} = ${av} * ((100 + pct) // 100)`
          : `        ${av} = ${av} * (100 + pct) ${o.floorOnce ? "/" : "//"} 100`,
        `    return ${o.floorOnce ? `int(${av})` : av}`,
        "",
        `start = ${start}`,
        `print(${fn}(start, ${pct}, ${years}))`,
        `print(${o.rounds ? "round" : "int"}(start * (1 + ${pct} / 100) ** ${years}))`,
      ),
    );
    return {
      title: "Growth floored every year",
      code: prog({}),
      distractors: [
        mut("py.same-precedence-left-to-right", prog({ groupFirst: true })),
        mut("py.floor-each-step", prog({ floorOnce: true })),
        mut("py.int-truncation", prog({ rounds: true })),
      ],
      trap: `${av} * (100 + pct) // 100`,
      explanation: `\`${av} * (100 + pct) // 100\` is the trap: \`*\` and \`//\` have the same precedence and group left to right, so the product is formed first and then floored, and flooring it in every one of the ${years} years drops a fraction each time, so the result ends below the exact growth. The last line computes that growth in floats and \`int()\` truncates it. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
