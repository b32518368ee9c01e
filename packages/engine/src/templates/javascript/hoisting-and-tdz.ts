import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, FRUITS, PEOPLE, WORDS, fill, lines, mut, predict, swap, val } from "./helpers";

const T = "hoisting-and-tdz";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const hoistingAndTdzRules: MisconceptionRule[] = [
  {
    id: "js.const-function-not-hoisted",
    feedback:
      "A function stored in a `const` is not hoisted like a function declaration: the name is in its temporal dead zone until that line runs.",
    requires: { all: ["const", "=>"] },
  },
  {
    id: "js.const-not-preset",
    feedback:
      "A `const` name is not pre-set to undefined while it waits for its line: using it early throws a ReferenceError, not a TypeError.",
    requires: { all: ["const"] },
  },
  {
    id: "js.last-declaration-wins",
    feedback:
      "Every function declaration is hoisted before any code runs, and a later one with the same name replaces the earlier one for every call.",
    requires: { all: ["function"] },
  },
  {
    id: "js.function-name-reassignable",
    feedback:
      "A function declaration creates an ordinary variable, so a later assignment to that name replaces the function.",
    requires: { all: ["function", "="] },
  },
  {
    id: "js.var-redeclares-parameter",
    feedback:
      "A `var` with the same name as a parameter declares nothing new: the name keeps the argument's value until an assignment runs.",
    requires: { all: ["var"] },
  },
  {
    id: "js.let-stays-in-block",
    feedback:
      "A `let` exists only inside the block that declares it; outside that block the name is simply not declared.",
    requires: { all: ["let"] },
  },
  {
    id: "js.let-not-preset",
    feedback:
      "A `let` name is not pre-set to undefined the way a var is: reading it before its line has run throws a ReferenceError.",
    requires: { all: ["let"] },
  },
  {
    id: "js.typeof-undeclared",
    feedback: '`typeof` on a name that is not declared gives "undefined" instead of throwing.',
    requires: { all: ["typeof"] },
  },
  {
    id: "js.tdz-is-temporal",
    feedback:
      "The temporal dead zone is about time, not position: a function that mentions a `let` name works once the declaration has run, wherever the function is written.",
    requires: { all: ["let", "function"] },
  },
  {
    id: "js.switch-one-block",
    feedback:
      "All `case` clauses of a `switch` share ONE block, so a `let` in one case is in scope, and in its temporal dead zone, in the others.",
    requires: { all: ["switch", "let"] },
  },
  {
    id: "js.hoisted-function-early-var",
    feedback:
      "The function is hoisted with its body, but the `var` it reads is still undefined when it is called early, so the arithmetic gives NaN.",
    requires: { all: ["var", "function"] },
  },
  {
    id: "js.function-expression-name",
    feedback:
      "The name of a function EXPRESSION is visible only inside its own body (and in its `.name`); it is not declared in the surrounding scope.",
    requires: { all: ["function", ".name"] },
  },
  {
    id: "js.param-scope",
    feedback:
      "Default values are evaluated in the parameter list's own scope before the body runs, so they can't see the body's declarations.",
    requires: { all: ["function", "="] },
  },
  {
    id: "js.default-computed-once",
    feedback:
      "A default value is computed once, as the call starts; changing another parameter later in the body doesn't recompute it.",
    requires: { all: ["function", "="] },
  },
  {
    id: "js.var-shadows-whole-function",
    feedback:
      "A `var` inside a function belongs to the WHOLE function, so it shadows the outer variable even on the lines above its declaration.",
    requires: { all: ["var", "function"] },
  },
  {
    id: "js.typeof-hoisted-function",
    feedback:
      'A function declaration is hoisted with its body, so `typeof` already says "function" before its line.',
    requires: { all: ["typeof", "function"] },
  },
  {
    id: "js.function-beats-var",
    feedback:
      "When a `var` and a function declaration share a name, the name holds the function from the start until the var's assignment runs.",
    requires: { all: ["var", "function"] },
  },
];

