import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  LIST_NAMES,
  PEOPLE,
  WORDS,
  distinctInts,
  fill,
  fillPrompt,
  flagged,
  mut,
  predict,
  py,
  pyList,
} from "./helpers";

const T = "sorting-and-key-functions";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const sortingAndKeyFunctionsRules: MisconceptionRule[] = [
  {
    id: "py.key-bool-all-ties",
    feedback:
      "`key=bool` maps every non-zero number to True, so all the keys tie and the stable sort leaves the numbers in their original order.",
    requires: { all: ["sorted"] },
  },
  {
    id: "py.min-max-without-key",
    feedback:
      "Without a `key`, `min` compares the strings themselves, character by character, not their lengths.",
    requires: { all: ["min", "max"] },
  },
  {
    id: "py.sorted-key-returns-items",
    feedback:
      "`key=len` only decides the order: `sorted` returns the original items, not the lengths it compared.",
    requires: { all: ["sorted", "key=len"] },
  },
  {
    id: "py.plain-sort-tuples-first-item",
    feedback:
      "Without a key, tuples are compared by their first element (here the name), and only ties look at the next element.",
    requires: { all: ["sorted", "lambda"] },
  },
  {
    id: "py.single-key-no-tiebreak",
    feedback:
      "`lambda p: -p[1]` gives people of the same age the same key, and the stable sort then leaves them in their original order, not by name.",
    requires: { all: ["sort", "key"] },
  },
  {
    id: "py.last-sort-decides",
    feedback:
      "The sort that runs last decides the main order; an earlier sort survives only as the order among items the last sort sees as equal.",
    requires: { all: ["sort", "key", "reverse"] },
  },
  {
    id: "py.sorted-returns-list",
    feedback:
      "`sorted` always returns a LIST, a string included: here a list of its characters, which only `join` turns back into a string.",
    requires: { all: ["sorted", "join"] },
  },
  {
    id: "py.sorted-keeps-duplicates",
    feedback: "`sorted` keeps every element, repeats included; only a set would drop them.",
    requires: { all: ["sorted"] },
  },
  {
    id: "py.sorted-result-discarded",
    feedback:
      "`sorted` returns a NEW sorted list and leaves the original as it was; when nothing stores that result, the list stays unchanged.",
    requires: { all: ["sorted("] },
  },
  {
    id: "py.sort-assign-none",
    feedback:
      "`sort()` returns None, so assigning its result replaces the list with None, and indexing None raises TypeError.",
    requires: { all: ["sort()", "="] },
  },
  {
    id: "py.sorted-builds-new-list",
    feedback:
      "`sorted` builds a NEW list, so the name it is assigned to keeps its own ascending copy, which a later in-place sort of the original does not touch.",
    requires: { all: ["= sorted("] },
  },
  {
    id: "py.text-order-not-numeric",
    feedback:
      "Number strings compare as TEXT, one character at a time, not by their numeric value, unless a key such as int or float converts them.",
    requires: { all: ["sorted"], any: ["key=str", "reverse=True"] },
  },
  {
    id: "py.sort-changes-every-name",
    feedback:
      "The list method sort changes the list object itself, so every name bound to that same list sees the new order.",
    requires: { all: [".sort("] },
  },
  {
    id: "py.false-before-true",
    feedback:
      "False sorts before True (they compare as 0 and 1), so the items whose test is False come first.",
    requires: { all: ["sorted", "lambda"] },
  },
  {
    id: "py.lists-compare-elementwise",
    feedback:
      "Lists compare item by item, like strings: the first differing item decides, and a list that is the start of another is the smaller one; length and sum play no part.",
    requires: { all: ["sorted"] },
  },
  {
    id: "py.max-of-lists-not-longest",
    feedback:
      "`max` of lists without a key picks the list that compares largest item by item, not the longest one.",
    requires: { all: ["max("] },
  },
  {
    id: "py.key-maps-through-dict",
    feedback:
      "The key is the number `order` gives each label, so the items follow that ranking, not the alphabetical order of the labels.",
    requires: { all: ["order["] },
  },
  {
    id: "py.cmp-negative-first",
    feedback:
      "A comparison function returns a negative number when `a` must come BEFORE `b`: here `-1` puts a first whenever a + b is the larger string.",
    requires: { all: ["cmp_to_key", "-1"] },
  },
  {
    id: "py.reverse-sort-not-concat",
    feedback:
      "Sorting the pieces in reverse puts a longer piece before its own prefix, which is not always the larger joined number; only comparing a + b with b + a orders them for the largest one.",
    requires: { all: ["cmp_to_key", "reverse=True"] },
  },
  {
    id: "py.mixed-types-no-order",
    feedback:
      "Comparing a number with a str raises TypeError, so sorting a list that mixes them fails unless a key turns every item into one type.",
    requires: { all: ["try", "TypeError", "sorted"] },
  },
  {
    id: "py.key-keeps-original-items",
    feedback:
      "A key only decides the order: `sorted` returns the original items, strings and numbers as they were, not the converted values.",
    requires: { all: ["key=float"] },
  },
  {
    id: "py.rebind-loop-var-no-effect",
    feedback:
      "Assigning the sorted copy to the loop variable only rebinds that name; the inner lists held by the outer list are left as they were.",
    requires: { all: ["for", "= sorted("] },
  },
];

