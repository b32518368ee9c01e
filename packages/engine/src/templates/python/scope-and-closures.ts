import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  FUNC_NAMES,
  PEOPLE,
  WORDS,
  distinctInts,
  fill,
  fillPrompt,
  flagged,
  mut,
  predict,
  py,
  pyList,
  val,
} from "./helpers";

const T = "scope-and-closures";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const scopeAndClosuresRules: MisconceptionRule[] = [
  {
    id: "py.loop-var-persists",
    feedback:
      "A `for` loop's variable is an ordinary name of the enclosing scope: after the loop it still exists and holds the LAST value assigned to it.",
    requires: { all: ["for"] },
  },
  {
    id: "py.shadow-builtin",
    feedback:
      "Assigning to a built-in's name hides the built-in only in the scope where the assignment happens; after it, calling that name calls your value.",
    requires: { any: ["sum =", "max =", "min =", "len =", "list =", "sum +="] },
  },
  {
    id: "py.default-evaluated-at-def",
    feedback:
      "A default value is computed once, when `def` runs, so a later change to the variable it came from does not change the default.",
    requires: { all: ["def"] },
  },
  {
    id: "py.closure-sees-current-enclosing",
    feedback:
      "A nested function reads the enclosing variable's value when it is CALLED, so an assignment made later in the outer function is what it sees; a global of the same name does not interfere.",
    requires: { all: ["def", "return"] },
  },
  {
    id: "py.class-names-not-in-methods",
    feedback:
      "Names defined in a `class` body are not visible inside its methods: a bare name in a method skips the class and looks in the globals, so class attributes need `self` or the class name.",
    requires: { all: ["class", "self"] },
  },
  {
    id: "py.mutate-needs-no-nonlocal",
    feedback:
      "Mutating an enclosing list with `append` needs no declaration, because it never rebinds the name; only rebinding it, as `+=` does, makes the name local.",
    requires: { all: ["+=", ".append"] },
  },
  {
    id: "py.except-name-cleared",
    feedback:
      "The name bound by `except` … `as` is deleted when the handler ends, even if it existed before, so reading it afterwards raises NameError.",
    requires: { all: ["except", "as"] },
  },
  {
    id: "py.nonlocal-nearest",
    feedback:
      "`nonlocal` binds to the NEAREST enclosing function that has the name, not to the outermost one.",
    requires: { all: ["nonlocal"] },
  },
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
  predict(T, "loop-variable-after-the-loop", "easy", (rng) => {
    const lo = rng.int(0, 3);
    const hi = lo + rng.int(3, 5);
    const v = rng.pick(["i", "n", "step", "k"]);
    const acc = rng.pick(["total", "acc", "running"]);
    const prog = flagged((o: { endsAtHi?: boolean; gone?: boolean; inclusive?: boolean }) =>
      py(
        `${acc} = 0`,
        `for ${v} in range(${lo}, ${o.inclusive ? hi + 1 : hi}):`,
        `    ${acc} += ${v}`,
        o.gone
          ? `del ${v}; print(${v}, ${acc})`
          : o.endsAtHi
            ? `print(${hi}, ${acc})`
            : `print(${v}, ${acc})`,
      ),
    );
    return {
      title: "The loop variable after a for loop",
      code: prog({}),
      distractors: [
        mut("py.loop-var-persists", prog({ endsAtHi: true })),
        mut("py.loop-var-persists", prog({ gone: true })),
        mut("py.off-by-one", prog({ inclusive: true })),
        mut("py.loop-var-persists", prog({ endsAtHi: true, inclusive: true })),
      ],
      trap: `print(${v}, ${acc})`,
      explanation: `\`print(${v}, ${acc})\` is the trap: a for loop does not make its own scope, so \`${v}\` still exists after the loop and holds the last value range gave it, ${hi - 1} (range stops before ${hi}). Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "shadowing-a-built-in", "easy", (rng) => {
    const xs = distinctInts(rng, 4, 1, 40);
    const v = rng.pick(["nums", "values", "scores", "sizes"]);
    const prog = flagged((o: { renamed?: boolean; printsValue?: boolean }) =>
      py(
        `${v} = ${pyList(xs)}`,
        o.renamed ? `biggest = max(${v})` : `max = max(${v})`,
        "try:",
        o.printsValue ? "    print(max)" : `    print(max(${v}))`,
        "except TypeError as e:",
        "    print(type(e).__name__)",
        `print(sum(${v}) - max)`,
      ),
    );
    const total = xs.reduce((p, q) => p + q, 0);
    const top = Math.max(...xs);
    return {
      title: "Naming a variable max",
      code: prog({}),
      distractors: [
        mut("py.shadow-builtin", prog({ renamed: true })),
        mut("py.shadow-builtin", prog({ printsValue: true })),
        val("py.shadow-builtin", `NameError\n${total - top}`),
      ],
      trap: `max = max(${v})`,
      explanation: `\`max = max(${v})\` is the trap: the right side still calls the built-in, but the assignment then rebinds the name \`max\` to the number ${top}, hiding the built-in, so \`max(${v})\` calls an int and raises TypeError. Afterwards \`max\` is just ${top}, so the last line subtracts it from the sum. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "default-fixed-at-definition", "easy", (rng) => {
    const [a, b] = distinctInts(rng, 2, 2, 9);
    const n = rng.int(2, 20);
    const g = rng.pick(["rate", "factor", "scale", "ratio"]);
    const fn = rng.pick(["apply", "convert", "price", "adjust"]);
    const prog = flagged((o: { readsGlobal?: boolean }) =>
      py(
        `${g} = ${a}`,
        `def ${fn}(x, r=${g}):`,
        o.readsGlobal ? `    return x * ${g}` : "    return x * r",
        "",
        `${g} = ${b}`,
        `print(${fn}(${n}))`,
        `print(${fn}(${n}, ${g}))`,
      ),
    );
    return {
      title: "A default taken from a global",
      code: prog({}),
      distractors: [
        mut("py.default-evaluated-at-def", prog({ readsGlobal: true })),
        val("py.default-evaluated-at-def", `${n * b}\n${n * a}`),
        val("py.default-evaluated-at-def", `${n * a}\n${n * a}`),
      ],
      trap: `r=${g}`,
      explanation: `\`r=${g}\` is the trap: the default is evaluated once, when \`def\` runs, while \`${g}\` is still ${a}; rebinding \`${g}\` to ${b} afterwards does not change it. Only the second call, which passes \`${g}\` explicitly, uses ${b}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "closure-sees-later-assignment", "medium", (rng) => {
    const [a, step] = distinctInts(rng, 2, 1, 20);
    const k = rng.int(2, 5);
    const big = rng.int(50, 99);
    const fn = rng.pick(["make", "build", "factory", "prepare"]);
    const prog = flagged((o: { capturedEarly?: boolean }) =>
      py(
        `def ${fn}(start):`,
        "    n = start",
        "    def get():",
        o.capturedEarly ? `        return start * ${k}` : `        return n * ${k}`,
        `    n += ${step}`,
        "    return get",
        "",
        `f = ${fn}(${a})`,
        "print(f())",
        `n = ${big}`,
        "print(f())",
      ),
    );
    return {
      title: "A closure and a later assignment in its outer function",
      code: prog({}),
      distractors: [
        mut("py.closure-sees-current-enclosing", prog({ capturedEarly: true })),
        val("py.legb-order", `${(a + step) * k}\n${big * k}`),
        val("py.legb-order", `${a * k}\n${big * k}`),
      ],
      trap: `n += ${step}`,
      explanation: `\`n += ${step}\` is the trap: it runs after \`get\` is defined but before \`${fn}\` returns, and \`get\` reads \`n\` only when it is CALLED, so it sees ${a + step}. The module-level \`n = ${big}\` is a different variable; the closure keeps reading its own enclosing \`n\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "method-reads-a-class-name", "medium", (rng) => {
    const [g, k] = distinctInts(rng, 2, 1, 20);
    const n = rng.int(21, 60);
    const cls = rng.pick(["Counter", "Meter", "Stepper", "Ticker"]);
    const nm = rng.pick(["step", "unit", "delta", "inc"]);
    const prog = flagged((o: { seesClass?: boolean; noGlobal?: boolean; selfGlobal?: boolean }) =>
      py(
        o.noGlobal ? null : `${nm} = ${g}`,
        `class ${cls}:`,
        `    ${nm} = ${k}`,
        "    def bump(self, x):",
        o.seesClass ? `        return x + ${cls}.${nm}` : `        return x + ${nm}`,
        "    def bump_self(self, x):",
        o.selfGlobal ? `        return x + ${nm}` : `        return x + self.${nm}`,
        "",
        `c = ${cls}()`,
        `print(c.bump(${n}), c.bump_self(${n}))`,
      ),
    );
    return {
      title: "A method using a name from its class body",
      code: prog({}),
      distractors: [
        mut("py.class-names-not-in-methods", prog({ seesClass: true })),
        mut("py.class-names-not-in-methods", prog({ noGlobal: true })),
        mut("py.class-names-not-in-methods", prog({ selfGlobal: true })),
      ],
      trap: `return x + ${nm}`,
      explanation: `\`return x + ${nm}\` in \`bump\` is the trap: a method's scope does not include the class body, so the bare name \`${nm}\` skips the class attribute (${k}) and finds the GLOBAL \`${nm}\` (${g}). Only \`self.${nm}\` reaches the class attribute. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "append-versus-plus-equals-in-a-closure", "medium", (rng) => {
    const [a, b, c] = distinctInts(rng, 3, 1, 50);
    const outer = rng.pick(["tracker", "make_log", "recorder", "keeper"]);
    const prog = flagged((o: { rebindSeen?: boolean; declared?: boolean }) =>
      py(
        `def ${outer}():`,
        "    seen = []",
        "    total = 0",
        "    def add(x):",
        o.rebindSeen ? "        seen = seen + [x]" : "        seen.append(x)",
        "        return len(seen)",
        "    def add_total(x):",
        o.declared ? "        nonlocal total; total += x" : "        total += x",
        "        return total",
        "    return add, add_total",
        "",
        `add, add_total = ${outer}()`,
        `add(${a})`,
        `print(add(${b}))`,
        "try:",
        `    print(add_total(${c}))`,
        "except UnboundLocalError as e:",
        "    print(type(e).__name__)",
      ),
    );
    return {
      title: "append and += on enclosing variables",
      code: prog({}),
      distractors: [
        mut("py.mutate-needs-no-nonlocal", prog({ rebindSeen: true })),
        mut("py.mutate-needs-no-nonlocal", prog({ declared: true })),
        val("py.mutate-needs-no-nonlocal", "UnboundLocalError\nUnboundLocalError"),
      ],
      trap: "total += x",
      explanation: `\`total += x\` is the trap: \`+=\` rebinds \`total\`, which makes it local to \`add_total\`, so reading it first raises UnboundLocalError. \`seen.append(x)\` only mutates the enclosing list and never rebinds \`seen\`, so it works without \`nonlocal\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "except-as-name-is-deleted", "hard", (rng) => {
    const w = rng.pick(WORDS);
    const start = rng.pick(["start", "ready", "none yet", "empty"]);
    const prog = flagged((o: { renamed?: boolean }) =>
      py(
        `e = "${start}"`,
        "try:",
        `    int("${w}")`,
        o.renamed
          ? "except ValueError as exc: msg = type(exc).__name__"
          : "except ValueError as e: msg = type(e).__name__",
        "try:",
        "    print(type(e).__name__)",
        "except NameError as err:",
        "    print(type(err).__name__)",
        "print(msg)",
      ),
    );
    return {
      title: "The except ... as name after the handler",
      code: prog({}),
      distractors: [
        mut("py.except-name-cleared", prog({ renamed: true })),
        val("py.except-name-cleared", "ValueError\nValueError"),
        val("py.exception-class-name", "UnboundLocalError\nValueError"),
      ],
      trap: "except ValueError as e",
      explanation: `\`except ValueError as e\` is the trap: Python deletes the name \`e\` when the handler ends (to free the exception), and that also removes the earlier string "${start}". So \`type(e)\` raises NameError, which the second handler prints, while \`msg\` was saved inside the handler. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "nonlocal-picks-the-nearest", "hard", (rng) => {
    const [x1, x2, add] = distinctInts(rng, 3, 1, 30);
    const v = rng.pick(["x", "level", "depth", "count"]);
    const prog = flagged((o: { noMiddle?: boolean; global?: boolean }) =>
      py(
        "def outer():",
        `    ${v} = ${x1}`,
        "    def middle():",
        o.noMiddle ? "        pass" : `        ${v} = ${x2}`,
        "        def inner():",
        `            ${o.global ? "global" : "nonlocal"} ${v}`,
        `            ${v} += ${add}`,
        "        inner()",
        `        return ${v}`,
        `    return middle(), ${v}`,
        "",
        o.global ? `${v} = 0\nprint(outer())` : "print(outer())",
      ),
    );
    return {
      title: "nonlocal with two enclosing functions",
      code: prog({}),
      distractors: [
        mut("py.nonlocal-nearest", prog({ noMiddle: true })),
        mut("py.global-vs-nonlocal", prog({ global: true })),
        val("py.nonlocal-nearest", `(${x2}, ${x1 + add})`),
        val("py.nonlocal-nearest", `(${x2 + add}, ${x1 + add})`),
      ],
      trap: `nonlocal ${v}`,
      explanation: `\`nonlocal ${v}\` is the trap: it binds to the NEAREST enclosing function with that name, \`middle\`, so \`${v} += ${add}\` changes middle's ${x2} to ${x2 + add}; \`outer\`'s own \`${v}\` stays ${x1}. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "default-and-global-together", "hard", (rng) => {
    const a = rng.int(1, 40);
    const fn = rng.pick(["bump", "advance", "next_id", "tick"]);
    const v = rng.pick(["n", "counter", "last", "seq"]);
    const prog = flagged((o: { noGlobal?: boolean }) =>
      py(
        `${v} = ${a}`,
        `def ${fn}(x=${v}):`,
        o.noGlobal ? "    pass" : `    global ${v}`,
        `    ${v} = x + 1`,
        `    return ${v}`,
        "",
        `print(${fn}(), ${fn}(), ${v})`,
        `print(${fn}(${v}), ${v})`,
      ),
    );
    return {
      title: "A default argument and a global that it came from",
      code: prog({}),
      distractors: [
        mut("py.global-shadow", prog({ noGlobal: true })),
        val("py.default-evaluated-at-def", `${a + 1} ${a + 2} ${a + 2}\n${a + 3} ${a + 3}`),
        val("py.default-evaluated-at-def", `${a + 1} ${a + 1} ${a}\n${a + 2} ${a + 2}`),
      ],
      trap: `x=${v}`,
      explanation: `\`x=${v}\` is the trap: the default was computed once, when \`def\` ran (${a}), so every call without an argument computes ${a} + 1, even though \`global ${v}\` has since rebound the global to ${a + 1}. Arguments are evaluated left to right, so the third value of the first print reads the global after both calls; the last call passes the current ${a + 1} explicitly. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
