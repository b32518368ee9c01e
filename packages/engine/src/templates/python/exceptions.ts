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
  {
    id: "py.finally-despite-return",
    feedback:
      "A `return` in the `try` or `except` block does not skip `finally:`: it runs on the way out of the function, on the success path as well as after an error.",
    requires: { all: ["finally", "return"] },
  },
  {
    id: "py.keyerror-str-quotes",
    feedback:
      "The message of a KeyError is the repr of the missing key, so printing the exception shows a string key inside its quotes.",
    requires: { all: ["KeyError", "as", "print"] },
  },
  {
    id: "py.exception-str-no-class",
    feedback:
      "Printing an exception object shows only its message, the str of the exception; the class name appears only in its repr.",
    requires: { all: ["except", "as", "print"] },
  },
  {
    id: "py.assert-falsy-fails",
    feedback:
      "An `assert` fails when its condition is falsy, and an empty list is falsy: it raises AssertionError with the message after the comma before the next line runs.",
    requires: { all: ["assert", "AssertionError"] },
  },
  {
    id: "py.finally-on-continue-break",
    feedback:
      "`continue` and `break` leave the try statement too, so its `finally:` block runs before the loop moves on to the next item or stops.",
    requires: { all: ["finally", "for"], any: ["continue", "break"] },
  },
  {
    id: "py.break-in-except-ends-loop",
    feedback:
      "`break` inside an except clause ends the whole `for` loop, not just the handler: the items after it are never tried.",
    requires: { all: ["except", "break", "for"] },
  },
  {
    id: "py.finally-ends-try-statement",
    feedback:
      "The `finally:` block runs as the try statement ends, so it comes before any line that follows the try statement.",
    requires: { all: ["try", "finally"] },
  },
  {
    id: "py.else-not-protected",
    feedback:
      "The except clauses of a try guard only the try block: an error raised in its `else:` block is not caught by them and leaves the function.",
    requires: { all: ["try", "except", "else"] },
  },
  {
    id: "py.lookuperror-base",
    feedback:
      "KeyError and IndexError are both subclasses of LookupError: naming LookupError catches a missing key and an index out of range alike, naming just one lets the other through.",
    requires: { all: ["except"], any: ["KeyError", "IndexError"] },
  },
  {
    id: "py.return-value-before-finally",
    feedback:
      "The value of a `return` is worked out before `finally:` runs: rebinding a name there does not change what is returned, but appending to a list that is returned does show.",
    requires: { all: ["finally", "return", ".append"] },
  },
  {
    id: "py.failed-assignment-keeps-old",
    feedback:
      "When the call on the right of `=` raises, the assignment never happens: the name keeps the value it had before.",
    requires: { all: ["try", "raise", "="] },
  },
  {
    id: "py.finally-unwinds-inner-first",
    feedback:
      "An exception leaving a function runs that function's `finally:` block first; only then does the caller's except clause see it, and the caller's own `finally:` runs last.",
    requires: { all: ["def", "finally", "except"] },
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
  predict(T, "finally-after-a-return", "easy", (rng) => {
    const fn = rng.pick(["to_int", "parse", "as_number", "read_int"]);
    const n = rng.int(10, 99);
    const d = rng.int(1, 9);
    const bad = rng.pick([`${d}x`, `${d}.${rng.int(1, 9)}`, "ten", `#${d}`, "n/a", `${d} ${d}`]);
    const fallback = rng.int(0, 9);
    const word = rng.pick(["checked", "done", "seen", "parsed"]);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["x", "y"],
      ["first", "second"],
    ] as const);
    // Which call fails varies, so the order of the finally lines has to be read, not assumed.
    const [argA, argB] = rng.shuffle([`"${n}"`, `"${bad}"`]);
    const prog = flagged((o: { onlyOnError?: boolean; noFinally?: boolean; onlyOnSuccess?: boolean }) =>
      py(
        `def ${fn}(s):`,
        "    try:",
        o.onlyOnSuccess
          ? `        n = int(s)\n        print("${word}", s)\n        return n`
          : "        return int(s)",
        "    except ValueError:",
        o.onlyOnError && `        print("${word}", s)`,
        `        return ${fallback}`,
        !(o.onlyOnError || o.noFinally || o.onlyOnSuccess) && `    finally:\n        print("${word}", s)`,
        "",
        `${a} = ${fn}(${argA})`,
        `${b} = ${fn}(${argB})`,
        `print(${a}, ${b})`,
      ),
    );
    return {
      title: "finally after a return",
      code: prog({}),
      distractors: [
        mut("py.finally-despite-return", prog({ onlyOnError: true })),
        mut("py.finally-always-runs", prog({ noFinally: true })),
        mut("py.finally-always-runs", prog({ onlyOnSuccess: true })),
      ],
      trap: "return int(s)",
      explanation: `\`return int(s)\` is the trap: leaving the function through a return does not skip \`finally:\`, so "${word}" is printed for both calls. For "${n}" the value is returned once \`finally\` has run; for "${bad}" \`int(s)\` raises ValueError, the except block returns ${fallback}, and \`finally\` runs again on the way out. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "the-message-of-a-keyerror", "easy", (rng) => {
    const d = rng.pick(["stock", "prices", "ages", "scores", "counts"]);
    const [k1, k2, missing] = rng.sample(WORDS_X, 3);
    const v1 = rng.int(0, 9);
    const v2 = rng.int(10, 99);
    const label = rng.pick(["missing", "no key", "unknown", "not found"]);
    const prog = flagged((o: { bareKey?: boolean; withClass?: boolean; missingFirst?: boolean }) => {
      const lookups = [`    print(${d}["${k1}"])`, `    print(${d}["${missing}"])`];
      return py(
        `${d} = {"${k1}": ${v1}, "${k2}": ${v2}}`,
        "try:",
        ...(o.missingFirst ? lookups.reverse() : lookups),
        "except KeyError as e:",
        `    print("${label}", ${o.bareKey ? "e.args[0]" : o.withClass ? "repr(e)" : "e"})`,
      );
    });
    return {
      title: "The message of a KeyError",
      code: prog({}),
      distractors: [
        mut("py.keyerror-str-quotes", prog({ bareKey: true })),
        mut("py.exception-str-no-class", prog({ withClass: true })),
        mut("py.exception-stops-block", prog({ missingFirst: true })),
      ],
      trap: `print("${label}", e)`,
      explanation: `\`print("${label}", e)\` is the trap: \`${d}["${missing}"]\` raises KeyError, and the message of a KeyError is the repr of the missing key, so the key is printed with its quotes and without the class name. The lookup before it already printed ${v1}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "assert-raises-assertionerror", "easy", (rng) => {
    const fn = rng.pick(["mean", "average", "per_item", "middle"]);
    const msg = rng.pick(["no values", "empty", "nothing to average", "need data"]);
    // Lists with a whole-number mean, so the floor division is not a second trap.
    const meanList = (len: number): number[] => {
      const m = rng.int(3, 9);
      const xs = Array.from({ length: len - 1 }, () => rng.int(1, m + 1));
      return [...xs, m * len - xs.reduce((s, x) => s + x, 0)];
    };
    const lists = [meanList(2), [], meanList(3)];
    const prog = flagged((o: { notNone?: boolean; withClass?: boolean; tryOutside?: boolean }) => {
      const body = [
        `print(${fn}(xs))`,
        "except AssertionError as e:",
        `    print("error:", ${o.withClass ? "repr(e)" : "e"})`,
      ];
      const loop = `for xs in (${lists.map(pyList).join(", ")}):`;
      return py(
        `def ${fn}(xs):`,
        `    assert xs${o.notNone ? " is not None" : ""}, "${msg}"`,
        "    return sum(xs) // len(xs)",
        "",
        ...(o.tryOutside
          ? ["try:", `    ${loop}`, `        ${body[0]}`, ...body.slice(1)]
          : [loop, "    try:", `        ${body[0]}`, ...body.slice(1).map((l) => `    ${l}`)]),
      );
    });
    return {
      title: "assert raises AssertionError",
      code: prog({}),
      distractors: [
        mut("py.assert-falsy-fails", prog({ notNone: true })),
        mut("py.exception-str-no-class", prog({ withClass: true })),
        mut("py.try-inside-for", prog({ tryOutside: true })),
      ],
      trap: `assert xs, "${msg}"`,
      explanation: `\`assert xs, "${msg}"\` is the trap: an empty list is falsy, so for \`[]\` the assert raises AssertionError before the division by \`len(xs)\` (zero) is reached, and printing the exception shows just its message. The try is inside the loop, so the last list is still averaged. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
  predict(T, "finally-with-continue-and-break", "medium", (rng) => {
    const v = rng.pick(["s", "t", "raw", "text"]);
    const top = rng.int(12, 60);
    const [g1, g2] = distinctInts(rng, 2, 2, 9).map(String);
    const bad = rng.pick(["x", "two", "?", "n/a", "1.5", "5%"]);
    // The zero comes after a good and a bad item and before another good one, so break has items to cut.
    const items = [...rng.shuffle([g1!, bad]), "0", g2!];
    const [skip, stop, seen, got] = rng.pick([
      ["skip", "stop", "checked", "got"],
      ["bad", "zero", "done", "value"],
      ["ignore", "halt", "seen", "result"],
    ] as const);
    const prog = flagged((o: { asElse?: boolean; breakContinues?: boolean; gotInside?: boolean }) =>
      py(
        `for ${v} in ${pyList(items)}:`,
        "    try:",
        `        n = ${top} // int(${v})`,
        o.gotInside && `        print("${got}", n)`,
        "    except ValueError:",
        `        print("${skip}", ${v})`,
        "        continue",
        "    except ZeroDivisionError:",
        `        print("${stop}")`,
        o.breakContinues ? "        continue" : "        break",
        o.asElse ? "    else:" : "    finally:",
        `        print("${seen}", ${v})`,
        // Nothing is printed after the loop: the mutant that keeps going already prints eight lines.
        !o.gotInside && `    print("${got}", n)`,
      ),
    );
    return {
      title: "finally with continue and break",
      code: prog({}),
      distractors: [
        mut("py.finally-on-continue-break", prog({ asElse: true })),
        mut("py.break-in-except-ends-loop", prog({ breakContinues: true })),
        mut("py.finally-ends-try-statement", prog({ gotInside: true })),
      ],
      trap: "finally:",
      explanation: `\`finally:\` is the trap: \`continue\` and \`break\` leave the try statement too, so "${seen}" is printed for the bad item before the loop moves on and for "0" before the loop stops; \`break\` ends the whole loop, so ${g2} is never tried. On the good path \`finally\` runs when the try statement ends, before the "${got}" line. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "else-is-not-protected", "medium", (rng) => {
    const fn = rng.pick(["parse", "per_unit", "scale", "convert"]);
    const top = rng.int(60, 150);
    const d = rng.int(2, 9);
    const bad = rng.pick(["z", "1.5", "two", "4a", "--"]);
    const label = rng.pick(["bad", "invalid", "skip", "error"]);
    const items = rng.shuffle([`"${d}"`, '"0"', `"${bad}"`]);
    const prog = flagged((o: { protectedDiv?: boolean; asFinally?: boolean; clauseName?: boolean }) =>
      py(
        `def ${fn}(s):`,
        "    try:",
        "        n = int(s)",
        o.protectedDiv && `        return ${top} // n`,
        "    except (ValueError, ZeroDivisionError):",
        `        return "${label}"`,
        !o.protectedDiv && (o.asFinally ? "    finally:" : "    else:"),
        !o.protectedDiv && `        return ${top} // n`,
        "",
        `for s in (${items.join(", ")}):`,
        "    try:",
        `        print(${fn}(s))`,
        "    except Exception as e:",
        `        print(${o.clauseName ? '"Exception"' : "type(e).__name__"})`,
      ),
    );
    return {
      title: "An error raised in the else block",
      code: prog({}),
      distractors: [
        mut("py.else-not-protected", prog({ protectedDiv: true })),
        mut("py.else-only-without-error", prog({ asFinally: true })),
        mut("py.exception-class-name", prog({ clauseName: true })),
      ],
      trap: `return ${top} // n`,
      explanation: `\`return ${top} // n\` sits in the \`else:\` block, and that is the trap: the except clauses of a try guard only the try block itself, so for "0" the ZeroDivisionError raised in \`else\` is not turned into "${label}"; it leaves \`${fn}\` and the caller's \`except Exception as e\` prints its class name. "${bad}" fails in \`int(s)\`, inside the try, and is caught. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "one-base-class-for-two-errors", "medium", (rng) => {
    const key = rng.pick(["ids", "nums", "codes", "sizes"]);
    const missing = rng.pick(["tags", "names", "keys", "extra"]);
    const xs = distinctInts(rng, rng.int(3, 5), 1, 60);
    const ok = rng.int(0, xs.length - 1);
    const far = rng.pick([xs.length + rng.int(0, 5), -xs.length - rng.int(1, 5)]);
    const fallback = rng.pick([-1, 0, 99]);
    const fn = rng.pick(["get", "lookup", "fetch", "pick"]);
    const calls = rng.shuffle([
      `${fn}("${key}", ${ok})`,
      `${fn}("${key}", ${far})`,
      `${fn}("${missing}", 0)`,
    ]);
    return {
      title: "One base class for two errors",
      prompt: fillPrompt("exception class"),
      code: py(
        `data = {"${key}": ${pyList(xs)}}`,
        "",
        `def ${fn}(k, i):`,
        "    try:",
        "        return data[k][i]",
        `    except ${BLANK}:`,
        `        return ${fallback}`,
        "",
        "try:",
        `    print(${calls.join(", ")})`,
        "except Exception as e:",
        '    print("crashed:", type(e).__name__)',
      ),
      answer: "LookupError",
      wrong: [
        { fragment: "KeyError", rule: "py.lookuperror-base" },
        { fragment: "IndexError", rule: "py.exception-class-per-failure" },
        { fragment: rng.pick(["ValueError", "TypeError", "ArithmeticError"]), rule: "py.exception-type" },
      ],
      trap: "data[k][i]",
      explanation: `\`data[k][i]\` can fail in two ways: a missing key raises KeyError and an index past the end raises IndexError. Both are subclasses of \`LookupError\`, so that one class catches both; naming only KeyError or IndexError lets the other reach the outer \`except Exception\`.`,
    };
  }),
  predict(T, "finally-changes-the-returned-list", "hard", (rng) => {
    const fn = rng.pick(["collect", "gather", "split_up", "shares"]);
    const [out, count] = rng.pick([
      ["out", "count"],
      ["parts", "done"],
      ["results", "n"],
    ] as const);
    const top = rng.int(30, 99);
    const marker = rng.pick(["end", "closed", "stop", "fin"]);
    const reset = rng.int(50, 99);
    const good = distinctInts(rng, 2, 2, 9);
    // The zero sits after one good divisor and before another, so the loop stops half-way.
    const withZero = [rng.int(2, 9), 0, rng.int(2, 9)];
    const prog = flagged((o: { finallyReturns?: boolean; snapshot?: boolean; countFirst?: boolean }) => {
      const copy = o.snapshot ? `${out}[:]` : out;
      const step = [`            ${out}.append(${top} // x)`, `            ${count} += 1`];
      return py(
        `def ${fn}(items):`,
        `    ${out} = []`,
        `    ${count} = 0`,
        "    try:",
        "        for x in items:",
        ...(o.countFirst ? step.reverse() : step),
        `        return ${copy}, ${count}`,
        "    except ZeroDivisionError:",
        `        return ${copy}, -${count}`,
        "    finally:",
        `        ${out}.append("${marker}")`,
        `        ${count} = ${reset}`,
        o.finallyReturns && `        return ${out}, ${count}`,
        "",
        `print(${fn}(${pyList(good)}))`,
        `print(${fn}(${pyList(withZero)}))`,
      );
    });
    return {
      title: "finally changes the returned list",
      code: prog({}),
      distractors: [
        mut("py.return-value-before-finally", prog({ finallyReturns: true })),
        mut("py.finally-always-runs", prog({ snapshot: true })),
        mut("py.exception-stops-block", prog({ countFirst: true })),
      ],
      trap: `${count} = ${reset}`,
      explanation: `\`${count} = ${reset}\` in \`finally\` is the trap: the value of a \`return\` is worked out before \`finally:\` runs, so rebinding \`${count}\` there changes nothing that is returned, while \`${out}.append("${marker}")\` changes the very list the tuple holds. For the list with 0, \`${top} // x\` raises ZeroDivisionError before \`${count} += 1\`, so the except block returns the items so far and minus the count. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "a-failed-withdrawal", "hard", (rng) => {
    const [cls, field] = rng.pick([
      ["Insufficient", "short"],
      ["NotEnough", "missing"],
      ["Overdraft", "gap"],
    ] as const);
    const [word, okWord] = rng.pick([
      ["short by", "ok"],
      ["need", "paid"],
      ["lacking", "done"],
    ] as const);
    const fn = rng.pick(["withdraw", "take", "spend", "pay"]);
    const v = rng.pick(["balance", "funds", "wallet", "left"]);
    const start = rng.int(40, 90);
    const first = rng.int(5, start - 15);
    const left = start - first;
    const tooMuch = left + rng.int(1, 20);
    const last = rng.int(1, left);
    const prog = flagged((o: { applied?: boolean; withClass?: boolean; okAnyway?: boolean }) =>
      py(
        `class ${cls}(Exception):`,
        `    def __init__(self, ${field}):`,
        `        super().__init__(f"${word} {${field}}")`,
        `        self.${field} = ${field}`,
        "",
        `def ${fn}(${v}, amount):`,
        `    if amount > ${v}:`,
        `        raise ${cls}(amount - ${v})`,
        `    return ${v} - amount`,
        "",
        `${v} = ${start}`,
        `for amount in (${first}, ${tooMuch}, ${last}):`,
        "    try:",
        `        ${v} = ${fn}(${v}, amount)`,
        `        print("${okWord}", ${v})`,
        `    except ${cls} as e:`,
        `        print(${o.withClass ? "repr(e)" : "e"}, e.${field})`,
        o.applied && `        ${v} -= amount`,
        o.okAnyway && `        print("${okWord}", ${v})`,
        `print(${v})`,
      ),
    );
    return {
      title: "A failed withdrawal",
      code: prog({}),
      distractors: [
        mut("py.failed-assignment-keeps-old", prog({ applied: true })),
        mut("py.exception-str-no-class", prog({ withClass: true })),
        mut("py.exception-stops-block", prog({ okAnyway: true })),
      ],
      trap: `${v} = ${fn}(${v}, amount)`,
      explanation: `\`${v} = ${fn}(${v}, amount)\` is the trap: when \`${fn}\` raises ${cls} the assignment never happens, so \`${v}\` keeps ${left} and the "${okWord}" line after it is skipped. The except block prints the exception, which shows the message passed to \`super().__init__\`, and then the attribute \`e.${field}\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "finally-blocks-unwind-inside-out", "hard", (rng) => {
    const [inner, outer] = rng.pick([
      ["inner", "outer"],
      ["load", "run"],
      ["parse", "handle"],
      ["read", "process"],
    ] as const);
    const top = rng.int(10, 99);
    const x = rng.int(2, 9);
    const plus = rng.int(1, 9);
    const fallback = rng.pick([0, -1, 99]);
    const [done, caught] = rng.pick([
      ["done", "caught"],
      ["closed", "handled"],
      ["left", "rescued"],
    ] as const);
    const prog = flagged((o: { callerFirst?: boolean; innerOnError?: boolean; outerElse?: boolean }) =>
      py(
        `def ${inner}(x):`,
        o.callerFirst ? null : "    try:",
        o.callerFirst ? `    return ${top} // x` : `        return ${top} // x`,
        o.callerFirst ? null : o.innerOnError ? "    except ZeroDivisionError:" : "    finally:",
        o.callerFirst ? null : `        print("${inner} ${done}", x)`,
        o.innerOnError && "        raise",
        "",
        `def ${outer}(x):`,
        "    try:",
        `        return ${inner}(x) + ${plus}`,
        "    except ZeroDivisionError:",
        `        print("${outer} ${caught}", x)`,
        `        return ${fallback}`,
        o.outerElse ? "    else:" : "    finally:",
        o.callerFirst && `        print("${inner} ${done}", x)`,
        `        print("${outer} ${done}", x)`,
        "",
        `print(${outer}(${x}))`,
        `print(${outer}(0))`,
      ),
    );
    return {
      title: "finally blocks unwind inside out",
      code: prog({}),
      distractors: [
        mut("py.finally-unwinds-inner-first", prog({ callerFirst: true })),
        mut("py.finally-despite-return", prog({ innerOnError: true })),
        mut("py.finally-always-runs", prog({ outerElse: true })),
      ],
      trap: `return ${inner}(x) + ${plus}`,
      explanation: `\`return ${inner}(x) + ${plus}\` is the trap: for 0, \`${top} // x\` raises inside \`${inner}\`, whose \`finally\` prints first as the exception leaves it; only then does \`${outer}\`'s except clause catch it (the \`+ ${plus}\` never happens), and \`${outer}\`'s own \`finally\` runs last, after its \`return ${fallback}\`. Every line is printed before the value the call returns. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
