import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, PREDICT, distinctInts, fillPrompt, lines, q, swap } from "./helpers";

const base = { language: "typescript", topic: "closures-and-scope" } as const;

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const closuresAndScopeRules: MisconceptionRule[] = [
  {
    id: "ts.compound-assign-value",
    feedback:
      "An assignment expression such as `count += step` evaluates to the new value, after the addition, not the old one.",
    requires: { all: ["count += step"] },
  },
  {
    id: "ts.var-final-value",
    feedback:
      "A `for` loop stops when its condition fails, so afterwards the `var` holds one step past the last iteration's value.",
    requires: { all: ["var", "for"] },
  },
];

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
      const calls = rng.pick([
        `${a}(), ${a}(), ${b}(), ${a}()`,
        `${a}(), ${b}(), ${a}(), ${b}()`,
        `${b}(), ${a}(), ${a}(), ${a}()`,
      ]);
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
            code: swap(
              swap(code, `  let count = start;\n`, ""),
              `() => (count += step)`,
              `() => {\n    let count = start;\n    return (count += step);\n  }`,
            ),
          },
          {
            rule: "ts.closure-shared-state",
            code: swap(
              code,
              header,
              `let count = 0;\nfunction ${fn}(start: number, step: number): () => number {\n  count = start;`,
            ),
          },
          { rule: "ts.compound-assign-value", code: swap(code, `(count += step)`, `(count += step) - step`) },
        ],
        explanation: `The trap is \`let count = start;\` inside \`${fn}\`: every call to \`${fn}\` runs it again and creates a fresh \`count\` that only the arrow function returned by that call keeps alive. So \`${a}\` (from ${sa}) and \`${b}\` (from ${sb}) count independently, and each call adds ${step} to its own total.`,
        trap: "let count = start;",
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
          { rule: "ts.var-final-value", code: swap(code, `\`\${${loopVar}}:`, `\`\${${loopVar} - 1}:`) },
        ],
        explanation: `The trap is \`var ${loopVar} = ${s0}\`: a \`var\` is a single function-wide variable, so every arrow function reads its final value ${s0 + n}, the value that stopped the loop. \`let ${inner}\` is block-scoped: each iteration gets its own binding, so the arrows remember ${Array.from({ length: n }, (_, i) => (s0 + i) * k).join(", ")}.`,
        trap: `var ${loopVar} = ${s0}`,
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
          {
            rule: "ts.closure-snapshot",
            code: swap(
              code,
              `  fns.push(() => ${out}.push(\`${pb}\${${v}}\`));`,
              `  fns.push(((${v}: number) => () => ${out}.push(\`${pb}\${${v}}\`))(${v}));`,
            ),
          },
          { rule: "ts.off-by-one", code: swap(code, `\`${pb}\${${v}}\``, `\`${pb}\${${v} - 1}\``) },
        ],
        explanation: `The trap is \`\` ${iife} \`\`: the IIFE's parameter \`${v}\` shadows the loop variable and receives a copy of its current value, so the \`${pa}\` closures keep ${s0}…${s0 + n - 1}. The \`${pb}\` closures read the single \`var ${v}\`, which is ${s0 + n} by the time \`fns.forEach\` runs them.`,
        trap: iife,
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/closure-reads-latest-value",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [v, fn] = rng.pick([
        ["rate", "price"],
        ["factor", "scale"],
        ["tax", "withTax"],
        ["bonus", "reward"],
        ["weight", "load"],
        ["speed", "distance"],
      ] as const);
      const [a, c] = distinctInts(rng, 2, 2, 12);
      const b = rng.int(3, 15);
      const before = rng.pick(["before", "first", "early", "old"]);
      const decl = `const ${fn} = (n: number): number => n * ${v};`;
      const assign = `${v} = ${c};`;
      const code = lines(
        `let ${v} = ${a};`,
        decl,
        `const ${before} = ${fn}(${b});`,
        assign,
        `console.log(${before}, ${fn}(${b}), ${v});`,
      );
      return {
        kind: "predict-output",
        title: "A closure reads the variable, not a snapshot",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.closure-snapshot",
            code: swap(code, decl, `const ${fn} = ((r: number) => (n: number): number => n * r)(${v});`),
          },
          {
            rule: "ts.value-is-live",
            code: swap(
              swap(code, `const ${before} = ${fn}(${b});`, `const ${before} = () => ${fn}(${b});`),
              `console.log(${before},`,
              `console.log(${before}(),`,
            ),
          },
          { rule: "ts.shadowing", code: swap(code, assign, `{\n  let ${v} = ${c};\n}`) },
        ],
        explanation: `The trap is \`${assign}\`: the arrow function looks \`${v}\` up each time it runs, so after that assignment \`${fn}(${b})\` computes with ${c}. \`${before}\` is a number computed earlier, with ${a}, and keeps its value ${a * b}.`,
        trap: assign,
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/detached-method-this",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Counter", "Tally", "Clicker", "Meter", "Gauge", "Score"]);
      const field = rng.pick(["count", "total", "hits", "value", "level"]);
      const step = rng.int(1, 9);
      const start = rng.int(0, 60);
      const [m, arrow] = rng.pick([
        ["increment", "incrementArrow"],
        ["add", "addBound"],
        ["bump", "bumpArrow"],
      ] as const);
      const methodDecl = `  ${m}(): void {\n    this.${field} += ${step};\n  }`;
      const detach = `const plain = c.${m};`;
      const code = lines(
        `class ${cls} {`,
        `  ${field} = ${start};`,
        methodDecl,
        `  ${arrow} = (): void => {`,
        `    this.${field} += ${step};`,
        `  };`,
        `}`,
        `const c = new ${cls}();`,
        detach,
        `const viaArrow = c.${arrow};`,
        `const results: string[] = [];`,
        `for (const fn of [plain, viaArrow]) {`,
        `  try {`,
        `    fn();`,
        `    results.push("done");`,
        `  } catch (e) {`,
        `    results.push((e as Error).name);`,
        `  }`,
        `}`,
        `console.log(results.join(" "), c.${field});`,
      );
      return {
        kind: "predict-output",
        title: "A detached method versus an arrow-function field",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.lost-this", code: swap(code, detach, `const plain = c.${m}.bind(c);`) },
          {
            rule: "ts.lost-this",
            code: swap(
              code,
              `  ${arrow} = (): void => {\n    this.${field} += ${step};\n  };`,
              `  ${arrow}(): void {\n    this.${field} += ${step};\n  }`,
            ),
          },
          { rule: "ts.lost-this", value: `done done ${start + step}` },
          {
            rule: "ts.prototype-shared-method",
            code: swap(code, `, c.${field});`, `, new ${cls}().${field});`),
          },
        ],
        explanation: `The trap is \`${detach}\`: it copies the method without its object. Classes run in strict mode, so calling \`plain\` has \`this\` undefined, and reading \`this.${field}\` throws a TypeError. The arrow-function field captured \`this\` when the instance was created, so it still updates \`c\` once: ${start} + ${step}.`,
        trap: detach,
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/hoisting-and-tdz",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [vName, lName] = rng.pick([
        ["label", "limit"],
        ["mode", "count"],
        ["title", "size"],
        ["unit", "max"],
        ["prefix", "depth"],
        ["theme", "width"],
        ["region", "retries"],
      ] as const);
      const vValue = q(rng.pick(["max", "auto", "fast", "kg", "main", "beta", "dark", "eu", "v2"]));
      const lValue = rng.int(2, 999);
      const first = rng.bool();
      const reads = first ? `[() => ${vName}, () => ${lName}]` : `[() => ${lName}, () => ${vName}]`;
      const fnDecl = `function check(): void {`;
      const code = lines(
        `const log: string[] = [];`,
        fnDecl,
        `  for (const read of ${reads}) {`,
        `    try {`,
        `      log.push(String(read()));`,
        `    } catch (e) {`,
        `      log.push((e as Error).name);`,
        `    }`,
        `  }`,
        `}`,
        `check();`,
        `var ${vName} = ${vValue};`,
        `let ${lName} = ${lValue};`,
        `check();`,
        `console.log(log.join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "Reading var and let before their declarations",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.hoisting", code: swap(code, `let ${lName} =`, `var ${lName} =`) },
          { rule: "ts.hoisting", code: swap(code, `var ${vName} =`, `let ${vName} =`) },
          {
            rule: "ts.hoisting",
            code: swap(swap(code, fnDecl, `const check = (): void => {`), `\n}\ncheck();`, `\n};\ncheck();`),
          },
          {
            rule: "ts.closure-snapshot",
            code: swap(code, `\ncheck();\nconsole.log`, `\nlog.push(...log);\nconsole.log`),
          },
        ],
        explanation: `\`check\` is a hoisted function declaration, so the first call works. At that point \`var ${vName}\` exists but is still undefined, while the trap \`let ${lName} = ${lValue};\` has not run yet: \`${lName}\` is in its temporal dead zone, and reading it throws a ReferenceError. After both declarations run, the second call sees the real values.`,
        trap: `let ${lName} = ${lValue};`,
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/fill-capture-loop-value",
    difficulty: "easy",
    kind: "fill-in-blank",
    build(rng) {
      const n = rng.int(3, 4);
      const s0 = rng.int(0, 9);
      const k = rng.int(1, 25);
      const fns = rng.pick(["fns", "getters", "readers", "thunks"]);
      const v = rng.pick(["i", "n", "idx"]);
      const p = rng.pick(["value", "saved", "copy", "current"]);
      const plus = rng.bool();
      const answer = rng.bool()
        ? `((${p}: number) => () => ${p})(${v})`
        : `(() => {\n    const ${p} = ${v};\n    return () => ${p};\n  })()`;
      const code = lines(
        `const ${fns}: Array<() => number> = [];`,
        `for (var ${v} = ${s0}; ${v} < ${s0 + n}; ${v}++) {`,
        `  ${fns}.push(${BLANK});`,
        `}`,
        `console.log(${fns}.map((f) => f() ${plus ? "+" : "*"} ${k}).join(" "));`,
      );
      return {
        kind: "fill-in-blank",
        title: "Keeping each loop value in a closure",
        prompt: fillPrompt(),
        code,
        answer,
        wrong: [
          { fragment: `(function () {\n    return () => ${v};\n  })()`, rule: "ts.var-loop-capture" },
          {
            fragment: `(() => {\n    const ${p} = ${v};\n    return () => ${v};\n  })()`,
            rule: "ts.closure-snapshot",
          },
          { fragment: `((${p}: number) => () => ${v})(${v})`, rule: "ts.shadowing" },
          { fragment: `((${p}: number) => () => ${p})(${s0 + n - 1})`, rule: "ts.var-loop-capture" },
        ].filter((w) => w.fragment !== answer),
        explanation: `The trap is \`var ${v} = ${s0}\`: with \`var\` there is one \`${v}\` for the whole loop, so a closure that reads \`${v}\` sees its final value ${s0 + n}. Passing \`${v}\` as an argument copies the current value into a new \`${p}\` for each iteration, and the inner arrow must read \`${p}\`, not \`${v}\`.`,
        trap: `var ${v} = ${s0}`,
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/once-wrapper",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["once", "runOnce", "onlyOnce"]);
      const k = rng.int(2, 60);
      const c0 = rng.int(0, 30);
      const [i1, i2] = rng.pick([
        ["init", "setup"],
        ["load", "connect"],
        ["boot", "prepare"],
        ["start", "warmUp"],
        ["open", "attach"],
      ] as const);
      const state = `  let done = false;\n  let result: T | undefined;`;
      const code = lines(
        `function ${fn}<T>(f: () => T): () => T {`,
        state,
        `  return () => {`,
        `    if (!done) {`,
        `      result = f();`,
        `      done = true;`,
        `    }`,
        `    return result as T;`,
        `  };`,
        `}`,
        `let calls = ${c0};`,
        `const ${i1} = ${fn}(() => ++calls * ${k});`,
        `console.log(${i1}(), ${i1}(), calls);`,
        `const ${i2} = ${fn}(() => ++calls * ${k});`,
        `console.log(${i2}(), ${i1}(), calls);`,
      );
      return {
        kind: "predict-output",
        title: "A once() wrapper built on a closure",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.closure-shared-state",
            code: swap(
              swap(code, state + "\n", ""),
              `function ${fn}<T>(f: () => T): () => T {`,
              `let done = false;\nlet result: unknown;\nfunction ${fn}<T>(f: () => T): () => T {`,
            ),
          },
          { rule: "ts.closure-snapshot", code: swap(code, `      done = true;\n`, "") },
          {
            rule: "ts.value-is-live",
            code: swap(code, `    return result as T;`, `    return (done ? f() : result) as T;`),
          },
        ],
        explanation: `The trap is \`let done = false;\`: each call of \`${fn}\` creates its own \`done\` and \`result\`, which the returned arrow keeps. The first call of each wrapper runs \`f\` and caches the value; later calls return the cache, so \`calls\` grows only once per wrapper, and \`${i2}\` starts its own cache.`,
        trap: "let done = false;",
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/returned-object-snapshot",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["createStore", "makeCounter", "createTally", "makeState", "createMeter"]);
      const v = rng.pick(["state", "count", "total", "hits", "score"]);
      const step = rng.int(1, 25);
      const incs = rng.int(1, 4);
      const [getter, method] = rng.pick([
        ["live", "inc"],
        ["current", "bump"],
        ["now", "add"],
        ["latest", "step"],
        ["value", "grow"],
      ] as const);
      const ret = `  return {\n    ${v},\n    get ${getter}(): number {\n      return ${v};\n    },\n    ${method}(): void {\n      ${v} += ${step};\n    },\n  };`;
      const code = lines(
        `function ${fn}() {`,
        `  let ${v} = 0;`,
        ret,
        `}`,
        `const store = ${fn}();`,
        ...Array.from({ length: incs }, () => `store.${method}();`),
        `const { ${getter} } = store;`,
        `store.${method}();`,
        `console.log(store.${v}, store.${getter}, ${getter});`,
      );
      return {
        kind: "predict-output",
        title: "A returned property versus a getter over a closure",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.value-is-live",
            code: swap(
              code,
              `    ${v},\n    get`,
              `    get ${v}(): number {\n      return ${v};\n    },\n    get`,
            ),
          },
          {
            rule: "ts.value-is-live",
            code: swap(
              swap(code, `const { ${getter} } = store;`, `const ${getter} = (): number => store.${getter};`),
              `, ${getter});`,
              `, ${getter}());`,
            ),
          },
          {
            rule: "ts.closure-snapshot",
            code: swap(code, `      ${v} += ${step};`, `      this.${v} += ${step};`),
          },
        ],
        explanation: `\`${v}\` in the returned object is a copy of the number at creation time (0), while the getter reads the closure variable each time. The trap is \`const { ${getter} } = store;\`: destructuring calls the getter once and stores that number, so \`${getter}\` misses the last \`${method}()\`, while \`store.${getter}\` sees it.`,
        trap: `const { ${getter} } = store;`,
      };
    },
  },
];