export const sortingAndKeyFunctionsTemplates: ChallengeTemplate[] = [
  predict(T, "sort-returns-none", "easy", (rng) => {
    const name = rng.pick(["prices", "scores", "ages", "sizes"]);
    const drawn = distinctInts(rng, 5, 1, 99);
    // An ascending list would make reverse() look exactly like sort(reverse=True);
    // A list already in descending order would make sorted() and sort() print the same list.
    const xs =
      drawn.every((x, i) => i === 0 || drawn[i - 1]! < x) ||
      drawn.every((x, i) => i === 0 || drawn[i - 1]! > x)
        ? [drawn[1]!, drawn[0]!, drawn[3]!, drawn[2]!, drawn[4]!]
        : drawn;
    const prog = flagged((o: { sortedInstead?: boolean; returnsSelf?: boolean; justReverses?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        `low = sorted(${name})[:2]`,
        o.sortedInstead
          ? `result = sorted(${name}, reverse=True)`
          : o.returnsSelf
            ? `${name}.sort(reverse=True)\nresult = ${name}`
            : o.justReverses
              ? `result = ${name}.reverse()`
              : `result = ${name}.sort(reverse=True)`,
        "print(low)",
        `print(${name})`,
        "print(result)",
      ),
    );
    return {
      title: "sorted() versus list.sort()",
      code: prog({}),
      distractors: [
        mut("py.sort-returns-none", prog({ sortedInstead: true })),
        mut("py.sort-returns-none", prog({ returnsSelf: true })),
        mut("py.reverse-not-sort", prog({ justReverses: true })),
      ],
      trap: `result = ${name}.sort(reverse=True)`,
      explanation: `\`result = ${name}.sort(reverse=True)\` is the trap: \`sorted()\` returns a new list and leaves \`${name}\` alone, while \`${name}.sort(reverse=True)\` sorts in place (descending) and returns \`None\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "key-len-stable", "medium", (rng) => {
    const byLen: Record<number, string[]> = {
      3: ["fig", "yam", "pea", "oat", "rye"],
      4: ["kiwi", "plum", "pear", "lime", "date", "sloe"],
      5: ["apple", "mango", "grape", "lemon", "melon", "peach", "guava"],
      6: ["banana", "cherry", "orange", "papaya", "quince", "tomato"],
    };
    const longLen = rng.pick([5, 6]);
    const midLen = rng.pick([3, 4]);
    const otherLen = rng.pick([3, 4, 5].filter((l) => l < longLen && l !== midLen));
    const longest = rng.sample(byLen[longLen]!, 2);
    const mids = rng.sample(byLen[midLen]!, 2);
    const other = rng.pick(byLen[otherLen]!);
    // Ties are placed in reverse alphabetical order so a stable sort and an alphabetical tie-break differ.
    const desc = (ws: string[]) => [...ws].sort().reverse();
    const slots = rng.shuffle([0, 0, 1, 1, 2]);
    const groups = [desc(longest), desc(mids), [other]];
    const used = [0, 0, 0];
    const words = slots.map((g) => groups[g]![used[g]!++]!);
    const v = rng.pick(["words", "fruits", "names", "items"]);
    const prog = flagged((o: { alphaTies?: boolean; lastMax?: boolean; keyValues?: boolean }) =>
      py(
        `${v} = ${pyList(words)}`,
        o.keyValues
          ? `ordered = sorted(map(len, ${v}))`
          : o.alphaTies
            ? `ordered = sorted(${v}, key=lambda w: (len(w), w))`
            : `ordered = sorted(${v}, key=len)`,
        o.lastMax ? `longest = max(reversed(${v}), key=len)` : `longest = max(${v}, key=len)`,
        "print(ordered)",
        "print(longest)",
      ),
    );
    return {
      title: "Sorting by length",
      code: prog({}),
      distractors: [
        mut("py.sort-stability", prog({ alphaTies: true })),
        mut("py.min-max-key", prog({ lastMax: true })),
        mut("py.sorted-key-returns-items", prog({ keyValues: true })),
        mut("py.sort-stability", prog({ alphaTies: true, lastMax: true })),
      ],
      trap: `ordered = sorted(${v}, key=len)`,
      explanation:
        `\`ordered = sorted(${v}, key=len)\` is the trap: ` +
        "`key=len` compares lengths only; words of equal length keep their original order because the sort is stable, and `max` returns the FIRST longest word. Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "two-pass-stable-sort", "hard", (rng) => {
    type P = { name: string; team: number; score: number };
    const order = (ps: P[], o: { skipFirst?: boolean; swapped?: boolean; reverseAfter?: boolean }) => {
      let xs = [...ps];
      const byScore = () => {
        if (o.reverseAfter) xs = [...xs].sort((a, b) => a.score - b.score).reverse();
        else xs = [...xs].sort((a, b) => b.score - a.score);
      };
      const byTeam = () => (xs = [...xs].sort((a, b) => a.team - b.team));
      if (o.swapped) {
        byTeam();
        byScore();
      } else {
        if (!o.skipFirst) byScore();
        byTeam();
      }
      return xs.map((p) => p.name).join(",");
    };
    let players: P[] = [];
    // Re-draw until every distractor really differs from the key (deterministic: uses only rng).
    for (let attempt = 0; attempt < 50; attempt++) {
      const names = rng.sample(PEOPLE, 6);
      const teams = rng.shuffle([1, 1, 1, 2, 2, 2]);
      const scores = distinctInts(rng, 5, 10, 99);
      const all = [...scores, rng.pick(scores)];
      players = names.map((name, i) => ({ name, team: teams[i]!, score: all[i]! }));
      const key = order(players, {});
      const outs = [
        order(players, { skipFirst: true }),
        order(players, { swapped: true }),
        order(players, { reverseAfter: true }),
      ];
      if (new Set([key, ...outs]).size === 4) break;
    }
    const list = players.map((p) => `("${p.name}", ${p.team}, ${p.score})`).join(", ");
    const prog = flagged((o: { skipFirst?: boolean; swapped?: boolean; reverseAfter?: boolean }) => {
      const byScore = o.reverseAfter
        ? "players.sort(key=lambda p: p[2])\nplayers.reverse()"
        : "players.sort(key=lambda p: p[2], reverse=True)";
      const byTeam = "players.sort(key=lambda p: p[1])";
      const indent = (block: string | null) =>
        block === null
          ? null
          : block
              .split("\n")
              .map((l) => `    ${l}`)
              .join("\n");
      return py(
        "def rank(players):",
        "    players = list(players)",
        indent(o.skipFirst ? null : o.swapped ? byTeam : byScore),
        indent(o.swapped ? byScore : byTeam),
        "    return [p[0] for p in players]",
        "",
        `print(rank([${list}]))`,
      );
    });
    return {
      title: "Sorting twice relies on stability",
      code: prog({}),
      distractors: [
        mut("py.sort-stability", prog({ skipFirst: true })),
        mut("py.last-sort-decides", prog({ swapped: true })),
        mut("py.sort-stability", prog({ reverseAfter: true })),
      ],
      trap: "players.sort(key=lambda p: p[1])",
      explanation:
        "`players.sort(key=lambda p: p[1])` runs last, which is the trap: the LAST sort decides the main order (by team); because sorting is stable, players in the same team keep the order of the previous sort (score, highest first), and `reverse=True` keeps equal scores in their original order. Output: `{{output}}`.",
    };
  }),

  fill(T, "choose-the-sort-option", "easy", (rng) => {
    let xs: number[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      xs = rng.shuffle([rng.int(2, 9), rng.int(10, 99), -rng.int(2, 9), -rng.int(10, 99), rng.int(100, 300)]);
      if (new Set(xs.map(Math.abs)).size === xs.length) break;
    }
    const options: Record<string, string> = {
      "key=abs": "py.key-function",
      "key=str": "py.string-sort-lexicographic",
      "reverse=True": "py.reverse-not-sort",
      "key=bool": "py.key-bool-all-ties",
    };
    const answer = rng.pick(["key=abs", "key=str", "reverse=True"]);
    const v = rng.pick(["nums", "deltas", "changes", "offsets"]);
    return {
      title: "Choose the sort argument",
      prompt: fillPrompt("argument"),
      code: py(
        `${v} = ${pyList(xs)}`,
        `ordered = sorted(${v}, ${BLANK})`,
        "print(ordered)",
        `print(${v}[0])`,
      ),
      answer,
      wrong: Object.keys(options)
        .filter((o) => o !== answer)
        .map((fragment) => ({ fragment, rule: options[fragment]! })),
      trap: answer,
      explanation:
        `The blank needs \`${answer}\`, as the order of the target list shows. ` +
        "`key=abs` orders by distance from zero, `key=str` compares the numbers as TEXT (character by character, so '-' and '1' come early), and `reverse=True` sorts largest first; `sorted` never changes the original list.",
    };
  }),

  predict(T, "tuples-and-max-key", "medium", (rng) => {
    type R = [string, number];
    const cmp = (a: R, b: R) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);
    let recs: R[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      const names = rng.sample(["ana", "ben", "cleo", "dev", "eli", "fay", "gus"], 4);
      const nums = [rng.int(1, 9), rng.int(1, 9), rng.int(1, 9)];
      const tie = rng.pick(nums);
      recs = names.map((n, i) => [n, i < 3 ? nums[i]! : tie] as R);
      recs = rng.shuffle(recs);
      const byNum = [...recs]
        .sort((a, b) => a[1] - b[1])
        .map((r) => r[0])
        .join();
      const byNumAlpha = [...recs]
        .sort((a, b) => a[1] - b[1] || cmp(a, b))
        .map((r) => r[0])
        .join();
      const maxV = Math.max(...recs.map((r) => r[1]));
      const tops = recs.filter((r) => r[1] === maxV);
      const first2 = (xs: R[]) =>
        xs
          .slice(0, 2)
          .map((r) => r[0])
          .join();
      const byNumFirst2 = first2([...recs].sort((a, b) => a[1] - b[1]));
      const byNameFirst2 = first2([...recs].sort(cmp));
      if (byNum !== byNumAlpha && byNumFirst2 !== byNameFirst2 && tops.length >= 2) break;
    }
    const v = rng.pick(["records", "entries", "rows", "scores"]);
    const list = `[${recs.map((r) => `("${r[0]}", ${r[1]})`).join(", ")}]`;
    const prog = flagged((o: { byNumber?: boolean; alphaTies?: boolean; lastMax?: boolean }) =>
      py(
        `${v} = ${list}`,
        o.byNumber
          ? `print([r[0] for r in sorted(${v}, key=lambda r: r[1])][:2])`
          : `print([r[0] for r in sorted(${v})][:2])`,
        o.alphaTies
          ? `print([r[0] for r in sorted(${v}, key=lambda r: (r[1], r[0]))])`
          : `print([r[0] for r in sorted(${v}, key=lambda r: r[1])])`,
        o.lastMax ? `print(max(reversed(${v}), key=lambda r: r[1]))` : `print(max(${v}, key=lambda r: r[1]))`,
      ),
    );
    return {
      title: "Sorting tuples and max with a key",
      code: prog({}),
      distractors: [
        mut("py.plain-sort-tuples-first-item", prog({ byNumber: true })),
        mut("py.sort-stability", prog({ alphaTies: true })),
        mut("py.min-max-key", prog({ lastMax: true })),
      ],
      trap: `max(${v}, key=lambda r: r[1])`,
      explanation:
        `\`max(${v}, key=lambda r: r[1])\` is one trap, plain sorting the other: ` +
        "tuples compare element by element, so plain `sorted` orders by name; with `key=lambda r: r[1]` equal numbers keep their original order (stable sort), and `max` returns the FIRST item with the largest key. Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "strings-sort-by-characters", "hard", (rng) => {
    const stem = rng.pick(["img", "log", "doc", "run"]);
    const ext = rng.pick(["png", "txt", "csv"]);
    const numOf = (f: string) => Number(f.slice(stem.length, -(ext.length + 1)));
    const byStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    let uniq: string[] = [];
    for (let attempt = 0; attempt < 60; attempt++) {
      const nums = rng.shuffle([rng.int(1, 9), rng.int(10, 19), rng.int(20, 99), rng.int(1, 9)]);
      const upperIdx = rng.int(0, 3);
      const names = nums.map(
        (n, i) => `${i === upperIdx ? stem[0]!.toUpperCase() + stem.slice(1) : stem}${n}.${ext}`,
      );
      uniq = [...new Set(names)];
      const plain = [...uniq].sort(byStr).join();
      const natural = [...uniq].sort((a, b) => numOf(a) - numOf(b)).join();
      const caseless = [...uniq].sort((a, b) => byStr(a.toLowerCase(), b.toLowerCase())).join();
      const lenFirst = [...uniq].sort((a, b) => a.length - b.length)[0];
      const lenAlphaFirst = [...uniq].sort((a, b) => a.length - b.length || byStr(a, b))[0];
      if (new Set([plain, natural, caseless]).size === 3 && lenFirst !== lenAlphaFirst) break;
    }
    const v = rng.pick(["files", "names", "paths", "entries"]);
    const fn = rng.pick(["listing", "stems", "catalog", "index_of"]);
    const prog = flagged((o: { natural?: boolean; caseless?: boolean; lenAlpha?: boolean }) =>
      py(
        `def ${fn}(names):`,
        "    out = []",
        o.natural
          ? `    for n in sorted(names, key=lambda f: int(f[${stem.length}:-${ext.length + 1}])):`
          : o.caseless
            ? "    for n in sorted(names, key=str.lower):"
            : "    for n in sorted(names):",
        '        out.append(n.split(".")[0])',
        "    return out",
        "",
        `${v} = ${pyList(uniq)}`,
        `print(${fn}(${v}))`,
        o.lenAlpha
          ? `shortest = sorted(${v}, key=lambda f: (len(f), f))[0]`
          : `shortest = sorted(${v}, key=len)[0]`,
        "print(shortest)",
      ),
    );
    return {
      title: "Sorting file names as strings",
      code: prog({}),
      distractors: [
        mut("py.string-sort-lexicographic", prog({ natural: true })),
        mut("py.string-sort-lexicographic", prog({ caseless: true })),
        mut("py.sort-stability", prog({ lenAlpha: true })),
        mut("py.string-sort-lexicographic", prog({ natural: true, lenAlpha: true })),
      ],
      trap: "for n in sorted(names):",
      explanation:
        '`for n in sorted(names):` is the trap: strings compare character by character by code point: every uppercase letter comes before every lowercase one, and digits compare one at a time, so "10" sorts before "9". With `key=len` ties keep their original order. Output:\n\n```\n{{output}}\n```',
    };
  }),

  predict(T, "min-max-and-case", "easy", (rng) => {
    let words: string[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      const base = rng.sample(["pear", "apple", "fig", "banana", "kiwi", "cherry", "plum", "grape"], 4);
      const up = rng.int(1, 3);
      words = base.map((w, i) => (i === up ? w[0]!.toUpperCase() + w.slice(1) : w));
      const cs = [...words].sort().join();
      const ci = [...words].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)).join();
      const lens = words.map((w) => w.length);
      const longest = Math.max(...lens);
      const maxAlpha = [...words].sort().at(-1)!;
      const firstLong = words.find((w) => w.length === longest)!;
      const minAlpha = [...words].sort()[0]!;
      const shortest = words.find((w) => w.length === Math.min(...lens))!;
      if (cs !== ci && maxAlpha !== firstLong && minAlpha !== shortest) break;
    }
    const v = rng.pick(["words", "fruits", "names", "labels"]);
    const prog = flagged((o: { caseless?: boolean; minLen?: boolean; maxAlpha?: boolean }) =>
      py(
        `${v} = ${pyList(words)}`,
        o.caseless ? `ordered = sorted(${v}, key=str.lower)` : `ordered = sorted(${v})`,
        "print(ordered)",
        `print(${o.minLen ? `min(${v}, key=len)` : `min(${v})`}, ${o.maxAlpha ? `max(${v})` : `max(${v}, key=len)`})`,
      ),
    );
    return {
      title: "Sorting words with a capital letter",
      code: prog({}),
      distractors: [
        mut("py.string-sort-lexicographic", prog({ caseless: true })),
        mut("py.min-max-without-key", prog({ minLen: true })),
        mut("py.key-function", prog({ maxAlpha: true })),
        mut("py.string-sort-lexicographic", prog({ caseless: true, minLen: true })),
      ],
      trap: `max(${v}, key=len)`,
      explanation:
        `\`max(${v}, key=len)\` and the plain \`min(${v})\` are the traps: ` +
        "strings compare by character codes and every uppercase letter comes before every lowercase one, so the capitalised word sorts first and is the `min`; `max(..., key=len)` picks the first longest word. Output:\n\n```\n{{output}}\n```",
    };
  }),

  fill(T, "key-for-ranking", "medium", (rng) => {
    type P = [string, number];
    let people: P[] = [];
    const keyed = (f: (p: P) => (number | string)[]) =>
      [...people]
        .sort((x, y) => {
          const a = f(x);
          const b = f(y);
          for (let i = 0; i < a.length; i++) if (a[i]! !== b[i]!) return a[i]! < b[i]! ? -1 : 1;
          return 0;
        })
        .map((p) => p[0])
        .join();
    for (let attempt = 0; attempt < 60; attempt++) {
      const names = rng.sample(PEOPLE, 4);
      const ages = distinctInts(rng, 2, 18, 70);
      const tie = ages[0]!;
      people = rng.shuffle(names.map((n, i) => [n, i < 2 ? tie : ages[1]! + i] as P));
      const target = keyed((p) => [-p[1], p[0]]);
      const others = [
        keyed((p) => [-p[1]]),
        keyed((p) => [p[1], p[0]]),
        keyed((p) => [p[1]]),
        keyed((p) => [p[0]]),
      ];
      if (others.every((o) => o !== target)) break;
    }
    const v = rng.pick(["people", "members", "players", "staff"]);
    return {
      title: "Oldest first, ties by name",
      prompt: fillPrompt("key function"),
      code: py(
        `${v} = [${people.map((p) => `("${p[0]}", ${p[1]})`).join(", ")}]`,
        `${v}.sort(key=${BLANK})`,
        `names = [p[0] for p in ${v}]`,
        "print(names)",
      ),
      answer: "lambda p: (-p[1], p[0])",
      wrong: [
        { fragment: "lambda p: -p[1]", rule: "py.single-key-no-tiebreak" },
        { fragment: "lambda p: (p[1], p[0])", rule: "py.key-function" },
        { fragment: "lambda p: p[1]", rule: "py.key-function" },
        { fragment: "lambda p: p[0]", rule: "py.tuple-compare" },
      ],
      trap: "lambda p: (-p[1], p[0])",
      explanation:
        "The key `lambda p: (-p[1], p[0])` returns a tuple, and returning a tuple sorts by its first element, then by the second for ties: `-p[1]` puts the highest age first and `p[0]` breaks ties alphabetically. With `-p[1]` alone, tied people keep their original order.",
    };
  }),

  predict(T, "ranking-a-dict-by-value", "hard", (rng) => {
    let entries: [string, number][] = [];
    for (let attempt = 0; attempt < 60; attempt++) {
      const names = rng.sample(PEOPLE, 4);
      const [lo, hi] = distinctInts(rng, 2, 1, 20).sort((a, b) => a - b);
      entries = names.map((n, i) => [n, i % 2 === 0 ? lo! : hi!]);
      entries = rng.shuffle(entries);
      if (entries[0]![1] !== entries[1]![1] || entries[0]![1] === lo) break;
    }
    const v = rng.pick(["scores", "votes", "points", "stars"]);
    const fn = rng.pick(["podium", "leaders", "top_two", "ranking"]);
    const prog = flagged((o: { reversedTies?: boolean; noKey?: boolean; lastMax?: boolean }) =>
      py(
        `def ${fn}(table):`,
        o.reversedTies
          ? "    ranked = sorted(table, key=table.get)[::-1]"
          : o.noKey
            ? "    ranked = sorted(table, reverse=True)"
            : "    ranked = sorted(table, key=table.get, reverse=True)",
        "    return ranked[:2]",
        "",
        `${v} = {${entries.map(([n, s]) => `"${n}": ${s}`).join(", ")}}`,
        `for place, name in enumerate(${fn}(${v}), start=1):`,
        "    print(place, name)",
        `print(sorted(${v}.items(), key=lambda kv: kv[1])[0])`,
        o.lastMax ? `print(max(reversed(list(${v})), key=${v}.get))` : `print(max(${v}, key=${v}.get))`,
      ),
    );
    return {
      title: "Ranking dict keys by value",
      code: prog({}),
      distractors: [
        mut("py.sort-stability", prog({ reversedTies: true })),
        mut("py.dict-iter-keys", prog({ noKey: true })),
        mut("py.min-max-key", prog({ lastMax: true })),
        mut("py.sort-stability", prog({ reversedTies: true, lastMax: true })),
      ],
      trap: "ranked = sorted(table, key=table.get, reverse=True)",
      explanation: `\`ranked = sorted(table, key=table.get, reverse=True)\` is the trap: sorting a dict sorts its KEYS; \`key=${v}.get\` orders them by value, and \`reverse=True\` keeps tied keys in insertion order (stable), unlike reversing an ascending sort. \`max\` returns the first key with the top value. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
  predict(T, "sorted-string-gives-a-list", "easy", (rng) => {
    const word = rng.pick([
      "banana",
      "cherry",
      "pepper",
      "letter",
      "coffee",
      "bottle",
      "kettle",
      "puzzle",
      "tomato",
      "parrot",
      "rabbit",
      "butter",
      "summer",
      "yellow",
      "cookie",
      "balloon",
      "mirror",
      "address",
    ]);
    const v = rng.pick(["word", "text", "name", "s"]);
    const k = rng.int(2, 4);
    const prog = flagged((o: { joined?: boolean; deduped?: boolean; reversedOnly?: boolean }) =>
      py(
        `${v} = "${word}"`,
        o.joined
          ? `letters = "".join(sorted(${v}))`
          : o.deduped
            ? `letters = sorted(set(${v}))`
            : `letters = sorted(${v})`,
        `print(letters[:${k}], len(letters))`,
        o.reversedOnly ? `print(${v}[::-1])` : `print("".join(sorted(${v}, reverse=True)))`,
      ),
    );
    return {
      title: "sorted() on a string",
      code: prog({}),
      distractors: [
        mut("py.sorted-returns-list", prog({ joined: true })),
        mut("py.sorted-keeps-duplicates", prog({ deduped: true })),
        mut("py.reverse-not-sort", prog({ reversedOnly: true })),
      ],
      trap: `letters = sorted(${v})`,
      explanation: `\`letters = sorted(${v})\` is the trap: \`sorted\` takes the string's characters one by one and returns a LIST of them, in order and with repeats kept, so \`letters[:${k}]\` is a list of ${k} characters and \`len(letters)\` counts them all; only \`"".join(...)\` makes a string again, here of the characters sorted in reverse. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "sort-the-list-in-place", "easy", (rng) => {
    let names: string[] = [];
    // The first and last names must change when the list is sorted, or a no-op would print the target.
    for (let attempt = 0; attempt < 50; attempt++) {
      names = rng.sample(PEOPLE, 5);
      const sorted = [...names].sort();
      if (names[0] !== sorted[0] && names[4] !== sorted[4] && names[4] !== sorted[0]) break;
    }
    const v = rng.pick(["names", "guests", "players", "team"]);
    return {
      title: "Sort the list itself",
      prompt: fillPrompt("line"),
      code: py(`${v} = ${pyList(names)}`, BLANK, `print("first:", ${v}[0])`, `print("last:", ${v}[-1])`),
      answer: `${v}.sort()`,
      wrong: [
        { fragment: `sorted(${v})`, rule: "py.sorted-result-discarded" },
        { fragment: `${v} = ${v}.sort()`, rule: "py.sort-assign-none" },
        { fragment: `${v}.reverse()`, rule: "py.reverse-not-sort" },
      ],
      trap: `${v}.sort()`,
      explanation: `The blank needs \`${v}.sort()\`: it sorts the list itself, alphabetically, and returns None. \`sorted(${v})\` builds a new list that nothing keeps, \`${v} = ${v}.sort()\` stores that None in \`${v}\`, and \`${v}.reverse()\` only flips the current order.`,
    };
  }),

  predict(T, "sorting-through-a-second-name", "easy", (rng) => {
    let xs: number[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      xs = distinctInts(rng, 5, 1, 60);
      const asc = [...xs].sort((p, q) => p - q).join();
      if (xs.join() !== asc && [...xs].reverse().join() !== asc) break;
    }
    const [a, b] = rng.pick([
      ["nums", "same"],
      ["scores", "alias"],
      ["data", "view"],
      ["ages", "other"],
    ] as const);
    const c = rng.pick(["ordered", "ranked", "low_first", "copy"]);
    const prog = flagged((o: { copied?: boolean; sortedAlias?: boolean; ascending?: boolean }) =>
      py(
        `${a} = ${pyList(xs)}`,
        `${b} = ${a}${o.copied ? "[:]" : ""}`,
        o.sortedAlias ? `${c} = ${a}` : `${c} = sorted(${a})`,
        `${a}.sort(${o.ascending ? "" : "reverse=True"})`,
        `print(${b})`,
        `print(${c})`,
      ),
    );
    return {
      title: "Sorting a list that has two names",
      code: prog({}),
      distractors: [
        mut("py.sort-changes-every-name", prog({ copied: true })),
        mut("py.sorted-builds-new-list", prog({ sortedAlias: true })),
        mut("py.reverse-not-sort", prog({ ascending: true })),
      ],
      trap: `${b} = ${a}`,
      explanation: `\`${b} = ${a}\` is the trap: it gives the one list a second name, so \`${a}.sort(reverse=True)\` reorders what \`${b}\` shows too (largest first); \`sorted(${a})\` had already built a separate ascending list, which the later sort does not touch. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "booleans-in-a-sort-key", "medium", (rng) => {
    let xs: number[] = [];
    let test = { code: "", flipped: "", holds: (n: number) => n > 0 };
    // Both groups must be present, and each misreading must print something of its own.
    for (let attempt = 0; attempt < 60; attempt++) {
      xs = distinctInts(rng, 6, 1, 40);
      const th = [...xs].sort((p, q) => p - q)[rng.int(1, 3)]!;
      test = rng.pick([
        { code: "n % 2 == 0", flipped: "n % 2 == 1", holds: (n: number) => n % 2 === 0 },
        { code: "n % 3 == 0", flipped: "n % 3 != 0", holds: (n: number) => n % 3 === 0 },
        { code: `n < ${th}`, flipped: `n >= ${th}`, holds: (n: number) => n < th },
      ]);
      const hits = xs.filter(test.holds).length;
      const byKey = (flip: boolean, withTie: boolean) =>
        [...xs]
          .sort(
            (p, q) =>
              (Number(test.holds(p)) - Number(test.holds(q))) * (flip ? -1 : 1) || (withTie ? p - q : 0),
          )
          .join();
      const plain = [...xs].sort((p, q) => p - q).join();
      const outs = [
        [byKey(false, true), byKey(false, false)],
        [byKey(true, true), byKey(true, false)],
        [byKey(false, true), byKey(false, true)],
        [plain, byKey(false, false)],
      ];
      if (hits >= 2 && hits <= 4 && new Set(outs.map((o) => o.join("/"))).size === 4) break;
    }
    const v = rng.pick(LIST_NAMES);
    const prog = flagged((o: { trueFirst?: boolean; tieBreak?: boolean; numberFirst?: boolean }) => {
      const t = o.trueFirst ? test.flipped : test.code;
      return py(
        `${v} = ${pyList(xs)}`,
        o.numberFirst
          ? `print(sorted(${v}, key=lambda n: (n, ${t})))`
          : `print(sorted(${v}, key=lambda n: (${t}, n)))`,
        o.tieBreak
          ? `print(sorted(${v}, key=lambda n: (${t}, n)))`
          : `print(sorted(${v}, key=lambda n: ${t}))`,
        `print(max(${v}, key=lambda n: ${t}))`,
      );
    });
    return {
      title: "Booleans in a sort key",
      code: prog({}),
      distractors: [
        mut("py.false-before-true", prog({ trueFirst: true })),
        mut("py.sort-stability", prog({ tieBreak: true })),
        mut("py.tuple-compare", prog({ numberFirst: true })),
      ],
      trap: `key=lambda n: (${test.code}, n)`,
      explanation: `\`key=lambda n: (${test.code}, n)\` is the trap: the test gives False or True, which compare as 0 and 1, so the numbers for which \`${test.code}\` is False come FIRST, each group in ascending order thanks to the second element. With the test alone as the key, the items inside each group tie and keep their original order (the sort is stable), and \`max\` returns the FIRST item whose test is True. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "lists-compare-item-by-item", "medium", (rng) => {
    const cmp = (x: number[], y: number[]): number => {
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
      return x.length - y.length;
    };
    const sum = (x: number[]) => x.reduce((s, n) => s + n, 0);
    let rows: number[][] = [];
    // Sorting by items, by length and by sum must give three different orders, and the largest list
    // must not be the longest.
    for (let attempt = 0; attempt < 60; attempt++) {
      const [p, q, r, s, t] = distinctInts(rng, 5, 1, 9);
      rows = rng.shuffle([[p!, q!], [r!, s!, t!], [p!], [r!, s!]]);
      const byItems = [...rows].sort(cmp).join("|");
      const byLen = [...rows].sort((x, y) => x.length - y.length).join("|");
      const bySum = [...rows].sort((x, y) => sum(x) - sum(y)).join("|");
      const max = [...rows].sort(cmp)[3]!.join();
      const longest = rows.find((x) => x.length === 3)!.join();
      if (new Set([byItems, byLen, bySum]).size === 3 && max !== longest) break;
    }
    const v = rng.pick(["rows", "runs", "groups", "pairs"]);
    const head = rows.find((x) => x.length === 1)![0]!;
    const prog = flagged((o: { byLen?: boolean; bySum?: boolean; longest?: boolean }) =>
      py(
        `${v} = [${rows.map((x) => pyList(x)).join(", ")}]`,
        o.byLen
          ? `print(sorted(${v}, key=len))`
          : o.bySum
            ? `print(sorted(${v}, key=sum))`
            : `print(sorted(${v}))`,
        o.longest ? `print(max(${v}, key=len))` : `print(max(${v}))`,
        `print([x for x in ${v} if x > [${head}]])`,
      ),
    );
    return {
      title: "Sorting lists of lists",
      code: prog({}),
      distractors: [
        mut("py.lists-compare-elementwise", prog({ byLen: true })),
        mut("py.lists-compare-elementwise", prog({ bySum: true })),
        mut("py.max-of-lists-not-longest", prog({ longest: true })),
      ],
      trap: `sorted(${v})`,
      explanation: `\`sorted(${v})\` is the trap: lists compare item by item, so the first items decide, the second ones break ties, and a list that is the start of another (\`[${head}]\` here) comes before it; \`max\` and \`x > [${head}]\` use the same comparison, so the largest list is not simply the longest one, and every longer list that starts with ${head} is greater than \`[${head}]\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "ranking-by-a-lookup-table", "medium", (rng) => {
    const labels = rng.pick([
      ["high", "mid", "low"],
      ["urgent", "normal", "later"],
      ["gold", "silver", "bronze"],
      ["small", "medium", "large"],
    ] as const);
    type Task = [string, string];
    let tasks: Task[] = [];
    const rank = (l: string) => labels.indexOf(l as never);
    const order = (ts: Task[], key: (t: Task) => (number | string)[]) =>
      [...ts]
        .sort((x, y) => {
          const a = key(x);
          const b = key(y);
          for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
          return 0;
        })
        .map((t) => t[0])
        .join();
    // Every misreading must order the tasks differently from the real key and from each other.
    for (let attempt = 0; attempt < 60; attempt++) {
      const names = rng.sample(WORDS, 5);
      const tags = rng.shuffle([labels[0], labels[1], labels[2], rng.pick(labels), rng.pick(labels)]);
      tasks = names.map((n, i) => [n, tags[i]!]);
      const outs = [
        order(tasks, (t) => [rank(t[1])]),
        order(tasks, (t) => [t[1]]),
        order(tasks, (t) => [rank(t[1]), t[0]]),
        order(tasks, (t) => [t[0]]),
      ];
      if (new Set(outs).size === 4) break;
    }
    const v = rng.pick(["tasks", "jobs", "orders", "tickets"]);
    const prog = flagged((o: { byLabel?: boolean; tieByName?: boolean; plain?: boolean }) =>
      py(
        `order = {${labels.map((l, i) => `"${l}": ${i}`).join(", ")}}`,
        `${v} = [${tasks.map(([n, l]) => `("${n}", "${l}")`).join(", ")}]`,
        o.byLabel
          ? `ranked = sorted(${v}, key=lambda t: t[1])`
          : o.tieByName
            ? `ranked = sorted(${v}, key=lambda t: (order[t[1]], t[0]))`
            : o.plain
              ? `ranked = sorted(${v})`
              : `ranked = sorted(${v}, key=lambda t: order[t[1]])`,
        "print([t[0] for t in ranked])",
      ),
    );
    return {
      title: "Ranking by a lookup table",
      code: prog({}),
      distractors: [
        mut("py.key-maps-through-dict", prog({ byLabel: true })),
        mut("py.sort-stability", prog({ tieByName: true })),
        mut("py.tuple-compare", prog({ plain: true })),
      ],
      trap: "key=lambda t: order[t[1]]",
      explanation: `\`key=lambda t: order[t[1]]\` is the trap: each item is compared by the NUMBER \`order\` gives its label (${labels.map((l, i) => `${l} ${i}`).join(", ")}), not by the label's spelling; items with the same label tie and keep their original order, since the sort is stable. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "largest-number-by-comparison", "hard", (rng) => {
    const cmp = (a: string, b: string) => (a + b > b + a ? -1 : 1);
    let parts: string[] = [];
    // A piece and a longer piece that starts with it (3 and 34) are what separates the orders; no
    // two pieces may join the same both ways, or the comparison would have ties.
    for (let attempt = 0; attempt < 80; attempt++) {
      const d = rng.int(1, 9);
      const pool = [String(d), String(d * 10 + rng.int(0, 9)), ...distinctInts(rng, 3, 1, 99).map(String)];
      parts = rng.shuffle([...new Set(pool)]);
      const tie = parts.some((a, i) => parts.some((b, j) => i !== j && a + b === b + a));
      const best = [...parts].sort(cmp).join("");
      const rev = [...parts].sort().reverse().join("");
      const byInt = [...parts].sort((a, b) => Number(b) - Number(a)).join("");
      if (parts.length === 5 && !tie && best !== rev && rev !== byInt) break;
    }
    const fn = rng.pick(["by_concat", "first_wins", "compare", "bigger_first"]);
    const v = rng.pick(["parts", "pieces", "chunks", "tokens"]);
    const prog = flagged((o: { flipped?: boolean; reverseSort?: boolean; numeric?: boolean }) =>
      py(
        "from functools import cmp_to_key",
        "",
        `def ${fn}(a, b):`,
        "    if a + b > b + a:",
        `        return ${o.flipped ? 1 : -1}`,
        `    return ${o.flipped ? -1 : 1}`,
        "",
        "def largest(pieces):",
        o.reverseSort
          ? '    return "".join(sorted(pieces, reverse=True))'
          : `    return "".join(sorted(pieces, key=cmp_to_key(${fn})))`,
        "",
        `${v} = ${pyList(parts)}`,
        `print(largest(${v}))`,
        o.numeric
          ? `print("".join(sorted(${v}, key=int, reverse=True)))`
          : `print("".join(sorted(${v}, reverse=True)))`,
      ),
    );
    return {
      title: "The largest number, by a comparison function",
      code: prog({}),
      distractors: [
        mut("py.cmp-negative-first", prog({ flipped: true })),
        mut("py.reverse-sort-not-concat", prog({ reverseSort: true })),
        mut("py.text-order-not-numeric", prog({ numeric: true })),
      ],
      trap: "return -1",
      explanation: `\`return -1\` is the trap: a comparison function returns a negative number when \`a\` must come BEFORE \`b\`, so \`cmp_to_key(${fn})\` puts a piece first whenever it makes the larger joined string, and the pieces join into the largest number. \`sorted(${v}, reverse=True)\` only compares the strings character by character, and a piece that is the start of a longer one then goes after it. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "sorting-mixed-types", "hard", (rng) => {
    let items: (number | string)[] = [];
    const num = (x: number | string) => Number(x);
    const str = (x: number | string) => String(x);
    // The text order and the numeric order must differ, and no two items may tie under either key.
    for (let attempt = 0; attempt < 60; attempt++) {
      const [i1, i2, f, s1, s2] = distinctInts(rng, 5, 2, 120);
      items = rng.shuffle<number | string>([i1!, i2!, f! + 0.5, String(s1), String(s2)]);
      const byStr = [...items].sort((a, b) => (str(a) < str(b) ? -1 : 1)).join();
      const byNum = [...items].sort((a, b) => num(a) - num(b)).join();
      if (byStr !== byNum && new Set(items.map(str)).size === 5) break;
    }
    const show = (x: number | string) => (typeof x === "string" ? `"${x}"` : String(x));
    const v = rng.pick(["values", "cells", "fields", "inputs"]);
    const prog = flagged((o: { converts?: boolean; numericText?: boolean; converted?: boolean }) =>
      py(
        "def safe_sort(items, key=None):",
        "    try:",
        "        return sorted(items, key=key)",
        "    except TypeError as e:",
        "        return type(e).__name__",
        "",
        `${v} = [${items.map(show).join(", ")}]`,
        o.converts ? `print(safe_sort(${v}, key=float))` : `print(safe_sort(${v}))`,
        o.numericText ? `print(safe_sort(${v}, key=float))` : `print(safe_sort(${v}, key=str))`,
        o.converted ? `print(sorted(map(float, ${v})))` : `print(safe_sort(${v}, key=float))`,
      ),
    );
    return {
      title: "Sorting a list of mixed types",
      code: prog({}),
      distractors: [
        mut("py.mixed-types-no-order", prog({ converts: true })),
        mut("py.text-order-not-numeric", prog({ numericText: true })),
        mut("py.key-keeps-original-items", prog({ converted: true })),
      ],
      trap: `safe_sort(${v})`,
      explanation: `\`safe_sort(${v})\` is the trap: with \`key=None\`, \`sorted\` compares the items themselves, and the list mixes numbers and strings; comparing a number with a str raises TypeError, which the \`except\` turns into its name. \`key=str\` compares every item as TEXT, character by character, and \`key=float\` as a number; either way \`sorted\` returns the original items, quotes and all. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "sorting-the-inner-lists", "hard", (rng) => {
    let groups: number[][] = [];
    const desc = (g: number[]) => [...g].sort((p, q) => q - p);
    const order = (gs: number[][], at: (g: number[]) => number) =>
      [...gs]
        .map(desc)
        .sort((x, y) => at(x) - at(y))
        .join("|");
    // The first loop must look like it could change something, and sorting by the last item (the
    // smallest once each group is descending) must differ from the original order and from the first.
    for (let attempt = 0; attempt < 60; attempt++) {
      const pool = distinctInts(rng, 8, 1, 30);
      const sizes = rng.shuffle([2, 3, 3]);
      groups = [
        pool.slice(0, sizes[0]),
        pool.slice(sizes[0], sizes[0]! + sizes[1]!),
        pool.slice(sizes[0]! + sizes[1]!),
      ];
      const byLast = order(groups, (g) => g[g.length - 1]!);
      const byFirst = order(groups, (g) => g[0]!);
      const asIs = groups.map(desc).join("|");
      const unsorted = groups.some((g) => g.join() !== [...g].sort((p, q) => p - q).join());
      if (unsorted && new Set([byLast, byFirst, asIs]).size === 3) break;
    }
    const v = rng.pick(["groups", "rows", "teams", "bins"]);
    const g = rng.pick(["g", "row", "part", "grp"]);
    const prog = flagged((o: { inPlace?: boolean; byFirst?: boolean; discarded?: boolean }) =>
      py(
        `${v} = [${groups.map((x) => pyList(x)).join(", ")}]`,
        `for ${g} in ${v}:`,
        o.inPlace ? `    ${g}.sort()` : `    ${g} = sorted(${g})`,
        `print(${v})`,
        `for ${g} in ${v}:`,
        `    ${g}.sort(reverse=True)`,
        o.discarded
          ? `sorted(${v}, key=lambda ${g}: ${g}[-1])`
          : `${v}.sort(key=lambda ${g}: ${g}[${o.byFirst ? 0 : -1}])`,
        `print(${v})`,
      ),
    );
    return {
      title: "Sorting the inner lists",
      code: prog({}),
      distractors: [
        mut("py.rebind-loop-var-no-effect", prog({ inPlace: true })),
        mut("py.negative-index", prog({ byFirst: true })),
        mut("py.sorted-result-discarded", prog({ discarded: true })),
      ],
      trap: `${g} = sorted(${g})`,
      explanation: `\`${g} = sorted(${g})\` is the trap: it only rebinds the loop variable to a new sorted list, so \`${v}\` prints unchanged. \`${g}.sort(reverse=True)\` then sorts each inner list itself, largest first, and the outer sort orders the lists by their LAST item, now their smallest. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
