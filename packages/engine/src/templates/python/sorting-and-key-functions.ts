import type { ChallengeTemplate } from "../../types";
import { PEOPLE, WORDS, distinctInts, mut, predict, py, pyList } from "./helpers";

const T = "sorting-and-key-functions";

export const sortingAndKeyFunctionsTemplates: ChallengeTemplate[] = [
  predict(T, "sort-returns-none", "easy", (rng) => {
    const name = rng.pick(["prices", "scores", "ages", "sizes"]);
    const xs = distinctInts(rng, 5, 1, 99);
    const prog = (o: { sortedInstead?: boolean; returnsSelf?: boolean; justReverses?: boolean }) =>
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
      );
    return {
      title: "sorted() versus list.sort()",
      code: prog({}),
      distractors: [
        mut("py.sort-returns-none", prog({ sortedInstead: true })),
        mut("py.sort-returns-none", prog({ returnsSelf: true })),
        mut("py.reverse-not-sort", prog({ justReverses: true })),
      ],
      explanation: `\`sorted()\` returns a new list and leaves \`${name}\` alone, while \`${name}.sort(reverse=True)\` sorts in place (descending) and returns \`None\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
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
    const prog = (o: { alphaTies?: boolean; lastMax?: boolean; keyValues?: boolean }) =>
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
      );
    return {
      title: "Sorting by length",
      code: prog({}),
      distractors: [
        mut("py.sort-stability", prog({ alphaTies: true })),
        mut("py.min-max-key", prog({ lastMax: true })),
        mut("py.key-ignored", prog({ keyValues: true })),
        mut("py.sort-stability", prog({ alphaTies: true, lastMax: true })),
      ],
      explanation:
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
      if (o.swapped) { byTeam(); byScore(); } else { if (!o.skipFirst) byScore(); byTeam(); }
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
      const outs = [order(players, { skipFirst: true }), order(players, { swapped: true }), order(players, { reverseAfter: true })];
      if (new Set([key, ...outs]).size === 4) break;
    }
    const list = players.map((p) => `("${p.name}", ${p.team}, ${p.score})`).join(", ");
    const prog = (o: { skipFirst?: boolean; swapped?: boolean; reverseAfter?: boolean }) => {
      const byScore = o.reverseAfter
        ? "players.sort(key=lambda p: p[2])\nplayers.reverse()"
        : "players.sort(key=lambda p: p[2], reverse=True)";
      const byTeam = "players.sort(key=lambda p: p[1])";
      return py(
        `players = [${list}]`,
        o.skipFirst ? null : o.swapped ? byTeam : byScore,
        o.swapped ? byScore : byTeam,
        "print([p[0] for p in players])",
      );
    };
    return {
      title: "Sorting twice relies on stability",
      code: prog({}),
      distractors: [
        mut("py.sort-stability", prog({ skipFirst: true })),
        mut("py.multi-pass-sort-order", prog({ swapped: true })),
        mut("py.reverse-breaks-ties", prog({ reverseAfter: true })),
      ],
      explanation:
        "The LAST sort decides the main order (by team); because sorting is stable, players in the same team keep the order of the previous sort (score, highest first), and `reverse=True` keeps equal scores in their original order. Output: `{{output}}`.",
    };
  }),
];
