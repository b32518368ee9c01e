import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, WORDS, checksProgram, fill, lines, madeUpWord, mut, predict, swap, val } from "./helpers";

const T = "strings";

function capitalise(w: string): string {
  return w[0]!.toUpperCase() + w.slice(1);
}

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const stringsRules: MisconceptionRule[] = [
  {
    id: "js.index-past-end",
    feedback:
      "Indices run from 0 to one less than the length, so reading at the length itself is past the end.",
    requires: { all: ["length", "["] },
  },
  {
    id: "js.at-negative",
    feedback:
      "`at` accepts a negative index and counts from the end; only bracket indexing treats -1 as a missing property.",
    requires: { all: [".at"] },
  },
  {
    id: "js.charat-empty",
    feedback: "`charAt` returns an empty string, never undefined, for an index past the end.",
    requires: { all: ["charAt"] },
  },
  {
    id: "js.indexof-minus-one",
    feedback:
      "`indexOf` returns -1 when nothing is found, and -1 is truthy; a match at index 0 is the falsy case.",
    requires: { all: ["indexOf", "if"] },
  },
  {
    id: "js.join-null-empty",
    feedback: "`join` writes null and undefined as empty strings, unlike `String`, which spells them out.",
    requires: { all: ["join", "null", "String"] },
  },
  {
    id: "js.string-of-null",
    feedback: '`String(null)` spells out "null"; it is `join` that turns null into an empty string.',
    requires: { all: ["String(null)", "join"] },
  },
  {
    id: "js.array-tostring",
    feedback:
      "Converting an array to a string joins its items with commas, nested arrays too, with no brackets.",
    requires: { all: ["String", "["] },
  },
  {
    id: "js.object-tostring",
    feedback:
      'A plain object turns into the string "[object Object]" when concatenated; its properties are not shown.',
    requires: { all: ["+", "{"] },
  },
  {
    id: "js.trim-ends",
    feedback:
      "`trim` removes whitespace only at the two ends; the spaces between words stay exactly as they were.",
    requires: { all: ["trim"] },
  },
  {
    id: "js.endswith-position",
    feedback:
      "The second argument of `endsWith` is where the string is treated as ENDING, while for `startsWith` and `includes` it is where the search starts.",
    requires: { all: ["endsWith", "startsWith", "includes"] },
  },
  {
    id: "js.escape-one-char",
    feedback:
      "An escape sequence in an ordinary string literal is ONE character: the backslash itself is not stored.",
    requires: { all: ["length"] },
  },
  {
    id: "js.string-raw",
    feedback: "`String.raw` keeps every backslash as written, so each escape there stays two characters.",
    requires: { all: ["String.raw"] },
  },
  {
    id: "js.json-escapes",
    feedback: "`JSON.stringify` writes a newline back as backslash-n and wraps the string in double quotes.",
    requires: { all: ["JSON.stringify"] },
  },
  {
    id: "js.case-sensitive-search",
    feedback:
      "`includes` compares characters exactly, so the same word in a different letter case does not match.",
    requires: { all: ["includes"] },
  },
  {
    id: "js.padend-total",
    feedback:
      "`padEnd` pads up to a TOTAL width, and a string that is already that long or longer is left as it is, never cut.",
    requires: { all: ["padEnd"] },
  },
  {
    id: "js.replacement-patterns",
    feedback:
      "In a replacement STRING, dollar-ampersand inserts the matched text and a double dollar writes one dollar sign, even for a plain-string pattern; a replacer function's result is used literally.",
    requires: { all: ["replace"] },
  },
  {
    id: "js.result-discarded",
    feedback:
      "A string method's result has to be assigned or used: a call standing alone on its line is computed and thrown away.",
    requires: { all: ["concat", "toUpperCase"] },
  },
  {
    id: "js.loop-skips-index-zero",
    feedback:
      "A loop that runs only while `i > 0` stops before index 0, so the first character is never visited.",
    requires: { all: ["i > 0"] },
  },
];

