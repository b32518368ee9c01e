import type { ChallengeTemplate } from "../../types";
import { PEOPLE, WORDS, mut, predict, py, val } from "./helpers";

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
];
