import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  FUNC_NAMES,
  PEOPLE,
  distinctInts,
  fill,
  fillPrompt,
  flagged,
  mut,
  predict,
  py,
} from "./helpers";

const T = "scope-and-closures";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const scopeAndClosuresRules: MisconceptionRule[] = [
  {
    id: "py.closure-returns-updated",
    feedback:
      "The `nonlocal` variable is updated by `+=` before it is returned, so each call returns the new value, not the old one.",
    requires: { all: ["nonlocal", "+=", "return"] },
  },
  {
    id: "py.global-read-at-call",
    feedback:
      "A function reads a global name when it runs, not when it is defined, so it sees the value the global has at call time; only a default argument would freeze the value when `def` runs.",
    requires: { all: ["def"] },
  },
  {
    id: "py.inner-assign-restarts",
    feedback:
      "An assignment inside the inner function runs on every call and makes the name local to it, so the running value would restart instead of carrying over between calls.",
    requires: { all: ["def", "= 0"] },
  },
];

export const scopeAndClosuresTemplates: ChallengeTemplate[] = [
  predict(T, "local-shadows-global", "easy", (rng) => {
    const v = rng.pick(["score", "level", "count", "speed", "limit"]);
    const fn = rng.pick(["reset", "change", "adjust", "set_value"]);
    const [a, b] = distinctInts(rng, 2, 1, 99);
    const prog = flagged((o: { global?: boolean; readsGlobal?: boolean; printFirst?: boolean }) =>
      py(
        `${v} = ${a}`,
        `def ${fn}():`,
        o.printFirst && `    ${o.global ? `global ${v}; ` : ""}print("inside", ${v})`,
        `    ${o.global && !o.printFirst ? `global ${v}; ` : ""}${v} = ${b}`,
        !o.printFirst && `    print("inside", ${o.readsGlobal ? `globals()["${v}"]` : v})`,
        "",
        `${fn}()`,
        `print("outside", ${v})`,
      ),
    );
    return {
      title: "Assigning a global name inside a function",
      code: prog({}),
      distractors: [
        mut("py.global-shadow", prog({ global: true })),
        mut("py.legb-order", prog({ readsGlobal: true })),
        mut("py.global-shadow", prog({ global: true, printFirst: true })),
      ],
      trap: `${v} = ${b}`,
      explanation: `\`${v} = ${b}\` is the trap: an assignment inside \`${fn}\` creates a LOCAL \`${v}\` (there is no \`global\` statement), so the function prints ${b} while the global \`${v}\` stays ${a}.`,
    };
  }),

  predict(T, "augmented-assign-unbound-local", "medium", (rng) => {
    const v = rng.pick(["count", "total", "hits", "visits"]);
    const fn = rng.pick(FUNC_NAMES);
    const [a, b] = distinctInts(rng, 2, 1, 50);
    const prog = flagged((o: { global?: boolean; copyLocal?: boolean; nameError?: boolean }) =>
      py(
        `${v} = ${a}`,
        `def ${fn}(n):`,
        o.copyLocal
          ? `    result = ${v} + n\n    return result`
          : `    ${o.global ? `global ${v}; ` : ""}${v} += n\n    return ${v}`,
        "",
        "try:",
        `    print("result", ${fn}(${b}))`,
        "except Exception as e:",
        o.nameError ? '    print("error", "NameError")' : '    print("error", type(e).__name__)',
        `print("global", ${v})`,
      ),
    );
    return {
      title: "+= on a global inside a function",
      code: prog({}),
      distractors: [
        mut("py.unbound-local", prog({ global: true })),
        mut("py.unbound-local", prog({ copyLocal: true })),
        mut("py.exception-type", prog({ nameError: true })),
      ],
      trap: `${v} += n`,
      explanation: `\`${v} += n\` is the trap: because \`${fn}\` assigns \`${v}\` (\`+=\` is an assignment), \`${v}\` is local throughout the function; reading it before any local value exists raises \`UnboundLocalError\`. The global stays ${a}.`,
    };
  }),

  predict(T, "late-binding-in-a-loop", "hard", (rng) => {
    const fn = rng.pick(["make_multipliers", "build_scalers", "make_funcs", "factories"]);
    const n = rng.int(3, 5);
    const k = rng.int(2, 99);
    const lo = rng.int(0, 4);
    const loopVar = rng.pick(["i", "step", "factor"]);
    const prog = flagged((o: { early?: boolean; endsAtN?: boolean }) =>
      py(
        `def ${fn}(lo, hi):`,
        "    funcs = []",
        `    for ${loopVar} in range(lo, hi):`,
        o.early
          ? `        funcs.append(lambda x, ${loopVar}=${loopVar}: x * ${o.endsAtN ? `(${loopVar} + 1)` : loopVar})`
          : `        funcs.append(lambda x: x * ${o.endsAtN ? `(${loopVar} + 1)` : loopVar})`,
        "    return funcs",
        "",
        `print([f(${k}) for f in ${fn}(${lo}, ${lo + n})])`,
      ),
    );
    return {
      title: "Closures created in a loop",
      code: prog({}),
      distractors: [
        mut("py.late-binding-closure", prog({ early: true })),
        mut("py.off-by-one", prog({ endsAtN: true })),
        mut("py.late-binding-closure", prog({ early: true, endsAtN: true })),
      ],
      trap: `lambda x: x * ${loopVar}`,
      explanation: `\`lambda x: x * ${loopVar}\` is the trap: every lambda refers to the same variable \`${loopVar}\`, looked up when the lambda is CALLED; by then the loop has finished with \`${loopVar} == ${lo + n - 1}\`, so each returns ${k} * ${lo + n - 1}. Output: \`{{output}}\`.`,
    };
  }),

  fill(T, "make-the-counter-work", "easy", (rng) => {
    const v = rng.pick(["counter", "total", "clicks", "score"]);
    const fn = rng.pick(["tick", "add", "bump", "record"]);
    const [a, b] = distinctInts(rng, 2, 1, 50);
    return {
      title: "Updating a module-level counter",
      prompt: fillPrompt("line"),
      code: py(
        `${v} = 0`,
        "",
        `def ${fn}(step):`,
        `    ${BLANK}`,
        `    ${v} = ${v} + step`,
        "",
        `${fn}(${a})`,
        `${fn}(${b})`,
        `print(${v})`,
      ),
      answer: `global ${v}`,
      wrong: [
        { fragment: `nonlocal ${v}`, rule: "py.global-vs-nonlocal" },
        { fragment: `${v} = 0`, rule: "py.global-shadow" },
        { fragment: "pass", rule: "py.unbound-local" },
        { fragment: `${v} = ${v}`, rule: "py.unbound-local" },
      ],
      trap: `global ${v}`,
      explanation: `Assigning \`${v}\` inside \`${fn}\` would make it local; \`global ${v}\` tells Python the assignment targets the module-level variable, so the calls add up to ${a + b}.`,
    };
  }),

  predict(T, "two-independent-counters", "medium", (rng) => {
    const [s1, s2] = distinctInts(rng, 2, 0, 50);
    const k = rng.int(2, 9);
    const [fa, fb] = rng.pick([
      ["a", "b"],
      ["red", "blue"],
      ["left", "right"],
      ["home", "away"],
    ] as const);
    const prog = flagged((o: { shared?: boolean; resets?: boolean; postInc?: boolean }) =>
      py(
        "def make_counter(start):",
        o.shared ? "    global count" : null,
        "    count = start",
        "    def inc(step=1):",
        o.resets ? null : o.shared ? "        global count" : "        nonlocal count",
        o.resets
          ? "        return start + step"
          : o.postInc
            ? "        old = count\n        count += step\n        return old"
            : "        count += step\n        return count",
        "    return inc",
        "",
        `${fa} = make_counter(${s1})`,
        `${fb} = make_counter(${s2})`,
        `${fa}()`,
        `${fa}(${k})`,
        `print(${fa}(), ${fb}())`,
      ),
    );
    return {
      title: "Two counters from one factory",
      code: prog({}),
      distractors: [
        mut("py.closure-state-shared", prog({ shared: true })),
        mut("py.closure-state-persists", prog({ resets: true })),
        mut("py.closure-returns-updated", prog({ postInc: true })),
      ],
      trap: "nonlocal count",
      explanation: `\`nonlocal count\` is the trap: each call of \`make_counter\` creates a new \`count\` cell, and \`nonlocal count\` lets \`inc\` update it between calls: \`${fa}\` goes ${s1} → ${s1 + 1} → ${s1 + 1 + k} → ${s1 + 2 + k}, while \`${fb}\` has its own count. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "global-inside-nested-function", "hard", (rng) => {
    const v = rng.pick(["x", "mode", "level", "state"]);
    const [a, b, c] = distinctInts(rng, 3, 1, 99);
    const prog = flagged((o: { nonlocal?: boolean; noDecl?: boolean; returnsGlobal?: boolean }) =>
      py(
        `${v} = ${a}`,
        "def outer():",
        `    ${v} = ${b}`,
        "    def inner():",
        o.noDecl ? null : `        ${o.nonlocal ? "nonlocal" : "global"} ${v}`,
        `        ${v} = ${c}`,
        "    inner()",
        o.returnsGlobal ? `    return globals()["${v}"]` : `    return ${v}`,
        "",
        `print(outer(), ${v})`,
      ),
    );
    return {
      title: "global inside a nested function",
      code: prog({}),
      distractors: [
        mut("py.global-vs-nonlocal", prog({ nonlocal: true })),
        mut("py.global-shadow", prog({ noDecl: true })),
        mut("py.legb-order", prog({ returnsGlobal: true })),
      ],
      trap: `global ${v}`,
      explanation: `\`global ${v}\` in \`inner\` is the trap: it skips \`outer\`'s local and rebinds the MODULE variable to ${c}; \`outer\` still returns its own local \`${v}\` (${b}). Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "closure-reads-globals-when-called", "easy", (rng) => {
    const [g1, g2] = rng.sample(["hi", "yo", "hey", "hello", "welcome", "howdy"], 2);
    const [n1, n2] = rng.sample(PEOPLE, 2);
    const punct = rng.pick(["!", ".", "?", "!!"]);
    const prog = flagged((o: { early?: boolean; second?: boolean }) =>
      py(
        `greeting = "${g1}"`,
        "def make(name):",
        o.early ? "    def say(g=greeting):" : "    def say():",
        o.early ? `        return f"{g}, {name}${punct}"` : `        return f"{greeting}, {name}${punct}"`,
        "    return say",
        "",
        `first = make("${n1}")`,
        `second = make("${n2}")`,
        `greeting = "${g2}"`,
        `print(${o.second ? "second" : "first"}())`,
      ),
    );
    return {
      title: "A closure reading a global",
      code: prog({}),
      distractors: [
        mut("py.global-read-at-call", prog({ early: true })),
        mut("py.closure-state-shared", prog({ second: true })),
        mut("py.closure-state-shared", prog({ early: true, second: true })),
      ],
      trap: `greeting = "${g2}"`,
      explanation: `\`greeting = "${g2}"\` is the trap: it runs before \`first()\` is called, and \`say\` looks \`greeting\` up when it is CALLED (by then it is "${g2}"), while \`name\` is the value captured by that particular call of \`make\`. Output: \`{{output}}\`.`,
    };
  }),

  fill(T, "nonlocal-accumulator", "medium", (rng) => {
    const [a, b] = distinctInts(rng, 2, 1, 50);
    const v = rng.pick(["total", "count", "acc", "running"]);
    const fn = rng.pick(["make_acc", "make_adder", "accumulator", "tracker"]);
    return {
      title: "Let the inner function update the total",
      prompt: fillPrompt("line"),
      code: py(
        `def ${fn}():`,
        `    ${v} = 0`,
        "    def add(n):",
        `        ${BLANK}`,
        `        ${v} += n`,
        `        return ${v}`,
        "    return add",
        "",
        `acc = ${fn}()`,
        `acc(${a})`,
        `print(acc(${b}))`,
      ),
      answer: `nonlocal ${v}`,
      wrong: [
        { fragment: `global ${v}`, rule: "py.global-vs-nonlocal" },
        { fragment: `${v} = 0`, rule: "py.inner-assign-restarts" },
        { fragment: `${v} = ${v}`, rule: "py.unbound-local" },
      ],
      trap: `nonlocal ${v}`,
      explanation: `\`${v} += n\` assigns, so without a declaration \`${v}\` would be local to \`add\`; \`nonlocal ${v}\` binds it to \`${fn}\`'s variable, which keeps its value between calls (${a} + ${b}).`,
    };
  }),

  predict(T, "assignment-in-one-branch", "hard", (rng) => {
    const v = rng.pick(["value", "limit", "mode", "level"]);
    const fn = rng.pick(["read", "current", "fetch", "lookup"]);
    const [a, b] = distinctInts(rng, 2, 1, 99);
    const prog = flagged((o: { renamed?: boolean; global?: boolean; nameError?: boolean }) =>
      py(
        `${v} = ${a}`,
        `def ${fn}(flag):`,
        "    if flag:",
        o.renamed
          ? `        local_${v} = ${b}\n        return local_${v}`
          : `        ${o.global ? `global ${v}; ` : ""}${v} = ${b}`,
        `    return ${v}`,
        "",
        `print("on", ${fn}(True))`,
        "try:",
        `    print("off", ${fn}(False))`,
        "except NameError as e:",
        o.nameError ? '    print("off", "NameError")' : '    print("off", type(e).__name__)',
      ),
    );
    return {
      title: "A name assigned in only one branch",
      code: prog({}),
      distractors: [
        mut("py.unbound-local", prog({ renamed: true })),
        mut("py.global-shadow", prog({ global: true })),
        mut("py.exception-class-name", prog({ nameError: true })),
      ],
      trap: `return ${v}`,
      explanation: `\`return ${v}\` is the trap: Python decides scope per function at compile time, and \`${v}\` is assigned somewhere in \`${fn}\`, so it is local EVERYWHERE in it. With \`flag\` False it is never assigned, so reading it raises UnboundLocalError (a subclass of NameError). Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
