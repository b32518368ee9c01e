import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, FRUITS, PEOPLE, WORDS, distinctInts, fill, lines, mut, predict, swap, val } from "./helpers";

const T = "closures-and-scope";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const closuresAndScopeRules: MisconceptionRule[] = [
  {
    id: "js.compound-assignment-value",
    feedback: "A compound assignment such as `+=` evaluates to the NEW value it stores, not the old one.",
    requires: { all: ["+="] },
  },
  {
    id: "js.closure-keeps-state",
    feedback:
      "A variable captured by the returned function keeps its value between calls; it is not reset each time that function runs.",
    requires: { all: ["return"], any: ["=>", "function"] },
  },
  {
    id: "js.param-shadows-outer",
    feedback:
      "A parameter named like an outer variable is a separate local variable; changing it leaves the outer one alone.",
    requires: { all: ["function"] },
  },
  {
    id: "js.iife-private",
    feedback:
      "A variable declared inside an immediately invoked function is private to it: outside code can reach it only through the functions it returned.",
    requires: { all: ["})()"] },
  },
  {
    id: "js.closures-share-call-variables",
    feedback:
      "Functions created by the same call close over the SAME variable, so a change made through one is seen by the other, even after they are copied out.",
    requires: { any: ["=>", "function"] },
  },
  {
    id: "js.default-reads-at-call",
    feedback:
      "A default parameter's expression is evaluated at each call, so it sees the variable's value then, not when the function was defined.",
    requires: { all: ["function", "="] },
  },
  {
    id: "js.assign-nearest-scope",
    feedback:
      "An assignment without a declaration changes the nearest enclosing variable of that name; a `let` inside the function would create a new one.",
    requires: { all: ["let", "function"] },
  },
  {
    id: "js.wrapper-state-per-call",
    feedback:
      "Each call of the wrapping function creates a new flag for the function it returns, so a second wrapper starts fresh; only a flag declared outside it would be shared.",
    requires: { all: ["function", "return"] },
  },
  {
    id: "js.default-undefined-only",
    feedback:
      "A default parameter applies when the argument is missing or undefined, never for null: null is a value of its own and is used as it is.",
    requires: { all: ["function", "="] },
  },
  {
    id: "js.let-copy-per-iteration",
    feedback:
      "Each pass of a `for` loop with a `let` variable gets its own copy of it, and a closure made in that pass keeps that copy, not the value it had then: a change later in the same pass shows too.",
    requires: { all: ["for", "let"] },
  },
  {
    id: "js.late-binding-name",
    feedback:
      "A function looks up the names it uses when it runs, so reassigning that variable later changes what the old function calls.",
    requires: { all: ["let", "=>"] },
  },
  {
    id: "js.param-per-call-binding",
    feedback:
      "Each call of a callback has its own parameters, fixed for that call, while an outer variable is read live whenever the closure runs.",
    requires: { all: ["=>"] },
  },
  {
    id: "js.closure-reads-at-call",
    feedback:
      "A function reads the variables it closes over when it is CALLED, so a reassignment made before the call is what it sees.",
    requires: { any: ["=>", "function"] },
  },
];

