import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
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
        mut("py.dict-order", prog({ sorted: true })),
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
      wrong: ops.filter((o) => o !== answer).map((fragment) => ({ fragment, rule: "py.set-operators" })),
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
        mut("py.dict-duplicate-key", prog({ firstOnly: true })),
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
        mut("py.dict-duplicate-key", prog({ overwrite: true })),
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
        mut("py.set-duplicates", prog({ keepsDup: true })),
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
];
