import type { ChallengeTemplate } from "../../types";
import { distinctInts, mut, predict, py } from "./helpers";

const T = "exceptions";

export const exceptionsTemplates: ChallengeTemplate[] = [
  predict(T, "try-except-else-finally", "easy", (rng) => {
    const fn = rng.pick(["parse", "to_number", "read_qty", "convert"]);
    const n = rng.int(2, 99);
    const bad = `${n}${rng.pick(["a", ".5", "x", "%", "kg", "!"])}`;
    const k = rng.int(2, 9);
    const [okMsg, badMsg, doneMsg] = rng.pick([
      ["ok", "bad", "done"],
      ["valid", "invalid", "finished"],
      ["parsed", "rejected", "cleanup"],
    ] as const);
    const prog = (o: { noFinally?: boolean; elseAlways?: boolean; finallyLate?: boolean }) =>
      py(
        `def ${fn}(text):`,
        "    try:",
        "        n = int(text)",
        "    except ValueError:",
        `        print("${badMsg}")`,
        "        return -1",
        "    else:",
        `        print("${okMsg}")`,
        !o.noFinally && !o.finallyLate && "    finally:",
        o.elseAlways && `        print("${okMsg}")`,
        !o.noFinally && !o.finallyLate && `        print("${doneMsg}")`,
        `    return n * ${k}`,
        "",
        `print(${fn}("${bad}"))`,
        o.finallyLate && `print("${doneMsg}")`,
      );
    return {
      title: "try, except, else and finally",
      code: prog({}),
      distractors: [
        mut("py.finally-skipped", prog({ noFinally: true })),
        mut("py.try-else", prog({ elseAlways: true })),
        mut("py.finally-timing", prog({ finallyLate: true })),
      ],
      explanation: `\`int("${bad}")\` raises ValueError, so the except block runs and starts to return -1; \`else\` is skipped, and \`finally\` still runs before the function actually returns. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "handler-order", "medium", (rng) => {
    const fn = rng.pick(["safe_div", "ratio", "share", "split_by"]);
    const [a, b] = distinctInts(rng, 2, 2, 9);
    const total = rng.int(20, 99);
    const values = [...rng.shuffle([a!, 0]), b!];
    const zi = values.indexOf(0);
    const last = values[values.length - 1]!;
    const prog = (o: { specificFirst?: boolean; negRaises?: boolean; floatDiv?: boolean }) =>
      py(
        `def ${fn}(values, i):`,
        "    try:",
        o.negRaises
          ? `        return ${total} ${o.floatDiv ? "/" : "//"} values[i if i >= 0 else 99]`
          : `        return ${total} ${o.floatDiv ? "/" : "//"} values[i]`,
        o.specificFirst ? "    except ZeroDivisionError:\n        return \"zero\"" : '    except ArithmeticError:\n        return "math"',
        o.specificFirst ? '    except ArithmeticError:\n        return "math"' : '    except ZeroDivisionError:\n        return "zero"',
        "    except LookupError:",
        '        return "lookup"',
        "",
        `values = [${values.join(", ")}]`,
        `print(${fn}(values, ${zi}), ${fn}(values, -1), ${fn}(values, 3))`,
      );
    return {
      title: "Which except clause catches it?",
      code: prog({}),
      distractors: [
        mut("py.except-order", prog({ specificFirst: true })),
        mut("py.negative-index", prog({ negRaises: true })),
        mut("py.floor-div-float", prog({ floatDiv: true })),
      ],
      explanation: `Handlers are tried top to bottom: ZeroDivisionError is a subclass of ArithmeticError, so the first clause catches it; \`values[-1]\` is the last item (${last}), and index 3 raises IndexError, a LookupError. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "return-in-finally", "hard", (rng) => {
    const fn = rng.pick(["attempt", "run", "process", "handle"]);
    const start = rng.int(1, 999);
    const exc = rng.pick(["ValueError", "KeyError", "RuntimeError", "LookupError"]);
    const prog = (o: { noOverride?: boolean; onlyAfterError?: boolean; onlyWithoutError?: boolean }) =>
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
      );
    return {
      title: "return inside finally",
      code: prog({}),
      distractors: [
        mut("py.finally-override", prog({ noOverride: true })),
        mut("py.finally-skipped", prog({ onlyAfterError: true })),
        mut("py.finally-skipped", prog({ onlyWithoutError: true })),
      ],
      explanation:
        "`finally` runs on every path, even after `return` in try or except, and a `return` inside `finally` replaces whatever was being returned; so every even n gives 0. Output: `{{output}}`.",
    };
  }),
];