export const hoistingAndTdzTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "var-shadow-hoisted", (rng) => {
    const v = rng.pick(["count", "level", "score", "limit", "speed", "volume"]);
    const f = rng.pick(["report", "show", "check", "inspect", "logLevel"]);
    const outer = rng.int(1, 9);
    const inner = rng.int(10, 99);
    const label = rng.pick([v, "value", "now", "seen"]);
    const code = lines(
      `var ${v} = ${outer};`,
      `function ${f}() {`,
      `  try {`,
      "    console.log(`" + label + ": ${" + v + "}`);",
      `    var ${v} = ${inner};`,
      "    console.log(`" + label + ": ${" + v + "}`);",
      `  } catch (e) {`,
      `    console.log(e.name);`,
      `  }`,
      `}`,
      `${f}();`,
    );
    return {
      title: "A var declared halfway down a function",
      code,
      distractors: [
        mut("js.var-hoisting", swap(code, `    var ${v} = ${inner};`, `    ${v} = ${inner};`)),
        mut(
          "js.var-shadows-whole-function",
          swap(code, `    var ${v} = ${inner};`, `    let ${v} = ${inner};`),
        ),
        val("js.var-hoisting", `${label}: ${inner}\n${label}: ${inner}`),
        val("js.var-hoisting", `${label}: null\n${label}: ${inner}`),
      ],
      explanation: `The inner \`var ${v} = ${inner};\` is hoisted to the top of \`${f}\` (the declaration, not the assignment), so from the function's first line it shadows the outer \`${v}\` and holds \`undefined\` until the assignment runs. The first line therefore prints undefined, not ${outer}, and nothing throws.`,
      trap: `var ${v} = ${inner};`,
    };
  }),

  predict(T, "medium", "declaration-vs-expression", (rng) => {
    const [decl, expr] = rng.pick([
      ["area", "perimeter"],
      ["square", "cube"],
      ["double", "triple"],
      ["half", "quarter"],
      ["toCents", "toDollars"],
    ]);
    const n = rng.int(2, 12);
    const k = rng.int(2, 9);
    const m = rng.int(2, 9);
    const kw = rng.pick(["var", "var", "let"]);
    const code = lines(
      `try {`,
      `  console.log(${decl}(${n}));`,
      `  console.log(typeof ${expr});`,
      `  console.log(${expr}(${n}));`,
      `} catch (e) {`,
      `  console.log(e.name);`,
      `}`,
      `function ${decl}(x) {`,
      `  return x * ${k};`,
      `}`,
      `${kw} ${expr} = function (x) {`,
      `  return x + ${m};`,
      `};`,
    );
    return {
      title: "Function declarations vs function expressions",
      code,
      distractors: [
        mut(
          "js.function-hoisting",
          swap(
            swap(code, `${kw} ${expr} = function (x) {\n  return x + ${m};\n};`, ""),
            `try {`,
            `${kw} ${expr} = function (x) {\n  return x + ${m};\n};\ntry {`,
          ),
        ),
        mut(
          "js.function-hoisting",
          swap(code, `function ${decl}(x) {\n  return x * ${k};\n}`, `const ${decl} = (x) => x * ${k};`),
        ),
        kw === "var"
          ? mut("js.tdz", swap(code, `var ${expr} =`, `let ${expr} =`))
          : mut("js.tdz", swap(code, `let ${expr} =`, `var ${expr} =`)),
        mut("js.error-type", swap(code, `  console.log(${expr}(${n}));`, `  console.log(${expr}Fn(${n}));`)),
      ],
      explanation:
        kw === "var"
          ? `\`function ${decl}\` is hoisted with its body, so it works before its line. \`var ${expr} = function (x) {\` is hoisted too, but only as the name, set to \`undefined\`; the function is assigned when that line runs, after the \`try\`. So \`typeof\` says "undefined" and calling it throws a TypeError.`
          : `\`function ${decl}\` is hoisted with its body, so it works before its line. \`let ${expr} = function (x) {\` is in its temporal dead zone until that line runs, after the \`try\`, so even \`typeof ${expr}\` throws a ReferenceError.`,
      trap: `${kw} ${expr} = function (x) {`,
    };
  }),

  predict(T, "hard", "tdz-shadows-outer", (rng) => {
    const x = rng.pick(["mode", "rate", "limit", "theme", "level"]);
    const y = rng.pick(["extra", "bonus", "spare", "later"]);
    const f = rng.pick(["run", "main", "setup", "compute"]);
    const outer = rng.int(1, 9);
    const inner = rng.int(10, 50);
    const later = rng.int(51, 99);
    const code = lines(
      `let ${x} = ${outer};`,
      `function ${f}() {`,
      `  const log = [];`,
      `  try {`,
      `    log.push(${x});`,
      `    let ${x} = ${inner};`,
      `    log.push(${x});`,
      `  } catch (e) {`,
      `    log.push(e.name);`,
      `  }`,
      `  log.push(${x});`,
      `  log.push(typeof ${y});`,
      `  var ${y} = ${later};`,
      `  return log.join(" ");`,
      `}`,
      `console.log(${f}());`,
    );
    return {
      title: "The temporal dead zone inside a block",
      code,
      distractors: [
        val("js.tdz", `${outer} ${inner} ${outer} undefined`),
        mut("js.tdz", swap(code, `    let ${x} = ${inner};`, `    var ${x} = ${inner};`)),
        mut("js.var-hoisting", swap(code, `  var ${y} = ${later};`, `  let ${y} = ${later};`)),
        val("js.var-hoisting", `ReferenceError ${outer} number`),
        val("js.block-scope", `ReferenceError ${inner} undefined`),
      ],
      explanation: `Inside the \`try\` block, \`let ${x} = ${inner};\` shadows the outer \`${x}\` for the WHOLE block, not just from its own line, so the \`log.push(${x})\` above it reads the inner \`${x}\` in its temporal dead zone and throws a ReferenceError; the rest of the block is skipped. After the block, the outer \`${x}\` is visible again, and \`var ${y}\` is hoisted as \`undefined\`.`,
      trap: `let ${x} = ${inner};`,
    };
  }),

  fill(T, "easy", "what-is-hoisted", (rng) => {
    const [a, b, c] = rng.sample(
      ["total", "limit", "label", "count", "ratio", "title", "answer", "speed"],
      3,
    );
    const fnName = rng.pick(["helper", "compute", "makeId", "format", "build"]);
    const [n1, n2, n3] = [rng.int(1, 99), rng.int(1, 99), rng.int(100, 999)];
    return {
      title: "Reading names before their declarations",
      prompt: "Which expression makes this program print `{{target}}`?",
      code: lines(
        `console.log(${BLANK});`,
        `var ${a} = ${n1};`,
        `let ${b} = ${n2};`,
        `const ${c} = "${c}";`,
        `function ${fnName}() {`,
        `  return ${n3};`,
        `}`,
      ),
      answer: a,
      wrong: [
        { fragment: b, rule: "js.tdz" },
        { fragment: `${fnName}()`, rule: "js.function-hoisting" },
        { fragment: `typeof ${fnName}`, rule: "js.typeof-hoisted-function" },
      ],
      explanation: `\`${a}\` is declared with \`var\`, which is hoisted and starts as \`undefined\`, so reading it early prints "undefined". \`let\`/\`const\` names are in their temporal dead zone (ReferenceError), and the function declaration is hoisted with its body, so calling it early already works.`,
      trap: a,
    };
  }),

  predict(T, "medium", "function-and-var-same-name", (rng) => {
    const f = rng.pick(["demo", "inspect", "probe", "check", "run"]);
    const v = rng.pick(["value", "item", "data", "entry", "result"]);
    const n = rng.int(1, 999);
    const useTypeof = rng.bool();
    const show = (x: string) => (useTypeof ? `typeof ${x}` : `String(${x}).slice(0, 8)`);
    const code = lines(
      `function ${f}() {`,
      `  const seen = [${show(v)}];`,
      `  var ${v} = ${n};`,
      `  function ${v}() {}`,
      `  seen.push(${show(v)});`,
      `  return seen.join(" ");`,
      `}`,
      `console.log(${f}());`,
    );
    return {
      title: "A var and a function with the same name",
      code,
      distractors: [
        mut("js.function-beats-var", swap(code, `  function ${v}() {}\n`, "")),
        mut("js.function-beats-var", swap(code, `  var ${v} = ${n};\n`, "")),
        mut(
          "js.function-hoisting",
          swap(
            swap(code, `  function ${v}() {}\n`, ""),
            `  var ${v} = ${n};\n`,
            `  var ${v} = ${n};\n  var ${v} = function () {};\n`,
          ),
        ),
        mut(
          "js.var-hoisting",
          swap(
            swap(code, `  var ${v} = ${n};\n`, ""),
            `  const seen = [`,
            `  var ${v} = ${n};\n  const seen = [`,
          ),
        ),
      ],
      explanation: `Both declarations are hoisted, and \`function ${v}() {}\` initialises \`${v}\` with the function before any code runs, so the first read sees a function even though its line comes later. The \`var\` adds nothing at hoisting time, but its assignment \`${v} = ${n}\` replaces the function when that line executes, and the function declaration's own line does nothing at run time.`,
      trap: `function ${v}() {}`,
    };
  }),

  predict(T, "hard", "default-params-and-class-tdz", (rng) => {
    const f = rng.pick(["pick", "combine", "mix", "pair"]);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["x", "y"],
      ["first", "second"],
      ["lo", "hi"],
    ]);
    const C = rng.pick(["Shape", "Point", "Config", "Node", "Item"]);
    const prop = rng.pick(["sides", "size", "depth", "weight"]);
    const dv = rng.int(2, 9);
    const arg = rng.int(10, 50);
    const pv = rng.int(3, 12);
    const code = lines(
      `const out = [];`,
      `function ${f}(${a} = ${b}, ${b} = ${dv}) {`,
      `  return ${a} + ${b};`,
      `}`,
      `try { out.push(${f}(${arg})); } catch (e) { out.push(e.name); }`,
      `try { out.push(${f}()); } catch (e) { out.push(e.name); }`,
      `try { out.push(new ${C}().${prop}); } catch (e) { out.push(e.name); }`,
      `class ${C} {`,
      `  ${prop} = ${pv};`,
      `}`,
      `console.log(out.join(" "));`,
    );
    return {
      title: "Default parameters and classes used too early",
      code,
      distractors: [
        mut(
          "js.param-left-to-right",
          swap(
            code,
            `function ${f}(${a} = ${b}, ${b} = ${dv}) {\n  return ${a} + ${b};`,
            `function ${f}(${a}, ${b} = ${dv}) {\n  return ${a} + ${b};`,
          ),
        ),
        mut(
          "js.tdz",
          swap(code, `class ${C} {\n  ${prop} = ${pv};\n}`, `function ${C}() {\n  this.${prop} = ${pv};\n}`),
        ),
        mut(
          "js.param-left-to-right",
          swap(
            code,
            `function ${f}(${a} = ${b}, ${b} = ${dv}) {\n  return ${a} + ${b};`,
            `function ${f}(${a}, ${b} = ${dv}) {\n  ${a} = ${a} ?? ${b};\n  return ${a} + ${b};`,
          ),
        ),
        mut(
          "js.param-left-to-right",
          swap(code, `function ${f}(${a} = ${b}, ${b} = ${dv})`, `function ${f}(${b} = ${dv}, ${a} = ${b})`),
        ),
      ],
      explanation: `Parameters are initialised left to right, each in its own temporal dead zone: \`${a} = ${b}\` reads \`${b}\` before it exists, which throws a ReferenceError when no first argument is passed (with an argument, the default is never evaluated). Class declarations are hoisted but, like \`let\`, unusable before their line, so \`new ${C}()\` throws a ReferenceError too.`,
      trap: `${a} = ${b}`,
    };
  }),

  predict(T, "easy", "var-outlives-its-block", (rng) => {
    const i = rng.pick(["i", "n", "step", "k"]);
    const g = rng.pick(["ghost", "unused", "never", "skipped"]);
    const end = rng.int(2, 9);
    const by = rng.pick([1, 1, 2, 3]);
    const code = lines(
      `for (var ${i} = 0; ${i} < ${end}; ${i} += ${by}) {}`,
      `console.log(${i});`,
      `if (false) {`,
      `  var ${g} = ${rng.int(1, 99)};`,
      `}`,
      `console.log(${g});`,
    );
    const final = Math.ceil(end / by) * by;
    return {
      title: "var after the loop",
      code,
      distractors: [
        mut("js.off-by-one", swap(code, `console.log(${i});`, `console.log(${i} - ${by});`)),
        mut("js.var-hoisting", swap(code, `if (false) {`, `if (true) {`)),
        mut("js.block-scope", swap(code, `for (var ${i} = 0;`, `for (let ${i} = 0;`)),
        mut("js.var-hoisting", swap(code, `  var ${g}`, `  let ${g}`)),
      ],
      explanation: `\`var\` ignores block boundaries: \`${i}\` survives the loop holding the value that ended it (${final}), and \`var ${g}\` is hoisted to the top of the scope even though \`if (false) {\` never runs its block, so \`${g}\` exists and is \`undefined\` instead of throwing.`,
      trap: "if (false) {",
    };
  }),

  predict(T, "medium", "hoisted-inside-function", (rng) => {
    const x = rng.pick(["x", "name", "state", "current", "value"]);
    const [g, n, o] = rng.sample([...WORDS, ...FRUITS], 3);
    const f = rng.pick(["outer", "run", "setup", "main"]);
    const inner = rng.pick(["inner", "read", "get", "peek"]);
    const code = lines(
      `var ${x} = "${g}";`,
      `function ${f}() {`,
      `  console.log(${x});`,
      `  if (false) {`,
      `    var ${x} = "${n}";`,
      `  }`,
      `  function ${inner}() {`,
      `    return ${x};`,
      `  }`,
      `  ${x} = "${o}";`,
      `  return ${inner}();`,
      `}`,
      `console.log(${f}());`,
      `console.log(${x});`,
    );
    return {
      title: "A var that never runs still shadows",
      code,
      distractors: [
        mut("js.var-hoisting", swap(code, `    var ${x} = "${n}";`, `    ${x} = "${n}";`)),
        mut(
          "js.var-hoisting",
          swap(
            swap(code, `  if (false) {\n    var ${x} = "${n}";\n  }\n`, ""),
            `  console.log(${x});`,
            `  var ${x} = "${n}";\n  console.log(${x});`,
          ),
        ),
        val("js.shadowing", `${g}\n${g}\n${g}`),
        val("js.var-hoisting", `undefined\n${o}\n${o}`),
      ],
      explanation: `The \`var ${x} = "${n}";\` inside \`${f}\` is hoisted to the top of the function even though its block never executes, so \`${f}\` has its own \`${x}\` starting as \`undefined\`. The later assignment and \`${inner}\` use that local; the global stays "${g}".`,
      trap: `var ${x} = "${n}";`,
    };
  }),

  predict(T, "hard", "typeof-and-the-tdz", (rng) => {
    const u = rng.pick(["notDeclared", "missing", "nowhere", "phantom"]);
    const l = rng.pick(["later", "pending", "soon", "upcoming"]);
    const v = rng.pick(["inner", "hoisted", "deep", "local"]);
    const f = rng.pick(["probe", "check", "look", "test"]);
    const n = rng.int(1, 99);
    const s = rng.pick(WORDS);
    const code = lines(
      `const r = [];`,
      `function attempt(read) {`,
      `  try {`,
      `    r.push(read());`,
      `  } catch (e) {`,
      `    r.push(e.name);`,
      `  }`,
      `}`,
      `attempt(() => typeof ${u});`,
      `attempt(() => typeof ${l});`,
      `let ${l} = "${s}";`,
      `function ${f}() {`,
      `  const t = typeof ${v};`,
      `  var ${v} = ${n};`,
      "  return `${t}/${typeof " + v + "}`;",
      `}`,
      `attempt(${f});`,
      `console.log(r.join(" "));`,
    );
    return {
      title: "typeof before a declaration",
      code,
      distractors: [
        mut("js.tdz", swap(code, `let ${l} =`, `var ${l} =`)),
        mut("js.typeof-undeclared", swap(code, `attempt(() => typeof ${u});`, `attempt(() => ${u});`)),
        mut(
          "js.var-hoisting",
          swap(
            swap(code, `  var ${v} = ${n};\n`, ""),
            `  const t = typeof ${v};`,
            `  var ${v} = ${n};\n  const t = typeof ${v};`,
          ),
        ),
        mut(
          "js.tdz",
          swap(swap(code, `let ${l} = "${s}";\n`, ""), `const r = [];`, `const r = [];\nlet ${l} = "${s}";`),
        ),
      ],
      explanation: `\`typeof\` on a name that was never declared is safe and gives "undefined". But \`typeof ${l}\` runs before \`let ${l}\` is reached: a \`let\` name exists from the start of its scope and is in the temporal dead zone until its declaration runs, so even \`typeof\` throws a ReferenceError. A hoisted \`var\` is \`undefined\` until its assignment runs.`,
      trap: `typeof ${l}`,
    };
  }),

  predict(T, "easy", "arrow-function-called-too-early", (rng) => {
    const f = rng.pick(["greet", "welcome", "hello", "salute"]);
    const [p1, p2] = rng.sample(PEOPLE, 2);
    const word = rng.pick(["hi", "hello", "hey", "welcome"]);
    const code = lines(
      `try {`,
      `  console.log(${f}("${p1}"));`,
      `} catch (e) {`,
      `  console.log(e.name);`,
      `}`,
      "const " + f + " = (n) => `" + word + " ${n}`;",
      `console.log(${f}("${p2}"));`,
    );
    return {
      title: "Calling a const arrow function before its line",
      code,
      distractors: [
        mut("js.const-not-preset", swap(code, `const ${f} = (n) =>`, `var ${f} = (n) =>`)),
        mut(
          "js.const-function-not-hoisted",
          swap(
            code,
            "const " + f + " = (n) => `" + word + " ${n}`;",
            "function " + f + "(n) { return `" + word + " ${n}`; }",
          ),
        ),
        val("js.tdz", `undefined\n${word} ${p2}`),
        val("js.const-function-not-hoisted", `${word} undefined\n${word} ${p2}`),
      ],
      explanation: `\`const ${f} = (n) =>\` is a variable holding a function, not a function declaration, so nothing is hoisted with a body: the name is in its temporal dead zone until that line runs and the first call throws a ReferenceError. After the line has run, the second call works.`,
      trap: `const ${f} = (n) =>`,
    };
  }),

  predict(T, "medium", "two-declarations-same-name", (rng) => {
    const f = rng.pick(["speak", "label", "describe", "status"]);
    const [a, b, c] = rng.sample(["first", "second", "third", "old", "new", "draft", "final"], 3);
    const code = lines(
      `function ${f}() { return "${a}"; }`,
      `const out = [${f}()];`,
      `function ${f}() { return "${b}"; }`,
      `out.push(${f}());`,
      `${f} = () => "${c}";`,
      `out.push(${f}());`,
      `console.log(out.join(" "));`,
    );
    return {
      title: "Two function declarations with one name",
      code,
      distractors: [
        mut(
          "js.last-declaration-wins",
          swap(code, `function ${f}() { return "${b}"; }`, `${f} = function () { return "${b}"; };`),
        ),
        mut("js.function-hoisting", swap(code, `${f} = () => "${c}";`, `function ${f}() { return "${c}"; }`)),
        val("js.function-name-reassignable", `${b} ${b} ${b}`),
        val("js.last-declaration-wins", `${a} ${a} ${c}`),
      ],
      explanation: `Both declarations are hoisted before any code runs, and \`function ${f}() { return "${b}"; }\` is the later one, so it replaces the first before the first call: both early calls print "${b}". The declaration lines themselves do nothing at run time, but the assignment \`${f} = () => "${c}"\` is ordinary code, so the last call sees "${c}".`,
      trap: `function ${f}() { return "${b}"; }`,
    };
  }),

  predict(T, "hard", "var-redeclaring-a-parameter", (rng) => {
    const f = rng.pick(["scale", "adjust", "grow", "stretch"]);
    const p = rng.pick(["size", "n", "amount", "width"]);
    const n = rng.int(2, 40);
    const k = rng.int(2, 5);
    const code = lines(
      `function ${f}(${p}) {`,
      `  const seen = [${p}];`,
      `  var ${p};`,
      `  seen.push(${p});`,
      `  var ${p} = ${p} * ${k};`,
      `  seen.push(${p});`,
      `  return seen.map(String).join(" ");`,
      `}`,
      `console.log(${f}(${n}));`,
    );
    return {
      title: "var redeclaring a parameter",
      code,
      distractors: [
        mut("js.var-redeclares-parameter", swap(code, `  var ${p};`, `  ${p} = undefined;`)),
        mut("js.var-redeclares-parameter", swap(code, `function ${f}(${p}) {`, `function ${f}() {`)),
        val("js.var-redeclares-parameter", `${n} undefined ${n * k}`),
        val("js.var-redeclares-parameter", `undefined undefined NaN`),
      ],
      explanation: `\`var ${p};\` names a variable that already exists, the parameter, so it declares nothing new and does not reset it: without an initialiser it is a no-op, and \`${p}\` keeps the argument ${n}. Only the assignment in \`var ${p} = ${p} * ${k}\` changes it, to ${n * k}.`,
      trap: `var ${p};`,
    };
  }),

  predict(T, "easy", "let-inside-an-if-block", (rng) => {
    const [a, b] = rng.sample(["total", "label", "count", "limit", "mode", "size", "flag"], 2);
    const [x, y] = [rng.int(1, 99), rng.pick(WORDS)];
    const cond = rng.pick(["true", "1 < 2", "!false"]);
    const code = lines(
      `if (${cond}) {`,
      `  var ${a} = ${x};`,
      `  let ${b} = "${y}";`,
      `}`,
      `console.log(typeof ${a}, typeof ${b});`,
    );
    return {
      title: "var and let declared inside an if",
      code,
      distractors: [
        mut("js.let-stays-in-block", swap(code, `  let ${b} =`, `  var ${b} =`)),
        mut("js.block-scope", swap(code, `  var ${a} =`, `  let ${a} =`)),
        val("js.typeof-undeclared", `number ReferenceError`),
        val("js.let-stays-in-block", `number undefined\nundefined string`),
      ],
      explanation: `\`let ${b} = "${y}";\` is scoped to the \`if\` block, so after the block \`${b}\` is not declared at all, and \`typeof\` on an undeclared name safely gives "undefined" (no error). \`var ${a}\` ignores the block and belongs to the whole script, so it is still a number.`,
      trap: `let ${b} = "${y}";`,
    };
  }),

  predict(T, "medium", "function-reading-a-later-let", (rng) => {
    const f = rng.pick(["read", "current", "peek", "report"]);
    const v = rng.pick(["level", "mode", "limit", "theme"]);
    const n = rng.int(2, 99);
    const code = lines(
      `const log = [];`,
      `function ${f}() {`,
      `  return ${v};`,
      `}`,
      `try {`,
      `  log.push(${f}());`,
      `} catch (e) {`,
      `  log.push(e.name);`,
      `}`,
      `let ${v} = ${n};`,
      `log.push(${f}());`,
      `console.log(log.map(String).join(" "));`,
    );
    return {
      title: "A function that reads a let declared below it",
      code,
      distractors: [
        mut("js.let-not-preset", swap(code, `let ${v} = ${n};`, `var ${v} = ${n};`)),
        mut("js.tdz-is-temporal", swap(code, `let ${v} = ${n};`, `{ let ${v} = ${n}; }`)),
        mut(
          "js.tdz-is-temporal",
          swap(swap(code, `let ${v} = ${n};\n`, ""), `const log = [];`, `const log = [];\nlet ${v} = ${n};`),
        ),
        val("js.tdz-is-temporal", `${n} ${n}`),
        val("js.function-hoisting", `undefined ${n}`),
      ],
      explanation: `\`${f}\` can mention \`${v}\` even though \`let ${v} = ${n};\` comes later; what matters is WHEN it reads it. The first call runs before that line, while \`${v}\` is in its temporal dead zone, so it throws a ReferenceError; the second call runs after the declaration and sees ${n}.`,
      trap: `let ${v} = ${n};`,
    };
  }),

  predict(T, "hard", "let-shared-across-switch-cases", (rng) => {
    const f = rng.pick(["describe", "labelFor", "nameOf", "pick"]);
    const v = rng.pick(["label", "text", "word", "name"]);
    const [a, b] = rng.sample(WORDS, 2);
    const k1 = rng.int(1, 5);
    const k2 = k1 + rng.int(1, 5);
    const code = lines(
      `function ${f}(k) {`,
      `  switch (k) {`,
      `    case ${k1}:`,
      `      let ${v} = "${a}";`,
      `      return ${v};`,
      `    default:`,
      `      ${v} = "${b}";`,
      `      return ${v};`,
      `  }`,
      `}`,
      `const out = [];`,
      `for (const k of [${k1}, ${k2}]) {`,
      `  try {`,
      `    out.push(${f}(k));`,
      `  } catch (e) {`,
      `    out.push(e.name);`,
      `  }`,
      `}`,
      `console.log(out.join(" "));`,
    );
    return {
      title: "A let declared in one switch case",
      code,
      distractors: [
        mut("js.tdz", swap(code, `      let ${v} = "${a}";`, `      var ${v} = "${a}";`)),
        val("js.switch-one-block", `${a} undefined`),
        val("js.tdz", `ReferenceError ReferenceError`),
        val("js.switch-one-block", `${a} ${a}`),
      ],
      explanation: `The \`case\` clauses share the switch's single block, so \`let ${v} = "${a}";\` declares \`${v}\` for the \`default\` clause too. For k = ${k2} the declaration line is skipped, so \`${v}\` is still in its temporal dead zone when \`${v} = "${b}"\` tries to assign it: a ReferenceError, not a new variable.`,
      trap: `let ${v} = "${a}";`,
    };
  }),

  predict(T, "easy", "hoisted-function-reads-a-var", (rng) => {
    const f = rng.pick(["area", "scaled", "price", "total"]);
    const v = rng.pick(["factor", "rate", "ratio", "scale"]);
    const k = rng.int(2, 9);
    const n = rng.int(2, 12);
    const code = lines(
      `console.log(${f}(${n}));`,
      `var ${v} = ${k};`,
      `function ${f}(n) {`,
      `  return n * ${v};`,
      `}`,
      `console.log(${f}(${n}));`,
    );
    return {
      title: "Calling a hoisted function that reads a var",
      code,
      distractors: [
        mut(
          "js.var-hoisting",
          swap(
            code,
            `console.log(${f}(${n}));\nvar ${v} = ${k};`,
            `var ${v} = ${k};\nconsole.log(${f}(${n}));`,
          ),
        ),
        mut("js.function-hoisting", swap(code, `function ${f}(n) {`, `var ${f} = function (n) {`)),
        mut("js.tdz", swap(code, `var ${v} = ${k};`, `let ${v} = ${k};`)),
        val("js.hoisted-function-early-var", `undefined\n${n * k}`),
        val("js.function-hoisting", `TypeError\n${n * k}`),
      ],
      explanation: `\`function ${f}\` is hoisted with its body, so calling it on the first line works. But \`var ${v} = ${k};\` only hoists the declaration: during that first call \`${v}\` is still undefined, and ${n} * undefined is NaN. The second call runs after the assignment and gives ${n * k}.`,
      trap: `var ${v} = ${k};`,
    };
  }),

  predict(T, "medium", "named-function-expression", (rng) => {
    const outer = rng.pick(["fact", "compute", "run", "calc"]);
    const inner = rng.pick(["inner", "self", "loop", "step"]);
    const alias = rng.pick(["f2", "saved", "other", "copy"]);
    const n = rng.int(3, 6);
    const code = lines(
      `const ${outer} = function ${inner}(n) {`,
      `  return n <= 1 ? 1 : n * ${inner}(n - 1);`,
      `};`,
      `const ${alias} = ${outer};`,
      `console.log(${alias}(${n}), typeof ${inner}, ${alias}.name);`,
    );
    let fact = 1;
    for (let i = 2; i <= n; i++) fact *= i;
    return {
      title: "The name of a named function expression",
      code,
      distractors: [
        mut(
          "js.function-expression-name",
          swap(code, `const ${outer} = function ${inner}(n) {`, `function ${inner}(n) {`).replace(
            `};\nconst ${alias} = ${outer};`,
            `}\nconst ${outer} = ${inner};\nconst ${alias} = ${outer};`,
          ),
        ),
        mut(
          "js.function-expression-name",
          swap(
            swap(code, `const ${outer} = function ${inner}(n) {`, `const ${outer} = function (n) {`),
            `n * ${inner}(n - 1)`,
            `n * ${outer}(n - 1)`,
          ),
        ),
        val("js.function-expression-name", `${fact} undefined ${alias}`),
        val("js.tdz", `${fact} ReferenceError ${inner}`),
      ],
      explanation: `\`function ${inner}(n)\` here is a function EXPRESSION whose name is bound only inside its own body, which is why the recursive call works. Outside, \`${inner}\` is not declared, so \`typeof ${inner}\` is "undefined" (no error). The function's \`.name\` is still "${inner}", whichever variable holds it.`,
      trap: `function ${inner}(n)`,
    };
  }),

  predict(T, "hard", "default-parameters-scope", (rng) => {
    const x = rng.pick(["x", "label", "mode", "tag"]);
    const [o, bd] = rng.sample(WORDS, 2);
    const [f, h] = rng.pick([
      ["read", "twice"],
      ["pick", "double"],
      ["get", "scaled"],
    ]);
    const n = rng.int(2, 9);
    const m = rng.int(10, 20);
    const k = rng.int(2, 4);
    const code = lines(
      `const ${x} = "${o}";`,
      `function ${f}(a = ${x}) {`,
      `  const ${x} = "${bd}";`,
      `  return a;`,
      `}`,
      `function ${h}(a, b = a * ${k}) {`,
      `  a = ${m};`,
      `  return b;`,
      `}`,
      `console.log(${f}(), ${h}(${n}));`,
    );
    return {
      title: "What a default parameter can see",
      code,
      distractors: [
        val("js.param-scope", `${bd} ${n * k}`),
        val("js.param-scope", `ReferenceError ${n * k}`),
        mut(
          "js.default-computed-once",
          swap(
            code,
            `function ${h}(a, b = a * ${k}) {\n  a = ${m};\n  return b;`,
            `function ${h}(a, b) {\n  a = ${m};\n  b = b ?? a * ${k};\n  return b;`,
          ),
        ),
        mut(
          "js.param-scope",
          swap(
            code,
            `function ${f}(a = ${x}) {\n  const ${x} = "${bd}";\n  return a;`,
            `function ${f}(a) {\n  const ${x} = "${bd}";\n  a = a ?? ${x};\n  return a;`,
          ),
        ),
      ],
      explanation: `\`function ${f}(a = ${x})\` evaluates its default in the parameter scope before the body starts, where the body's \`const ${x}\` does not exist yet, so it reads the outer "${o}" (no TDZ error). Likewise \`b = a * ${k}\` is computed once, as the call begins, from a = ${n}; reassigning \`a\` in the body afterwards doesn't change \`b\`.`,
      trap: `function ${f}(a = ${x})`,
    };
  }),
];
