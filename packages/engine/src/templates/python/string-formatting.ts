import type { ChallengeTemplate } from "../../types";
import { PEOPLE, WORDS, fill, fillPrompt, mut, predict, py, val } from "./helpers";

const T = "string-formatting";

export const stringFormattingTemplates: ChallengeTemplate[] = [
  predict(T, "f-string-width-and-precision", "easy", (rng) => {
    const item = rng.pick(WORDS);
    const qty = rng.int(1, 99);
    // No 5 in the third decimal: the .2f rounding is then unambiguous for learners.
    const price = `${rng.int(1, 49)}.${rng.int(0, 9)}${rng.int(0, 9)}${rng.pick([1, 2, 3, 4, 6, 7, 8, 9])}`;
    const width = rng.int(7, 10);
    const prog = (o: { left?: boolean; noZero?: boolean; sig?: boolean; trunc?: boolean }) =>
      py(
        `item = "${item}"`,
        `qty = ${qty}`,
        `price = ${price}`,
        `print(f"[{item:${o.left ? "<" : ">"}${width}}] {qty:${o.noZero ? "" : "0"}3d} @ ${o.trunc ? "{int(price * 100) / 100}" : `{price:.2${o.sig ? "" : "f"}}`}")`,
      );
    return {
      title: "f-string width, zero padding and precision",
      code: prog({}),
      distractors: [
        mut("py.format-spec", prog({ left: true })),
        mut("py.format-spec", prog({ noZero: true })),
        mut("py.format-precision", prog({ sig: true })),
        mut("py.format-precision", prog({ trunc: true })),
      ],
      explanation: `\`>${width}\` right-aligns in ${width} columns, \`03d\` pads the integer with zeros to 3 digits, and \`.2f\` rounds to 2 decimals. Output: \`{{output}}\`.`,
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
    const prog = (o: { dropEmpty?: boolean; trailing?: boolean; stripsInner?: boolean }) =>
      py(
        `text = "${text}"`,
        o.dropEmpty ? `parts = [p for p in text.strip().split("${sep}") if p]` : `parts = text.strip().split("${sep}")`,
        `print(len(parts))`,
        o.trailing
          ? `print("".join(p${o.stripsInner ? ".strip()" : ""}.upper() + "${joiner}" for p in parts if p))`
          : `print("${joiner}".join(p${o.stripsInner ? ".strip()" : ""}.upper() for p in parts if p))`,
      );
    return {
      title: "split, strip and join",
      code: prog({}),
      distractors: [
        mut("py.split-behaviour", prog({ dropEmpty: true })),
        mut("py.join-separator", prog({ trailing: true })),
        mut("py.strip-chars", prog({ stripsInner: true })),
        mut("py.join-separator", prog({ trailing: true, dropEmpty: true })),
      ],
      explanation: `\`split("${sep}")\` keeps the empty string between two adjacent separators, \`strip()\` only trims the ends of the whole text (the space inside a part stays), and \`join\` puts \`"${joiner}"\` only between items. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "format-mini-language", "hard", (rng) => {
    const name = rng.pick(WORDS);
    const width = name.length + rng.int(3, 6);
    const fillCh = rng.pick(["*", "=", "~", "."]);
    const total = rng.int(1000, 999999);
    const code = `${rng.pick(["A", "B", "K", "Z"])}${rng.int(1, 99)}`;
    const prog = (o: { noRepr?: boolean; left?: boolean }) =>
      py(
        `name = "${name}"`,
        `width = ${width}`,
        `total = ${total}`,
        `code = "${code}"`,
        `print(f"{name:${fillCh}${o.left ? "<" : "^"}{width}}|{total:,}|{code${o.noRepr ? "" : "!r"}}")`,
      );
    const pad = width - name.length;
    const leftHeavy = `${fillCh.repeat(Math.ceil(pad / 2))}${name}${fillCh.repeat(Math.floor(pad / 2))}`;
    const grouped = total.toLocaleString("en-US");
    const dots = grouped.replaceAll(",", ".");
    return {
      title: "Fill, align, grouping and !r",
      code: prog({}),
      distractors: [
        mut("py.str-repr", prog({ noRepr: true })),
        mut("py.format-spec", prog({ left: true })),
        val("py.format-spec", `${leftHeavy}|${grouped}|'${code}'`),
        val("py.format-spec", `${fillCh.repeat(Math.floor(pad / 2))}${name}${fillCh.repeat(Math.ceil(pad / 2))}|${dots}|'${code}'`),
      ],
      explanation: `\`${fillCh}^{width}\` centres the name in ${width} columns using \`${fillCh}\` (an odd leftover goes on the RIGHT), \`,\` inserts thousands separators, and \`!r\` formats with repr(), adding quotes. Output: \`{{output}}\`.`,
    };
  }),

  fill(T, "choose-the-format-spec", "easy", (rng) => {
    const value = `${rng.int(1, 99)}.${rng.int(0, 9)}${rng.pick([1, 2, 3, 4, 6, 7, 8, 9])}${rng.pick([1, 2, 3, 4, 6, 7, 8, 9])}`;
    const fillCh = rng.pick(["*", "_", "."]);
    const w = rng.int(8, 10);
    const specs = {
      right: { fragment: `${fillCh}>${w}.2f`, rule: "py.format-spec" },
      left: { fragment: `${fillCh}<${w}.2f`, rule: "py.format-spec" },
      center: { fragment: `${fillCh}^${w}.2f`, rule: "py.format-spec" },
      zero: { fragment: `0${w}.2f`, rule: "py.format-spec" },
      oneDigit: { fragment: `${fillCh}>${w}.1f`, rule: "py.format-precision" },
      general: { fragment: `${fillCh}>${w}.2`, rule: "py.format-precision" },
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
      code: py(`${v} = ${value}`, `label = f"[{${v}:___}]"`, "print(label)", "print(len(label))"),
      answer: specs[answerKey].fragment,
      wrong: others.map((k) => specs[k]),
      explanation:
        "A spec reads `[fill][align][width][.precision][type]`: `<`, `>` and `^` align left, right and centre inside the width, a leading `0` pads with zeros, and `.2f` means 2 digits after the point (`.2` alone means 2 significant digits).",
    };
  }),

  predict(T, "split-replace-find", "medium", (rng) => {
    const parts = rng.sample(["red", "fig", "sun", "oak", "ice", "jam", "map", "owl"], 4);
    const sep = rng.pick(["-", "/", ":", "."]);
    const rep = rng.pick(["+", "|", "_"]);
    const text = parts.join(sep);
    const target = parts[2]!.slice(0, 2);
    const prog = (o: { splitAll?: boolean; replaceAll?: boolean; oneBased?: boolean }) =>
      py(
        `text = "${text}"`,
        `print(text.split("${sep}"${o.splitAll ? "" : ", 1"}))`,
        `print(text.replace("${sep}", "${rep}"${o.replaceAll ? "" : ", 2"}))`,
        `print(text.find("${target}")${o.oneBased ? " + 1" : ""}, text.rfind("${sep}"))`,
      );
    return {
      title: "split, replace and find with limits",
      code: prog({}),
      distractors: [
        mut("py.split-behaviour", prog({ splitAll: true })),
        mut("py.replace-count", prog({ replaceAll: true })),
        mut("py.find-index", prog({ oneBased: true })),
        mut("py.replace-count", prog({ replaceAll: true, splitAll: true })),
      ],
      explanation: `\`split("${sep}", 1)\` splits at most once, \`replace(..., 2)\` replaces only the first two separators, and \`find\`/\`rfind\` return 0-based positions of the first/last match. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "format-indices-repr-percent", "hard", (rng) => {
    const name = rng.pick(WORDS);
    const qty = rng.int(2, 99);
    const share = rng.pick(["0.35", "0.62", "0.17", "0.48", "0.81", "0.29", "0.73"]);
    const w = name.length + rng.int(3, 5);
    const prog = (o: { sequential?: boolean; noRepr?: boolean; plainPercent?: boolean; noPlus?: boolean }) =>
      py(
        `name, qty, share = "${name}", ${qty}, ${share}`,
        o.sequential ? 'print("{}x {}".format(qty, name))' : 'print("{1}x {0}".format(name, qty))',
        `print("{0${o.noRepr ? "" : "!r"}:>${w}}|{1:${o.noPlus ? "" : "+"}}".format(name, qty))`,
        o.plainPercent ? 'print(f"{share:.0f}%")' : 'print(f"{share:.0%}")',
      );
    return {
      title: "Indices, !r and % in format strings",
      code: prog({}),
      distractors: [
        mut("py.format-index", prog({ sequential: true })),
        mut("py.str-repr", prog({ noRepr: true })),
        mut("py.format-percent", prog({ plainPercent: true })),
        mut("py.format-spec", prog({ noPlus: true })),
      ],
      explanation:
        "`{1}` and `{0}` pick arguments by position, `!r` adds quotes via repr() before aligning, `+` forces a sign, and `.0%` multiplies by 100 and adds a percent sign. Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "strip-a-set-of-characters", "easy", (rng) => {
    const word = rng.pick(WORDS);
    const [c1, c2] = rng.sample(["-", "=", "*", "#", "~", "+"], 2);
    const left = c1!.repeat(rng.int(2, 3)) + c2!.repeat(rng.int(1, 2));
    const right = c2!.repeat(rng.int(1, 2)) + c1!.repeat(rng.int(1, 3));
    const raw = `${left}${word}${right}`;
    const prog = (o: { oneChar?: boolean; substring?: boolean; bothEnds?: boolean }) =>
      py(
        `raw = "${raw}"`,
        o.oneChar ? "print(raw[1:-1])" : `print(raw.strip("${c1}"))`,
        o.substring ? `print(raw.removeprefix("${c2}${c1}").removesuffix("${c2}${c1}"))` : `print(raw.strip("${c2}${c1}"))`,
        o.bothEnds ? `print(raw.strip("${c1}${c2}"))` : `print(raw.lstrip("${c1}${c2}"))`,
      );
    return {
      title: "strip, lstrip and a set of characters",
      code: prog({}),
      distractors: [
        mut("py.strip-chars", prog({ oneChar: true })),
        mut("py.strip-chars", prog({ substring: true })),
        mut("py.lstrip-side", prog({ bothEnds: true })),
        mut("py.strip-chars", prog({ oneChar: true, substring: true })),
      ],
      explanation: `\`strip(chars)\` removes ANY of the given characters, as many as there are, from both ends (the order of the characters doesn't matter); \`lstrip\` only works on the left end. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "number-format-type", "medium", (rng) => {
    const n = rng.int(1000, 99999);
    const specs: Record<string, string> = {
      ",": "py.format-spec",
      x: "py.format-spec",
      "08d": "py.format-spec",
      b: "py.format-spec",
      _: "py.format-spec",
      e: "py.format-spec",
    };
    const answer = rng.pick([",", "x", "08d", "_"]);
    const wrong = rng
      .sample(Object.keys(specs).filter((k) => k !== answer), 3)
      .map((fragment) => ({ fragment, rule: specs[fragment]! }));
    const v = rng.pick(["n", "count", "total", "size"]);
    return {
      title: "Pick the number format",
      prompt: fillPrompt("format spec"),
      code: py(`${v} = ${n}`, `text = f"{${v}:___}"`, "print(text)", "print(len(text))"),
      answer,
      wrong,
      explanation:
        "`,` and `_` group thousands with that separator, `x` writes hexadecimal, `b` binary, `e` scientific notation, and `08d` pads the integer with zeros to 8 characters.",
    };
  }),

  predict(T, "format-with-keys-and-items", "hard", (rng) => {
    const name = rng.pick(WORDS);
    const qty = rng.int(1, 99);
    const w = rng.int(4, 6);
    const fillCh = rng.pick(["=", "*", "~"]);
    const tw = rng.int(8, 11);
    const prog = (o: { leftAlign?: boolean; noZero?: boolean; rightTotal?: boolean }) =>
      py(
        `item = {"name": "${name}", "qty": ${qty}}`,
        `print("{name}:|{qty:${o.leftAlign ? "<" : ">"}${w}}|".format(**item))`,
        `print("{0[name]}/{0[qty]:${o.noZero ? "" : "0"}3}".format(item))`,
        `print(f"{item['qty'] * 2:${fillCh}${o.rightTotal ? ">" : "^"}${tw}}")`,
      );
    return {
      title: "Format fields that read dict keys",
      code: prog({}),
      distractors: [
        mut("py.format-spec", prog({ leftAlign: true })),
        mut("py.format-spec", prog({ noZero: true })),
        mut("py.format-spec", prog({ rightTotal: true })),
        mut("py.format-spec", prog({ leftAlign: true, noZero: true })),
      ],
      explanation: `\`**item\` passes the keys as keyword arguments; \`{0[name]}\` indexes the first positional argument; \`>${w}\` right-aligns, \`03\` zero-pads to 3 digits, and \`${fillCh}^${tw}\` centres using \`${fillCh}\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
