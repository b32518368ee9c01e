import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  CITIES,
  PEOPLE,
  WORDS,
  distinctInts,
  fill,
  fillPrompt,
  flagged,
  mut,
  predict,
  py,
} from "./helpers";

const T = "string-formatting";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const stringFormattingRules: MisconceptionRule[] = [
  {
    id: "py.split-keeps-empty",
    feedback:
      "split with a separator keeps the empty string between two separators that touch, so it counts as a piece; only split() with no argument drops empty pieces.",
    requires: { all: [".split("] },
  },
  {
    id: "py.fstring-format-spec",
    feedback:
      "A format spec is read piece by piece after the colon: fill and alignment, sign, width, grouping, precision and type, and each piece changes the text.",
    requires: {},
  },
  {
    id: "py.fstring-precision",
    feedback:
      "A precision such as .2f rounds to that many digits after the point and pads with zeros; without the f it counts significant digits.",
    requires: {},
  },
  {
    id: "py.fstring-repr",
    feedback: "The !r conversion formats the value with repr(), which puts quotes around a string.",
    requires: {},
  },
  {
    id: "py.zero-pad-width",
    feedback: "A 0 written just before the width pads a number with zeros instead of spaces.",
    requires: {},
  },
  {
    id: "py.caret-centres",
    feedback: "`^` centres the value inside the width and splits the fill characters between its two sides.",
    requires: {},
  },
  {
    id: "py.replace-count",
    feedback:
      "The third argument of `replace` is a count: only that many occurrences, from the left, are replaced, and the rest stay.",
    requires: { all: [".", "replace"] },
  },
  {
    id: "py.fstring-debug-repr",
    feedback:
      "A field ending in `=` prints the expression's text, an equals sign and the repr of the value, so a string value keeps its quotes.",
    requires: { all: ["print", "="] },
  },
  {
    id: "py.fstring-debug-text",
    feedback:
      "With `=` the field prints the expression's own text exactly as written, spaces around the equals sign included, with no name replaced by its value.",
    requires: { all: ["print", "="] },
  },
  {
    id: "py.zfill-after-sign",
    feedback:
      "`zfill` puts its zeros after a leading sign, so the minus stays in front; `rjust` with a fill character only adds that character on the left, in front of the minus.",
    requires: { all: ["zfill", "rjust"] },
  },
  {
    id: "py.pad-width-total",
    feedback:
      "The width is the length of the whole result, the minus sign included: padding adds only the characters still missing.",
    requires: { any: ["zfill", "rjust", "ljust", "center"] },
  },
  {
    id: "py.case-method-scope",
    feedback:
      "capitalize upper-cases only the first character of the whole string and lowers the rest, title upper-cases the first letter of every word, swapcase flips every letter, upper and lower change them all.",
    requires: { any: ["capitalize", "title", "swapcase", "upper", "lower"] },
  },
  {
    id: "py.default-alignment",
    feedback:
      "A width with no alignment character left-aligns a string and right-aligns a number; only an alignment character (<, > or ^) changes that.",
    requires: { all: ["print"] },
  },
  {
    id: "py.width-is-minimum",
    feedback:
      "A width is a minimum, never a maximum: a value longer than the width is printed whole, and only a precision or a slice would cut it.",
    requires: { all: ["print"] },
  },
  {
    id: "py.percent-minus-left",
    feedback:
      "In %-formatting a minus before the width left-aligns the value; without it the value is right-aligned in the width.",
    requires: { all: ["%"] },
  },
  {
    id: "py.percent-d-truncates",
    feedback: "%d converts a float to an int by dropping its fraction, as int() does; it never rounds up.",
    requires: { all: ["%"] },
  },
  {
    id: "py.split-none-vs-space",
    feedback:
      'split() with no argument splits on runs of whitespace and drops the empty strings; split(" ") cuts at every single space, so leading spaces and a double space give empty strings.',
    requires: { all: [".split"] },
  },
  {
    id: "py.format-calls-dunder-format",
    feedback:
      "Every f-string field calls the object's `__format__` with the text after the colon, an empty string when there is none; a !s or !r conversion makes a string first and skips `__format__`.",
    requires: { all: ["__format__"] },
  },
  {
    id: "py.spec-goes-to-format",
    feedback:
      "The spec after the colon is handed to `__format__`, which decides what it means; here it pads the number before the unit is added, so the unit is not counted in the width.",
    requires: { all: ["__format__", "spec"] },
  },
  {
    id: "py.partition-first",
    feedback:
      "`partition` cuts at the FIRST occurrence of the separator into three parts, before, separator and after; only rpartition looks for the last one.",
    requires: { all: [".partition"] },
  },
  {
    id: "py.maxsplit-keeps-rest",
    feedback:
      "With a maxsplit, split stops after that many cuts and its last part keeps the rest of the text, spaces and all.",
    requires: { all: [".split"] },
  },
  {
    id: "py.double-brace-literal",
    feedback:
      "In an f-string or a format string, a doubled brace is an escape that prints one literal brace and starts no field; the single braces inside are still fields.",
    requires: { any: [".format", "format("] },
  },
];

