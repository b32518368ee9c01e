import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  CITIES,
  COLORS,
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
  val,
} from "./helpers";

const T = "dicts-and-sets";

const pyRepr = (v: number | boolean | string): string =>
  typeof v === "boolean" ? (v ? "True" : "False") : typeof v === "string" ? `'${v}'` : String(v);

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const dictsAndSetsRules: MisconceptionRule[] = [
  {
    id: "py.dict-print-not-sorted",
    feedback: "Printing a dict shows its keys in insertion order; Python never sorts them for you.",
    requires: { any: ["{", "dict"] },
  },
  {
    id: "py.set-difference-one-sided",
    feedback:
      "`-` keeps only the items of the LEFT set that are missing from the right one; it is not symmetric.",
    requires: { all: ["-"] },
  },
  {
    id: "py.symmetric-difference",
    feedback: "`^` keeps the items that are in exactly ONE of the two sets and drops those in both.",
    requires: { all: ["^"] },
  },
  {
    id: "py.setdefault-returns-stored",
    feedback:
      "`setdefault` returns the list already stored under the key, so `append` on its result grows that group; the default is stored only the first time.",
    requires: { all: ["setdefault", ".append"] },
  },
  {
    id: "py.get-plus-one-counts",
    feedback:
      "`get(w, 0) + 1` reads the current count (0 for a new word) and adds one, so a repeated word keeps counting up instead of being reset to 1.",
    requires: { all: ["get(w, 0) + 1"] },
  },
  {
    id: "py.len-list-counts-duplicates",
    feedback:
      "`len` of the list counts every element, duplicates included; only the set built from it drops them.",
    requires: { all: ["len", "set("] },
  },
  {
    id: "py.get-missing-none",
    feedback:
      "`get` with no default returns None for a missing key and never raises; only indexing a missing key raises KeyError.",
    requires: { all: [".get"] },
  },
  {
    id: "py.empty-braces-dict",
    feedback: "`{}` is an empty DICT; an empty set can only be written set().",
    requires: { all: ["{}"] },
  },
  {
    id: "py.dict-pop-returns-value",
    feedback:
      "`pop` on a dict removes that key and returns its VALUE; given a default, it returns the default for a missing key instead of raising (and stores nothing).",
    requires: { all: [".pop"] },
  },
  {
    id: "py.dict-views-live",
    feedback:
      "keys(), values() and items() are live views that show later changes to the dict; only a list() copy is a snapshot.",
    requires: { any: [".keys", ".values", ".items"] },
  },
  {
    id: "py.dict-from-pairs",
    feedback:
      "A dict built from pairs keeps one entry per key: a repeated key keeps its first position but takes the LAST value, and `zip` drops the values that have no partner.",
    requires: { all: ["zip"] },
  },
  {
    id: "py.unhashable",
    feedback:
      "A list is unhashable, so adding it to a set (or using it as a dict key) raises TypeError; a tuple of immutable values is hashable.",
    requires: { all: ["TypeError"] },
  },
  {
    id: "py.dict-size-change",
    feedback:
      "Deleting keys while a `for` loop walks the dict itself raises RuntimeError at the next step (after that first deletion has happened); looping over a list of the keys is safe.",
    requires: { all: ["for", "del"] },
  },
  {
    id: "py.defaultdict-read-inserts",
    feedback:
      "Reading a missing key of a `defaultdict` with square brackets creates it with the default value; only get and in leave it absent.",
    requires: { all: ["defaultdict"] },
  },
  {
    id: "py.dict-eq-unordered",
    feedback:
      "Dicts (and their items views) are equal when they hold the same key-value pairs, whatever the insertion order; lists of their keys or items still compare in order.",
    requires: { all: ["=="] },
  },
  {
    id: "py.plus-builds-new-list",
    feedback:
      "List `+` builds a NEW list; storing it under one key rebinds only that key and leaves the shared list, seen by the other keys, unchanged.",
    requires: { all: ["+ ["] },
  },
];

