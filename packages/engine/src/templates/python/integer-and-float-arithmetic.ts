import type { ChallengeTemplate } from "../../types";
import { mut, predict, py } from "./helpers";

const T = "integer-and-float-arithmetic";

export const integerAndFloatArithmeticTemplates: ChallengeTemplate[] = [
  predict(T, "three-divisions", "easy", (rng) => {
    const size = rng.pick([2, 4, 5, 8]);
    const q = rng.int(2, 40);
    const r = rng.int(1, size - 1);
    const total = size * q + r;
    const even = size * rng.int(2, 12);
    const [tv, sv] = rng.pick([["total", "size"], ["items", "per_box"], ["length", "step"], ["pages", "per_day"]] as const);
    const prog = (o: { slashIsInt?: boolean; noPointZero?: boolean; rounds?: boolean }) =>
      py(
        `${tv} = ${total}`,
        `${sv} = ${size}`,
        `print(${tv} ${o.slashIsInt ? "//" : "/"} ${sv})`,
        o.rounds ? `print(round(${tv} / ${sv}), ${tv} % ${sv})` : `print(${tv} // ${sv}, ${tv} % ${sv})`,
        `print(${o.noPointZero ? "int(" : ""}${even} / ${sv}${o.noPointZero ? ")" : ""})`,
      );
    return {
      title: "/, // and %",
      code: prog({}),
      distractors: [
        mut("py.int-division-truncates", prog({ slashIsInt: true })),
        mut("py.true-division-float", prog({ noPointZero: true })),
        mut("py.int-truncation", prog({ rounds: true, noPointZero: true })),
        mut("py.int-division-truncates", prog({ slashIsInt: true, noPointZero: true })),
      ],
      explanation:
        "`/` is true division and always gives a float (even `" +
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
    const [xn, yn] = rng.pick([["x", "y"], ["a", "b"], ["n", "d"], ["num", "den"]] as const);
    const prog = (o: { truncDiv?: boolean; cMod?: boolean; intFloors?: boolean }) =>
      py(
        `${xn} = ${x}`,
        `${yn} = ${y}`,
        `q = ${o.truncDiv ? `int(${xn} / ${yn})` : `${xn} // ${yn}`}`,
        `r = ${o.cMod ? `${xn} - ${yn} * int(${xn} / ${yn})` : `${xn} % ${yn}`}`,
        "print(q, r)",
        `print(${o.intFloors ? `${xn} // ${yn}` : `int(${xn} / ${yn})`})`,
      );
    return {
      title: "// and % with a negative operand",
      code: prog({}),
      distractors: [
        mut("py.floor-div-negative", prog({ truncDiv: true, cMod: true })),
        mut("py.mod-negative", prog({ cMod: true })),
        mut("py.int-truncation", prog({ intFloors: true })),
        mut("py.floor-div-negative", prog({ truncDiv: true })),
      ],
      explanation:
        "`//` rounds toward negative infinity and `%` takes the sign of the divisor (so `x == y * q + r` holds), while `int()` truncates toward zero. Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "float-sum-and-bankers-rounding", "hard", (rng) => {
    const n = rng.pick([3, 8, 9, 10, 11]);
    const k = rng.int(1, 998);
    const v = rng.pick(["total", "acc", "running", "s"]);
    const prog = (o: { exact?: boolean; halfUp?: boolean; roundFloat?: boolean }) =>
      py(
        `${v} = 0.0`,
        `for _ in range(${n}):`,
        `    ${v} += 0.1`,
        o.exact ? `print(round(${v}, 9) == ${n} / 10)` : `print(${v} == ${n} / 10)`,
        o.halfUp
          ? `print(int(${k}.5 + 0.5), int(${k + 1}.5 + 0.5))`
          : o.roundFloat
            ? `print(float(round(${k}.5)), float(round(${k + 1}.5)))`
            : `print(round(${k}.5), round(${k + 1}.5))`,
      );
    return {
      title: "Adding 0.1 and rounding halves",
      code: prog({}),
      distractors: [
        mut("py.float-exact", prog({ exact: true })),
        mut("py.round-half-up", prog({ halfUp: true })),
        mut("py.round-returns-int", prog({ roundFloat: true })),
        mut("py.round-half-up", prog({ halfUp: true, exact: true })),
      ],
      explanation: `0.1 has no exact binary representation, so adding it ${n} times drifts away from ${n / 10}; \`round()\` sends an exact half to the EVEN neighbour and returns an int. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