export const closuresAndScopeTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "counter-factory", (rng) => {
    const f = rng.pick(["makeCounter", "createCounter", "counter", "makeTally", "ticker"]);
    const v = rng.pick(["count", "n", "total", "hits", "clicks"]);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["first", "second"],
      ["red", "blue"],
      ["left", "right"],
      ["x", "y"],
    ]);
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
        mut(
          "js.closure-shared-state",
          swap(
            swap(code, `  let ${v} = ${start};\n`, ""),
            `function ${f}() {`,
            `let ${v} = ${start};\nfunction ${f}() {`,
          ),
        ),
        mut("js.compound-assignment-value", swap(code, `(${v} += ${step})`, `((${v} += ${step}) - ${step})`)),
        mut(
          "js.no-assignment",
          swap(code, `  return () => (${v} += ${step});`, `  return () => ${v} + ${step};`),
        ),
        val("js.closure-shared-state", `${start + step * (calls + 1)} ${start + step * (calls + 1)}`),
      ],
      trap: `let ${v} = ${start};`,
      explanation: `\`let ${v} = ${start};\` is the trap: it runs on EACH call of \`${f}\`, so \`${a}\` and \`${b}\` close over two separate variables, and each arrow function keeps updating its own. \`${a}\` has been called ${calls + 1} times in total, \`${b}\` once: \`{{output}}\`.`,
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
        mut(
          "js.off-by-one",
          swap(code, `  ${fns}.push(() => ${i} ${op} ${k});`, `  ${fns}.push(() => (${i} - 1) ${op} ${k});`),
        ),
        mut("js.off-by-one", swap(code, `${i} < ${end}`, `${i} <= ${end}`)),
        val("js.closure-snapshot", Array.from({ length: count }, (_, n) => apply(start + n + 1)).join(" ")),
      ],
      trap: `var ${i}`,
      explanation: `\`var ${i}\` is the trap: it is a single variable shared by every arrow function. They all run after the loop, when \`${i}\` has reached ${end}, so each returns \`${end} ${op} ${k}\`. With \`let ${i}\` each iteration would get its own binding.`,
    };
  }),

  predict(T, "hard", "mixed-var-let-loop", (rng) => {
    const obj = rng.pick(["handlers", "labels", "buttons", "routes", "actions"]);
    const v = rng.pick(["tag", "label", "key", "id", "slot"]);
    const prefix = rng.pick(["t", "btn", "row", "item", "step", "tab", "col", "cell", "node", "key"]);
    const start = rng.int(0, 5);
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
      trap: "var i",
      explanation: `\`let ${v}\` is block-scoped, so each iteration's arrow function keeps its own \`${v}\`; the trap is \`var i\`: it is one function-wide variable that is ${end + 1} once the loop ends, and every arrow reads it then.`,
    };
  }),

  fill(T, "easy", "counter-body", (rng) => {
    const f = rng.pick(["makeCounter", "createTally", "counterFrom", "makeTicker"]);
    const v = rng.pick(["count", "n", "total", "ticks"]);
    const next = rng.pick(["next", "tick", "bump", "step"]);
    const start = rng.int(0, 20);
    const step = rng.int(2, 9);
    const calls = rng.int(1, 3);
    return {
      title: "A counter that remembers",
      prompt: "Which expression makes this program print `{{target}}`?",
      code: lines(
        `function ${f}(start, step) {`,
        `  let ${v} = start;`,
        `  return () => ${BLANK};`,
        `}`,
        `const ${next} = ${f}(${start}, ${step});`,
        ...Array.from({ length: calls }, () => `${next}();`),
        `console.log(${next}());`,
      ),
      answer: `(${v} += step)`,
      wrong: [
        { fragment: `${v} + step`, rule: "js.no-assignment" },
        { fragment: `(${v} = start + step)`, rule: "js.closure-keeps-state" },
        { fragment: `(${v} += step) - step`, rule: "js.compound-assignment-value" },
        { fragment: `start + step`, rule: "js.closure-snapshot" },
      ],
      trap: `${v} += step`,
      explanation: `The arrow function closes over \`${v}\`, which lives on between calls; \`${v} += step\` both updates it and evaluates to the new value, so the ${calls + 1}th call returns ${start} + ${calls + 1} × ${step}.`,
    };
  }),

  predict(T, "medium", "closures-read-latest-value", (rng) => {
    const g = rng.pick(["greeting", "prefix", "salute", "opener"]);
    const s = rng.pick(["suffix", "mark", "ending", "tail"]);
    const [w1, w2] = rng.sample(["Hi", "Hello", "Hey", "Bye", "Yo", "Welcome", "Ciao", "Howdy"], 2);
    const [m1, m2] = rng.sample(["!", "?", ".", "...", "!!", ";)"], 2);
    const who = rng.pick(PEOPLE);
    const code = lines(
      `let ${g} = "${w1}";`,
      "const greet = (name) => `${" + g + "}, ${name}`;",
      `${g} = "${w2}";`,
      `const line = greet("${who}");`,
      `let ${s} = "${m1}";`,
      `function finish(text) {`,
      `  return text + ${s};`,
      `}`,
      `${s} = "${m2}";`,
      `console.log(finish(line));`,
    );
    const laterG = swap(
      swap(code, `${g} = "${w2}";\n`, ""),
      `const line = greet("${who}");`,
      `const line = greet("${who}");\n${g} = "${w2}";`,
    );
    const laterS = swap(
      swap(code, `${s} = "${m2}";\n`, ""),
      `console.log(finish(line));`,
      `console.log(finish(line));\n${s} = "${m2}";`,
    );
    return {
      title: "What a closure sees when it runs",
      code,
      distractors: [
        mut("js.closure-reads-at-call", laterG),
        mut("js.closure-snapshot", laterS),
        mut(
          "js.closure-snapshot",
          swap(
            swap(laterG, `${s} = "${m2}";\n`, ""),
            `console.log(finish(line));`,
            `console.log(finish(line));\n${s} = "${m2}";`,
          ),
        ),
        val("js.closure-snapshot", `${w2}, ${who}`),
      ],
      trap: `${g} = "${w2}";`,
      explanation: `Functions read the CURRENT value of the variables they close over at the moment they run, not the value when they were defined. The trap is \`${g} = "${w2}";\` (and likewise \`${s} = "${m2}";\`): both reassignments happen before the calls, so the output is \`{{output}}\`.`,
    };
  }),

  predict(T, "hard", "closure-vs-property-copy", (rng) => {
    const f = rng.pick(["createWallet", "makeAccount", "openTab", "newCounter"]);
    const v = rng.pick(["balance", "total", "amount", "points"]);
    const m = rng.pick(["deposit", "add", "credit", "put"]);
    const w = rng.pick(["w", "acct", "tab", "wallet"]);
    const start = rng.int(1, 50);
    const xs = [rng.int(1, 30), rng.int(1, 30)];
    const code = lines(
      `function ${f}(start) {`,
      `  let ${v} = start;`,
      `  return {`,
      `    ${v},`,
      `    ${m}(x) {`,
      `      ${v} += x;`,
      `      return this;`,
      `    },`,
      `    get current() {`,
      `      return ${v};`,
      `    },`,
      `  };`,
      `}`,
      `const ${w} = ${f}(${start});`,
      `${w}.${m}(${xs[0]}).${m}(${xs[1]});`,
      `console.log(${w}.${v}, ${w}.current);`,
    );
    return {
      title: "A closure variable versus a copied property",
      code,
      distractors: [
        mut("js.property-copy", swap(code, `    ${v},\n`, `    get ${v}() {\n      return ${v};\n    },\n`)),
        mut("js.property-copy", swap(code, `      ${v} += x;`, `      this.${v} += x;`)),
        mut(
          "js.closure-snapshot",
          swap(code, `    get current() {\n      return ${v};`, `    get current() {\n      return start;`),
        ),
        mut(
          "js.chain-needs-this",
          swap(code, `      return this;`, `      return { ${m}: () => this };`).replace(
            `${w}.${m}(${xs[0]}).${m}(${xs[1]});`,
            `${w}.${m}(${xs[0]});`,
          ),
        ),
      ],
      trap: `${w}.${v}`,
      explanation: `\`${w}.${v}\` is the trap: the shorthand \`${v}\` property was a one-time copy of the variable's value (${start}). \`${m}\` updates the closed-over variable, and the \`current\` getter reads that variable, so only the getter sees the deposits.`,
    };
  }),

  predict(T, "easy", "block-shadowing", (rng) => {
    const v = rng.pick(["msg", "label", "mode", "color", "level"]);
    const f = rng.pick(["flag", "status", "note", "marker"]);
    const [o, i] = rng.sample([...WORDS, ...FRUITS], 2);
    const setTo = rng.pick(["set", "on", "ready", "done"]);
    const code = lines(
      `let ${v} = "${o}";`,
      `{`,
      `  let ${v} = "${i}";`,
      `  console.log(${v});`,
      `}`,
      `console.log(${v});`,
      `if (true) {`,
      `  var ${f} = "${setTo}";`,
      `}`,
      `console.log(typeof ${f});`,
    );
    return {
      title: "let in a block, var in an if",
      code,
      distractors: [
        mut("js.shadowing", swap(code, `  let ${v} = "${i}";`, `  ${v} = "${i}";`)),
        mut("js.block-scope", swap(code, `  var ${f} = "${setTo}";`, `  let ${f} = "${setTo}";`)),
        val("js.shadowing", `${o}\n${o}\nstring`),
        mut(
          "js.block-scope",
          swap(
            swap(code, `  let ${v} = "${i}";`, `  ${v} = "${i}";`),
            `  var ${f} = "${setTo}";`,
            `  let ${f} = "${setTo}";`,
          ),
        ),
      ],
      trap: `let ${v} = "${i}";`,
      explanation: `The trap is the inner \`let ${v} = "${i}";\`: it declares a new variable that exists only inside the braces, so the outer one keeps "${o}". \`var\` ignores blocks: \`${f}\` belongs to the enclosing scope and is a string after the \`if\` runs.`,
    };
  }),

  fill(T, "medium", "capture-each-iteration", (rng) => {
    const fns = rng.pick(["fns", "getters", "jobs", "tasks"]);
    const i = rng.pick(["i", "j", "idx"]);
    const k = rng.int(2, 25);
    const n = rng.int(3, 4);
    const start = rng.int(0, 5);
    const sep = rng.pick([" ", ", ", " | ", "/"]);
    return {
      title: "Capturing the loop value with var",
      prompt: "Which expression makes this program print `{{target}}`?",
      code: lines(
        `const factor = ${k};`,
        `const ${fns} = [];`,
        `for (var ${i} = ${start}; ${i} < ${start + n}; ${i}++) {`,
        `  ${fns}.push(${BLANK});`,
        `}`,
        `console.log(${fns}.map((f) => f()).join("${sep}"));`,
      ),
      answer: `((n) => () => n * factor)(${i})`,
      wrong: [
        { fragment: `() => ${i} * factor`, rule: "js.var-loop-capture" },
        { fragment: `() => { const n = ${i}; return n * factor; }`, rule: "js.closure-snapshot" },
        { fragment: `(n = ${i}) => n * factor`, rule: "js.default-params" },
        { fragment: `function () { return ${i} * factor; }`, rule: "js.var-loop-capture" },
      ],
      trap: `((n) => () => n * factor)(${i})`,
      explanation: `All callbacks share the single \`var ${i}\`, which is ${start + n} when they run. Calling \`((n) => () => n * factor)(${i})\` immediately copies the CURRENT \`${i}\` into a fresh parameter \`n\` for each iteration; copying inside the callback or in a default parameter happens too late, at call time.`,
    };
  }),

  predict(T, "hard", "timers-in-loops", (rng) => {
    const n = rng.int(2, 4);
    const later = rng.int(10, 999);
    const k = rng.int(1, 5);
    const [i, j] = rng.pick([
      ["i", "j"],
      ["a", "b"],
      ["n", "m"],
      ["x", "y"],
    ]);
    const code = lines(
      `const log = [];`,
      `for (var ${i} = 0; ${i} < ${n}; ${i}++) {`,
      `  setTimeout(() => log.push(${i} * ${k}), 0);`,
      `}`,
      `for (let ${j} = 0; ${j} < ${n}; ${j}++) {`,
      `  setTimeout(() => log.push(${j} * ${k}), 0);`,
      `}`,
      `${i} = ${later};`,
      `setTimeout(() => console.log(log.join(" ")), 100);`,
    );
    const seq = Array.from({ length: n }, (_, x) => x * k);
    return {
      title: "Timers created in var and let loops",
      code,
      distractors: [
        mut("js.var-loop-capture", swap(code, `${i} = ${later};\n`, "")),
        mut(
          "js.var-loop-capture",
          swap(
            swap(code, `for (var ${i} = 0;`, `for (let ${i} = 0;`),
            `${i} = ${later};`,
            `var ${i} = ${later};`,
          ),
        ),
        val("js.async-order", [...Array(n).fill(n * k), ...seq].join(" ")),
        mut("js.block-scope", swap(code, `for (let ${j} = 0;`, `for (var ${j} = 0;`)),
        val("js.closure-snapshot", [...seq, ...seq].join(" ")),
      ],
      trap: `${i} = ${later}`,
      explanation: `The callbacks run only after all synchronous code, including \`${i} = ${later}\`, which is the trap: the \`var\` loop's callbacks share that one \`${i}\`, so they all see ${later}; the \`let\` loop gives each callback its own \`${j}\`.`,
    };
  }),
  predict(T, "easy", "once-wrapper", (rng) => {
    const flag = rng.pick(["done", "used", "called", "fired"]);
    const w = rng.pick(["once", "onlyOnce", "single", "firstOnly"]);
    const g = rng.pick(["greet", "init", "launch", "setup"]);
    const [word, skip] = rng.pick([
      ["hello", "skip"],
      ["ready", "again?"],
      ["go", "no"],
      ["start", "ignored"],
    ]);
    const calls = rng.int(2, 3);
    const code = lines(
      `function ${w}(fn) {`,
      `  let ${flag} = false;`,
      `  return () => {`,
      `    if (${flag}) return "${skip}";`,
      `    ${flag} = true;`,
      `    return fn();`,
      `  };`,
      `}`,
      `const ${g} = ${w}(() => "${word}");`,
      `console.log(${Array.from({ length: calls }, () => `${g}()`).join(", ")});`,
      `console.log(${w}(() => "${word}")());`,
    );
    return {
      title: "A function that runs only once",
      code,
      distractors: [
        mut(
          "js.closure-keeps-state",
          swap(
            swap(code, `  let ${flag} = false;\n`, ""),
            `  return () => {`,
            `  return () => {\n    let ${flag} = false;`,
          ),
        ),
        mut("js.closure-keeps-state", swap(code, `    ${flag} = true;\n`, "")),
        mut(
          "js.wrapper-state-per-call",
          swap(
            swap(code, `  let ${flag} = false;\n`, ""),
            `function ${w}(fn) {`,
            `let ${flag} = false;\nfunction ${w}(fn) {`,
          ),
        ),
        mut(
          "js.closure-keeps-state",
          swap(code, `    if (${flag}) return "${skip}";`, `    if (!${flag}) return "${skip}";`),
        ),
      ],
      explanation: `\`${flag} = true;\` is the trap: it changes the variable captured by the returned arrow function, and that variable lives on between calls, so only the first call of \`${g}\` runs \`fn\`. A new call of \`${w}\` creates a fresh \`${flag}\`, so the last line runs \`fn\` again.`,
      trap: `${flag} = true;`,
    };
  }),

  predict(T, "easy", "parameter-shadows-outer", (rng) => {
    const v = rng.pick(["total", "score", "count", "level"]);
    const f = rng.pick(["addBonus", "bump", "raise", "boost"]);
    const start = rng.int(10, 50);
    const arg = rng.int(1, 9);
    const bonus = rng.int(2, 9);
    const code = lines(
      `let ${v} = ${start};`,
      `function ${f}(${v}) {`,
      `  ${v} += ${bonus};`,
      `  return ${v};`,
      `}`,
      `console.log(${f}(${arg}));`,
      `console.log(${v});`,
    );
    return {
      title: "A parameter named like an outer variable",
      code,
      distractors: [
        mut("js.param-shadows-outer", swap(code, `function ${f}(${v}) {`, `function ${f}() {`)),
        mut("js.param-shadows-outer", swap(code, `function ${f}(${v}) {`, `function ${f}(x) {\n  ${v} = x;`)),
        mut("js.param-shadows-outer", swap(code, `  return ${v};`, `  return ${v} + ${start};`)),
        mut("js.no-assignment", swap(code, `  ${v} += ${bonus};`, `  ${v} + ${bonus};`)),
      ],
      explanation: `The parameter in \`function ${f}(${v})\` is the trap: it is a NEW local variable that happens to share its name with the outer one, so \`${v} += ${bonus}\` changes only the local copy of the argument (${arg} + ${bonus}). The outer \`${v}\` keeps ${start}.`,
      trap: `function ${f}(${v})`,
    };
  }),

  predict(T, "easy", "iife-private-variable", (rng) => {
    const n = rng.pick(["n", "count", "clicks", "hits"]);
    const o = rng.pick(["counter", "tally", "clicker", "meter"]);
    const times = rng.int(2, 4);
    const code = lines(
      `const ${o} = (() => {`,
      `  let ${n} = 0;`,
      `  return { inc: () => ++${n}, get: () => ${n} };`,
      `})();`,
      ...Array.from({ length: times }, () => `${o}.inc();`),
      `console.log(${o}.get(), typeof ${n});`,
      `console.log(${o}.inc(), ${o}.get());`,
    );
    return {
      title: "A variable hidden inside an IIFE",
      code,
      distractors: [
        mut(
          "js.iife-private",
          swap(
            swap(code, `  let ${n} = 0;\n`, ""),
            `const ${o} = (() => {`,
            `let ${n} = 0;\nconst ${o} = (() => {`,
          ),
        ),
        mut("js.postfix-increment", swap(code, `inc: () => ++${n}`, `inc: () => ${n}++`)),
        mut("js.iife-private", swap(code, `get: () => ${n} }`, `get: () => 0 }`)),
        mut("js.no-assignment", swap(code, `inc: () => ++${n}`, `inc: () => ${n} + 1`)),
      ],
      explanation: `\`typeof ${n}\` is the trap: \`${n}\` is declared inside the immediately invoked arrow function, so outside it there is no such name (and \`typeof\` of an undeclared name gives "undefined" instead of throwing). The object's two arrow functions still share that hidden \`${n}\`, which has been incremented ${times} times.`,
      trap: `typeof ${n}`,
    };
  }),

  predict(T, "medium", "getter-setter-pair", (rng) => {
    const f = rng.pick(["makeBox", "cell", "makeSlot", "holder"]);
    const v = rng.pick(["value", "content", "item", "stored"]);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["left", "right"],
      ["one", "two"],
      ["red", "blue"],
    ]);
    const [x1, x2, x3] = distinctInts(rng, 3, 1, 99);
    const code = lines(
      `function ${f}(${v}) {`,
      `  return {`,
      `    get: () => ${v},`,
      `    set: (x) => {`,
      `      ${v} = x;`,
      `    },`,
      `  };`,
      `}`,
      `const ${a} = ${f}(${x1});`,
      `const ${b} = ${f}(${x2});`,
      `const { get, set } = ${a};`,
      `set(${x3});`,
      `console.log(${a}.get(), ${b}.get(), get());`,
    );
    return {
      title: "Two closures sharing one variable",
      code,
      distractors: [
        mut(
          "js.closures-share-call-variables",
          swap(code, `    get: () => ${v},`, `    get: ((snap) => () => snap)(${v}),`),
        ),
        mut(
          "js.closures-share-call-variables",
          swap(code, `const { get, set } = ${a};`, `const { get, set } = ${f}(${x1});`),
        ),
        mut(
          "js.closure-shared-state",
          swap(code, `function ${f}(${v}) {`, `let ${v};\nfunction ${f}(init) {\n  ${v} = init;`),
        ),
        mut(
          "js.closures-share-call-variables",
          swap(code, `const { get, set } = ${a};`, `const { get, set } = ${b};`),
        ),
      ],
      explanation: `\`get\` and \`set\` were created by the same call, \`${f}(${x1})\`, so they close over the SAME \`${v}\`; the trap is \`set(${x3});\` through a destructured copy of the function: it still changes \`${a}\`'s variable. \`${b}\` came from another call and has its own \`${v}\`.`,
      trap: `set(${x3});`,
    };
  }),

  predict(T, "medium", "default-reads-at-call-time", (rng) => {
    const r = rng.pick(["rate", "factor", "scale", "mult"]);
    const f = rng.pick(["price", "cost", "convert", "apply"]);
    const r1 = rng.int(2, 4);
    const r2 = rng.int(5, 9);
    const x = rng.int(2, 12);
    const y = rng.int(2, 9);
    const code = lines(
      `let ${r} = ${r1};`,
      `function ${f}(amount, by = ${r}) {`,
      `  return amount * by;`,
      `}`,
      `${r} = ${r2};`,
      `console.log(${f}(${x}), ${f}(${x}, undefined));`,
      `console.log(${f}(${y}, null), ${f}(${y}, 1));`,
    );
    return {
      title: "When a default parameter is evaluated",
      code,
      distractors: [
        mut(
          "js.default-reads-at-call",
          swap(code, `function ${f}(amount, by = ${r}) {`, `function ${f}(amount, by = ${r1}) {`),
        ),
        mut("js.default-undefined-only", swap(code, `${f}(${x}, undefined)`, `${f}(${x}, ${x})`)),
        mut("js.default-undefined-only", swap(code, `${f}(${y}, null)`, `${f}(${y})`)),
        mut("js.default-reads-at-call", swap(code, `${r} = ${r2};`, `let ${r}Later = ${r2};`)),
      ],
      explanation: `\`by = ${r}\` is the trap: the default expression is evaluated at each CALL, when \`${r}\` is already ${r2}, not when the function was defined. It applies for a missing argument and for an explicit \`undefined\`, but \`null\` is a real value, which multiplies as 0.`,
      trap: `by = ${r}`,
    };
  }),

  predict(T, "medium", "assignment-finds-nearest-scope", (rng) => {
    const v = rng.pick(["x", "mode", "label", "state"]);
    const [g, o, i] = rng.pick([
      ["global", "outer", "inner"],
      ["top", "middle", "bottom"],
      ["file", "func", "nested"],
      ["A", "B", "C"],
    ]);
    const code = lines(
      `let ${v} = "${g}";`,
      `function outer() {`,
      `  let ${v} = "${o}";`,
      `  function inner() {`,
      `    ${v} = "${i}";`,
      `    return ${v};`,
      `  }`,
      `  const r = inner();`,
      `  return r + " " + ${v};`,
      `}`,
      `console.log(outer(), ${v});`,
    );
    return {
      title: "Which variable an assignment changes",
      code,
      distractors: [
        mut("js.assign-nearest-scope", swap(code, `    ${v} = "${i}";`, `    let ${v} = "${i}";`)),
        mut("js.assign-nearest-scope", swap(code, `  let ${v} = "${o}";`, `  ${v} = "${o}";`)),
        mut(
          "js.assign-nearest-scope",
          swap(code, `  const r = inner();`, `  const r = inner();\n  ${v} = "${o}";`),
        ),
        mut("js.shadowing", swap(code, `console.log(outer(), ${v});`, `console.log(outer(), outer());`)),
      ],
      explanation: `\`${v} = "${i}";\` is the trap: an assignment without \`let\` creates nothing new; it changes the NEAREST enclosing variable named \`${v}\`, which is \`outer\`'s, so \`outer\` then sees "${i}" too. The top-level \`${v}\` is shadowed inside \`outer\` and keeps "${g}".`,
      trap: `${v} = "${i}";`,
    };
  }),

  predict(T, "hard", "let-binding-changed-in-body", (rng) => {
    const n = rng.int(5, 8);
    const fns = rng.pick(["fns", "getters", "readers", "probes"]);
    const i = rng.pick(["i", "j", "k"]);
    const code = lines(
      `const ${fns} = [];`,
      `for (let ${i} = 0; ${i} < ${n}; ${i}++) {`,
      `  ${fns}.push(() => ${i});`,
      `  ${i}++;`,
      `}`,
      `console.log(${fns}.map((f) => f()).join(" "));`,
      `console.log(${fns}.length);`,
    );
    return {
      title: "Changing a let loop variable inside the body",
      code,
      distractors: [
        mut(
          "js.let-copy-per-iteration",
          swap(code, `  ${fns}.push(() => ${i});`, `  ${fns}.push(((v) => () => v)(${i}));`),
        ),
        mut("js.let-copy-per-iteration", swap(code, `for (let ${i} = 0;`, `for (var ${i} = 0;`)),
        mut("js.let-copy-per-iteration", swap(code, `  ${i}++;\n`, "")),
        mut("js.let-copy-per-iteration", swap(code, `${i} < ${n};`, `${i} <= ${n};`)),
      ],
      explanation: `\`${i}++;\` inside the body is the trap: each iteration's \`let ${i}\` is its own binding, but the closure pushed in that iteration captures the binding, not its value at push time, so it sees the increment made later in the same iteration. The next iteration's binding starts from that value and the loop's \`${i}++\` adds one more, so the loop runs every other number.`,
      trap: `${i}++;`,
    };
  }),

  predict(T, "hard", "function-looked-up-by-name", (rng) => {
    const f = rng.pick(["fact", "step", "calc", "down"]);
    const g = rng.pick(["saved", "original", "keep", "first"]);
    const n = rng.int(3, 5);
    const z = rng.int(7, 9);
    const code = lines(
      `let ${f} = (n) => (n <= 1 ? 1 : n * ${f}(n - 1));`,
      `const ${g} = ${f};`,
      `console.log(${g}(${n}));`,
      `${f} = () => ${z};`,
      `console.log(${g}(${n}), ${f}(${n}));`,
      `console.log(${g} === ${f});`,
    );
    return {
      title: "A recursive function whose name is reassigned",
      code,
      distractors: [
        mut(
          "js.late-binding-name",
          swap(
            code,
            `let ${f} = (n) => (n <= 1 ? 1 : n * ${f}(n - 1));`,
            `let ${f} = function self(n) {\n  return n <= 1 ? 1 : n * self(n - 1);\n};`,
          ),
        ),
        mut("js.late-binding-name", swap(code, `const ${g} = ${f};`, `const ${g} = (n) => ${f}(n);`)),
        mut("js.late-binding-name", swap(code, `${f} = () => ${z};`, `const other = () => ${z};`)),
      ],
      explanation: `\`${f} = () => ${z};\` is the trap: \`${g}\` still holds the original arrow function, but that function calls \`${f}\` BY NAME, and the name is looked up when the call runs. After the reassignment its recursive step calls the new function, so \`${g}(${n})\` becomes ${n} × ${z}.`,
      trap: `${f} = () => ${z};`,
    };
  }),

  predict(T, "hard", "callback-parameter-versus-outer-variable", (rng) => {
    const k = rng.pick(["k", "scale", "step", "mult"]);
    const n = rng.int(3, 4);
    const k1 = rng.int(2, 5);
    const k2 = rng.int(6, 12);
    const fns = rng.pick(["fns", "makers", "jobs", "calcs"]);
    const code = lines(
      `let ${k} = ${k1};`,
      `const ${fns} = Array.from({ length: ${n} }, (_, i) => () => i * ${k});`,
      `${k} = ${k2};`,
      `console.log(${fns}.map((f) => f()).join(" "));`,
    );
    const seq = (m: number) => Array.from({ length: n }, (_, i) => i * m).join(" ");
    return {
      title: "Closures made by Array.from",
      code,
      distractors: [
        mut(
          "js.param-per-call-binding",
          swap(code, `(_, i) => () => i * ${k}`, `(_, i) => ((m) => () => i * m)(${k})`),
        ),
        mut(
          "js.param-per-call-binding",
          swap(
            code,
            `const ${fns} = Array.from({ length: ${n} }, (_, i) => () => i * ${k});`,
            `var i = ${n};\nconst ${fns} = Array.from({ length: ${n} }, () => () => i * ${k});`,
          ),
        ),
        val("js.closure-snapshot", seq(k1)),
        mut("js.param-per-call-binding", swap(code, `() => i * ${k}`, `() => (i + 1) * ${k}`)),
      ],
      explanation: `\`() => i * ${k}\` is the trap: it reads two different kinds of variable. \`i\` is the callback's own parameter, a fresh binding for each of the ${n} calls, so each closure keeps its own index; \`${k}\` is one outer variable, read only when the closure RUNS, after \`${k} = ${k2}\`. So the results are ${seq(k2).split(" ").join(", ")}.`,
      trap: `() => i * ${k}`,
    };
  }),
];