export const dictsAndSetsTemplates: ChallengeTemplate[] = [
  predict(T, "update-keeps-position", "easy", (rng) => {
    const dict = rng.pick(["stock", "basket", "order", "pantry"]);
    const [k1, k2, k3, k4] = rng.sample(WORDS, 4);
    const [v1, v2, v3, nv, v4] = distinctInts(rng, 5, 1, 30);
    const mid = rng.pick([k1, k2]);
    const prog = flagged((o: { moveToEnd?: boolean; noOverwrite?: boolean; sorted?: boolean }) =>
      py(
        `${dict} = {"${k1}": ${v1}, "${k2}": ${v2}, "${k3}": ${v3}}`,
        `${o.moveToEnd ? `del ${dict}["${mid}"]; ` : ""}${o.noOverwrite ? `${dict}.setdefault("${mid}", ${nv})` : `${dict}["${mid}"] = ${nv}`}`,
        `${dict}["${k4}"] = ${v4}`,
        o.sorted ? `print(dict(sorted(${dict}.items())))` : `print(${dict})`,
      ),
    );
    return {
      title: "Updating an existing dict key",
      code: prog({}),
      distractors: [
        mut("py.dict-order", prog({ moveToEnd: true })),
        mut("py.dict-duplicate-key", prog({ noOverwrite: true })),
        mut("py.dict-print-not-sorted", prog({ sorted: true })),
        mut("py.dict-order", prog({ moveToEnd: true, noOverwrite: true })),
        val(
          "py.dict-duplicate-key",
          `{${[
            [k1, v1],
            [k2, v2],
            [k3, v3],
            [mid, nv],
            [k4, v4],
          ]
            .map(([k, v]) => `'${k}': ${v}`)
            .join(", ")}}`,
        ),
      ],
      trap: `${dict}["${mid}"] = ${nv}`,
      explanation: `\`${dict}["${mid}"] = ${nv}\` is the trap: \`"${mid}"\` is already a key, so the assignment replaces its value but keeps its original position (it does not move to the end or appear twice); the new key \`"${k4}"\` goes at the end. Dicts preserve insertion order, so it prints \`{{output}}\`.`,
    };
  }),

  predict(T, "merge-precedence-and-get", "medium", (rng) => {
    const keys = rng.shuffle(["color", "size", "theme", "level", "mode", "lang"]);
    const [a, b, shared, extra, missing] = keys as [string, string, string, string, string];
    const [va, vb, vs1, vs2, ve] = distinctInts(rng, 5, 1, 40);
    const dflt = rng.pick(["auto", "none", "off", "basic"]);
    const prog = flagged((o: { leftWins?: boolean; moveToEnd?: boolean; getStores?: boolean }) =>
      py(
        `defaults = {"${a}": ${va}, "${shared}": ${vs1}, "${b}": ${vb}}`,
        `user = {"${shared}": ${vs2}, "${extra}": ${ve}}`,
        o.leftWins
          ? "config = user | defaults"
          : o.moveToEnd
            ? "config = {**{k: v for k, v in defaults.items() if k not in user}, **user}"
            : "config = defaults | user",
        o.getStores
          ? `mode = config.setdefault("${missing}", "${dflt}")`
          : `mode = config.get("${missing}", "${dflt}")`,
        "print(config)",
        `print(mode, len(config))`,
      ),
    );
    return {
      title: "Merging dicts with |",
      code: prog({}),
      distractors: [
        mut("py.dict-merge-precedence", prog({ leftWins: true })),
        mut("py.dict-order", prog({ moveToEnd: true })),
        mut("py.dict-get-default", prog({ getStores: true })),
        mut("py.dict-merge-precedence", prog({ leftWins: true, getStores: true })),
      ],
      trap: "config = defaults | user",
      explanation: `\`config = defaults | user\` is the trap: in a merge the right-hand dict wins for the shared key \`"${shared}"\`, which keeps its position from \`defaults\`; \`get\` returns the default without storing it. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "equal-keys-collide", "hard", (rng) => {
    const base = rng.pick([0, 1]);
    const family: (number | boolean | string)[] = rng.shuffle([base, base === 1, base === 1 ? "1.0" : "0.0"]);
    const others = distinctInts(rng, 2, 2, 9);
    const entries: (number | boolean | string)[] = rng.shuffle([...family, ...others]);
    const names = rng.sample(WORDS, entries.length);
    const keyCode = (k: number | boolean | string) => (typeof k === "string" ? k : pyRepr(k));
    const pairs = entries.map((k, i) => `(${keyCode(k)}, "${names[i]}")`).join(", ");
    const fn = rng.pick(["build", "index_pairs", "to_lookup", "collect"]);
    const prog = flagged((o: { firstWins?: boolean }) =>
      py(
        `def ${fn}(pairs):`,
        "    lookup = {}",
        "    for key, name in pairs:",
        o.firstWins ? "        lookup.setdefault(key, name)" : "        lookup[key] = name",
        "    return lookup",
        "",
        `lookup = ${fn}([${pairs}])`,
        "print(lookup)",
        "print(len(lookup))",
      ),
    );
    // Rule-computed options: what a learner who treats 1, True and 1.0 as different keys expects,
    // and one who thinks the latest key object replaces the first.
    const allDistinct = `{${entries.map((k, i) => `${keyCode(k)}: '${names[i]}'`).join(", ")}}\n${entries.length}`;
    const famIdx = entries.map((k, i) => (family.includes(k) ? i : -1)).filter((i) => i >= 0);
    const lastFam = famIdx[famIdx.length - 1]!;
    const seen: string[] = [];
    const lastKeyRepr: string[] = [];
    entries.forEach((k, i) => {
      if (family.includes(k)) {
        if (seen.includes("fam")) return;
        seen.push("fam");
        lastKeyRepr.push(`${keyCode(entries[lastFam]!)}: '${names[lastFam]}'`);
      } else lastKeyRepr.push(`${keyCode(k)}: '${names[i]}'`);
    });
    return {
      title: "Keys that are equal: 1, True and 1.0",
      code: prog({}),
      distractors: [
        val("py.bool-is-int", allDistinct),
        mut("py.dict-duplicate-key", prog({ firstWins: true })),
        val("py.dict-order", `{${lastKeyRepr.join(", ")}}\n${entries.length - 2}`),
      ],
      trap: "lookup[key] = name",
      explanation: `\`lookup[key] = name\` is the trap: \`${base}\`, \`${base === 1 ? "True" : "False"}\` and \`${base}.0\` are equal and hash the same, so they are ONE dict key: the first key object inserted stays, and each later assignment only replaces its value (the last name wins). Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "iterating-a-dict", "easy", (rng) => {
    const v = rng.pick(["ages", "stock", "scores", "points"]);
    const names = rng.sample(PEOPLE, 3);
    const nums = distinctInts(rng, 3, 10, 99);
    const probeKey = rng.pick(names);
    const probeVal = rng.pick(nums);
    const prog = flagged((o: { values?: boolean; items?: boolean; inValues?: boolean }) =>
      py(
        `${v} = {${names.map((n, i) => `"${n}": ${nums[i]}`).join(", ")}}`,
        o.values ? `print(list(${v}.values()))` : o.items ? `print(list(${v}.items()))` : `print(list(${v}))`,
        `print("${probeKey}" in ${v}, ${probeVal} in ${v}${o.inValues ? ".values()" : ""})`,
        `print(len(${v}))`,
      ),
    );
    return {
      title: "What iterating a dict gives you",
      code: prog({}),
      distractors: [
        mut("py.dict-iter-keys", prog({ values: true })),
        mut("py.dict-iter-keys", prog({ inValues: true })),
        mut("py.dict-iter-keys", prog({ values: true, inValues: true })),
        mut("py.dict-iter-keys", prog({ items: true })),
      ],
      trap: `${probeVal} in ${v}`,
      explanation: `Iterating a dict, \`list(${v})\` and \`in\` all work on the KEYS, so \`${probeVal} in ${v}\` is False even though ${probeVal} is a value. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "set-operator", "medium", (rng) => {
    const pool = distinctInts(rng, 7, 1, 30);
    const a = [pool[0]!, pool[1]!, pool[2]!, pool[3]!];
    const b = [pool[2]!, pool[3]!, pool[4]!, pool[5]!].slice(0, rng.int(3, 4));
    const [va, vb] = rng.pick([
      ["left", "right"],
      ["mine", "yours"],
      ["team_a", "team_b"],
      ["old", "new"],
    ] as const);
    const ops = ["&", "|", "-", "^"];
    const answer = rng.pick(ops);
    return {
      title: "Pick the set operator",
      prompt: fillPrompt("operator"),
      code: py(
        "def combine(x, y):",
        `    result = x ${BLANK} y`,
        "    return sorted(result)",
        "",
        `${va} = {${rng.shuffle(a).join(", ")}}`,
        `${vb} = {${rng.shuffle(b).join(", ")}}`,
        `print(combine(${va}, ${vb}))`,
      ),
      answer,
      wrong: ops
        .filter((o) => o !== answer)
        .map((fragment) => ({
          fragment,
          rule:
            fragment === "-"
              ? "py.set-difference-one-sided"
              : fragment === "^"
                ? "py.symmetric-difference"
                : "py.set-operators",
        })),
      trap: answer,
      explanation: `The target needs \`x ${answer} y\`: \`&\` keeps items in both sets, \`|\` items in either, \`-\` items only in the left set, and \`^\` items in exactly one of them, so only \`${answer}\` leaves exactly the printed items.`,
    };
  }),

  predict(T, "grouping-with-setdefault", "hard", (rng) => {
    const byLen: Record<number, string[]> = {
      3: ["fig", "yam", "pea", "oat"],
      4: ["kiwi", "plum", "pear", "lime", "date"],
      5: ["apple", "mango", "grape", "lemon", "melon", "peach"],
    };
    let words: string[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      const lens = rng.shuffle([3, 4, 5]);
      words = rng.shuffle([
        ...rng.sample(byLen[lens[0]!]!, 2),
        ...rng.sample(byLen[lens[1]!]!, 2),
        rng.pick(byLen[lens[2]!]!),
      ]);
      if (words[0]!.length !== 3) break;
    }
    const v = rng.pick(["groups", "by_len", "buckets", "index"]);
    const fn = rng.pick(["group_by_length", "bucket_words", "by_size", "index_words"]);
    const prog = flagged((o: { overwrite?: boolean; firstOnly?: boolean; sorted?: boolean }) =>
      py(
        `def ${fn}(words):`,
        `    ${v} = {}`,
        "    for w in words:",
        o.overwrite
          ? `        ${v}[len(w)] = [w]`
          : o.firstOnly
            ? `        ${v}.setdefault(len(w), [w])`
            : `        ${v}.setdefault(len(w), []).append(w)`,
        o.sorted ? `    return dict(sorted(${v}.items()))` : `    return ${v}`,
        "",
        `print(${fn}(${pyList(words)}))`,
      ),
    );
    return {
      title: "Grouping words with setdefault",
      code: prog({}),
      distractors: [
        mut("py.dict-duplicate-key", prog({ overwrite: true })),
        mut("py.setdefault-returns-stored", prog({ firstOnly: true })),
        mut("py.dict-order", prog({ sorted: true })),
        mut("py.dict-order", prog({ overwrite: true, sorted: true })),
      ],
      trap: `${v}.setdefault(len(w), []).append(w)`,
      explanation: `\`${v}.setdefault(len(w), []).append(w)\` is the line to trace: setdefault inserts an empty list only the first time a length is seen and returns the list stored for that key, so \`append\` grows each group; keys keep first-insertion order. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "counting-with-get", "easy", (rng) => {
    const pool = rng.sample(["red", "blue", "teal", "gold", "pink", "gray"], 3);
    let words: string[] = [];
    for (let attempt = 0; attempt < 30; attempt++) {
      words = Array.from({ length: rng.int(5, 7) }, () => rng.pick(pool));
      const uniq = new Set(words);
      const sortedOrder = [...uniq].sort().join();
      const firstOrder = [...uniq].join();
      if (uniq.size === 3 && sortedOrder !== firstOrder) break;
    }
    const missing = rng.pick(["green", "black", "white"]);
    const dflt = rng.int(0, 9);
    const v = rng.pick(["counts", "tally", "freq", "seen"]);
    const prog = flagged((o: { stores?: boolean; overwrite?: boolean; sorted?: boolean }) =>
      py(
        `words = "${words.join(" ")}".split()`,
        `${v} = {}`,
        "for w in words:",
        o.overwrite ? `    ${v}[w] = 1` : `    ${v}[w] = ${v}.get(w, 0) + 1`,
        o.sorted ? `print(dict(sorted(${v}.items())))` : `print(${v})`,
        o.stores
          ? `print(${v}.setdefault("${missing}", ${dflt}), len(${v}))`
          : `print(${v}.get("${missing}", ${dflt}), len(${v}))`,
      ),
    );
    return {
      title: "Counting words with dict.get",
      code: prog({}),
      distractors: [
        mut("py.dict-get-default", prog({ stores: true })),
        mut("py.get-plus-one-counts", prog({ overwrite: true })),
        mut("py.dict-order", prog({ sorted: true })),
        mut("py.dict-get-default", prog({ stores: true, sorted: true })),
      ],
      trap: `${v}.get("${missing}", ${dflt})`,
      explanation: `\`${v}.get("${missing}", ${dflt})\` is the trap: get returns ${dflt} for the missing key WITHOUT adding it, so \`len(${v})\` still counts only the words seen. Before that, \`${v}.get(w, 0)\` supplies 0 for a word not yet counted, and keys appear in first-seen order. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "set-intersection-and-difference", "medium", (rng) => {
    const pool = distinctInts(rng, 8, 1, 40);
    const a = pool.slice(0, 5);
    const dup = rng.pick(pool.slice(2, 4));
    const b = rng.shuffle([pool[2]!, pool[3]!, pool[5]!, pool[6]!, dup]);
    const [an, bn] = rng.pick([
      ["wanted", "have"],
      ["left", "right"],
      ["tags", "used"],
      ["plan", "done"],
    ] as const);
    const prog = flagged((o: { keepsDup?: boolean; reversedDiff?: boolean; union?: boolean }) =>
      py(
        `${an} = {${a.join(", ")}}`,
        `${bn} = ${pyList(b)}`,
        `common = ${an} ${o.union ? "|" : "&"} set(${bn})`,
        `extra = ${o.reversedDiff ? `${an} - set(${bn})` : `set(${bn}) - ${an}`}`,
        `print(sorted(common), len(${bn}), len(${o.keepsDup ? bn : `set(${bn})`}))`,
        "print(sorted(extra))",
      ),
    );
    return {
      title: "Intersection and difference",
      code: prog({}),
      distractors: [
        mut("py.len-list-counts-duplicates", prog({ keepsDup: true })),
        mut("py.set-operators", prog({ reversedDiff: true })),
        mut("py.set-operators", prog({ union: true })),
      ],
      trap: `set(${bn}) - ${an}`,
      explanation: `\`set(${bn}) - ${an}\` is the trap: difference is not symmetric, it keeps only the values of \`${bn}\` missing from \`${an}\`. \`&\` keeps values in both, \`set(${bn}) - ${an}\` keeps values of \`${bn}\` missing from \`${an}\`, and \`set()\` drops the duplicate ${dup}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "fromkeys-shared-list", "hard", (rng) => {
    const keys = rng.sample(["a", "b", "c", "x", "y", "z", "p", "q"], 3);
    const [k1, k2] = [keys[0]!, keys[1]!];
    const [x, y] = distinctInts(rng, 2, 1, 99);
    const v = rng.pick(["slots", "groups", "lists", "bins"]);
    const prog = flagged((o: { fresh?: boolean; plusMutates?: boolean }) =>
      py(
        "def add(table, key, value):",
        "    table[key].append(value)",
        "",
        "def extend(table, key, value):",
        o.plusMutates ? "    table[key] += [value]" : "    table[key] = table[key] + [value]",
        "",
        `keys = ${pyList(keys)}`,
        o.fresh ? `${v} = {k: [] for k in keys}` : `${v} = dict.fromkeys(keys, [])`,
        `add(${v}, "${k1}", ${x})`,
        `extend(${v}, "${k2}", ${y})`,
        `print(${v})`,
      ),
    );
    return {
      title: "dict.fromkeys with a list value",
      code: prog({}),
      distractors: [
        mut("py.shared-inner-list", prog({ fresh: true })),
        mut("py.plus-builds-new-list", prog({ plusMutates: true })),
        val("py.shared-inner-list", `{'${keys[0]}': [${x}], '${keys[1]}': [${y}], '${keys[2]}': [${x}]}`),
      ],
      trap: "dict.fromkeys(keys, [])",
      explanation: `\`dict.fromkeys(keys, [])\` is the trap: it puts ONE list under every key, so \`append\` shows up everywhere; \`${v}["${k2}"] + [${y}]\` builds a new list and stores it only under \`"${k2}"\`. Output: \`{{output}}\`.`,
    };
  }),
  predict(T, "get-versus-square-brackets", "easy", (rng) => {
    const d = rng.pick(["stock", "menu", "prices", "shelf"]);
    const [k1, k2, miss] = rng.sample(WORDS, 3);
    const v1 = rng.int(1, 20);
    const dflt = rng.int(2, 9);
    const prog = flagged((o: { getZero?: boolean; falsyDefault?: boolean; noRaise?: boolean }) =>
      py(
        `${d} = {"${k1}": ${v1}, "${k2}": 0}`,
        `print(${d}.get("${miss}"${o.getZero ? ", 0" : ""}))`,
        o.falsyDefault
          ? `print("${k2}" in ${d}, ${d}.get("${k2}") or ${dflt})`
          : `print("${k2}" in ${d}, ${d}.get("${k2}", ${dflt}))`,
        "try:",
        o.noRaise ? `    print(${d}.get("${miss}"))` : `    print(${d}["${miss}"])`,
        "except KeyError:",
        `    print("no ${miss}")`,
      ),
    );
    return {
      title: "get() and [] on a missing key",
      code: prog({}),
      distractors: [
        mut("py.get-missing-none", prog({ getZero: true })),
        mut("py.dict-get-default", prog({ falsyDefault: true })),
        mut("py.get-missing-none", prog({ noRaise: true })),
        mut("py.get-missing-none", prog({ getZero: true, noRaise: true })),
      ],
      trap: `${d}.get("${miss}")`,
      explanation: `\`${d}.get("${miss}")\` is the trap: with no default, get returns None for a missing key (not 0, and no error). \`${d}.get("${k2}", ${dflt})\` returns the stored 0 because the key exists, and only \`${d}["${miss}"]\` raises KeyError, which the handler catches. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "empty-braces-and-set-literals", "easy", (rng) => {
    const [x, y, z] = distinctInts(rng, 3, 1, 40);
    const [an, bn, cn] = rng.pick([
      ["a", "b", "c"],
      ["empty", "blank", "tags"],
      ["box", "bag", "pool"],
    ] as const);
    const prog = flagged((o: { braceSet?: boolean; listDup?: boolean; dictFromSet?: boolean }) =>
      py(
        o.braceSet ? `${an} = set()` : `${an} = {}`,
        o.dictFromSet ? `${bn} = {}` : `${bn} = set()`,
        o.listDup ? `${cn} = [${x}, ${y}, ${x}, ${z}, ${y}]` : `${cn} = {${x}, ${y}, ${x}, ${z}, ${y}}`,
        `print(type(${an}).__name__, type(${bn}).__name__)`,
        `print(len(${cn}), ${x} in ${cn})`,
      ),
    );
    return {
      title: "What {} creates",
      code: prog({}),
      distractors: [
        mut("py.empty-braces-dict", prog({ braceSet: true })),
        mut("py.set-duplicates", prog({ listDup: true })),
        mut("py.empty-braces-dict", prog({ braceSet: true, dictFromSet: true })),
        mut("py.empty-braces-dict", prog({ braceSet: true, listDup: true })),
      ],
      trap: `${an} = {}`,
      explanation: `\`${an} = {}\` is the trap: empty braces make an empty DICT (a set needs \`set()\`), while braces around values, as in \`${cn}\`, make a set, which keeps each of ${x}, ${y}, ${z} once. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "pop-and-del-on-a-dict", "easy", (rng) => {
    const d = rng.pick(["ages", "scores", "seats", "points"]);
    const [p1, p2, p3, miss] = rng.sample(PEOPLE, 4);
    const [v1, v2, v3] = distinctInts(rng, 3, 10, 99);
    const dflt = -rng.int(1, 9);
    const prog = flagged((o: { returnsKey?: boolean; defaultStores?: boolean; popsLast?: boolean }) =>
      py(
        `${d} = {"${p1}": ${v1}, "${p2}": ${v2}, "${p3}": ${v3}}`,
        o.returnsKey
          ? `gone = "${p2}"; ${d}.pop("${p2}")`
          : o.popsLast
            ? `gone = ${d}.popitem()[1]`
            : `gone = ${d}.pop("${p2}")`,
        o.defaultStores
          ? `other = ${d}.setdefault("${miss}", ${dflt})`
          : `other = ${d}.pop("${miss}", ${dflt})`,
        `del ${d}["${p1}"]`,
        "print(gone, other)",
        `print(${d}, len(${d}))`,
      ),
    );
    return {
      title: "pop and del on a dict",
      code: prog({}),
      distractors: [
        mut("py.dict-pop-returns-value", prog({ returnsKey: true })),
        mut("py.dict-pop-returns-value", prog({ defaultStores: true })),
        mut("py.dict-pop-returns-value", prog({ popsLast: true })),
        mut("py.dict-pop-returns-value", prog({ returnsKey: true, defaultStores: true })),
      ],
      trap: `${d}.pop("${miss}", ${dflt})`,
      explanation: `\`${d}.pop("${miss}", ${dflt})\` is the trap: the key is missing, so pop returns the default ${dflt} instead of raising, and it does NOT store it. \`${d}.pop("${p2}")\` removes that key and returns its value ${v2}, and \`del\` removes "${p1}", leaving one entry. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "live-dict-views", "medium", (rng) => {
    const d = rng.pick(["stock", "scores", "inventory", "votes"]);
    const [k1, k2, k3, k4] = rng.sample(WORDS, 4);
    const [v1, v2, v3, v4] = distinctInts(rng, 4, 1, 50);
    const prog = flagged((o: { keysCopy?: boolean; valuesLive?: boolean; delKeeps?: boolean }) =>
      py(
        `${d} = {"${k1}": ${v1}, "${k2}": ${v2}, "${k3}": ${v3}}`,
        o.keysCopy ? `names = list(${d}.keys())` : `names = ${d}.keys()`,
        o.valuesLive ? `before = ${d}.values()` : `before = list(${d}.values())`,
        `${d}["${k4}"] = ${v4}`,
        o.delKeeps ? `${d}["${k1}"] = None` : `del ${d}["${k1}"]`,
        "print(list(names))",
        "print(list(before), len(names))",
      ),
    );
    return {
      title: "A keys() view after the dict changes",
      code: prog({}),
      distractors: [
        mut("py.dict-views-live", prog({ keysCopy: true })),
        mut("py.dict-views-live", prog({ valuesLive: true })),
        mut("py.dict-views-live", prog({ keysCopy: true, valuesLive: true })),
        mut("py.dict-views-live", prog({ delKeeps: true })),
      ],
      trap: `names = ${d}.keys()`,
      explanation: `\`names = ${d}.keys()\` is the trap: keys() returns a live VIEW of the dict, so after adding "${k4}" and deleting "${k1}" it shows the current keys (and \`len(names)\` is 3), while \`list(${d}.values())\` was copied before the changes. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "dict-from-zip-with-repeats", "medium", (rng) => {
    const [a, b, c] = rng.sample(COLORS, 3);
    const keys = rng.pick([
      [a, b, a, c],
      [a, b, c, a],
      [a, a, b, c],
    ]);
    const vals = distinctInts(rng, 5, 1, 50);
    const v = rng.pick(["lookup", "table", "paint", "codes"]);
    const prog = flagged((o: { firstWins?: boolean; countsPairs?: boolean; longest?: boolean }) =>
      py(
        `keys = ${pyList(keys)}`,
        `vals = ${pyList(vals)}`,
        o.firstWins
          ? `${v} = {}\nfor k, x in zip(keys, vals):\n    ${v}.setdefault(k, x)`
          : o.longest
            ? `${v} = dict(zip(keys + ["extra"], vals))`
            : `${v} = dict(zip(keys, vals))`,
        `print(${v})`,
        o.countsPairs ? `print(len(keys), sum(${v}.values()))` : `print(len(${v}), sum(${v}.values()))`,
      ),
    );
    return {
      title: "Building a dict from zipped lists with a repeated key",
      code: prog({}),
      distractors: [
        mut("py.dict-from-pairs", prog({ firstWins: true })),
        mut("py.dict-from-pairs", prog({ countsPairs: true })),
        mut("py.zip-enumerate", prog({ longest: true })),
        mut("py.dict-from-pairs", prog({ firstWins: true, countsPairs: true })),
      ],
      trap: "dict(zip(keys, vals))",
      explanation: `\`dict(zip(keys, vals))\` is the trap: zip pairs only the first ${keys.length} values (the last value has no key), and the repeated key "${a}" is stored once, at its first position, holding the value of its LAST pair. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "lists-in-a-set", "medium", (rng) => {
    const [x1, y1, x2, y2, p, q] = distinctInts(rng, 6, 1, 20);
    const v = rng.pick(["points", "visited", "cells", "coords"]);
    const prog = flagged((o: { listOk?: boolean; dupCounts?: boolean; wrongType?: boolean }) =>
      py(
        `${v} = {(${x1}, ${y1}), (${x2}, ${y2})}`,
        o.dupCounts ? `${v}.add((${y1}, ${x1}))` : `${v}.add((${x1}, ${y1}))`,
        "try:",
        o.listOk ? `    ${v}.add((${p}, ${q}))` : `    ${v}.add([${p}, ${q}])`,
        o.wrongType
          ? 'except (TypeError, ValueError):\n    print("ValueError")'
          : "except TypeError as e:\n    print(type(e).__name__)",
        `print(len(${v}), (${x2}, ${y2}) in ${v})`,
      ),
    );
    return {
      title: "Adding a list to a set",
      code: prog({}),
      distractors: [
        mut("py.unhashable", prog({ listOk: true })),
        mut("py.set-duplicates", prog({ dupCounts: true })),
        mut("py.unhashable", prog({ wrongType: true })),
        mut("py.unhashable", prog({ listOk: true, dupCounts: true })),
      ],
      trap: `${v}.add([${p}, ${q}])`,
      explanation: `\`${v}.add([${p}, ${q}])\` is the trap: a list is mutable and therefore unhashable, so adding it raises TypeError and the set is unchanged. Adding the tuple \`(${x1}, ${y1})\` again changes nothing either, since it is already a member. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "deleting-while-iterating-a-dict", "hard", (rng) => {
    const d = rng.pick(["stock", "scores", "levels", "budget"]);
    const fn = rng.pick(["prune", "drop_low", "clean", "trim"]);
    const ks = rng.sample(WORDS, 4);
    let vs: number[] = [];
    let limit = 0;
    for (let t = 0; t < 50; t++) {
      vs = distinctInts(rng, 4, 1, 40);
      limit = rng.int(5, 35);
      const small = vs.filter((x) => x < limit).length;
      if (small >= 2 && small <= 3) break;
    }
    const entries = ks.map((k, i) => `"${k}": ${vs[i]}`).join(", ");
    const prog = flagged((o: { safe?: boolean; zeroes?: boolean }) =>
      py(
        `def ${fn}(d, limit):`,
        o.safe ? "    for k in list(d):" : "    for k in d:",
        "        if d[k] < limit:",
        o.zeroes ? "            d[k] = 0" : "            del d[k]",
        "    return d",
        "",
        `${d} = {${entries}}`,
        "try:",
        `    ${fn}(${d}, ${limit})`,
        "except RuntimeError as e:",
        "    print(type(e).__name__)",
        `print(${d})`,
      ),
    );
    const repr = (pairs: [string, number][]) => `{${pairs.map(([k, x]) => `'${k}': ${x}`).join(", ")}}`;
    const all = ks.map((k, i) => [k, vs[i]!] as [string, number]);
    return {
      title: "Deleting keys while looping over a dict",
      code: prog({}),
      distractors: [
        mut("py.dict-size-change", prog({ safe: true })),
        val("py.dict-size-change", `RuntimeError\n${repr(all)}`),
        val("py.dict-size-change", `RuntimeError\n${repr(all.filter(([, x]) => x >= limit))}`),
        mut("py.dict-size-change", prog({ zeroes: true })),
      ],
      trap: "del d[k]",
      explanation: `\`del d[k]\` is the trap: deleting while \`for k in d\` walks the dict itself is allowed to happen once, but the loop's next step notices the size changed and raises RuntimeError. So the FIRST key below ${limit} is already gone, the later ones survive, and the handler prints the error's class. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "defaultdict-reads-insert", "hard", (rng) => {
    const byInitial: Record<string, string[]> = {
      a: ["apple", "apricot"],
      b: ["banana", "berry"],
      c: ["cherry", "cocoa"],
      p: ["plum", "pear"],
      m: ["mango", "melon"],
    };
    const [i1, i2, i3] = rng.sample(Object.keys(byInitial), 3);
    const words = rng.shuffle([...byInitial[i1!]!, byInitial[i2!]![0]!]);
    const probe = rng.pick(["z", "q", "x"]);
    const other = probe === "z" ? "y" : "z";
    const g = rng.pick(["groups", "by_letter", "index", "buckets"]);
    const prog = flagged((o: { readGet?: boolean; getInserts?: boolean; inInserts?: boolean }) =>
      py(
        "from collections import defaultdict",
        `${g} = defaultdict(list)`,
        `for w in ${pyList(words)}:`,
        `    ${g}[w[0]].append(w)`,
        o.readGet ? `if ${g}.get("${probe}"):` : `if ${g}["${probe}"]:`,
        `    print("found ${probe}")`,
        o.getInserts
          ? `print(${g}["${i3}"], "${other}" in ${g})`
          : o.inInserts
            ? `print(${g}.get("${i3}"), bool(${g}["${other}"]) or True)`
            : `print(${g}.get("${i3}"), "${other}" in ${g})`,
        `print(len(${g}), sorted(${g}))`,
      ),
    );
    return {
      title: "Reading a missing key of a defaultdict",
      code: prog({}),
      distractors: [
        mut("py.defaultdict-read-inserts", prog({ readGet: true })),
        mut("py.defaultdict-read-inserts", prog({ getInserts: true })),
        mut("py.defaultdict-read-inserts", prog({ inInserts: true })),
        mut("py.defaultdict-read-inserts", prog({ readGet: true, getInserts: true })),
      ],
      trap: `if ${g}["${probe}"]:`,
      explanation: `\`if ${g}["${probe}"]:\` is the trap: reading a missing key of a defaultdict with square brackets CREATES it with an empty list, so the test is False but "${probe}" is now a key and is counted by \`len(${g})\`. \`${g}.get("${i3}")\` and \`in\` only look, so they add nothing. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "dict-equality-and-order", "hard", (rng) => {
    const ks = rng.sample(CITIES, 3);
    const vs = distinctInts(rng, 3, 1, 50);
    const [an, bn] = rng.pick([
      ["a", "b"],
      ["first", "second"],
      ["mine", "theirs"],
    ] as const);
    const prog = flagged((o: { orderedEq?: boolean; keysSame?: boolean; itemsOrdered?: boolean }) =>
      py(
        `${an} = {${ks.map((k, i) => `"${k}": ${vs[i]}`).join(", ")}}`,
        "def rebuilt(d):",
        "    out = {}",
        "    for k in reversed(list(d)):",
        "        out[k] = d[k]",
        "    return out",
        "",
        `${bn} = rebuilt(${an})`,
        o.orderedEq ? `print(list(${an}.items()) == list(${bn}.items()))` : `print(${an} == ${bn})`,
        o.keysSame
          ? `print(sorted(${an}) == sorted(${bn}), list(${bn})[0])`
          : `print(list(${an}) == list(${bn}), list(${bn})[0])`,
        o.itemsOrdered
          ? `print(list(${an}.items()) == list(${bn}.items()), set(${an}) ^ set(${bn}))`
          : `print(${an}.items() == ${bn}.items(), set(${an}) ^ set(${bn}))`,
      ),
    );
    return {
      title: "Comparing dicts built in different orders",
      code: prog({}),
      distractors: [
        mut("py.dict-eq-unordered", prog({ orderedEq: true })),
        mut("py.dict-eq-unordered", prog({ keysSame: true })),
        mut("py.dict-eq-unordered", prog({ itemsOrdered: true })),
        mut("py.dict-eq-unordered", prog({ orderedEq: true, itemsOrdered: true })),
      ],
      trap: `${an} == ${bn}`,
      explanation: `\`${an} == ${bn}\` is the trap: \`${bn}\` was filled in reverse order, but dicts compare by their key-value pairs only, so they are equal (and so are their items views). Their key LISTS still differ in order, and the symmetric difference of the key sets is empty, printed as \`set()\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
