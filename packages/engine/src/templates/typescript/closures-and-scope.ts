import type { ChallengeTemplate } from "../../types";
import { PREDICT, lines, swap } from "./helpers";

const base = { language: "typescript", topic: "closures-and-scope" } as const;

export const closuresAndScopeTemplates: ChallengeTemplate[] = [
  {
    ...base,
    id: "typescript/closures-and-scope/counter-factory",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["makeCounter", "createTicker", "counterFrom", "makeTally"]);
      const [a, b] = rng.pick([
        ["first", "second"],
        ["left", "right"],
        ["red", "blue"],
        ["apples", "pears"],
      ] as const);
      const [sa, sb] = [rng.int(0, 9), rng.int(10, 30)];
      const step = rng.int(1, 5);
      const calls = rng.pick([`${a}(), ${a}(), ${b}(), ${a}()`, `${a}(), ${b}(), ${a}(), ${b}()`, `${b}(), ${a}(), ${a}(), ${a}()`]);
      const header = `function ${fn}(start: number, step: number): () => number {\n  let count = start;`;
      const code = lines(
        header,
        `  return () => (count += step);`,
        `}`,
        `const ${a} = ${fn}(${sa}, ${step});`,
        `const ${b} = ${fn}(${sb}, ${step});`,
        `console.log(${calls});`,
      );
      return {
        kind: "predict-output",
        title: "Each counter keeps its own state",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.closure-snapshot",
            code: swap(swap(code, `  let count = start;\n`, ""), `() => (count += step)`, `() => {\n    let count = start;\n    return (count += step);\n  }`),
          },
          {
            rule: "ts.closure-shared-state",
            code: swap(code, header, `let count = 0;\nfunction ${fn}(start: number, step: number): () => number {\n  count = start;`),
          },
          { rule: "ts.off-by-one", code: swap(code, `(count += step)`, `(count += step) - step`) },
        ],
        explanation: `Every call to \`${fn}\` creates a fresh \`count\` variable that the returned arrow function keeps alive, so \`${a}\` and \`${b}\` count independently and each call adds ${step} to its own total.`,
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/var-in-loop-closure",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const n = rng.int(3, 4);
      const k = rng.int(2, 30);
      const s0 = rng.int(0, 2);
      const arrName = rng.pick(["labels", "tasks", "jobs", "callbacks", "readers", "thunks"]);
      const loopVar = rng.pick(["i", "idx", "step", "pos"]);
      const inner = rng.pick(["offset", "cost", "size", "weight", "price"]);
      const code = lines(
        `const ${arrName}: Array<() => string> = [];`,
        `for (var ${loopVar} = ${s0}; ${loopVar} < ${s0 + n}; ${loopVar}++) {`,
        `  let ${inner} = ${loopVar} * ${k};`,
        `  ${arrName}.push(() => \`\${${loopVar}}:\${${inner}}\`);`,
        `}`,
        `console.log(${arrName}.map((fn) => fn()).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "var and let in the same loop",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.var-loop-capture", code: swap(code, `for (var ${loopVar}`, `for (let ${loopVar}`) },
          { rule: "ts.let-loop-shared", code: swap(code, `  let ${inner} =`, `  var ${inner} =`) },
          { rule: "ts.off-by-one", code: swap(code, `\`\${${loopVar}}:`, `\`\${${loopVar} - 1}:`) },
          { rule: "ts.closure-snapshot", code: swap(code, `  let ${inner} = ${loopVar} * ${k};`, `  let ${inner} = ${loopVar} * ${k};\n  ${inner} = ${loopVar};`) },
        ],
        explanation: `\`var ${loopVar}\` is a single function-wide variable, so every arrow function reads its final value ${s0 + n}. \`let ${inner}\` is block-scoped: each iteration gets its own binding, so the arrows remember ${Array.from({ length: n }, (_, i) => (s0 + i) * k).join(", ")}.`,
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/iife-shadows-loop-var",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const n = rng.int(2, 3);
      const s0 = rng.int(0, 3);
      const [pa, pb] = rng.sample(["a", "b", "c", "x", "y", "z", "p", "q", "L", "R", "u", "w"], 2);
      const v = rng.pick(["i", "n", "k"]);
      const out = rng.pick(["log", "trace", "events", "seen"]);
      const iife = `((${v}: number) => () => ${out}.push(\`${pa}\${${v}}\`))(${v})`;
      const code = lines(
        `const ${out}: string[] = [];`,
        `const fns: Array<() => number> = [];`,
        `for (var ${v} = ${s0}; ${v} < ${s0 + n}; ${v}++) {`,
        `  fns.push(${iife});`,
        `  fns.push(() => ${out}.push(\`${pb}\${${v}}\`));`,
        `}`,
        `fns.forEach((fn) => fn());`,
        `console.log(${out}.join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "An IIFE parameter versus a var loop variable",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.var-loop-capture", code: swap(code, `for (var ${v}`, `for (let ${v}`) },
          { rule: "ts.shadowing", code: swap(code, iife, `(() => () => ${out}.push(\`${pa}\${${v}}\`))()`) },
          { rule: "ts.closure-snapshot", code: swap(code, `  fns.push(() => ${out}.push(\`${pb}\${${v}}\`));`, `  fns.push(((${v}: number) => () => ${out}.push(\`${pb}\${${v}}\`))(${v}));`) },
          { rule: "ts.off-by-one", code: swap(code, `\`${pb}\${${v}}\``, `\`${pb}\${${v} - 1}\``) },
        ],
        explanation: `The IIFE's parameter \`${v}\` shadows the loop variable and receives a copy of its current value, so the \`${pa}\` closures keep ${s0}…${s0 + n - 1}. The \`${pb}\` closures read the single \`var ${v}\`, which is ${s0 + n} by the time they run.`,
      };
    },
  },
];
