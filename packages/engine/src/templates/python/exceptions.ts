import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, distinctInts, fill, fillPrompt, flagged, mut, predict, py, pyList } from "./helpers";

const T = "exceptions";
const WORDS_X = ["kiwi", "plum", "fig", "mango", "lime"];

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const exceptionsRules: MisconceptionRule[] = [
  {
    id: "py.try-inside-for",
    feedback:
      "Where the `try` sits decides what an error ends: a `try` inside the `for` body ends only that iteration, a `try` around the whole loop ends the loop.",
    requires: { all: ["try", "for"] },
  },
  {
    id: "py.else-only-without-error",
    feedback: "The `else:` block of a `try` runs only when the `try` block finished without an exception.",
    requires: { all: ["try", "else"] },
  },
  {
    id: "py.finally-always-runs",
    feedback: "The `finally:` block runs on every path out of the `try`, after an exception as well.",
    requires: { all: ["try", "finally"] },
  },
  {
    id: "py.exception-class-per-failure",
    feedback:
      "Each kind of failure raises its own exception class, and an `except` clause catches only that class and its subclasses; any other exception falls through to the next clause.",
    requires: { all: ["try", "except", "Exception"] },
  },
  {
    id: "py.except-or-picks-first",
    feedback:
      "`ValueError or ZeroDivisionError` is an ordinary expression evaluated before matching: `or` returns its first truthy operand, so the clause catches only ValueError.",
    requires: { all: ["except", "or"] },
  },
  {
    id: "py.finally-return-replaces",
    feedback:
      "A `return` inside `finally` runs after the `return` of the try or except block and replaces the value that block was about to return.",
    requires: { all: ["finally", "return"] },
  },
];

