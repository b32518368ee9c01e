import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, PEOPLE, WORDS, fill, fillPrompt, flagged, mut, predict, py } from "./helpers";

const T = "string-formatting";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const stringFormattingRules: MisconceptionRule[] = [
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
        mut("py.str-method-args", prog({ dropEmpty: true })),
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
];
