import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, PEOPLE, distinctInts, fill, fillPrompt, flagged, mut, predict, py, pyList } from "./helpers";

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
      "key=float": "py.key-function",
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
];
