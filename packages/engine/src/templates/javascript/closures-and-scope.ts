import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, FRUITS, PEOPLE, WORDS, fill, lines, mut, predict, swap, val } from "./helpers";

const T = "closures-and-scope";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const closuresAndScopeRules: MisconceptionRule[] = [
  {
    id: "js.compound-assignment-value",
    feedback: "A compound assignment such as `+=` evaluates to the NEW value it stores, not the old one.",
    requires: { all: ["+="] },
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
      explanation: `\`let ${v}\` is block-scoped, so each iteration\'s arrow function keeps its own \`${v}\`; the trap is \`var i\`: it is one function-wide variable that is ${end + 1} once the loop ends, and every arrow reads it then.`,
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
        { fragment: `(${v} = start + step)`, rule: "js.closure-snapshot" },
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
        mut("js.closure-snapshot", laterG),
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
          "js.lost-this",
          swap(code, `      return this;`, `      return { ${m}: () => this };`).replace(
            `${w}.${m}(${xs[0]}).${m}(${xs[1]});`,
            `${w}.${m}(${xs[0]});`,
          ),
        ),
      ],
      trap: `${w}.${v}`,
      explanation: `\`${w}.${v}\` is the trap: the shorthand \`${v}\` property was a one-time copy of the variable\'s value (${start}). \`${m}\` updates the closed-over variable, and the \`current\` getter reads that variable, so only the getter sees the deposits.`,
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
      explanation: `The callbacks run only after all synchronous code, including \`${i} = ${later}\`, which is the trap: the \`var\` loop\'s callbacks share that one \`${i}\`, so they all see ${later}; the \`let\` loop gives each callback its own \`${j}\`.`,
    };
  }),
];
