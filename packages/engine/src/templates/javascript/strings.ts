import type { ChallengeTemplate } from "../../types";
import { WORDS, lines, madeUpWord, mut, predict, swap } from "./helpers";

const T = "strings";

function capitalise(w: string): string {
  return w[0]!.toUpperCase() + w.slice(1);
}

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
        mut("js.string-immutable", swap(code, `${v}.concat("${mark}");`, `${v} = ${v}.concat("${mark}");`)),
        mut("js.string-immutable", swap(swap(code, `${v}.toUpperCase();`, `${v} = ${v}.toUpperCase();`), `${v}.concat("${mark}");`, `${v} = ${v}.concat("${mark}");`)),
        mut("js.off-by-one", swap(code, `.slice(${a})`, `.slice(${a - 1})`)),
      ],
      explanation: `Strings are immutable: \`toUpperCase()\` and \`concat()\` return new strings, and this program throws those results away, so \`${v}\` is still "${word}". \`slice(${a})\` returns everything from index ${a} on. Output: \`{{output}}\`.`,
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
        mut("js.off-by-one", swap(code, "i > 0", "i >= 0")),
        mut("js.off-by-one", swap(code, `let i = ${v}.length - 1`, `let i = ${v}.length - 2`)),
        mut("js.off-by-one", swap(swap(code, "i > 0", "i >= 0"), `let i = ${v}.length - 1`, `let i = ${v}.length - 2`)),
      ],
      explanation: `The loop starts at the last index (\`length - 1\`) and stops as soon as \`i > 0\` is false, so index 0 is never visited. Output: \`{{output}}\`.`,
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
        mut("js.string-compare", swap(swap(code, ".sort()", ciSort), `t > "${pivot}"`, `t.toLowerCase() > "${pivot}"`)),
        mut("js.mutating-method", swap(code, `[...${v}].sort()`, `${v}.slice(1).sort()`)),
      ],
      explanation: `Strings compare by UTF-16 code unit, and every uppercase letter (A–Z) comes before every lowercase one, so capitalised words sort first and are "less than" "${pivot}". Output: \`{{output}}\`.`,
    };
  }),
];
