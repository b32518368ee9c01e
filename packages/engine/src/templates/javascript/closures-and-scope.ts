import type { ChallengeTemplate } from "../../types";
import { lines, mut, predict, swap, val } from "./helpers";

const T = "closures-and-scope";

export const closuresAndScopeTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "counter-factory", (rng) => {
    const f = rng.pick(["makeCounter", "createCounter", "counter", "makeTally", "ticker"]);
    const v = rng.pick(["count", "n", "total", "hits", "clicks"]);
    const [a, b] = rng.pick([["a", "b"], ["first", "second"], ["red", "blue"], ["left", "right"], ["x", "y"]]);
    const start = rng.int(0, 20);
    const step = rng.int(1, 5);
    const calls = rng.int(1, 3);
    const code = lines(
      `function ${f}() {`,
      `  let ${v} = ${start};`,
      `  return () => (${v} += ${step});`,
      `}`,
      `const ${a} = ${f}();`,
      `const ${b} = ${f}();`,
      ...Array.from({ length: calls }, () => `${a}();`),
      `console.log(${a}(), ${b}());`,
    );
    return {
      title: "Two counters from one factory",
      code,
      distractors: [
        mut("js.closure-shared-state", swap(swap(code, `  let ${v} = ${start};\n`, ""), `function ${f}() {`, `let ${v} = ${start};\nfunction ${f}() {`)),
        mut("js.postfix-increment", swap(code, `(${v} += ${step})`, `((${v} += ${step}) - ${step})`)),
        val("js.closure-snapshot", `${start + step} ${start + step}`),
        val("js.closure-shared-state", `${start + step * (calls + 1)} ${start + step * (calls + 1)}`),
      ],
      explanation: `Each call of \`${f}\` creates a fresh \`${v}\`, and the arrow function returned by that call keeps updating it. \`${a}\` has been called ${calls + 1} times in total, \`${b}\` once: \`{{output}}\`.`,
    };
  }),

  predict(T, "medium", "var-loop-closures", (rng) => {
    const fns = rng.pick(["fns", "callbacks", "getters", "tasks", "jobs"]);
    const i = rng.pick(["i", "j", "n", "k"]);
    const start = rng.int(0, 3);
    const count = rng.int(3, 4);
    const end = start + count;
    const k = rng.int(2, 50);
    const op = rng.pick(["*", "+"]);
    const code = lines(
      `const ${fns} = [];`,
      `for (var ${i} = ${start}; ${i} < ${end}; ${i}++) {`,
      `  ${fns}.push(() => ${i} ${op} ${k});`,
      `}`,
      `console.log(${fns}.map((f) => f()).join(" "));`,
    );
    const apply = (n: number) => (op === "*" ? n * k : n + k);
    return {
      title: "Closures created in a var loop",
      code,
      distractors: [
        mut("js.var-loop-capture", swap(code, `var ${i}`, `let ${i}`)),
        val("js.off-by-one", Array(count).fill(apply(end - 1)).join(" ")),
        mut("js.off-by-one", swap(code, `${i} < ${end}`, `${i} <= ${end}`)),
        val("js.closure-snapshot", Array.from({ length: count }, (_, n) => apply(start + n + 1)).join(" ")),
      ],
      explanation: `\`var ${i}\` is a single variable shared by every arrow function. They all run after the loop, when \`${i}\` has reached ${end}, so each returns \`${end} ${op} ${k}\`. With \`let ${i}\` each iteration would get its own binding.`,
    };
  }),

  predict(T, "hard", "mixed-var-let-loop", (rng) => {
    const obj = rng.pick(["handlers", "labels", "buttons", "routes", "actions"]);
    const v = rng.pick(["tag", "label", "key", "id", "slot"]);
    const prefix = rng.pick(["t", "btn", "row", "item", "step"]);
    const start = rng.int(0, 2);
    const end = start + rng.int(2, 3);
    const sep = rng.pick(["=", ":", "@", "#"]);
    const first = `${prefix}${start}`;
    const last = `${prefix}${end}`;
    const code = lines(
      `const ${obj} = {};`,
      `for (var i = ${start}; i <= ${end}; i++) {`,
      `  let ${v} = "${prefix}" + i;`,
      `  ${obj}[${v}] = () => \`\${${v}}${sep}\${i}\`;`,
      `}`,
      `console.log(${obj}.${first}(), ${obj}.${last}());`,
    );
    return {
      title: "let inside a var loop",
      code,
      distractors: [
        mut("js.var-loop-capture", swap(code, "var i", "let i")),
        mut("js.block-scope", swap(code, `let ${v} =`, `var ${v} =`)),
        val("js.off-by-one", `${first}${sep}${end} ${last}${sep}${end}`),
        mut("js.block-scope", swap(swap(code, `let ${v} =`, `var ${v} =`), "var i", "let i")),
      ],
      explanation: `\`let ${v}\` is block-scoped, so each iteration's arrow function keeps its own \`${v}\`; \`var i\` is one function-wide variable that is ${end + 1} once the loop ends, and every arrow reads it then.`,
    };
  }),
];