export const stringFormattingTemplates: ChallengeTemplate[] = [
  predict(T, "f-string-width-and-precision", "easy", (rng) => {
    const item = rng.pick(WORDS);
    const qty = rng.int(1, 99);
    // No 5 in the third decimal: the .2f rounding is then unambiguous for learners.
    const price = `${rng.int(1, 49)}.${rng.int(0, 9)}${rng.int(0, 9)}${rng.pick([1, 2, 3, 4, 6, 7, 8, 9])}`;
    const width = rng.int(7, 10);
    const prog = flagged((o: { left?: boolean; noZero?: boolean; sig?: boolean; trunc?: boolean }) =>
      py(
        `item = "${item}"`,
        `qty = ${qty}`,
        `price = ${price}`,
        `print(f"[{item:${o.left ? "<" : ">"}${width}}] x{qty:${o.noZero ? "" : "0"}3d} @ ${o.trunc ? "{int(price * 100) / 100}" : `{price:.2${o.sig ? "" : "f"}}`}")`,
      ),
    );
    return {
      title: "f-string width, zero padding and precision",
      code: prog({}),
      distractors: [
        mut("py.fstring-format-spec", prog({ left: true })),
        mut("py.zero-pad-width", prog({ noZero: true })),
        mut("py.fstring-precision", prog({ sig: true })),
        mut("py.fstring-precision", prog({ trunc: true })),
      ],
      trap: prog({}).split("\n")[3]!,
      explanation: `\`${prog({}).split("\n")[3]}\` holds three specs, and each one matters: \`>${width}\` right-aligns in ${width} columns, \`03d\` pads the integer with zeros to 3 digits, and \`.2f\` rounds to 2 decimals. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "split-strip-join", "medium", (rng) => {
    const names = rng.sample(PEOPLE, 3);
    const sep = rng.pick([",", ";", "|"]);
    const joiner = rng.pick(["-", "+", "/", ">"]);
    const emptyAt = rng.int(1, 2);
    const parts: string[] = [...names];
    parts.splice(emptyAt, 0, "");
    const spaced = parts.map((p, i) => (i === 1 && p ? ` ${p}` : p));
    const text = `  ${spaced.join(sep)} `;
    const prog = flagged((o: { dropEmpty?: boolean; trailing?: boolean; stripsInner?: boolean }) =>
      py(
        `text = "${text}"`,
        o.dropEmpty
          ? `parts = [p for p in text.strip().split("${sep}") if p]`
          : `parts = text.strip().split("${sep}")`,
        `print(len(parts))`,
        o.trailing
          ? `print("".join(p${o.stripsInner ? ".strip()" : ""}.upper() + "${joiner}" for p in parts if p))`
          : `print("${joiner}".join(p${o.stripsInner ? ".strip()" : ""}.upper() for p in parts if p))`,
      ),
    );
    return {
      title: "split, strip and join",
      code: prog({}),
      distractors: [
        mut("py.split-keeps-empty", prog({ dropEmpty: true })),
        mut("py.join-separator", prog({ trailing: true })),
        mut("py.strip-chars", prog({ stripsInner: true })),
        mut("py.join-separator", prog({ trailing: true, dropEmpty: true })),
      ],
      trap: `parts = text.strip().split("${sep}")`,
      explanation: `\`parts = text.strip().split("${sep}")\` is the trap: \`split("${sep}")\` keeps the empty string between two adjacent separators, \`strip()\` only trims the ends of the whole text (the space inside a part stays), and \`join\` puts \`"${joiner}"\` only between items. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "format-mini-language", "hard", (rng) => {
    const names = rng.sample(WORDS, 2);
    const width = Math.max(...names.map((n) => n.length)) + rng.int(3, 6);
    const fillCh = rng.pick(["*", "=", "~", "."]);
    const totals = [rng.int(1000, 999999), rng.int(100, 99999)];
    const codes = [
      `${rng.pick(["A", "B", "K", "Z"])}${rng.int(1, 99)}`,
      `${rng.pick(["C", "D", "M", "X"])}${rng.int(1, 99)}`,
    ];
    const fn = rng.pick(["label", "render", "row_text", "fmt_row"]);
    const prog = flagged((o: { noRepr?: boolean; left?: boolean; noGrouping?: boolean }) =>
      py(
        `def ${fn}(name, total, code, width=${width}):`,
        `    return f"{name:${fillCh}${o.left ? "<" : "^"}{width}}|{total:${o.noGrouping ? "" : ","}}|{code${o.noRepr ? "" : "!r"}}"`,
        "",
        `rows = [("${names[0]}", ${totals[0]}, "${codes[0]}"), ("${names[1]}", ${totals[1]}, "${codes[1]}")]`,
        "for row in rows:",
        `    print(${fn}(*row))`,
      ),
    );
    return {
      title: "Fill, align, grouping and !r",
      code: prog({}),
      distractors: [
        mut("py.fstring-repr", prog({ noRepr: true })),
        mut("py.fstring-format-spec", prog({ left: true })),
        mut("py.fstring-format-spec", prog({ noGrouping: true })),
        mut("py.fstring-repr", prog({ noRepr: true, left: true })),
      ],
      trap: prog({}).split("\n")[1]!.trim(),
      explanation: `\`${prog({}).split("\n")[1]!.trim()}\` packs three conversions into one line: \`${fillCh}^{width}\` centres each name in ${width} columns using \`${fillCh}\` (an odd leftover goes on the RIGHT), \`,\` inserts thousands separators, and \`!r\` formats with repr(), adding quotes. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "choose-the-format-spec", "easy", (rng) => {
    const value = `${rng.int(1, 99)}.${rng.int(0, 9)}${rng.pick([1, 2, 3, 4, 6, 7, 8, 9])}${rng.pick([1, 2, 3, 4, 6, 7, 8, 9])}`;
    const fillCh = rng.pick(["*", "_", "."]);
    const w = rng.int(8, 10);
    const specs = {
      right: { fragment: `${fillCh}>${w}.2f`, rule: "py.fstring-format-spec" },
      left: { fragment: `${fillCh}<${w}.2f`, rule: "py.fstring-format-spec" },
      center: { fragment: `${fillCh}^${w}.2f`, rule: "py.caret-centres" },
      zero: { fragment: `0${w}.2f`, rule: "py.fstring-format-spec" },
      oneDigit: { fragment: `${fillCh}>${w}.1f`, rule: "py.fstring-precision" },
      general: { fragment: `${fillCh}>${w}.2`, rule: "py.fstring-precision" },
    };
    const answerKey = rng.pick(["right", "left", "center", "zero"] as const);
    const others = rng.sample(
      (Object.keys(specs) as (keyof typeof specs)[]).filter((k) => k !== answerKey),
      4,
    );
    const v = rng.pick(["price", "total", "amount", "weight"]);
    return {
      title: "Pick the format spec",
      prompt: fillPrompt("format spec"),
      code: py(`${v} = ${value}`, `label = f"[{${v}:${BLANK}}]"`, "print(label)", "print(len(label))"),
      answer: specs[answerKey].fragment,
      wrong: others.map((k) => specs[k]),
      trap: specs[answerKey].fragment,
      explanation:
        `The blank needs \`${specs[answerKey].fragment}\`, because the target shows where the fill characters go and how many decimals remain. ` +
        "A spec reads fill, align, width, precision and type, in that order: `<`, `>` and `^` align left, right and centre inside the width, a leading `0` pads with zeros, and `.2f` means 2 digits after the point (`.2` alone means 2 significant digits).",
    };
  }),

  predict(T, "split-replace-find", "medium", (rng) => {
    const parts = rng.sample(["red", "fig", "sun", "oak", "ice", "jam", "map", "owl"], 4);
    const sep = rng.pick(["-", "/", ":", "."]);
    const rep = rng.pick(["+", "|", "_"]);
    const text = parts.join(sep);
    const target = parts[2]!.slice(0, 2);
    const prog = flagged((o: { splitAll?: boolean; replaceAll?: boolean; oneBased?: boolean }) =>
      py(
        "def summary(text):",
        `    head = text.split("${sep}"${o.splitAll ? "" : ", 1"})`,
        `    swapped = text.replace("${sep}", "${rep}"${o.replaceAll ? "" : ", 2"})`,
        `    return head, swapped, text.find("${target}")${o.oneBased ? " + 1" : ""}, text.rfind("${sep}")`,
        "",
        `head, swapped, pos, last = summary("${text}")`,
        "print(head)",
        "print(swapped)",
        "print(pos, last)",
      ),
    );
    return {
      title: "split, replace and find with limits",
      code: prog({}),
      distractors: [
        mut("py.str-method-args", prog({ splitAll: true })),
        mut("py.replace-count", prog({ replaceAll: true })),
        mut("py.str-method-args", prog({ oneBased: true })),
        mut("py.str-method-args", prog({ replaceAll: true, splitAll: true })),
      ],
      trap: `text.replace("${sep}", "${rep}", 2)`,
      explanation: `\`text.replace("${sep}", "${rep}", 2)\` is the trap: its third argument is a count. \`split("${sep}", 1)\` splits at most once, \`replace(..., 2)\` replaces only the first two separators, and \`find\`/\`rfind\` return 0-based positions of the first/last match. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "format-indices-repr-percent", "hard", (rng) => {
    const names = rng.sample(WORDS, 2);
    const qtys = [rng.int(2, 99), -rng.int(1, 9)];
    const shares = rng.sample(["0.35", "0.62", "0.17", "0.48", "0.81", "0.29", "0.73"], 2);
    const w = Math.max(...names.map((n) => n.length)) + rng.int(3, 5);
    const fn = rng.pick(["describe", "summary", "line_for", "report"]);
    const prog = flagged(
      (o: { sequential?: boolean; noRepr?: boolean; plainPercent?: boolean; noPlus?: boolean }) =>
        py(
          `def ${fn}(name, qty, share):`,
          o.sequential ? '    head = "{}x {}".format(name, qty)' : '    head = "{1}x {0}".format(name, qty)',
          `    body = "{0${o.noRepr ? "" : "!r"}:>${w}}|x{1:${o.noPlus ? "" : "+"}}".format(name, qty)`,
          o.plainPercent
            ? '    return head + " " + body + " " + f"{share:.0f}%"'
            : '    return head + " " + body + " " + f"{share:.0%}"',
          "",
          `for item in [("${names[0]}", ${qtys[0]}, ${shares[0]}), ("${names[1]}", ${qtys[1]}, ${shares[1]})]:`,
          `    print(${fn}(*item))`,
        ),
    );
    return {
      title: "Indices, !r and % in format strings",
      code: prog({}),
      distractors: [
        mut("py.format-spec", prog({ sequential: true })),
        mut("py.format-precision", prog({ plainPercent: true })),
        mut("py.fstring-repr", prog({ noRepr: true })),
        mut("py.format-spec", prog({ noPlus: true })),
      ],
      trap: 'head = "{1}x {0}".format(name, qty)',
      explanation:
        '`head = "{1}x {0}".format(name, qty)` is the first trap: ' +
        "`{1}` and `{0}` pick arguments by position, `!r` adds quotes via repr() before aligning, `+` forces a sign, and `.0%` multiplies by 100 and adds a percent sign. Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "strip-a-set-of-characters", "easy", (rng) => {
    const word = rng.pick(WORDS);
    const [c1, c2] = rng.sample(["-", "=", "*", "#", "~", "+"], 2);
    const left = c1!.repeat(rng.int(2, 3)) + c2!.repeat(rng.int(1, 2));
    const right = c2!.repeat(rng.int(1, 2)) + c1!.repeat(rng.int(1, 3));
    const raw = `${left}${word}${right}`;
    const prog = flagged((o: { oneChar?: boolean; substring?: boolean; bothEnds?: boolean }) =>
      py(
        `raw = "${raw}"`,
        o.oneChar ? "print(raw[1:-1])" : `print(raw.strip("${c1}"))`,
        o.substring
          ? `print(raw.removeprefix("${c2}${c1}").removesuffix("${c2}${c1}"))`
          : `print(raw.strip("${c2}${c1}"))`,
        o.bothEnds ? `print(raw.strip("${c1}${c2}"))` : `print(raw.lstrip("${c1}${c2}"))`,
      ),
    );
    return {
      title: "strip, lstrip and a set of characters",
      code: prog({}),
      distractors: [
        mut("py.strip-chars", prog({ oneChar: true })),
        mut("py.strip-chars", prog({ substring: true })),
        mut("py.strip-chars", prog({ bothEnds: true })),
        mut("py.strip-chars", prog({ oneChar: true, substring: true })),
      ],
      trap: `raw.strip("${c2}${c1}")`,
      explanation: `\`raw.strip("${c2}${c1}")\` is the trap: \`strip(chars)\` removes ANY of the given characters, as many as there are, from both ends (the order of the characters doesn't matter); \`lstrip\` only works on the left end. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "number-format-type", "medium", (rng) => {
    const n = rng.int(1000, 99999);
    const m = rng.int(100000, 9999999);
    const specs: Record<string, string> = {
      ",": "py.fstring-format-spec",
      x: "py.fstring-format-spec",
      "08d": "py.fstring-format-spec",
      b: "py.fstring-format-spec",
      _: "py.fstring-format-spec",
      e: "py.fstring-format-spec",
    };
    const answer = rng.pick([",", "x", "08d", "_"]);
    const wrong = rng
      .sample(
        Object.keys(specs).filter((k) => k !== answer),
        3,
      )
      .map((fragment) => ({ fragment, rule: specs[fragment]! }));
    const v = rng.pick(["n", "count", "total", "size"]);
    return {
      title: "Pick the number format",
      prompt: fillPrompt("format spec"),
      code: py(
        `def show(${v}):`,
        `    text = f"{${v}:${BLANK}}"`,
        "    return text, len(text)",
        "",
        `for value in (${n}, ${m}):`,
        "    print(*show(value))",
      ),
      answer,
      wrong,
      trap: answer,
      explanation:
        `The blank needs \`${answer}\`: the target's digits show the base, the separators and the padding. ` +
        "`,` and `_` group thousands with that separator, `x` writes hexadecimal, `b` binary, `e` scientific notation, and `08d` pads the integer with zeros to 8 characters.",
    };
  }),

  predict(T, "format-with-keys-and-items", "hard", (rng) => {
    const names = rng.sample(WORDS, 2);
    const qtys = rng.shuffle([rng.int(0, 49) * 2 + 1, rng.int(1, 49) * 2]);
    const w = rng.int(4, 6);
    const fillCh = rng.pick(["=", "*", "~"]);
    const tw = rng.int(8, 11);
    const prog = flagged((o: { leftAlign?: boolean; noZero?: boolean; rightTotal?: boolean }) =>
      py(
        `items = [{"name": "${names[0]}", "qty": ${qtys[0]}}, {"name": "${names[1]}", "qty": ${qtys[1]}}]`,
        "for item in items:",
        '    if item["qty"] % 2:',
        `        print("{name}:|{qty:${o.leftAlign ? "<" : ">"}${w}}|".format(**item))`,
        "    else:",
        `        print("{0[name]}/{0[qty]:${o.noZero ? "" : "0"}3}".format(item))`,
        `print(f"{sum(i['qty'] for i in items):${fillCh}${o.rightTotal ? ">" : "^"}${tw}}")`,
      ),
    );
    return {
      title: "Format fields that read dict keys",
      code: prog({}),
      distractors: [
        mut("py.format-spec", prog({ leftAlign: true })),
        mut("py.zero-pad-width", prog({ noZero: true })),
        mut("py.caret-centres", prog({ rightTotal: true })),
        mut("py.format-spec", prog({ leftAlign: true, noZero: true })),
      ],
      trap: ".format(**item)",
      explanation: `\`.format(**item)\` is the trap: \`**item\` passes the keys as keyword arguments and \`{0[name]}\` indexes the first positional argument; \`>${w}\` right-aligns, \`03\` zero-pads to 3 digits, and \`${fillCh}^${tw}\` centres the total using \`${fillCh}\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
  predict(T, "f-string-equals-specifier", "easy", (rng) => {
    const [w, c, pool] = rng.pick([
      ["word", "count", WORDS],
      ["fruit", "qty", WORDS],
      ["name", "n", PEOPLE],
      ["city", "size", CITIES],
    ] as const);
    const text = rng.pick(pool);
    const value = rng.int(2, 40);
    const [op, k] = rng.pick([
      ["*", rng.int(2, 9)],
      ["+", rng.int(1, 99)],
      ["-", rng.int(1, 9)],
    ] as const);
    const prog = flagged((o: { noRepr?: boolean; noSpaces?: boolean; valueForName?: boolean }) =>
      py(
        `${w} = "${text}"`,
        `${c} = ${value}`,
        o.noRepr ? `print(f"${w}={${w}} ${c}={${c}}")` : `print(f"{${w}=} {${c}=}")`,
        o.noSpaces
          ? `print(f"{${c} ${op} ${k}=}")`
          : o.valueForName
            ? `print(f"{${c}} ${op} ${k} = {${c} ${op} ${k}}")`
            : `print(f"{${c} ${op} ${k} = }")`,
      ),
    );
    const code = prog({});
    // The f-string is one token, so the trap is the whole line that holds the `=` fields.
    const line = code.split("\n")[2]!;
    return {
      title: "The = specifier in an f-string",
      code,
      distractors: [
        mut("py.fstring-debug-repr", prog({ noRepr: true })),
        mut("py.fstring-debug-text", prog({ noSpaces: true })),
        mut("py.fstring-debug-text", prog({ valueForName: true })),
      ],
      trap: line,
      explanation: `\`${line}\` is the trap: a field ending in \`=\` prints the expression's own text, an equals sign and then the repr of the value, so the string keeps its quotes. The text is copied exactly as written, so the spaces around \`=\` in the second line stay and the name is not replaced by its value. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "zfill-and-the-minus-sign", "easy", (rng) => {
    const [n, s] = rng.pick([
      ["n", "text"],
      ["delta", "s"],
      ["change", "raw"],
      ["offset", "label"],
    ] as const);
    const value = -rng.int(2, 9999);
    const width = String(value).length + rng.int(1, 3);
    const fillCh = rng.pick(["*", "_", ".", "#"]);
    // The second line pads with a non-digit: outputs that differ only in leading zeros count as equal.
    const prog = flagged((o: { zerosFirst?: boolean; signFirst?: boolean; signUncounted?: boolean }) =>
      py(
        `${n} = ${value}`,
        `${s} = str(${n})`,
        o.zerosFirst ? `print(${s}.rjust(${width}, "0"))` : `print(${s}.zfill(${width}))`,
        o.signFirst
          ? `print("-" + ${s}[1:].rjust(${width - 1}, "${fillCh}"))`
          : `print(${s}.rjust(${o.signUncounted ? width + 1 : width}, "${fillCh}"))`,
      ),
    );
    return {
      title: "zfill and the minus sign",
      code: prog({}),
      distractors: [
        mut("py.zfill-after-sign", prog({ zerosFirst: true })),
        mut("py.zfill-after-sign", prog({ signFirst: true })),
        mut("py.pad-width-total", prog({ signUncounted: true })),
      ],
      trap: `${s}.zfill(${width})`,
      explanation: `\`${s}.zfill(${width})\` is the trap: zfill puts its zeros after a leading sign, so the minus stays in front, while \`rjust(${width}, "${fillCh}")\` only adds fill characters on the left, in front of the minus. Both widths are the length of the whole result, minus included. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "which-case-method", "easy", (rng) => {
    // Every word mixes upper and lower case, so each method prints something different.
    const mixed = (word: string): string => {
      for (;;) {
        const out = [...word].map((ch) => (rng.bool() ? ch.toUpperCase() : ch)).join("");
        if (out !== word && out !== word.toUpperCase()) return out;
      }
    };
    const [a, b] = rng.sample(WORDS, 2).map(mixed);
    const joiner = rng.pick(["and", "or", "with", "then"]);
    const [x, y] = rng.pick([
      ["first", "second"],
      ["left", "right"],
      ["name", "other"],
    ] as const);
    const answer = rng.pick(["title", "capitalize", "swapcase"]);
    const wrong = rng
      .sample(
        ["title", "capitalize", "swapcase", "upper", "lower"].filter((m) => m !== answer),
        3,
      )
      .map((fragment) => ({ fragment, rule: "py.case-method-scope" }));
    return {
      title: "Which case method?",
      prompt: fillPrompt("string method"),
      code: py(
        `${x} = "${a}"`,
        `${y} = "${b}"`,
        `text = ${x} + " ${joiner} " + ${y}`,
        `print(text.${BLANK}())`,
      ),
      answer,
      wrong,
      trap: answer,
      explanation: `The blank needs \`${answer}\`: capitalize upper-cases only the first character of the whole string and lowers all the rest, title upper-cases the first letter of every word and lowers the others, and swapcase flips the case of every letter, so the mixed-case words come out differently each time.`,
    };
  }),
  predict(T, "default-alignment-and-a-long-value", "medium", (rng) => {
    const w = rng.int(6, 8);
    const short = rng.pick(WORDS.filter((x) => x.length <= w - 2));
    // Longer than the width, so whether a width cuts a value shows in the output.
    const long = rng.pick(["watermelon", "blueberry", "pineapple", "clementine", "grapefruit", "mandarine"]);
    const qtys = distinctInts(rng, 2, 1, 999);
    const rows = rng.shuffle([
      [short, qtys[0]!],
      [long, qtys[1]!],
    ] as const);
    const narrow = rng.int(4, 5);
    const [name, qty] = rng.pick([
      ["name", "qty"],
      ["fruit", "count"],
      ["item", "n"],
    ] as const);
    const prog = flagged((o: { nameRight?: boolean; qtyLeft?: boolean; cut?: boolean }) =>
      py(
        `rows = [${rows.map(([a, b]) => `("${a}", ${b})`).join(", ")}]`,
        `w = ${w}`,
        `for ${name}, ${qty} in rows:`,
        `    print(f"[{${name}${o.cut ? `[:${w}]` : ""}:${o.nameRight ? ">" : ""}{w}}|{${qty}:${o.qtyLeft ? "<" : ""}${narrow}}]")`,
      ),
    );
    const code = prog({});
    const line = code.split("\n")[3]!.trim();
    return {
      title: "Default alignment and a value wider than its field",
      code,
      distractors: [
        mut("py.default-alignment", prog({ nameRight: true })),
        mut("py.default-alignment", prog({ qtyLeft: true })),
        mut("py.width-is-minimum", prog({ cut: true })),
      ],
      trap: line,
      explanation: `\`${line}\` gives widths but no alignment, and that is the trap: without an alignment character a string is left-aligned and a number right-aligned. A width is only a minimum, so "${long}", longer than ${w}, is printed whole and pushes the rest of its line to the right. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "percent-formatting", "medium", (rng) => {
    const names = rng.sample(WORDS, 2);
    const w = Math.max(...names.map((x) => x.length)) + rng.int(1, 3);
    // One price has a fraction of .6 to .9, so truncating and rounding it to an int differ.
    const up = `${rng.int(1, 99)}.${rng.int(6, 9)}${rng.int(1, 9)}`;
    const other = `${rng.int(1, 99)}.${rng.int(0, 9)}${rng.int(1, 9)}`;
    const prices = rng.shuffle([up, other]);
    const [name, price] = rng.pick([
      ["name", "price"],
      ["item", "cost"],
      ["label", "value"],
    ] as const);
    const prog = flagged((o: { noMinus?: boolean; rounds?: boolean; significant?: boolean }) =>
      py(
        `items = [("${names[0]}", ${prices[0]}), ("${names[1]}", ${prices[1]})]`,
        `for ${name}, ${price} in items:`,
        `    line = "%${o.noMinus ? "" : "-"}${w}s|%7.2${o.significant ? "g" : "f"}|%d" % (${name}, ${price}, ${o.rounds ? `round(${price})` : price})`,
        "    print(line)",
      ),
    );
    return {
      title: "printf-style formatting with %",
      code: prog({}),
      distractors: [
        mut("py.percent-minus-left", prog({ noMinus: true })),
        mut("py.percent-d-truncates", prog({ rounds: true })),
        mut("py.fstring-precision", prog({ significant: true })),
      ],
      trap: `"%-${w}s|%7.2f|%d"`,
      explanation: `\`"%-${w}s|%7.2f|%d"\` holds the traps: in %-formatting a minus before the width left-aligns the name in ${w} columns (without it the value is right-aligned). \`%7.2f\` right-aligns the price with 2 digits after the point, and \`%d\` turns the float into an int by dropping the fraction, so ${up} gives ${Math.trunc(Number(up))}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "split-with-and-without-a-separator", "medium", (rng) => {
    const ws = rng.sample(WORDS, 3);
    const sp = (n: number) => " ".repeat(n);
    // Spaces at the start and one double gap inside: split(" ") then yields empty strings in both places.
    const gaps = rng.shuffle([2, 1]);
    const text = `${sp(rng.int(1, 2))}${ws[0]}${sp(gaps[0]!)}${ws[1]}${sp(gaps[1]!)}${ws[2]}${sp(rng.int(0, 1))}`;
    const joiner = rng.pick(["-", "+", "/", "|"]);
    const [a, b] = rng.pick([
      ["words", "parts"],
      ["tokens", "pieces"],
      ["fields", "chunks"],
    ] as const);
    const prog = flagged(
      (o: { spaceLikeNone?: boolean; noneKeepsGaps?: boolean; spaceTrimsEnds?: boolean }) =>
        py(
          `text = "${text}"`,
          o.noneKeepsGaps ? `${a} = text.strip().split(" ")` : `${a} = text.split()`,
          o.spaceLikeNone
            ? `${b} = text.split()`
            : o.spaceTrimsEnds
              ? `${b} = text.strip().split(" ")`
              : `${b} = text.split(" ")`,
          `print(len(${a}), len(${b}))`,
          `print("${joiner}".join(${a}))`,
          `print("${joiner}".join(${b}))`,
        ),
    );
    return {
      title: 'split() and split(" ")',
      code: prog({}),
      distractors: [
        mut("py.split-none-vs-space", prog({ spaceLikeNone: true })),
        mut("py.split-none-vs-space", prog({ noneKeepsGaps: true })),
        mut("py.split-none-vs-space", prog({ spaceTrimsEnds: true })),
      ],
      trap: `text.split(" ")`,
      explanation: `\`text.split(" ")\` is the trap: with a separator, split cuts at every single space, so the leading spaces and the double gap give empty strings, which \`join\` then surrounds with "${joiner}". \`text.split()\` with no argument splits on runs of whitespace and never returns empty strings. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
  predict(T, "a-class-with-its-own-format", "hard", (rng) => {
    const cls = rng.pick(["Temp", "Celsius", "Reading", "Degrees"]);
    const c = rng.int(1, 40);
    const v = rng.pick(["t", "r", "x", "now"]);
    const [code, formula, unit] = rng.pick([
      ["f", "self.c * 9 / 5 + 32", "F"],
      ["k", "self.c + 273.15", "K"],
    ] as const);
    const word = rng.pick(["degrees", "deg C", "celsius"]);
    // A fill character, because a width padded with spaces would not show in the compared text.
    const fillCh = rng.pick(["*", "#", "~", "_"]);
    const width = String(c).length + rng.int(2, 4);
    const prog = flagged(
      (o: { plainIsStr?: boolean; conversionFormats?: boolean; widthOutside?: boolean; listStr?: boolean }) =>
        py(
          `class ${cls}:`,
          "    def __init__(self, c):",
          "        self.c = c",
          "    def __str__(self):",
          `        return f"{self.c} ${word}"`,
          "    def __repr__(self):",
          `        return f"${cls}({self.c})"`,
          "    def __format__(self, spec):",
          `        if spec == "${code}":`,
          `            return f"{${formula}:.1f}${unit}"`,
          '        return f"{self.c:{spec}}C"',
          "",
          `${v} = ${cls}(${c})`,
          `print(f"{${v}${o.plainIsStr ? "!s" : ""}}|{${v}:${code}}|{${o.widthOutside ? `format(${v}, ''):` : `${v}:`}${fillCh}>${width}}|{${v}${o.conversionFormats ? "" : "!s"}}|{${v}!r}")`,
          o.listStr ? `print(f"[{${v}!s}]")` : `print([${v}])`,
        ),
    );
    return {
      title: "A class with its own __format__",
      code: prog({}),
      distractors: [
        mut("py.format-calls-dunder-format", prog({ plainIsStr: true })),
        mut("py.format-calls-dunder-format", prog({ conversionFormats: true })),
        mut("py.spec-goes-to-format", prog({ widthOutside: true })),
        mut("py.str-repr", prog({ listStr: true })),
      ],
      trap: "def __format__(self, spec):",
      explanation: `\`def __format__(self, spec):\` is the trap: every f-string field calls it with the text after the colon, an empty string for a plain \`{${v}}\`, so \`{${v}}\` gives ${c}C, not the __str__ text, and \`${fillCh}>${width}\` pads the number inside it before the C is added. A \`!s\` or \`!r\` conversion turns the object into a string first and skips __format__, and a list shows the repr of its items. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "parse-a-log-line", "hard", (rng) => {
    const heads = rng.sample(
      ["disk full", "low memory", "cache miss", "slow query", "login failed", "job done"],
      2,
    );
    const logLine = (head: string) => {
      const y = rng.int(2019, 2026);
      const m = String(rng.int(1, 12)).padStart(2, "0");
      const d = String(rng.int(1, 28)).padStart(2, "0");
      const level = rng.pick(["ERROR", "WARN", "INFO", "DEBUG"]);
      const where = rng.pick(["/var", "db", "node 3", "api", "worker"]);
      const detail = rng.pick(["90%", "retry 2", "id 7", "5 s", "again"]);
      return `${y}-${m}-${d} ${level} ${head}: ${where}: ${detail}`;
    };
    const lines = heads.map(logLine);
    const w = rng.int(6, 8);
    const fn = rng.pick(["parse", "summarise", "short_form", "digest"]);
    const [date, msg] = rng.pick([
      ["date", "msg"],
      ["day", "rest"],
      ["stamp", "body"],
    ] as const);
    const prog = flagged((o: { lastColon?: boolean; noMaxsplit?: boolean; capitalized?: boolean }) =>
      py(
        `def ${fn}(line):`,
        o.noMaxsplit
          ? `    ${date}, level, ${msg} = line.split(" ")[:3]`
          : `    ${date}, level, ${msg} = line.split(" ", 2)`,
        `    title, _, tail = ${msg}.${o.lastColon ? "rpartition" : "partition"}(":")`,
        `    y, m, d = ${date}.split("-")`,
        `    return f"{d}.{m}|{level.lower():>${w}}|{title.${o.capitalized ? "capitalize" : "title"}()}|{tail.strip()!r}"`,
        "",
        `for line in (${lines.map((l) => `"${l}"`).join(", ")}):`,
        `    print(${fn}(line))`,
      ),
    );
    return {
      title: "Parse a log line",
      code: prog({}),
      distractors: [
        mut("py.partition-first", prog({ lastColon: true })),
        mut("py.maxsplit-keeps-rest", prog({ noMaxsplit: true })),
        mut("py.case-method-scope", prog({ capitalized: true })),
      ],
      trap: `${msg}.partition(":")`,
      explanation: `\`${msg}.partition(":")\` is the trap: \`split(" ", 2)\` stops after two splits, so \`${msg}\` keeps the whole rest of the line with both colons, and partition cuts at the FIRST colon into the part before it, the colon and everything after it. \`title()\` capitalises every word, and \`!r\` shows the stripped rest with quotes. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "a-format-string-built-by-an-f-string", "hard", (rng) => {
    const fn = rng.pick(["make_format", "template", "row_format", "spec_for"]);
    const w = rng.int(6, 9);
    const p = rng.int(1, 3);
    const fillCh = rng.pick(["*", "#", "~", "-"]);
    const joiner = rng.pick(["costs", "at", "for", "="]);
    const names = rng.sample(
      WORDS.filter((x) => x.length < w),
      2,
    );
    const price = `${rng.int(1, 9)}.${rng.int(10000, 99999)}`;
    const whole = rng.int(10, 99);
    const prog = flagged((o: { bracesKept?: boolean; significant?: boolean; leftAlign?: boolean }) => {
      const align = o.leftAlign ? "<" : ">";
      const type = o.significant ? "g" : "f";
      return py(
        `def ${fn}(w, p):`,
        o.bracesKept
          ? `    return "{{:${fillCh}${align}" + str(w) + "}} ${joiner} {{:." + str(p) + "${type}}}"`
          : `    return f"{{:${fillCh}${align}{w}}} ${joiner} {{:.{p}${type}}}"`,
        "",
        `fmt = ${fn}(${w}, ${p})`,
        "print(fmt)",
        `for name, price in [("${names[0]}", ${price}), ("${names[1]}", ${whole})]:`,
        "    print(fmt.format(name, price))",
      );
    });
    return {
      title: "A format string built by an f-string",
      code: prog({}),
      distractors: [
        mut("py.double-brace-literal", prog({ bracesKept: true })),
        mut("py.fstring-precision", prog({ significant: true })),
        mut("py.format-spec", prog({ leftAlign: true })),
      ],
      trap: `f"{{:${fillCh}>{w}}} ${joiner} {{:.{p}f}}"`,
      explanation: `\`f"{{:${fillCh}>{w}}} ${joiner} {{:.{p}f}}"\` is the trap: in an f-string \`{{\` and \`}}\` are escaped braces that print one literal brace, while \`{w}\` and \`{p}\` are real fields, so the function returns an ordinary format string with the numbers filled in. \`fmt.format\` then uses it: \`${fillCh}>${w}\` right-aligns each name in ${w} columns with "${fillCh}", and \`.${p}f\` gives ${p} digits after the point, also for the int ${whole}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
