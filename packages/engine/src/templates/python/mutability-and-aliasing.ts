import type { ChallengeTemplate } from "../../types";
import { COLORS, WORDS, distinctInts, mut, predict, py } from "./helpers";

const T = "mutability-and-aliasing";

export const mutabilityAndAliasingTemplates: ChallengeTemplate[] = [
  predict(T, "string-methods-return-new", "easy", (rng) => {
    const v = rng.pick(["word", "name", "label", "fruit"]);
    const w = rng.pick(WORDS);
    const letters = [...new Set(w.split(""))];
    const from = rng.pick(letters);
    const to = rng.pick("xyzq".split(""));
    const sep = rng.pick(["#", "-", "_", ":"]);
    const n = rng.int(1, 99);
    const prog = (o: { keepReplace?: boolean; keepUpper?: boolean }) =>
      py(
        `${v} = "${w}"`,
        o.keepReplace ? `${v} = ${v}.replace("${from}", "${to}")` : `${v}.replace("${from}", "${to}")`,
        o.keepUpper ? `${v} = ${v}.upper()` : `${v}.upper()`,
        `tag = ${v} + "${sep}" + str(${n})`,
        `print(${v})`,
        "print(tag)",
      );
    return {
      title: "String methods don't change the string",
      code: prog({}),
      distractors: [
        mut("py.string-immutable", prog({ keepUpper: true })),
        mut("py.string-immutable", prog({ keepReplace: true })),
        mut("py.string-immutable", prog({ keepReplace: true, keepUpper: true })),
      ],
      explanation: `Strings are immutable: \`${v}.replace(...)\` and \`${v}.upper()\` build new strings that are thrown away because nothing stores them, so \`${v}\` is still \`"${w}"\`.`,
    };
  }),

  predict(T, "mutable-default-argument", "medium", (rng) => {
    const fn = rng.pick(["add_tag", "remember", "collect", "track"]);
    const [c1, c2, c3] = rng.sample(COLORS, 3);
    const seed = rng.pick(WORDS);
    const n = rng.int(1, 9);
    const prog = (o: { fresh?: boolean; snapshot?: boolean; ignoresArg?: boolean }) =>
      py(
        o.fresh ? `def ${fn}(item, bag=None):` : `def ${fn}(item, bag=[]):`,
        o.fresh && "    if bag is None:",
        o.fresh && "        bag = []",
        "    bag.append(item)",
        "    return bag",
        "",
        o.snapshot ? `first = list(${fn}("${c1}"))` : `first = ${fn}("${c1}")`,
        `second = ${fn}("${c2}")`,
        o.ignoresArg ? `third = ${fn}("${c3}")` : `third = ${fn}("${c3}", ["${seed}"] * ${n})`,
        "print(first)",
        "print(len(second), len(third))",
      );
    return {
      title: "A list as a default argument",
      code: prog({}),
      distractors: [
        mut("py.mutable-default", prog({ fresh: true })),
        mut("py.alias-is-copy", prog({ snapshot: true })),
        mut("py.mutable-default", prog({ ignoresArg: true })),
        mut("py.mutable-default", prog({ fresh: true, ignoresArg: true })),
      ],
      explanation: `The default \`[]\` is created once, when \`def\` runs, so the first two calls append to the SAME list and \`first\` and \`second\` are that one list; the third call passes its own list. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "tuple-holding-a-list", "hard", (rng) => {
    const fn = rng.pick(["stash", "pack", "store", "keep"]);
    const [a, b, c] = distinctInts(rng, 3, 1, 99);
    const start = rng.int(0, 5);
    const prog = (o: { tupleFrozen?: boolean; copies?: boolean; rebindCaller?: boolean }) =>
      py(
        `def ${fn}(box, item):`,
        o.tupleFrozen
          ? "    box = (box[0] + 1, box[1] + [item])"
          : o.copies
            ? "    box[1].append(item)\n    box = (box[0] + 1, list(box[1]))"
            : "    box[1].append(item)\n    box = (box[0] + 1, box[1])",
        "    return box",
        "",
        `box = (${start}, [])`,
        o.rebindCaller ? `box = ${fn}(box, ${a})` : `out = ${fn}(box, ${a})`,
        o.rebindCaller ? `out = ${fn}(box, ${b})` : `out = ${fn}(out, ${b})`,
        `box[1].append(${c})`,
        "print(box)",
        "print(out)",
      );
    return {
      title: "Aliasing through a tuple and a function",
      code: prog({}),
      distractors: [
        mut("py.tuple-contains-mutable", prog({ tupleFrozen: true })),
        mut("py.alias-is-copy", prog({ copies: true })),
        mut("py.param-rebind-vs-mutate", prog({ rebindCaller: true })),
      ],
      explanation:
        "Each call builds a new tuple, but every tuple holds the SAME list object, so `append` through any of them (including the last `box[1].append`) shows up everywhere; rebinding `box` inside the function never changes the caller's `box`. Output:\n\n```\n{{output}}\n```",
    };
  }),
];
