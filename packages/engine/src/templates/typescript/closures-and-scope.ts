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
  {
    id: "ts.function-shadow",
    feedback:
      "A `let` inside the function declares a new local variable with the same name; changing it never touches the outer one.",
    requires: { all: ["function", "let"] },
  },
  {
    id: "ts.closure-var-not-property",
    feedback:
      "A variable captured by closures is not a property of the object they are returned in: reading it as a property gives undefined.",
    requires: { all: ["let", "=>"] },
  },
  {
    id: "ts.default-fresh-each-call",
    feedback:
      "A default value is evaluated again on every call that omits the argument, so each such call gets its own new `[]`.",
    requires: { all: ["= []"] },
  },
  {
    id: "ts.let-outside-loop-shared",
    feedback:
      "A `let` declared before the loop is one variable for every iteration; only a `let` in the `for` header gets a fresh copy each time.",
    requires: { all: ["let", "for"] },
  },
  {
    id: "ts.sibling-closures-share",
    feedback:
      "Closures created by the same call share the variables of that call: a change made through one is seen by the other.",
    requires: { all: ["=>"] },
  },
  {
    id: "ts.prefix-vs-postfix",
    feedback:
      "The prefix forms `++n` and `--n` return the value after the change; only postfix returns the old value.",
    requires: { all: ["++n", "--n"] },
  },
  {
    id: "ts.name-lookup-at-call",
    feedback:
      "A name used inside a function body is looked up each time that line runs, so after the variable is reassigned it reaches the new function.",
    requires: { all: ["let", "function"] },
  },
  {
    id: "ts.function-value-copied",
    feedback:
      "`const saved =` copies the function value held at that moment; reassigning the original variable later does not change `saved`.",
    requires: { all: ["const saved ="] },
  },
  {
    id: "ts.let-binding-mutated",
    feedback:
      "The closure captures this iteration's binding itself, so a change made to it later in the same iteration is what the closure sees.",
    requires: { all: ["for (let", "i++"] },
  },
  {
    id: "ts.let-per-iteration",
    feedback:
      "With `let` in the `for` header each iteration has its own binding, so the closures do not all share one final value.",
    requires: { all: ["for (let"] },
  },
  {
    id: "ts.shared-cache-outside-factory",
    feedback:
      "A variable declared outside the factory is one variable for every function the factory returns, so they all read and write the same cache.",
    requires: { all: ["new Map"] },
  },
  {
    id: "ts.default-param-scope",
    feedback:
      "A default parameter is evaluated in the parameter list's own scope, before the body runs: it sees the outer variable, never the body's `let`.",
    requires: { all: ["let", "= () =>"] },
  },
  {
    id: "ts.once-flag-set",
    feedback:
      "The wrapper sets `done = true` after the first call, so every later call skips `f` and returns the cached result.",
    requires: { all: ["done = true"] },
  },
  {
    id: "ts.destructure-getter-once",
    feedback:
      "Destructuring reads the getter once and stores that number; the new variable does not stay linked to the getter.",
    requires: { all: ["get", "const {"] },
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
          { rule: "ts.closure-snapshot", code: swap(code, assign, `{\n  let ${v} = ${c};\n}`) },
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
          { rule: "ts.once-flag-set", code: swap(code, `      done = true;\n`, "") },
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
            rule: "ts.destructure-getter-once",
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
  {
    ...base,
    id: "typescript/closures-and-scope/local-let-shadows-outer",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const v = rng.pick(["total", "score", "level", "count"]);
      const fn = rng.pick(["addBonus", "applyFee", "boost", "adjust"]);
      const [a, b] = distinctInts(rng, 2, 2, 40);
      const c = rng.int(1, 9);
      const inner = `  let ${v} = ${b};`;
      const code = lines(
        `let ${v} = ${a};`,
        `function ${fn}(): number {`,
        inner,
        `  ${v} += ${c};`,
        `  return ${v};`,
        `}`,
        `const result = ${fn}();`,
        `console.log(${v}, result);`,
      );
      return {
        kind: "predict-output",
        title: `A local ${v} inside ${fn} next to the outer ${v}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.function-shadow", code: swap(code, inner, `  ${v} = ${b};`) },
          { rule: "ts.function-shadow", code: swap(code, inner + "\n", "") },
          { rule: "ts.shadowing", value: `${a + c} ${b + c}` },
        ],
        explanation: `The trap is \`${inner.trim()}\`: it declares a new \`${v}\` that lives only inside \`${fn}\` and hides the outer one. \`${v} += ${c}\` therefore changes the local copy (${b} → ${b + c}), which is returned, while the outer \`${v}\` keeps ${a}.`,
        trap: inner.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/private-variable-not-a-property",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const obj = rng.pick(["counter", "tally", "clicks", "meter"]);
      const v = rng.pick(["n", "hits", "seen"]);
      const start = rng.int(0, 20);
      const ret = `  return { inc: () => ++${v}, get: () => ${v} };`;
      const code = lines(
        `const ${obj} = (() => {`,
        `  let ${v} = ${start};`,
        ret,
        `})();`,
        `${obj}.inc();`,
        `${obj}.inc();`,
        `console.log(${obj}.get(), String((${obj} as Record<string, unknown>).${v}));`,
      );
      return {
        kind: "predict-output",
        title: `Reading ${obj}.${v} when ${v} is a captured variable`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.closure-var-not-property",
            code: swap(code, ret, `  return { ${v}, inc: () => ++${v}, get: () => ${v} };`),
          },
          {
            rule: "ts.closure-var-not-property",
            code: swap(
              code,
              ret,
              `  return {\n    get ${v}() {\n      return ${v};\n    },\n    inc: () => ++${v},\n    get: () => ${v},\n  };`,
            ),
          },
          {
            rule: "ts.closure-snapshot",
            code: swap(code, `get: () => ${v} }`, `get: ((x: number) => () => x)(${v}) }`),
          },
        ],
        explanation: `The trap is \`${ret.trim()}\`: \`${v}\` is a variable captured by the two arrow functions, not a property of the returned object. The closures share it, so \`get()\` sees both increments (${start + 2}), but reading \`${obj}.${v}\` finds no such property and gives undefined.`,
        trap: ret.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/default-array-fresh-each-call",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["addTag", "collect", "append", "record"]);
      const [x, y] = rng.sample(["red", "blue", "new", "sale", "hot", "top", "eco"], 2) as [string, string];
      const sig = `function ${fn}(item: string, list: string[] = []): string[] {`;
      const code = lines(
        sig,
        `  list.push(item);`,
        `  return list;`,
        `}`,
        `const a = ${fn}(${q(x)});`,
        `const b = ${fn}(${q(y)});`,
        `console.log(a.join(","), b.join(","), a === b);`,
      );
      return {
        kind: "predict-output",
        title: `Calling ${fn} twice without passing list`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.default-fresh-each-call",
            code: swap(
              code,
              sig,
              `const shared: string[] = [];\nfunction ${fn}(item: string, list: string[] = shared): string[] {`,
            ),
          },
          {
            rule: "ts.default-fresh-each-call",
            code: swap(code, `const b = ${fn}(${q(y)});`, `const b = ${fn}(${q(y)}, [...a]);`),
          },
          { rule: "ts.equality-by-value", value: `${x},${y} ${x},${y} false` },
        ],
        explanation: `The trap is \`list: string[] = []\`: a default value is evaluated again on every call that omits the argument, so each call gets its own new empty array. \`a\` holds only "${x}", \`b\` only "${y}", and they are different arrays.`,
        trap: "list: string[] = []",
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/let-declared-before-loop",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const v = rng.pick(["i", "k", "step"]);
      const n = rng.int(3, 4);
      const s0 = rng.int(0, 2);
      const k = rng.int(2, 9);
      const decl = `let ${v}: number;`;
      const loop = `for (${v} = ${s0}; ${v} < ${s0 + n}; ${v}++) {`;
      const code = lines(
        `const fns: Array<() => number> = [];`,
        decl,
        loop,
        `  fns.push(() => ${v} * ${k});`,
        `}`,
        `console.log(fns.map((f) => f()).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: `let ${v} declared above the for loop`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.let-outside-loop-shared",
            code: swap(
              swap(code, decl + "\n", ""),
              loop,
              `for (let ${v} = ${s0}; ${v} < ${s0 + n}; ${v}++) {`,
            ),
          },
          {
            rule: "ts.off-by-one",
            code: swap(code, `  fns.push(() => ${v} * ${k});`, `  fns.push(() => (${v} - 1) * ${k});`),
          },
          { rule: "ts.closure-snapshot", value: Array.from({ length: n }, () => s0 * k).join(" ") },
        ],
        explanation: `The trap is \`${decl}\`: declared before the loop, it is one variable for all iterations; only a \`let\` in the \`for\` header gets a fresh copy per iteration. Every arrow therefore reads the same \`${v}\` after the loop, when it is ${s0 + n}, the value that ended the loop.`,
        trap: decl,
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/sibling-closures-share",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["makeCounter", "makeDial", "makeGauge"]);
      const s = rng.int(1, 30);
      const [a, b] = rng.pick([
        ["a", "b"],
        ["left", "right"],
        ["p1", "p2"],
      ] as const);
      const ret = `  return { up: () => ++n, down: () => --n };`;
      const code = lines(
        `function ${fn}(start: number) {`,
        `  let n = start;`,
        ret,
        `}`,
        `const ${a} = ${fn}(${s});`,
        `const ${b} = ${fn}(${s});`,
        `${a}.up();`,
        `${a}.up();`,
        `${a}.down();`,
        `${b}.up();`,
        `console.log(${a}.up(), ${b}.down());`,
      );
      return {
        kind: "predict-output",
        title: `up and down from one ${fn} call`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.sibling-closures-share",
            code: swap(code, ret, `  return { up: () => ++n, down: ((m: number) => () => --m)(n) };`),
          },
          {
            rule: "ts.closure-shared-state",
            code: swap(
              swap(code, `  let n = start;`, `  n = start;`),
              `function ${fn}(start: number) {`,
              `let n = 0;\nfunction ${fn}(start: number) {`,
            ),
          },
          {
            rule: "ts.prefix-vs-postfix",
            code: swap(code, ret, `  return { up: () => n++, down: () => n-- };`),
          },
        ],
        explanation: `The trap is \`${ret.trim()}\`: \`up\` and \`down\` come from the same call, so they share one \`n\`. \`${a}\` goes ${s} → ${s + 1} → ${s + 2} → ${s + 1} and its last \`up\` returns ${s + 2}; \`${b}\` has its own \`n\` from its own call (${s} → ${s + 1}), and \`down\` returns ${s}.`,
        trap: ret.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/recursion-through-reassigned-name",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["fact", "total", "run"]);
      const n = rng.int(4, 5);
      const m = rng.int(2, 9);
      const reassign = `${fn} = (n: number): number => n * ${m};`;
      const code = lines(
        `let ${fn} = function (n: number): number {`,
        `  return n <= 1 ? 1 : n * ${fn}(n - 1);`,
        `};`,
        `const saved = ${fn};`,
        reassign,
        `console.log(saved(${n}));`,
      );
      let fa = 1;
      for (let i = 2; i <= n; i++) fa *= i;
      return {
        kind: "predict-output",
        title: `Calling saved(${n}) after ${fn} is reassigned`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.name-lookup-at-call",
            code: swap(
              swap(
                code,
                `let ${fn} = function (n: number): number {`,
                `let ${fn} = function self(n: number): number {`,
              ),
              ` * ${fn}(n - 1);`,
              ` * self(n - 1);`,
            ),
          },
          {
            rule: "ts.function-value-copied",
            code: swap(code, `const saved = ${fn};`, `const saved = (n: number): number => ${fn}(n);`),
          },
          { rule: "ts.name-lookup-at-call", value: String(fa * m) },
        ],
        explanation: `\`saved\` holds the original function, so \`saved(${n})\` runs it once. The trap is \`${fn}(n - 1)\` inside it: the name \`${fn}\` is looked up when that line runs, and by then \`${reassign}\` has replaced it, so the recursion stops after one step: ${n} * ((${n} - 1) * ${m}) = ${n * (n - 1) * m}.`,
        trap: `${fn}(n - 1)`,
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/let-binding-changed-in-body",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const n = rng.pick([6, 7, 8]);
      const k = rng.int(1, 9);
      const bump = `  i++;`;
      const code = lines(
        `const fns: Array<() => number> = [];`,
        `for (let i = 0; i < ${n}; i++) {`,
        `  fns.push(() => i + ${k});`,
        bump,
        `}`,
        `console.log(fns.length, fns.map((f) => f()).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: `A let loop variable bumped after the closure is made (${n} steps)`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.let-binding-mutated",
            code: swap(code, `  fns.push(() => i + ${k});`, `  const j = i;\n  fns.push(() => j + ${k});`),
          },
          { rule: "ts.let-per-iteration", code: swap(code, `for (let i = 0;`, `for (var i = 0;`) },
          { rule: "ts.let-binding-mutated", code: swap(code, bump + "\n", "") },
        ],
        explanation: `Each iteration has its own \`i\`, and the arrow captures that binding, not its value. The trap is \`${bump.trim()}\` in the body: it changes the same binding the arrow just captured, so each closure sees its bumped value (1, 3, 5, …) plus ${k}, and the header's \`i++\` then steps on from there, so only every other index gets a closure.`,
        trap: bump.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/memo-cache-outside-factory",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [a, b] = distinctInts(rng, 2, 2, 6);
      const [f1, f2] = rng.pick([
        ["square", "cube"],
        ["double", "triple"],
      ] as const);
      const body1 = f1 === "square" ? "n * n" : "n * 2";
      const body2 = f2 === "cube" ? "n * n * n" : "n * 3";
      const cacheLine = `const cache = new Map<number, number>();`;
      const code = lines(
        cacheLine,
        `function memo(fn: (n: number) => number): (n: number) => number {`,
        `  return (n) => {`,
        `    if (!cache.has(n)) cache.set(n, fn(n));`,
        `    return cache.get(n)!;`,
        `  };`,
        `}`,
        `const ${f1} = memo((n) => ${body1});`,
        `const ${f2} = memo((n) => ${body2});`,
        `console.log(${f1}(${a}), ${f2}(${a}), ${f2}(${b}), cache.size);`,
      );
      const g1 = (n: number) => (f1 === "square" ? n * n : n * 2);
      const g2 = (n: number) => (f2 === "cube" ? n * n * n : n * 3);
      return {
        kind: "predict-output",
        title: `${f1} and ${f2} memoised with one shared cache`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.shared-cache-outside-factory",
            code: swap(
              swap(
                code,
                `  return (n) => {`,
                `  const cache = new Map<number, number>();\n  return (n) => {`,
              ),
              `, cache.size);`,
              `, 2);`,
            ),
          },
          { rule: "ts.shared-cache-outside-factory", value: `${g1(a)} ${g2(a)} ${g2(b)} 2` },
          {
            rule: "ts.closure-snapshot",
            code: swap(code, `const ${f2} = memo((n) => ${body2});`, `const ${f2} = ${f1};`),
          },
          { rule: "ts.value-is-live", value: `${g1(a)} ${g1(a)} ${g2(b)} 3` },
        ],
        explanation: `The trap is \`${cacheLine}\` outside \`memo\`: it is one variable for every function \`memo\` returns, and the key is only the argument. So \`${f2}(${a})\` finds the value \`${f1}(${a})\` stored and returns ${g1(a)}; only \`${f2}(${b})\` computes, and the cache ends with 2 entries.`,
        trap: cacheLine,
      };
    },
  },
  {
    ...base,
    id: "typescript/closures-and-scope/default-param-own-scope",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const v = rng.pick(["level", "mode", "depth"]);
      const B = rng.int(1, 30);
      // Neither A nor C may equal B or B + 1, so every belief prints something different.
      const [A, C] = rng.sample(
        Array.from({ length: 40 }, (_, i) => i + 1).filter((x) => x !== B && x !== B + 1),
        2,
      ) as [number, number];
      const sig = `function report(read = () => ${v}): string {`;
      const code = lines(
        `let ${v} = ${A};`,
        sig,
        `  let ${v} = ${B};`,
        `  ${v} += 1;`,
        `  return \`\${read()}/\${${v}}\`;`,
        `}`,
        `${v} = ${C};`,
        `console.log(report());`,
      );
      return {
        kind: "predict-output",
        title: `A default parameter reading ${v} while the body declares its own ${v}`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.default-param-scope",
            code: swap(
              swap(code, sig, `function report(): string {`),
              `  let ${v} = ${B};`,
              `  let ${v} = ${B};\n  const read = () => ${v};`,
            ),
          },
          { rule: "ts.default-param-scope", code: swap(code, `  let ${v} = ${B};`, `  ${v} = ${B};`) },
          { rule: "ts.closure-snapshot", code: swap(code, `${v} = ${C};\n`, "") },
          { rule: "ts.default-param-scope", value: `${B}/${B + 1}` },
        ],
        explanation: `The trap is \`read = () => ${v}\`: a default value is created in the parameter list's own scope, before the body runs, so it cannot see the body's \`let ${v}\`; it sees the outer \`${v}\`. That variable is read when \`read()\` runs, after \`${v} = ${C}\`, so it gives ${C}, while the body's own \`${v}\` is ${B + 1}.`,
        trap: `read = () => ${v}`,
      };
    },
  },
];