export const exceptionsTemplates: ChallengeTemplate[] = [
  predict(T, "try-except-else-finally", "easy", (rng) => {
    const n = rng.int(2, 99);
    const bad = `${n}${rng.pick(["a", ".5", "x", "%", "kg", "!"])}`;
    const k = rng.int(2, 9);
    const v = rng.pick(["text", "raw", "entry", "field"]);
    const [okMsg, badMsg, doneMsg] = rng.pick([
      ["ok", "bad", "done"],
      ["valid", "invalid", "finished"],
      ["parsed", "rejected", "cleanup"],
    ] as const);
    const prog = flagged((o: { noFinally?: boolean; elseAlways?: boolean; prefix?: boolean }) =>
      py(
        `${v} = "${bad}"`,
        "try:",
        `    n = int(${o.prefix ? `"${n}"` : v}) * ${k}`,
        "except ValueError:",
        `    print("${badMsg}")`,
        "else:",
        `    print("${okMsg}", n)`,
        !o.noFinally && "finally:",
        o.elseAlways && `    print("${okMsg}")`,
        !o.noFinally && `    print("${doneMsg}")`,
      ),
    );
    return {
      title: "try, except, else and finally",
      code: prog({}),
      distractors: [
        mut("py.finally-always-runs", prog({ noFinally: true })),
        mut("py.else-only-without-error", prog({ elseAlways: true })),
        mut("py.exception-type", prog({ prefix: true })),
        mut("py.exception-type", prog({ prefix: true, noFinally: true })),
      ],
      trap: `int(${v})`,
      explanation: `\`int(${v})\` is where it turns: \`${v}\` is "${bad}", and \`int()\` accepts only a whole integer string, so it raises ValueError before \`* ${k}\` or the assignment happen. The except block runs, \`else\` is skipped (it runs only when the try finished without an exception), and \`finally\` runs either way. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "handler-order", "medium", (rng) => {
    const fn = rng.pick(["safe_div", "ratio", "share", "split_by"]);
    const [a, b] = distinctInts(rng, 2, 2, 9);
    const total = rng.int(20, 99);
    const values = [...rng.shuffle([a!, 0]), b!];
    const zi = values.indexOf(0);
    const last = values[values.length - 1]!;
    const prog = flagged((o: { specificFirst?: boolean; negRaises?: boolean; floatDiv?: boolean }) =>
      py(
        `def ${fn}(values, i):`,
        "    try:",
        o.negRaises
          ? `        return ${total} ${o.floatDiv ? "/" : "//"} values[i if i >= 0 else 99]`
          : `        return ${total} ${o.floatDiv ? "/" : "//"} values[i]`,
        o.specificFirst
          ? '    except ZeroDivisionError:\n        return "zero"'
          : '    except ArithmeticError:\n        return "math"',
        o.specificFirst
          ? '    except ArithmeticError:\n        return "math"'
          : '    except ZeroDivisionError:\n        return "zero"',
        "    except LookupError:",
        '        return "lookup"',
        "",
        `values = [${values.join(", ")}]`,
        `print(${fn}(values, ${zi}), ${fn}(values, -1), ${fn}(values, 3))`,
      ),
    );
    return {
      title: "Which except clause catches it?",
      code: prog({}),
      distractors: [
        mut("py.except-order", prog({ specificFirst: true })),
        mut("py.negative-index", prog({ negRaises: true })),
        mut("py.floor-div-float", prog({ floatDiv: true })),
      ],
      trap: "except ArithmeticError:",
      explanation: `\`except ArithmeticError:\` is listed first, and handlers are tried top to bottom: ZeroDivisionError is a subclass of ArithmeticError, so the first clause catches it; \`values[-1]\` is the last item (${last}), and index 3 raises IndexError, a LookupError. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "return-in-finally", "hard", (rng) => {
    const fn = rng.pick(["attempt", "run", "process", "handle"]);
    const start = rng.int(1, 999);
    const exc = rng.pick(["ValueError", "KeyError", "RuntimeError", "LookupError"]);
    const prog = flagged(
      (o: { noOverride?: boolean; onlyAfterError?: boolean; onlyWithoutError?: boolean }) =>
        py(
          `def ${fn}(n):`,
          "    try:",
          "        if n % 3 == 0:",
          `            raise ${exc}`,
          "        return n",
          `    except ${exc}:`,
          "        return -n",
          "    finally:",
          o.onlyAfterError
            ? "        if n % 2 == 0 and n % 3 == 0:"
            : o.onlyWithoutError
              ? "        if n % 2 == 0 and n % 3 != 0:"
              : "        if n % 2 == 0:",
          o.noOverride ? "            n = 0" : "            return 0",
          "",
          `print([${fn}(n) for n in range(${start}, ${start + 6})])`,
        ),
    );
    return {
      title: "return inside finally",
      code: prog({}),
      distractors: [
        mut("py.finally-return-replaces", prog({ noOverride: true })),
        mut("py.try-flow", prog({ onlyAfterError: true })),
        mut("py.try-flow", prog({ onlyWithoutError: true })),
      ],
      trap: "return 0",
      explanation:
        "The `return 0` inside `finally` is the trap: `finally` runs on every path, even after the `return n` in try or the `return -n` in except, and a `return` there replaces whatever was about to be returned. So every even n gives 0, whether or not it raised; odd n keep n or -n. Output: `{{output}}`.",
    };
  }),

  fill(T, "name-the-exception", "easy", (rng) => {
    const zx = rng.int(1, 9);
    const ops: [string, string][] = [
      [`int("${rng.pick(["seven", "x", "3.5", "ten", "1e3", "0x1"])}${rng.int(1, 99)}")`, "ValueError"],
      [`[${rng.int(1, 99)}, ${rng.int(1, 99)}][${rng.int(2, 9)}]`, "IndexError"],
      [
        `{"${rng.pick(["a", "b", "id"])}": ${rng.int(1, 99)}}["${rng.pick(["key", "name", "z"])}"]`,
        "KeyError",
      ],
      [`${rng.int(1, 99)} // (${zx} - ${zx})`, "ZeroDivisionError"],
      [`"${rng.pick(["abc", "id", "n", "total"])}" + ${rng.int(1, 999)}`, "TypeError"],
      [`"${rng.pick(WORDS_X)}${rng.int(1, 99)}".push("${rng.pick(["a", "b", "c"])}")`, "AttributeError"],
    ];
    const [op, answer] = rng.pick(ops);
    const v = rng.pick(["result", "value", "out", "item"]);
    const msg = rng.pick(["caught", "handled", "rescued"]);
    const wrong = rng
      .sample(
        ops.map((o) => o[1]).filter((e) => e !== answer),
        3,
      )
      .map((fragment, i) => ({
        fragment,
        rule: i === 0 ? "py.exception-class-per-failure" : "py.exception-type",
      }));
    return {
      title: "Which exception does it raise?",
      prompt: fillPrompt("exception class"),
      code: py(
        "try:",
        `    ${v} = ${op}`,
        `    print(${v})`,
        `except ${BLANK}:`,
        `    print("${msg}")`,
        "except Exception:",
        '    print("other")',
      ),
      answer,
      wrong,
      trap: op,
      explanation: `\`${op}\` is the line that fails, and it raises ${answer}; only a handler for that class (or one of its base classes) catches it, every other clause lets it fall through to \`except Exception\`.`,
    };
  }),

  predict(T, "try-inside-the-loop", "medium", (rng) => {
    const fn = rng.pick(["total", "add_up", "sum_valid", "tally"]);
    const goods = distinctInts(rng, 2, 1, 40).map(String);
    // The bad item sits between two good ones, so stopping at the first error changes the result.
    const items = [goods[0]!, `${rng.int(1, 9)}.${rng.pick([2, 5, 8])}`, goods[1]!];
    const prog = flagged((o: { tryOutside?: boolean; printBefore?: boolean; floatOk?: boolean }) => {
      const conv = o.floatOk ? "int(float(s))" : "int(s)";
      const body = o.printBefore
        ? [`print("add", s)`, `result += ${conv}`]
        : [`result += ${conv}`, `print("add", s)`];
      return o.tryOutside
        ? py(
            `def ${fn}(items):`,
            "    result = 0",
            "    try:",
            "        for s in items:",
            ...body.map((l) => `            ${l}`),
            "    except ValueError:",
            '        print("skip")',
            "    return result",
            "",
            `print(${fn}(${pyList(items)}))`,
          )
        : py(
            `def ${fn}(items):`,
            "    result = 0",
            "    for s in items:",
            "        try:",
            ...body.map((l) => `            ${l}`),
            "        except ValueError:",
            '            print("skip", s)',
            "    return result",
            "",
            `print(${fn}(${pyList(items)}))`,
          );
    });
    return {
      title: "Catching errors inside a loop",
      code: prog({}),
      distractors: [
        mut("py.loop-continues-after-except", prog({ tryOutside: true })),
        mut("py.exception-stops-block", prog({ printBefore: true })),
        mut("py.exception-type", prog({ floatOk: true })),
      ],
      trap: "result += int(s)",
      explanation:
        '`result += int(s)` is the step that fails for the item with a decimal point: `int()` rejects a string like "2.5" with ValueError (it does not round), so nothing is added and the rest of that try block, the "add" line, is skipped. The try is inside the loop, so a bad item only skips its own iteration; the failing `int(s)` stops the rest of that try block (no "add" line), and `int()` rejects a string like "2.5" with ValueError. Output:\n\n```\n{{output}}\n```',
    };
  }),

  predict(T, "custom-exception-hierarchy", "hard", (rng) => {
    const [base, nf, fb] = rng.pick([
      ["AppError", "NotFound", "Forbidden"],
      ["StoreError", "Missing", "Denied"],
      ["ApiError", "NoSuchItem", "NotAllowed"],
    ] as const);
    const limit = rng.int(5, 30);
    const ks = rng.shuffle([rng.int(1, limit), -rng.int(1, 9), limit + rng.int(1, 9), rng.int(1, limit)]);
    const fn = rng.pick(["fetch", "load", "get_item", "read"]);
    const prog = flagged((o: { baseFirst?: boolean; nameOfClause?: boolean; tryOutside?: boolean }) => {
      const handlers = [
        `    except ${nf}:`,
        '        print("404")',
        `    except ${base} as e:`,
        `        print(${o.nameOfClause ? `"${base}"` : "type(e).__name__"})`,
      ];
      const ordered = o.baseFirst ? [...handlers.slice(2), ...handlers.slice(0, 2)] : handlers;
      return py(
        `class ${base}(Exception): pass`,
        `class ${nf}(${base}): pass`,
        `class ${fb}(${base}): pass`,
        "",
        `def ${fn}(k):`,
        "    if k < 0:",
        `        raise ${fb}`,
        `    if k > ${limit}:`,
        `        raise ${nf}`,
        "    return k * 2",
        "",
        o.tryOutside
          ? "try:\n    for k in " + `(${ks.join(", ")}):` + `\n        print(${fn}(k))`
          : `for k in (${ks.join(", ")}):`,
        o.tryOutside ? null : "    try:",
        o.tryOutside ? null : `        print(${fn}(k))`,
        ...(o.tryOutside ? ordered.map((l) => l.slice(4)) : ordered),
      );
    });
    return {
      title: "Handlers for a custom exception hierarchy",
      code: prog({}),
      distractors: [
        mut("py.except-order", prog({ baseFirst: true })),
        mut("py.exception-class-name", prog({ nameOfClause: true })),
        mut("py.try-inside-for", prog({ tryOutside: true })),
      ],
      trap: `except ${base} as e:`,
      explanation: `\`except ${base} as e:\` is the trap: \`${nf}\` is caught by its own clause first; \`${fb}\` only matches \`except ${base}\`, where \`type(e).__name__\` is the class actually raised. The try is inside the loop, so every k is processed. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "exception-leaves-the-function", "easy", (rng) => {
    const fn = rng.pick(["divide", "share", "per_person", "split"]);
    const x = rng.int(10, 99);
    const k = rng.int(0, 9);
    const zero = k === 0 ? "0" : `${k} - ${k}`;
    const [s, e, c, f] = rng.pick([
      ["start", "end", "caught", "after"],
      ["begin", "done", "error", "next"],
      ["enter", "exit", "failed", "moving on"],
      ["in", "out", "oops", "continue"],
      ["go", "stop", "problem", "later"],
    ] as const);
    const prog = flagged((o: { endFirst?: boolean; swallowed?: boolean; stops?: boolean }) =>
      py(
        `def ${fn}(a, b):`,
        `    print("${s}")`,
        o.endFirst ? `    print("${e}")` : null,
        o.swallowed
          ? "    try:\n        result = a // b\n    except ZeroDivisionError:\n        result = None"
          : "    result = a // b",
        o.endFirst ? null : `    print("${e}")`,
        "    return result",
        "",
        "try:",
        `    print(${fn}(${x}, ${zero}))`,
        "except ZeroDivisionError:",
        `    print("${c}")`,
        o.stops ? null : `print("${f}")`,
      ),
    );
    return {
      title: "An exception raised inside a function",
      code: prog({}),
      distractors: [
        mut("py.exception-stops-block", prog({ endFirst: true })),
        mut("py.exception-propagates", prog({ swallowed: true })),
        mut("py.exception-propagates", prog({ stops: true })),
      ],
      trap: "result = a // b",
      explanation: `\`result = a // b\` raises ZeroDivisionError, which skips the rest of \`${fn}\` (no "${e}"), propagates to the caller's handler, and then the program carries on after the try statement. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "catch-two-exception-types", "medium", (rng) => {
    const n = rng.int(2, 9) * rng.int(2, 9);
    const d = [2, 3, 4, 5, 6, 7, 8, 9].find((k) => n % k === 0)!;
    const off = rng.int(0, 9);
    const items = rng.shuffle([
      `"${d}"`,
      `"${rng.pick(["x", "two", "?", "n/a", "", "1.5", "five"])}"`,
      '"0"',
    ]);
    const fn = rng.pick(["per_item", "share", "ratio", "split", "parts", "portion"]);
    return {
      title: "Catch two kinds of error",
      prompt: fillPrompt("exception specification"),
      code: py(
        `def ${fn}(s):`,
        "    try:",
        `        return ${n} // int(s) + ${off}`,
        `    except ${BLANK}:`,
        "        return -1",
        "",
        "try:",
        `    print([${fn}(s) for s in [${items.join(", ")}]])`,
        "except Exception as e:",
        '    print("crashed:", type(e).__name__)',
      ),
      answer: "(ValueError, ZeroDivisionError)",
      wrong: [
        { fragment: "ValueError or ZeroDivisionError", rule: "py.except-or-picks-first" },
        { fragment: "(ValueError, LookupError)", rule: "py.exception-type" },
        { fragment: "(TypeError, ZeroDivisionError)", rule: "py.exception-type" },
        { fragment: "(ValueError, IndexError)", rule: "py.exception-type" },
      ],
      trap: "(ValueError, ZeroDivisionError)",
      explanation:
        'The blank needs `(ValueError, ZeroDivisionError)` because two different items fail in two different ways: `int()` of a non-number raises ValueError and dividing by `int("0")` raises ZeroDivisionError; a tuple in the except clause catches either. `A or B` evaluates to just `A`.',
    };
  }),

  predict(T, "raise-inside-except", "hard", (rng) => {
    const fn = rng.pick(["step", "handle", "process", "check"]);
    const even = rng.int(1, 40) * 2;
    const odd = rng.int(0, 40) * 2 + 1;
    const ks = rng.shuffle([even, odd]);
    const prog = flagged((o: { swallow?: boolean; finallyOnError?: boolean; bareRaise?: boolean }) =>
      py(
        `def ${fn}(n):`,
        "    try:",
        "        if n % 2:",
        "            raise KeyError",
        "        return n",
        "    except KeyError:",
        '        print("inner", n)',
        o.finallyOnError ? '        print("finally", n)' : null,
        o.swallow ? null : o.bareRaise ? "        raise" : "        raise ValueError",
        o.finallyOnError ? null : "    finally:",
        o.finallyOnError ? null : '        print("finally", n)',
        "",
        `for n in (${ks.join(", ")}):`,
        "    try:",
        `        print(${fn}(n))`,
        "    except ValueError:",
        '        print("outer", n)',
        "    except KeyError:",
        '        print("key", n)',
      ),
    );
    return {
      title: "Raising a new exception from an except block",
      code: prog({}),
      distractors: [
        mut("py.exception-propagates", prog({ swallow: true })),
        mut("py.try-flow", prog({ finallyOnError: true })),
        mut("py.exception-type", prog({ bareRaise: true })),
      ],
      trap: "raise ValueError",
      explanation:
        "`raise ValueError` inside the except block is the trap: for the odd n the KeyError is handled inside, but `raise ValueError` there starts a NEW exception; `finally` runs before it leaves the function, and the caller's `except ValueError` catches it. For the even n, `finally` runs before the return value is printed. Output:\n\n```\n{{output}}\n```",
    };
  }),
];