export const stringsTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "methods-return-new-strings", (rng) => {
    const v = rng.pick(["city", "word", "label", "title", "name", "tag", "text", "motto"]);
    const t = rng.pick(["tail", "rest", "end", "suffix", "part"]);
    const word = rng.bool() ? rng.pick(WORDS) : madeUpWord(rng, 3);
    const a = rng.int(1, 3);
    const mark = rng.pick(["!", "?", "...", "#", "*", "+"]);
    const code = lines(
      `let ${v} = "${word}";`,
      `${v}.toUpperCase();`,
      `const ${t} = ${v}.slice(${a});`,
      `${v}.concat("${mark}");`,
      `console.log(${v} + " " + ${t});`,
    );
    return {
      title: "Do string methods change the string?",
      code,
      distractors: [
        mut("js.string-immutable", swap(code, `${v}.toUpperCase();`, `${v} = ${v}.toUpperCase();`)),
        mut("js.result-discarded", swap(code, `${v}.concat("${mark}");`, `${v} = ${v}.concat("${mark}");`)),
        mut(
          "js.string-immutable",
          swap(
            swap(code, `${v}.toUpperCase();`, `${v} = ${v}.toUpperCase();`),
            `${v}.concat("${mark}");`,
            `${v} = ${v}.concat("${mark}");`,
          ),
        ),
        mut("js.off-by-one", swap(code, `.slice(${a})`, `.slice(${a - 1})`)),
      ],
      explanation: `\`${v}.toUpperCase();\` looks like it changes \`${v}\`, but strings are immutable: \`toUpperCase()\` and \`concat()\` return new strings, and this program throws those results away, so \`${v}\` is still "${word}". Only \`slice(${a})\` is kept, in \`${t}\`: everything from index ${a} on. Output: \`{{output}}\`.`,
      trap: `${v}.toUpperCase();`,
    };
  }),

  predict(T, "medium", "reverse-loop-bounds", (rng) => {
    const word = madeUpWord(rng, rng.int(2, 4));
    const v = rng.pick(["word", "code", "token", "input", "key"]);
    const r = rng.pick(["result", "out", "reversed", "acc", "built"]);
    const prefix = rng.pick(["", ">", "#", "~", "="]);
    const dec = rng.pick(["i--", "i -= 1", "--i"]);
    const code = lines(
      `const ${v} = "${word}";`,
      `let ${r} = "${prefix}";`,
      `for (let i = ${v}.length - 1; i > 0; ${dec}) {`,
      `  ${r} += ${v}[i];`,
      `}`,
      `console.log(${r});`,
    );
    return {
      title: "Walking a string backwards",
      code,
      distractors: [
        mut("js.loop-skips-index-zero", swap(code, "i > 0", "i >= 0")),
        mut("js.off-by-one", swap(code, `let i = ${v}.length - 1`, `let i = ${v}.length - 2`)),
        mut(
          "js.off-by-one",
          swap(swap(code, "i > 0", "i >= 0"), `let i = ${v}.length - 1`, `let i = ${v}.length - 2`),
        ),
      ],
      explanation: `The loop starts at the last index (\`length - 1\`) and runs only while \`i > 0\`, so it stops as soon as \`i\` reaches 0 and index 0 (the first character, "${word[0]}") is never added. Output: \`{{output}}\`.`,
      trap: "i > 0",
    };
  }),

  predict(T, "hard", "case-sensitive-sort", (rng) => {
    const words = rng.sample(WORDS, 5);
    const maxWord = [...words].sort().pop()!;
    const others = [0, 1, 2, 3, 4].filter((i) => words[i] !== maxWord);
    const caps = [words.indexOf(maxWord), rng.pick(others)];
    const tags = words.map((w, i) => (caps.includes(i) ? capitalise(w) : w));
    const v = rng.pick(["tags", "names", "labels", "entries", "keys"]);
    const s = rng.pick(["sorted", "ordered", "byName", "listing"]);
    const pivot = rng.pick(["c", "d", "f", "g", "h", "k", "m", "p"].filter((c) => c < maxWord[0]!));
    const ciSort = ".sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))";
    const code = lines(
      `const ${v} = [${tags.map((t) => `"${t}"`).join(", ")}];`,
      `const ${s} = [...${v}].sort();`,
      `const late = ${v}.filter((t) => t > "${pivot}").length;`,
      `console.log(${s}.join(" "));`,
      `console.log(late);`,
    );
    return {
      title: "Sorting mixed-case strings",
      code,
      distractors: [
        mut("js.string-compare", swap(code, ".sort()", ciSort)),
        mut("js.string-compare", swap(code, `t > "${pivot}"`, `t.toLowerCase() > "${pivot}"`)),
        mut(
          "js.string-compare",
          swap(swap(code, ".sort()", ciSort), `t > "${pivot}"`, `t.toLowerCase() > "${pivot}"`),
        ),
        mut("js.mutating-method", swap(code, `[...${v}].sort()`, `${v}.slice(1).sort()`)),
      ],
      explanation: `\`[...${v}].sort()\` and \`t > "${pivot}"\` both compare strings by UTF-16 code unit, not alphabetically: every uppercase letter (A–Z) comes before every lowercase one, so the capitalised words sort first and count as "less than" "${pivot}". Output: \`{{output}}\`.`,
      trap: `[...${v}].sort()`,
    };
  }),

  fill(T, "easy", "pick-a-slice", (rng) => {
    const v = rng.pick(["code", "word", "id", "token", "serial"]);
    const word = madeUpWord(rng, 4) + rng.pick(["", "x", "s", "on"]);
    const a = rng.int(1, 3);
    const b = a + rng.int(2, 3);
    return {
      title: "Choosing slice() bounds",
      prompt: "Which call makes this program print `{{target}}`?",
      code: lines(
        `const ${v} = "${word}";`,
        `const part = ${v}.${BLANK};`,
        `console.log(part);`,
        `console.log(part.length);`,
      ),
      answer: `slice(${a}, ${b})`,
      wrong: [
        { fragment: `slice(${a}, ${b - 1})`, rule: "js.slice-end-exclusive" },
        { fragment: `slice(${a + 1}, ${b + 1})`, rule: "js.off-by-one" },
        { fragment: `substr(${a}, ${b})`, rule: "js.substr-length" },
        { fragment: `slice(${a - 1}, ${b})`, rule: "js.off-by-one" },
      ],
      explanation: `Indices start at 0, and a slice includes its start index but stops just before its end index, so \`slice(${a}, ${b})\` returns the ${b - a} characters at indices ${a} to ${b - 1}. (\`substr\` would read its second argument as a length instead.)`,
      trap: `slice(${a}, ${b})`,
    };
  }),

  predict(T, "medium", "split-keeps-empty", (rng) => {
    const v = rng.pick(["csv", "row", "line", "record", "input"]);
    const sep = rng.pick([",", ";", "|", ":"]);
    const fields = rng.sample(WORDS, rng.int(2, 3));
    const parts: string[] = [];
    fields.forEach((f, i) => {
      parts.push(f);
      if (i === 0 || rng.bool()) parts.push("");
    });
    if (rng.bool()) parts.push("");
    const text = parts.join(sep);
    const joiner = rng.pick(["+", "/", " ", "_"]);
    const code = lines(
      `const ${v} = "${text}";`,
      `const cells = ${v}.split("${sep}");`,
      `console.log(cells.length);`,
      `console.log(cells.filter(Boolean).join("${joiner}"));`,
    );
    return {
      title: "Splitting text with empty fields",
      code,
      distractors: [
        mut("js.split-empty", swap(code, `${v}.split("${sep}");`, `${v}.split("${sep}").filter(Boolean);`)),
        mut("js.truthiness", swap(code, `cells.filter(Boolean)`, `cells`)),
        mut("js.off-by-one", swap(code, `console.log(cells.length);`, `console.log(cells.length - 1);`)),
        val("js.split-empty", `${parts.length + 1}\n${fields.join(joiner)}`),
      ],
      explanation: `\`${v}.split("${sep}")\` returns one entry per separator plus one, keeping an empty string wherever two separators touch or one sits at an end, so \`cells.length\` counts those empty fields too. \`filter(Boolean)\` then drops the empty strings because "" is falsy.`,
      trap: `${v}.split("${sep}")`,
    };
  }),

  predict(T, "hard", "replace-first-only", (rng) => {
    const v = rng.pick(["path", "slug", "text", "key", "route"]);
    const sep = rng.pick(["-", ".", "/", "_"]);
    const to = rng.pick(["+", "~", ":", "="].filter((c) => c !== sep));
    const words = rng.sample(WORDS, rng.int(3, 4));
    const text = words.join(sep);
    const limit = rng.int(2, words.length - 1);
    const setup = [`const ${v} = "${text}";`];
    const exprs = [
      `${v}.replace("${sep}", "${to}")`,
      `${v}.replaceAll("${sep}", "${to}")`,
      `${v}.split("${sep}", ${limit}).join("${to}")`,
      `${v}.indexOf("${sep}")`,
      `${v}.lastIndexOf("${sep}")`,
    ];
    const code = checksProgram(exprs, setup);
    const variant = (i: number, e: string) =>
      checksProgram(
        exprs.map((x, j) => (j === i ? e : x)),
        setup,
      );
    return {
      title: "replace, replaceAll and split with a limit",
      code,
      distractors: [
        mut("js.replace-first", variant(0, `${v}.replaceAll("${sep}", "${to}")`)),
        mut("js.split-limit", variant(2, `${v}.split("${sep}").join("${to}")`)),
        mut(
          "js.off-by-one",
          checksProgram(
            exprs.map((x, j) => (j >= 3 ? `${x} + 1` : x)),
            setup,
          ),
        ),
        mut(
          "js.replace-first",
          checksProgram(
            exprs.map((x, j) =>
              j === 0
                ? `${v}.replaceAll("${sep}", "${to}")`
                : j === 2
                  ? `${v}.split("${sep}").join("${to}")`
                  : x,
            ),
            setup,
          ),
        ),
      ],
      explanation: `\`${v}.replace("${sep}", "${to}")\` has a string pattern, so it changes only the first "${sep}", while \`replaceAll\` changes every one. \`split\`'s second argument caps how many pieces are returned (${limit}), and \`indexOf\`/\`lastIndexOf\` give 0-based positions.`,
      trap: `${v}.replace("${sep}", "${to}")`,
    };
  }),

  fill(T, "easy", "pad-an-id", (rng) => {
    const n = rng.int(1, 9999);
    const width = String(n).length + rng.int(2, 3);
    const pad = rng.pick(["0", "*", "-", "."]);
    const v = rng.pick(["id", "code", "ticket", "seat", "label"]);
    return {
      title: "Padding to a fixed width",
      prompt: "Which call makes this program print `{{target}}`?",
      code: lines(
        `const n = ${n};`,
        `const width = ${width};`,
        `const fill = "${pad}";`,
        `const ${v} = String(n).${BLANK};`,
        "console.log(`[${" + v + "}]`);",
      ),
      answer: `padStart(width, fill)`,
      wrong: [
        { fragment: `padEnd(width, fill)`, rule: "js.pad-args" },
        { fragment: `padStart(width - ${String(n).length}, fill)`, rule: "js.pad-args" },
        { fragment: `padStart(width)`, rule: "js.pad-args" },
        { fragment: `padStart(width + ${String(n).length}, fill)`, rule: "js.pad-args" },
      ],
      explanation: `\`padStart(width, fill)\` adds "${pad}" at the START until the whole string is ${width} characters long. The trap is the first argument: it is the total width, not the number of characters to add, and without a second argument the padding is a space.`,
      trap: "padStart(width, fill)",
    };
  }),

  predict(T, "medium", "numeric-strings-compare", (rng) => {
    const v = rng.pick(["ids", "sizes", "codes", "pages", "ranks"]);
    const small = rng.int(2, 9);
    const nums = [small, rng.int(10, 19), rng.int(20, 99), rng.int(100, 199)];
    const items = rng.shuffle(nums).map((n) => `"${n}"`);
    // Its first digit is below `small`, so the string and numeric comparisons disagree.
    const big = rng.int(10, small * 10 - 1);
    const code = lines(
      `const ${v} = [${items.join(", ")}];`,
      `${v}.sort();`,
      `console.log(${v}.join(" "));`,
      `console.log("${big}" < "${small}", ${big} < "${small}");`,
    );
    return {
      title: "Sorting and comparing numeric strings",
      code,
      distractors: [
        mut("js.lexicographic-sort", swap(code, `${v}.sort();`, `${v}.sort((a, b) => a - b);`)),
        mut("js.string-compare", swap(code, `"${big}" < "${small}"`, `${big} < ${small}`)),
        mut("js.string-number-coercion", swap(code, `${big} < "${small}")`, `"${big}" < "${small}")`)),
        mut(
          "js.lexicographic-sort",
          swap(
            swap(code, `${v}.sort();`, `${v}.sort((a, b) => a - b);`),
            `"${big}" < "${small}"`,
            `${big} < ${small}`,
          ),
        ),
      ],
      explanation: `\`"${big}" < "${small}"\` compares two strings character by character, so it compares "${String(big)[0]}" with "${small}", not ${big} with ${small}. If one side is a number, as in \`${big} < "${small}"\`, the other is converted to a number first. \`sort()\` without a comparator compares strings the same way.`,
      trap: `"${big}" < "${small}"`,
    };
  }),

  predict(T, "hard", "emoji-length", (rng) => {
    const emoji = rng.pick(["😀", "🚀", "🎉", "🐍", "🍕", "🌍", "👋", "🎲"]);
    const word = madeUpWord(rng, rng.int(1, 2));
    const bmp = rng.pick(["é", "ß", "ñ", "ø", "€"]);
    const v = rng.pick(["s", "text", "msg", "tag", "label"]);
    const exprs = [
      `${v}.length`,
      `[...${v}].length`,
      `${v}.split("").length`,
      `[...${v}].reverse().join("")`,
      `${v}.codePointAt(${word.length}) > 0xffff`,
    ];
    const code = checksProgram(exprs, [`const ${v} = "${word}${emoji}";`]);
    const variant = (i: number, e: string) =>
      checksProgram(
        exprs.map((x, j) => (j === i ? e : x)),
        [`const ${v} = "${word}${emoji}";`],
      );
    return {
      title: "String length with an emoji",
      code,
      distractors: [
        mut(
          "js.utf16-length",
          checksProgram(
            exprs.map((e, j) => (j === 3 ? `[...${v}].reverse().join("").replace("${bmp}", "${emoji}")` : e)),
            [`const ${v} = "${word}${bmp}";`],
          ),
        ),
        mut("js.utf16-length", variant(1, `${v}.length`)),
        mut("js.utf16-length", variant(2, `[...${v}].length`)),
        mut("js.utf16-length", variant(0, `[...${v}].length`)),
      ],
      explanation: `"${emoji}" is outside the Basic Multilingual Plane, so it takes two UTF-16 code units: \`${v}.length\` and \`split("")\` count ${word.length + 2}, while spreading iterates by code point and sees ${word.length + 1} characters.`,
      trap: `${v}.length`,
    };
  }),

  predict(T, "easy", "reading-past-the-last-index", (rng) => {
    const v = rng.pick(["w", "word", "name", "code", "tag"]);
    const word = rng.bool() ? rng.pick(WORDS) : madeUpWord(rng, rng.int(2, 3));
    const code = lines(
      `const ${v} = "${word}";`,
      `console.log(${v}[${v}.length]);`,
      `console.log(${v}.charAt(${v}.length) === "");`,
      `console.log(${v}.at(-1));`,
    );
    return {
      title: "Indexing one past the end of a string",
      code,
      distractors: [
        mut("js.index-past-end", swap(code, `${v}[${v}.length]`, `${v}[${v}.length - 1]`)),
        mut(
          "js.charat-empty",
          swap(code, `${v}.charAt(${v}.length) === ""`, `${v}.charAt(${v}.length) === undefined`),
        ),
        mut("js.at-negative", swap(code, `${v}.at(-1)`, `${v}[-1]`)),
        mut(
          "js.index-past-end",
          swap(swap(code, `${v}[${v}.length]`, `${v}[${v}.length - 1]`), `${v}.at(-1)`, `${v}[-1]`),
        ),
      ],
      explanation: `"${word}" has ${word.length} characters at indices 0 to ${word.length - 1}, so \`${v}[${v}.length]\` reads past the end and gives \`undefined\` (no error). \`charAt\` gives "" for the same index, and \`at(-1)\` counts from the end, returning "${word.at(-1)}".`,
      trap: `${v}[${v}.length]`,
    };
  }),

  predict(T, "medium", "indexof-in-a-condition", (rng) => {
    const word = rng.pick(WORDS);
    const first = word[0]!;
    const absent = rng.pick([..."jqxyz"].filter((c) => !word.includes(c)));
    const mid = rng.pick([...word.slice(2)].filter((c) => c !== first));
    const chars = rng.shuffle([first, absent, mid]);
    const v = rng.pick(["word", "text", "label", "key"]);
    const at = rng.pick(["at", "pos", "idx", "where"]);
    const code = lines(
      `const ${v} = "${word}";`,
      `for (const ch of [${chars.map((c) => `"${c}"`).join(", ")}]) {`,
      `  const ${at} = ${v}.indexOf(ch);`,
      `  if (${at}) console.log(ch, "found at", ${at});`,
      `  else console.log(ch, "missing");`,
      `}`,
    );
    return {
      title: "Testing indexOf's result for truth",
      code,
      distractors: [
        mut("js.indexof-minus-one", swap(code, `if (${at})`, `if (${at} !== -1)`)),
        mut("js.indexof-minus-one", swap(code, `if (${at})`, `if (${at} > 0)`)),
        mut("js.off-by-one", swap(code, `${v}.indexOf(ch)`, `${v}.indexOf(ch) + 1`)),
        mut("js.truthiness", swap(code, `if (${at})`, `if (${v}.includes(ch))`)),
      ],
      explanation: `\`if (${at})\` tests the index for truth, but \`indexOf\` returns -1 when the character is absent, and -1 is truthy, so "${absent}" is reported "found at -1". The only falsy index is 0, so "${first}", which really is there, at the very start, is reported missing.`,
      trap: `if (${at})`,
    };
  }),

  predict(T, "hard", "values-turned-into-strings", (rng) => {
    const [a, b, c, d] = Array.from({ length: 4 }, () => rng.int(1, 99));
    const id = rng.int(1, 999);
    const sep = rng.pick(["-", "/", "|", "+"]);
    const o = rng.pick(["tag", "item", "entry", "node"]);
    const label = rng.pick(["tag", "item", "got", "is"]);
    const code = lines(
      `const parts = [${a}, [${b}, ${c}]];`,
      `const ${o} = { id: ${id} };`,
      `console.log(String(parts));`,
      `console.log("${label} " + ${o});`,
      `console.log(String(null) + String([]).length);`,
      `console.log([${a}, null, undefined, ${d}].join("${sep}"));`,
    );
    return {
      title: "String(), + and join() on arrays, objects and null",
      code,
      distractors: [
        mut(
          "js.join-null-empty",
          swap(
            code,
            `[${a}, null, undefined, ${d}].join(`,
            `[${a}, null, undefined, ${d}].map(String).join(`,
          ),
        ),
        mut(
          "js.array-tostring",
          swap(code, `console.log(String(parts));`, `console.log(JSON.stringify(parts));`),
        ),
        mut("js.object-tostring", swap(code, `"${label} " + ${o}`, `"${label} " + JSON.stringify(${o})`)),
        mut("js.array-tostring", swap(code, `String([]).length`, `"[]".length`)),
        mut("js.string-of-null", swap(code, `String(null) +`, `"" +`)),
      ],
      explanation: `Each line converts differently. \`String(parts)\` joins the items with commas, flattening the nested array, and \`"${label} " + ${o}\` gives "[object Object]". \`String(null)\` spells out "null" and \`String([])\` is "", length 0. The trap is \`[${a}, null, undefined, ${d}].join("${sep}")\`: \`join\` writes null and undefined as EMPTY strings, so only separators remain between ${a} and ${d}.`,
      trap: `[${a}, null, undefined, ${d}].join("${sep}")`,
    };
  }),

  predict(T, "easy", "trim-only-the-ends", (rng) => {
    const [w1, w2] = rng.sample(WORDS, 2);
    const v = rng.pick(["raw", "input", "typed", "entry"]);
    const c = rng.pick(["clean", "tidy", "trimmed", "value"]);
    const lead = " ".repeat(rng.int(1, 3));
    const mid = " ".repeat(rng.int(2, 3));
    const tail = " ".repeat(rng.int(1, 3));
    const code = lines(
      `const ${v} = "${lead}${w1}${mid}${w2}${tail}";`,
      `const ${c} = ${v}.trim();`,
      "console.log(`[${" + c + "}]`, " + c + ".length);",
      `console.log(${c} === "${w1} ${w2}");`,
    );
    return {
      title: "What trim() removes",
      code,
      distractors: [
        mut("js.trim-ends", swap(code, `${v}.trim()`, `${v}.replaceAll(" ", "")`)),
        mut("js.trim-ends", swap(code, `${v}.trim()`, `${v}.trim().split(/ +/).join(" ")`)),
        mut("js.trim-ends", swap(code, `${v}.trim()`, `${v}.trimStart()`)),
        mut("js.string-immutable", swap(code, `${c}.length);`, `${v}.length);`)),
      ],
      explanation: `\`${v}.trim()\` removes the whitespace at the start and at the end only; the ${mid.length} spaces between "${w1}" and "${w2}" are inside the text and stay. So the result is ${w1.length + mid.length + w2.length} characters long.`,
      trap: `${v}.trim()`,
    };
  }),

  predict(T, "medium", "search-from-a-position", (rng) => {
    const v = rng.pick(["s", "text", "line", "word"]);
    const word = rng.pick(WORDS);
    const n = word.length;
    const i = rng.int(2, n - 2);
    const pre = word.slice(0, i);
    const ch = word[1]!;
    const exprs = [
      `${v}.endsWith("${pre}", ${i})`,
      `${v}.startsWith("${word.slice(i, i + 2)}", ${i})`,
      `${v}.includes("${ch}", 2)`,
      `${v}.endsWith("${word.slice(-2)}")`,
    ];
    const setup = [`const ${v} = "${word}";`];
    const code = checksProgram(exprs, setup);
    const variant = (k: number, e: string) =>
      checksProgram(
        exprs.map((x, j) => (j === k ? e : x)),
        setup,
      );
    return {
      title: "startsWith, endsWith and includes with a position",
      code,
      distractors: [
        mut("js.endswith-position", variant(0, `${v}.slice(${i}).endsWith("${pre}")`)),
        mut("js.endswith-position", variant(1, `${v}.startsWith("${word.slice(i, i + 2)}")`)),
        mut("js.endswith-position", variant(2, `${v}.includes("${ch}")`)),
        mut("js.off-by-one", variant(0, `${v}.endsWith("${pre}", ${i + 1})`)),
      ],
      explanation: `\`${v}.endsWith("${pre}", ${i})\` treats "${word}" as if it ENDED at position ${i}, i.e. as "${pre}", so it is true, while the second argument of \`startsWith\` and \`includes\` is where the search BEGINS: \`includes("${ch}", 2)\` ignores index 1${word.indexOf(ch, 2) >= 0 ? ` but finds another "${ch}" later` : ""}.`,
      trap: `${v}.endsWith("${pre}", ${i})`,
    };
  }),

  predict(T, "hard", "escapes-and-string-raw", (rng) => {
    const [w, x] = rng.sample(["ab", "cd", "sun", "sky", "red", "up", "go", "hi"], 2);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["cooked", "raw"],
      ["plain", "kept"],
      ["text", "source"],
    ]);
    const code = lines(
      `const ${a} = "${w}\\n${x}";`,
      "const " + b + " = String.raw`" + w + "\\n" + x + "`;",
      `console.log(${a}.length, ${b}.length);`,
      `console.log("\\u0041" === "A", "\\\\".length);`,
      `console.log(JSON.stringify(${a}));`,
    );
    const len = w.length + x.length;
    return {
      title: "Escape sequences and String.raw",
      code,
      distractors: [
        mut(
          "js.escape-one-char",
          swap(code, `console.log(${a}.length, ${b}.length);`, `console.log(${b}.length, ${b}.length);`),
        ),
        mut("js.string-raw", swap(code, "String.raw`", "`")),
        mut("js.json-escapes", swap(code, `console.log(JSON.stringify(${a}));`, `console.log(${a});`)),
        val("js.escape-one-char", `${len + 2} ${len + 2}\nfalse 2\n"${w}\\n${x}"`),
      ],
      explanation: `In \`"${w}\\n${x}"\` the escape is ONE character, a newline, so its length is ${len + 1}. \`String.raw\` keeps the backslash and the "n" as two characters (${len + 2}). \`"\\u0041"\` is just "A", \`"\\\\"\` is a single backslash, and \`JSON.stringify\` writes the newline back as backslash-n inside double quotes.`,
      trap: "String.raw",
    };
  }),

  predict(T, "easy", "includes-is-case-sensitive", (rng) => {
    const [w1, w2] = rng.sample(WORDS, 2);
    const v = rng.pick(["title", "heading", "caption", "subject"]);
    const W1 = capitalise(w1);
    const code = lines(
      `const ${v} = "${W1} and ${w2}";`,
      `console.log(${v}.includes("${w1}"));`,
      `console.log(${v}.toLowerCase().includes("${w1}"));`,
      `console.log(${v}.includes("${w2}"));`,
    );
    return {
      title: "Searching a string for a word in another case",
      code,
      distractors: [
        mut(
          "js.case-sensitive-search",
          swap(
            code,
            `console.log(${v}.includes("${w1}"));`,
            `console.log(${v}.toLowerCase().includes("${w1}"));`,
          ),
        ),
        mut(
          "js.string-immutable",
          swap(code, `${v}.toLowerCase().includes("${w1}")`, `${v}.includes("${w1}")`),
        ),
        val("js.case-sensitive-search", `true\ntrue\nfalse`),
        val("js.case-sensitive-search", `false\nfalse\ntrue`),
      ],
      explanation: `\`${v}.includes("${w1}")\` compares characters exactly, and the title has "${W1}" with a capital letter, so it is false. Lower-casing the title first makes the search succeed, and "${w2}" is already in lower case in the title.`,
      trap: `${v}.includes("${w1}")`,
    };
  }),

  predict(T, "medium", "padend-table-columns", (rng) => {
    const width = rng.int(5, 7);
    const short = madeUpWord(rng, 1);
    const exact = madeUpWord(rng, 3).slice(0, width);
    const long = madeUpWord(rng, 5).slice(0, width + 2);
    const rows = rng.shuffle([short, exact, long]).map((n) => [n, rng.int(1, 4)] as const);
    const fill = rng.pick([".", "-", "_"]);
    const bar = rng.pick(["#", "*", "="]);
    const code = lines(
      `const rows = [${rows.map(([n, k]) => `["${n}", ${k}]`).join(", ")}];`,
      `for (const [name, n] of rows) {`,
      `  console.log(name.padEnd(${width}, "${fill}") + "${bar}".repeat(n));`,
      `}`,
    );
    return {
      title: "Lining up columns with padEnd",
      code,
      distractors: [
        mut(
          "js.padend-total",
          swap(
            code,
            `name.padEnd(${width}, "${fill}")`,
            `name.padEnd(${width}, "${fill}").slice(0, ${width})`,
          ),
        ),
        mut(
          "js.pad-args",
          swap(code, `name.padEnd(${width}, "${fill}")`, `(name + "${fill}".repeat(${width}))`),
        ),
        mut(
          "js.pad-args",
          swap(code, `name.padEnd(${width}, "${fill}")`, `name.padStart(${width}, "${fill}")`),
        ),
      ],
      explanation: `\`name.padEnd(${width}, "${fill}")\` adds "${fill}" at the end until the name is ${width} characters in TOTAL. "${exact}" is already ${exact.length} long and "${long}" is longer, so both are left exactly as they are: \`padEnd\` never cuts, which is why the longer name pushes its bar out of line.`,
      trap: `name.padEnd(${width}, "${fill}")`,
    };
  }),

  predict(T, "hard", "dollar-signs-in-replacements", (rng) => {
    const v = rng.pick(["s", "text", "slug", "code"]);
    const sep = rng.pick(["-", ".", ":", "_"]);
    const words = rng.sample(WORDS, 3);
    const setup = [`const ${v} = "${words.join(sep)}";`];
    const exprs = [
      `${v}.replace("${sep}", "[$&]")`,
      `${v}.replace("${sep}", "$$")`,
      `${v}.replaceAll("${sep}", "$&$&")`,
      `${v}.replace("${sep}", () => "$&")`,
    ];
    const naive = [
      `${v}.replace("${sep}", () => "[$&]")`,
      `${v}.replace("${sep}", () => "$$")`,
      `${v}.replaceAll("${sep}", () => "$&$&")`,
      `${v}.replace("${sep}", "$&")`,
    ];
    const code = checksProgram(exprs, setup);
    const variant = (i: number) =>
      checksProgram(
        exprs.map((x, j) => (j === i ? naive[j]! : x)),
        setup,
      );
    return {
      title: "Dollar signs in replacement strings",
      code,
      distractors: [
        mut("js.replacement-patterns", variant(0)),
        mut("js.replacement-patterns", variant(1)),
        mut("js.replacement-patterns", variant(2)),
        mut("js.replacement-patterns", variant(3)),
        mut(
          "js.replace-first",
          checksProgram(
            exprs.map((x) => x.replace(".replace(", ".replaceAll(")),
            setup,
          ),
        ),
      ],
      explanation: `A replacement STRING is a small template even when the pattern is a plain string: in \`${v}.replace("${sep}", "[$&]")\` the $& stands for the matched "${sep}", so it becomes "[${sep}]", and "$$" writes a single $. A replacer FUNCTION's return value is used as is, so \`() => "$&"\` inserts the two characters literally.`,
      trap: `${v}.replace("${sep}", "[$&]")`,
    };
  }),
];
