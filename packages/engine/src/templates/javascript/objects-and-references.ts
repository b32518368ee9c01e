import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  COLLECTIONS,
  checksProgram,
  FRUITS,
  OBJECT_NAMES,
  PEOPLE,
  WORDS,
  fill,
  lines,
  mut,
  predict,
  swap,
  val,
} from "./helpers";

const T = "objects-and-references";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const objectsAndReferencesRules: MisconceptionRule[] = [
  {
    id: "js.undefined-keeps-key",
    feedback: "Assigning `undefined` keeps the property (with that value); only `delete` removes the key.",
    requires: { all: ["undefined", "delete"] },
  },
  {
    id: "js.assign-mutates-target",
    feedback:
      "`Object.assign` copies into its FIRST argument and returns that same object; it does not make a new one.",
    requires: { all: ["Object.assign"] },
  },
  {
    id: "js.assign-later-wins",
    feedback:
      "`Object.assign` copies the sources left to right, so a later source overwrites the same key from an earlier one.",
    requires: { all: ["Object.assign"] },
  },
  {
    id: "js.map-callback-mutates",
    feedback:
      "`map` builds a new array, but a callback that changes its argument changes the original objects too.",
    requires: { all: [".map", "+="] },
  },
  {
    id: "js.map-new-array",
    feedback: "`map` always returns a NEW array, even when the callback hands back the very same objects.",
    requires: { all: [".map"] },
  },
  {
    id: "js.param-is-reference",
    feedback:
      "An object argument is the caller's own object, not a copy, so changing its properties inside the function changes the caller's object.",
    requires: { all: ["function", "."] },
  },
  {
    id: "js.json-drops-values",
    feedback:
      "`JSON.stringify` leaves out undefined and function properties, writes undefined inside arrays as null, and turns NaN into null.",
    requires: { all: ["JSON.stringify"] },
  },
  {
    id: "js.spread-runs-getters",
    feedback:
      "Spread reads each property once, running its getter, and stores the VALUE: the copy gets a plain data property, not the getter.",
    requires: { all: ["get", "..."] },
  },
  {
    id: "js.getter-runs-each-read",
    feedback: "A getter runs again on every read of its property, so each read can give a new value.",
    requires: { all: ["get"] },
  },
  {
    id: "js.includes-identity",
    feedback:
      "`includes` and `indexOf` look for the SAME object (by identity), so a new object with equal contents is not found.",
    requires: { all: [".includes", ".indexOf"] },
  },
  {
    id: "js.freeze-shallow",
    feedback:
      "`Object.freeze` freezes only the object itself; an array or object stored in one of its properties can still change.",
    requires: { all: ["Object.freeze"] },
  },
  {
    id: "js.freeze-in-place",
    feedback: "`Object.freeze` freezes the object in place and returns that very object, not a frozen copy.",
    requires: { all: ["Object.freeze"] },
  },
  {
    id: "js.cycle-reference",
    feedback:
      "After the two objects point at each other, following the link twice leads back to the SAME object, and `JSON.stringify` cannot serialise the cycle.",
    requires: { all: ["JSON.stringify"] },
  },
  {
    id: "js.second-name-shares",
    feedback:
      "Assigning an array to a second name shares it: a change through either name shows in both, and the two names compare `===`.",
    requires: { all: ["==="] },
  },
  {
    id: "js.equal-contents-not-same",
    feedback:
      "Two object literals with the same contents are still two different objects, so `===` between them is false.",
    requires: { all: ["==="] },
  },
];

export const objectsAndReferencesTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "array-alias", (rng) => {
    const [a] = rng.pick(COLLECTIONS);
    const b = rng.pick(["copy", "backup", "saved", "other", "alias", "second"]);
    const nums = Array.from({ length: rng.int(2, 4) }, () => rng.int(1, 50));
    const op = rng.pick(["push", "unshift", "pop", "shift", "set"]);
    const x = rng.int(51, 99);
    const stmt =
      op === "push" || op === "unshift"
        ? `${b}.${op}(${x});`
        : op === "set"
          ? `${b}[${nums.length}] = ${x};`
          : `${b}.${op}();`;
    const code = lines(
      `const ${a} = [${nums.join(", ")}];`,
      `const ${b} = ${a};`,
      stmt,
      `console.log(${a}.length);`,
      `console.log(${a} === ${b});`,
    );
    const n = nums.length;
    return {
      title: "Two names, one array",
      code,
      distractors: [
        mut("js.second-name-shares", swap(code, `const ${b} = ${a};`, `const ${b} = [...${a}];`)),
        mut(
          "js.alias-as-copy",
          swap(
            code,
            stmt,
            stmt.startsWith(`${b}[`)
              ? `[...${b}][${nums.length}] = ${x};`
              : `[...${b}].${op}(${op === "push" || op === "unshift" ? x : ""});`,
          ),
        ),
        mut("js.second-name-shares", swap(code, `${a} === ${b}`, `${a} === [...${b}]`)),
        val("js.const-immutable", `${n}\nfalse`),
      ],
      explanation: `\`const ${b} = ${a};\` copies the reference, not the array: both names point at the same array, so the change made through \`${b}\` is visible through \`${a}\` and \`${a} === ${b}\` is true.`,
      trap: `const ${b} = ${a};`,
    };
  }),

  predict(T, "medium", "spread-is-shallow", (rng) => {
    const o = rng.pick(["original", "profile", "user", "account", "player", "member"]);
    const c = rng.pick(["clone", "copy", "draft", "edited", "updated"]);
    const [name, newName] = rng.sample(PEOPLE, 2);
    const list = rng.pick(["tags", "roles", "badges", "groups", "skills"]);
    const items = rng.sample(
      ["admin", "editor", "guest", "owner", "viewer", "tester", "author"],
      rng.int(1, 3),
    );
    const added = rng.pick(["ops", "beta", "staff", "vip", "mod"]);
    const rename = rng.bool();
    const code = lines(
      `const ${o} = { name: "${name}", ${list}: [${items.map((s) => `"${s}"`).join(", ")}] };`,
      `const ${c} = { ...${o} };`,
      rename ? `${c}.name = "${newName}";` : `${c}.${list}.push("${added}");`,
      rename ? `${c}.${list}.push("${added}");` : `${c}.name = "${newName}";`,
      `console.log(${o}.name);`,
      `console.log(${o}.${list}.length);`,
    );
    return {
      title: "What spread copies",
      code,
      distractors: [
        mut("js.shallow-copy", swap(code, `{ ...${o} }`, `{ ...${o}, ${list}: [...${o}.${list}] }`)),
        mut("js.spread-copies-top-level", swap(code, `{ ...${o} }`, `${o}`)),
        val("js.spread-copies-top-level", `${newName}\n${items.length}`),
        val("js.shallow-copy", `${name}\n${items.length + 2}`),
      ],
      explanation: `\`const ${c} = { ...${o} };\` makes a new object whose properties are copied one level deep: reassigning \`${c}.name\` doesn't touch \`${o}\`, but \`${c}.${list}\` is the very same array as \`${o}.${list}\`, so the push shows through both.`,
      trap: `const ${c} = { ...${o} };`,
    };
  }),

  predict(T, "hard", "fill-shared-rows", (rng) => {
    const g = rng.pick(["grid", "rows", "buckets", "slots", "shelves", "lanes"]);
    const c = rng.pick(["copy", "view", "snapshot", "next", "clone"]);
    const n = rng.int(3, 4);
    const [p, q, r] = [rng.int(1, 9), rng.int(10, 49), rng.int(50, 99)];
    const i = rng.int(0, n - 1);
    const j = rng.pick([...Array(n).keys()].filter((k) => k !== i));
    const k = rng.pick([...Array(n).keys()].filter((x) => x !== j));
    const code = lines(
      `const ${g} = new Array(${n}).fill([]);`,
      `${g}[${i}].push(${p});`,
      `const ${c} = [...${g}];`,
      `${c}[${j}] = [${q}];`,
      `${c}[${k}].push(${r});`,
      `console.log(JSON.stringify(${g}));`,
      `console.log(JSON.stringify(${c}));`,
    );
    return {
      title: "fill() with an array, then spread",
      code,
      distractors: [
        mut(
          "js.fill-shared-reference",
          swap(code, `new Array(${n}).fill([])`, `Array.from({ length: ${n} }, () => [])`),
        ),
        mut("js.shallow-copy", swap(code, `[...${g}]`, `${g}.map((row) => [...row])`)),
        mut("js.spread-copies-top-level", swap(code, `[...${g}]`, `${g}`)),
        mut(
          "js.fill-shared-reference",
          swap(
            swap(code, `new Array(${n}).fill([])`, `Array.from({ length: ${n} }, () => [])`),
            `[...${g}]`,
            `${g}.map((row) => [...row])`,
          ),
        ),
      ],
      explanation: `\`new Array(${n}).fill([])\` evaluates \`[]\` once and stores that same array in every slot. The spread copies only the outer array, so \`${c}[${j}] = [${q}]\` replaces one slot of the copy, while pushing through any other slot mutates the one shared inner array, in both \`${g}\` and \`${c}\`.`,
      trap: `new Array(${n}).fill([])`,
    };
  }),

  predict(T, "easy", "const-object-mutation", (rng) => {
    const o = rng.pick(OBJECT_NAMES);
    const [k1, k2] = rng.pick([
      ["theme", "size"],
      ["mode", "level"],
      ["color", "width"],
      ["lang", "limit"],
      ["status", "count"],
    ]);
    const v1 = rng.pick(["dark", "light", "blue", "fast", "auto", "en"]);
    const v2 = rng.int(1, 30);
    const v3 = v2 + rng.int(1, 20);
    const other = rng.pick(["reset", "none", "basic", "plain"]);
    const code = lines(
      `const ${o} = { ${k1}: "${v1}", ${k2}: ${v2} };`,
      `${o}.${k2} = ${v3};`,
      `try {`,
      `  ${o} = { ${k1}: "${other}" };`,
      `} catch (e) {`,
      `  console.log(e.name);`,
      `}`,
      `console.log(${o}.${k1}, ${o}.${k2});`,
    );
    return {
      title: "Changing a const object",
      code,
      distractors: [
        val("js.const-immutable", `TypeError\n${v1} ${v2}`),
        mut("js.const-immutable", swap(code, `const ${o} =`, `let ${o} =`)),
        val("js.const-immutable", `TypeError\n${other} ${v3}`),
        val("js.error-type", `ReferenceError\n${v1} ${v3}`),
      ],
      explanation: `\`const\` only forbids reassigning the name: \`${o}.${k2} = ${v3};\` changes a property of the object and is fine, but \`${o} = { ${k1}: "${other}" };\` throws a TypeError, so the object keeps its (updated) properties.`,
      trap: `${o}.${k2} = ${v3};`,
    };
  }),

  fill(T, "medium", "deep-copy-needed", (rng) => {
    const o = rng.pick(["original", "base", "template", "defaults", "source"]);
    const c = rng.pick(["copy", "draft", "edited", "clone"]);
    const [outer, inner] = rng.pick([
      ["address", "city"],
      ["owner", "name"],
      ["size", "width"],
      ["meta", "author"],
      ["limits", "max"],
    ]);
    const [a, b] = rng.sample([...WORDS, ...PEOPLE.map((p) => p.toLowerCase())], 2);
    const id = rng.int(1, 999);
    return {
      title: "Copying a nested object",
      prompt: "Which expression makes this program print `{{target}}`?",
      code: lines(
        `const ${o} = { id: ${id}, ${outer}: { ${inner}: "${a}" } };`,
        `const ${c} = ${BLANK};`,
        `${c}.${outer}.${inner} = "${b}";`,
        `console.log(${o}.${outer}.${inner});`,
        `console.log(${c}.${outer}.${inner});`,
      ),
      answer: `JSON.parse(JSON.stringify(${o}))`,
      wrong: [
        { fragment: `Object.assign({}, ${o})`, rule: "js.shallow-copy" },
        { fragment: `Object.fromEntries(Object.entries(${o}))`, rule: "js.shallow-copy" },
        { fragment: `Object.create(${o})`, rule: "js.object-create-delegation" },
        { fragment: `[${o}].map((x) => x)[0]`, rule: "js.alias-as-copy" },
      ],
      explanation: `\`JSON.parse(JSON.stringify(${o}))\` serialises the object and parses it back, which builds completely new nested objects (fine for plain data like this). The other copies only copy the top level, so \`${c}.${outer}\` would still be the same object as \`${o}.${outer}\` and the change would show in both.`,
      trap: `JSON.parse(JSON.stringify(${o}))`,
    };
  }),

  predict(T, "hard", "object-keys-become-strings", (rng) => {
    const m = rng.pick(["counts", "cache", "seen", "lookup", "index"]);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["alice", "bob"],
      ["left", "right"],
      ["x", "y"],
      ["first", "second"],
    ]);
    const [i1, i2] = [rng.int(1, 9), rng.int(10, 99)];
    const [n1, n2] = [rng.int(1, 5), rng.int(6, 20)];
    const k = rng.int(1, 9);
    const [s1, s2] = rng.sample(["x", "y", "z", "w", "q"], 2);
    const objSetup = (key: (o: string) => string, last: string) => [
      `const ${m} = {};`,
      `const ${a} = { id: ${i1} };`,
      `const ${b} = { id: ${i2} };`,
      `${m}[${key(a)}] = ${n1};`,
      `${m}[${key(b)}] = ${n2};`,
      `${m}[${k}] = "${s1}";`,
      last,
    ];
    const exprs = [`Object.keys(${m}).length`, `${m}[${a}]`, `${m}[${k}]`, `Object.keys(${m}).join(" | ")`];
    const code = checksProgram(
      exprs,
      objSetup((o) => o, `${m}["${k}"] += "${s2}";`),
    );
    const mapSetup = [
      `const ${m} = new Map();`,
      `const ${a} = { id: ${i1} };`,
      `const ${b} = { id: ${i2} };`,
      `${m}.set(${a}, ${n1});`,
      `${m}.set(${b}, ${n2});`,
      `${m}.set(${k}, "${s1}");`,
      `${m}.set("${k}", ${m}.get("${k}") + "${s2}");`,
    ];
    return {
      title: "Objects and numbers as object keys",
      code,
      distractors: [
        mut(
          "js.object-keys-are-strings",
          checksProgram(
            [`${m}.size`, `${m}.get(${a})`, `${m}.get(${k})`, `[...${m}.keys()].map(String).join(" | ")`],
            mapSetup,
          ),
        ),
        mut(
          "js.object-keys-are-strings",
          checksProgram(
            exprs.map((e) => e.replace(`${m}[${a}]`, `${m}[${a}.id]`)),
            objSetup((o) => `${o}.id`, `${m}["${k}"] += "${s2}";`),
          ),
        ),
        mut(
          "js.object-keys-are-strings",
          checksProgram(
            exprs,
            objSetup((o) => o, `${m}["${k}"] = "${s2}";`),
          ),
        ),
        mut(
          "js.object-key-order",
          checksProgram(
            exprs.map((e) =>
              e.replace(`Object.keys(${m}).join(" | ")`, `Object.keys(${m}).reverse().join(" | ")`),
            ),
            objSetup((o) => o, `${m}["${k}"] += "${s2}";`),
          ),
        ),
      ],
      explanation: `Plain-object keys are strings: \`${m}[${b}] = ${n2};\` turns \`${b}\` into the key "[object Object]", the same key \`${a}\` became, so it overwrites the first value. Likewise \`${k}\` and "${k}" are the same key, listed first because integer-like keys come before other keys.`,
      trap: `${m}[${b}] = ${n2};`,
    };
  }),

  predict(T, "easy", "compare-objects", (rng) => {
    const [a, b, c] = rng.pick([
      ["a", "b", "c"],
      ["mine", "yours", "ours"],
      ["left", "right", "same"],
      ["p1", "p2", "p3"],
    ]);
    const k = rng.pick(["n", "id", "qty", "size", "x"]);
    const v = rng.int(1, 50);
    const w = v + rng.int(1, 20);
    const code = lines(
      `const ${a} = { ${k}: ${v} };`,
      `const ${b} = { ${k}: ${v} };`,
      `const ${c} = ${a};`,
      `${c}.${k} = ${w};`,
      `console.log(${a} === ${b}, ${a} === ${c});`,
      `console.log(JSON.stringify(${a}) === JSON.stringify(${b}));`,
    );
    return {
      title: "When are two objects equal?",
      code,
      distractors: [
        mut("js.reference-equality", swap(code, `const ${b} = { ${k}: ${v} };`, `const ${b} = ${a};`)),
        mut("js.alias-as-copy", swap(code, `const ${c} = ${a};`, `const ${c} = { ...${a} };`)),
        val("js.alias-as-copy", `false true\ntrue`),
        val("js.equal-contents-not-same", `true true\nfalse`),
      ],
      explanation: `\`===\` on objects compares identity: \`${a}\` and \`${b}\` are different objects even with equal contents, while \`const ${c} = ${a};\` makes \`${c}\` the same object as \`${a}\`, so setting \`${c}.${k}\` changes \`${a}\` too and its JSON no longer matches \`${b}\`'s.`,
      trap: `const ${c} = ${a};`,
    };
  }),

  predict(T, "medium", "spread-merge-order", (rng) => {
    const [d, u, m] = rng.pick([
      ["defaults", "user", "merged"],
      ["base", "overrides", "config"],
      ["fallback", "input", "options"],
      ["preset", "custom", "final"],
    ]);
    const [k1, k2, k3] = rng.pick([
      ["theme", "size", "debug"],
      ["mode", "limit", "verbose"],
      ["color", "width", "strict"],
      ["lang", "pageSize", "cache"],
    ]);
    const s1 = rng.pick(["light", "dark", "auto", "blue", "en", "fr", "fast"]);
    const n1 = rng.int(5, 20);
    const n2 = n1 + rng.int(1, 20);
    const bool = rng.pick(["true", "false"]);
    const code = lines(
      `const ${d} = { ${k1}: "${s1}", ${k2}: ${n1}, ${k3}: ${bool} };`,
      `const ${u} = { ${k2}: ${n2}, ${k3}: undefined };`,
      `const ${m} = { ...${d}, ...${u} };`,
      `console.log(${m}.${k1}, ${m}.${k2}, ${m}.${k3});`,
      `console.log(Object.keys(${m}).length);`,
    );
    return {
      title: "Merging objects with spread",
      code,
      distractors: [
        mut("js.spread-merge-order", swap(code, `{ ...${d}, ...${u} }`, `{ ...${u}, ...${d} }`)),
        mut("js.spread-merge-order", swap(code, `{ ${k2}: ${n2}, ${k3}: undefined }`, `{ ${k2}: ${n2} }`)),
        mut("js.spread-merge-order", swap(code, `{ ...${d}, ...${u} }`, `{ ...${u} }`)),
        mut(
          "js.spread-merge-order",
          swap(code, `Object.keys(${m}).length`, `Object.keys(${d}).length + Object.keys(${u}).length`),
        ),
      ],
      explanation: `\`{ ...${d}, ...${u} }\` copies properties left to right, so for a key present in both objects the later one (\`${u}\`) wins, even when its value is \`undefined\`. Keys only in \`${d}\` are kept, and each key appears once.`,
      trap: `{ ...${d}, ...${u} }`,
    };
  }),

  predict(T, "hard", "mutation-through-helper", (rng) => {
    const f = rng.pick(["addItem", "withItem", "append", "addToCart"]);
    const base = rng.pick(["base", "empty", "start", "cart0"]);
    const [x, y] = rng.sample(FRUITS, 2);
    const [c1, c2] = rng.pick([
      ["c1", "c2"],
      ["first", "second"],
      ["next", "last"],
      ["a", "b"],
    ]);
    const code = lines(
      `function ${f}(cart, item) {`,
      `  cart.items.push(item);`,
      `  cart = { ...cart, count: cart.items.length };`,
      `  return cart;`,
      `}`,
      `const ${base} = { items: [], count: 0 };`,
      `const ${c1} = ${f}(${base}, "${x}");`,
      `const ${c2} = ${f}(${c1}, "${y}");`,
      `console.log(${base}.items.length, ${base}.count, ${c1}.count, ${c2}.count);`,
      `console.log(${c1}.items === ${c2}.items);`,
    );
    return {
      title: "Copy-on-return that still shares",
      code,
      distractors: [
        mut(
          "js.shallow-copy",
          swap(
            code,
            `  cart = { ...cart, count: cart.items.length };`,
            `  cart = { ...cart, items: [...cart.items], count: cart.items.length };`,
          ),
        ),
        mut(
          "js.argument-reassign",
          swap(
            code,
            `  cart = { ...cart, count: cart.items.length };`,
            `  Object.assign(cart, { count: cart.items.length });`,
          ),
        ),
        val("js.alias-as-copy", `1 0 1 2\ntrue`),
        val("js.shallow-copy", `0 0 1 2\nfalse`),
      ],
      explanation: `\`cart.items.push(item);\` runs on the object passed in, before any copy is made, and the spread that follows creates a new outer object whose \`items\` is the SAME array. So every cart, \`${base}\` included, shares one array of 2 items, while the \`count\` values were snapshots taken at the time.`,
      trap: "cart.items.push(item);",
    };
  }),

  predict(T, "easy", "undefined-versus-delete", (rng) => {
    const o = rng.pick(OBJECT_NAMES);
    const [k1, k2, k3] = rng.sample(["name", "size", "color", "owner", "price", "mode", "note"], 3);
    const [v1, v2, v3] = [rng.int(1, 9), rng.int(10, 49), rng.int(50, 99)];
    const code = lines(
      `const ${o} = { ${k1}: ${v1}, ${k2}: ${v2}, ${k3}: ${v3} };`,
      `${o}.${k2} = undefined;`,
      `delete ${o}.${k3};`,
      `console.log(Object.keys(${o}).length, "${k2}" in ${o}, "${k3}" in ${o});`,
    );
    return {
      title: "Setting a property to undefined or deleting it",
      code,
      distractors: [
        mut("js.undefined-keeps-key", swap(code, `${o}.${k2} = undefined;`, `delete ${o}.${k2};`)),
        mut("js.in-vs-undefined", swap(code, `"${k2}" in ${o}`, `${o}.${k2} !== undefined`)),
        mut("js.undefined-keeps-key", swap(code, `delete ${o}.${k3};`, `${o}.${k3} = undefined;`)),
        val("js.undefined-keeps-key", `1 false false`),
      ],
      explanation: `\`${o}.${k2} = undefined;\` changes the value but keeps the key, so \`Object.keys\` still counts it and \`"${k2}" in ${o}\` is true. Only \`delete ${o}.${k3};\` removes a key, leaving 2 of the 3.`,
      trap: `${o}.${k2} = undefined;`,
    };
  }),

  predict(T, "medium", "object-assign-target", (rng) => {
    const [d, r] = rng.pick([
      ["defaults", "opts"],
      ["base", "merged"],
      ["settings", "result"],
      ["config", "final"],
    ]);
    const [k1, k2] = rng.pick([
      ["color", "size"],
      ["theme", "limit"],
      ["lang", "pageSize"],
      ["mode", "depth"],
    ]);
    const [s1, s2] = rng.sample(["red", "blue", "dark", "light", "en", "fr", "fast", "slow"], 2);
    const n1 = rng.int(1, 9);
    const n2 = rng.int(10, 99);
    const code = lines(
      `const ${d} = { ${k1}: "${s1}", ${k2}: ${n1} };`,
      `const ${r} = Object.assign(${d}, { ${k2}: ${n2} });`,
      `${r}.${k1} = "${s2}";`,
      `console.log(${d}.${k2}, ${r}.${k2}, ${d}.${k1});`,
      `console.log(${r} === ${d});`,
    );
    return {
      title: "What Object.assign returns",
      code,
      distractors: [
        mut(
          "js.assign-mutates-target",
          swap(code, `Object.assign(${d}, { ${k2}: ${n2} })`, `Object.assign({}, ${d}, { ${k2}: ${n2} })`),
        ),
        mut(
          "js.assign-later-wins",
          swap(code, `Object.assign(${d}, { ${k2}: ${n2} })`, `Object.assign({ ${k2}: ${n2} }, ${d})`),
        ),
        val("js.assign-mutates-target", `${n2} ${n2} ${s1}\nfalse`),
        val("js.assign-mutates-target", `${n1} ${n2} ${s1}\ntrue`),
      ],
      explanation: `\`Object.assign(${d}, { ${k2}: ${n2} })\` copies the new ${k2} INTO \`${d}\` and returns \`${d}\` itself, so \`${r}\` is just another name for the same object: the later change to \`${r}.${k1}\` shows through \`${d}\` as well. To get a new object, pass \`{}\` as the first argument.`,
      trap: `Object.assign(${d}, { ${k2}: ${n2} })`,
    };
  }),

  predict(T, "hard", "map-that-mutates-its-items", (rng) => {
    const names = rng.sample(PEOPLE, 3);
    const ages = rng.shuffle([rng.int(20, 29), rng.int(30, 39), rng.int(40, 49)]);
    const bump = rng.int(1, 5);
    const [arr, out] = rng.pick([
      ["people", "older"],
      ["team", "aged"],
      ["staff", "next"],
      ["members", "updated"],
    ]);
    const code = lines(
      `const ${arr} = [${names.map((n, i) => `{ name: "${n}", age: ${ages[i]} }`).join(", ")}];`,
      `const ${out} = ${arr}.map((p) => {`,
      `  p.age += ${bump};`,
      `  return p;`,
      `});`,
      `const youngest = [...${out}].sort((a, b) => a.age - b.age)[0];`,
      `console.log(${arr}.map((p) => p.age).join(" "));`,
      `console.log(${out} === ${arr}, ${out}[0] === ${arr}[0], youngest === ${arr}[${ages.indexOf(Math.min(...ages))}]);`,
    );
    return {
      title: "A map callback that changes its items",
      code,
      distractors: [
        mut(
          "js.map-callback-mutates",
          swap(code, `  p.age += ${bump};\n  return p;`, `  return { ...p, age: p.age + ${bump} };`),
        ),
        mut(
          "js.map-new-array",
          swap(code, `const ${out} = ${arr}.map((p) => {`, `const ${out} = ${arr}; ${arr}.forEach((p) => {`),
        ),
        mut(
          "js.mutating-method",
          swap(
            code,
            `[...${out}].sort((a, b) => a.age - b.age)[0]`,
            `[...${out}].sort((a, b) => b.age - a.age)[0]`,
          ),
        ),
        val("js.shallow-copy", `${ages.map((a) => a + bump).join(" ")}\nfalse true false`),
      ],
      explanation: `\`p.age += ${bump};\` changes the object the callback was given, which is the original element of \`${arr}\`, not a copy. \`map\` does build a new array (\`${out} === ${arr}\` is false), but it holds the SAME objects, so every age in \`${arr}\` went up by ${bump} and the sorted copy's first item is still one of the originals.`,
      trap: `p.age += ${bump};`,
    };
  }),

  predict(T, "easy", "reassigning-a-parameter-object", (rng) => {
    const f = rng.pick(["rename", "relabel", "update", "retitle"]);
    const o = rng.pick(["user", "player", "member", "author"]);
    const [n0, n1, n2] = rng.sample(PEOPLE, 3);
    const code = lines(
      `function ${f}(u) {`,
      `  u.name = "${n1}";`,
      `  u = { name: "${n2}" };`,
      `  return u;`,
      `}`,
      `const ${o} = { name: "${n0}" };`,
      `const result = ${f}(${o});`,
      `console.log(${o}.name, result.name, result === ${o});`,
    );
    return {
      title: "Changing, then replacing, an object parameter",
      code,
      distractors: [
        mut("js.argument-reassign", swap(code, `  u = { name: "${n2}" };`, `  u.name = "${n2}";`)),
        mut("js.param-is-reference", swap(code, `  u.name = "${n1}";`, `  u = { ...u, name: "${n1}" };`)),
        val("js.argument-reassign", `${n2} ${n2} false`),
        val("js.param-is-reference", `${n0} ${n2} false`),
      ],
      explanation: `\`u\` starts as a second reference to \`${o}\`'s object, so \`u.name = "${n1}";\` changes the caller's object. Then \`u = { name: "${n2}" };\` only points the local parameter at a NEW object, which the function returns; the caller's \`${o}\` still refers to the original, which now says "${n1}".`,
      trap: `u = { name: "${n2}" };`,
    };
  }),

  predict(T, "medium", "json-round-trip-loses-values", (rng) => {
    const o = rng.pick(["record", "item", "state", "payload"]);
    const c = rng.pick(["copy", "clone", "saved", "restored"]);
    const [k1, k2, k3, k4, k5] = rng.pick([
      ["id", "note", "list", "score", "run"],
      ["n", "extra", "parts", "ratio", "go"],
      ["count", "hint", "slots", "avg", "fn"],
    ]);
    const v = rng.int(1, 99);
    const w = rng.int(1, 99);
    const code = lines(
      `const ${o} = { ${k1}: ${v}, ${k2}: undefined, ${k3}: [undefined, ${w}], ${k4}: NaN, ${k5}() {} };`,
      `const ${c} = JSON.parse(JSON.stringify(${o}));`,
      `console.log(Object.keys(${c}).join(","));`,
      `console.log(JSON.stringify(${c}.${k3}), ${c}.${k4});`,
    );
    return {
      title: "A JSON round trip of undefined, NaN and a method",
      code,
      distractors: [
        mut("js.json-drops-values", swap(code, `JSON.parse(JSON.stringify(${o}))`, `{ ...${o} }`)),
        mut(
          "js.json-drops-values",
          swap(
            code,
            `JSON.parse(JSON.stringify(${o}))`,
            `Object.fromEntries(Object.entries(${o}).filter(([, x]) => typeof x !== "function"))`,
          ),
        ),
        val("js.json-drops-values", `${k1},${k3},${k4}\n[${w}] NaN`),
        val("js.json-drops-values", `${k1},${k3},${k4}\n[null,${w}] NaN`),
      ],
      explanation: `\`JSON.parse(JSON.stringify(${o}))\` keeps only what JSON can express: the undefined property \`${k2}\` and the method \`${k5}\` are left out entirely, undefined inside the array becomes null (an array can't have a gap), and NaN, which JSON lacks, is written as null.`,
      trap: `JSON.parse(JSON.stringify(${o}))`,
    };
  }),

  predict(T, "hard", "spread-copies-getter-values", (rng) => {
    const [src, copy] = rng.pick([
      ["src", "copy"],
      ["live", "snapshot"],
      ["clock", "frozen"],
      ["sensor", "reading"],
    ]);
    const p = rng.pick(["now", "value", "tick", "current"]);
    const c = rng.pick(["reads", "calls", "hits", "count"]);
    const step = rng.int(1, 9);
    const code = lines(
      `let ${c} = 0;`,
      `const ${src} = {`,
      `  get ${p}() {`,
      `    ${c} += ${step};`,
      `    return ${c};`,
      `  },`,
      `};`,
      `const ${copy} = { ...${src} };`,
      `console.log(${copy}.${p}, ${copy}.${p}, ${src}.${p}, ${c});`,
    );
    const s = step;
    return {
      title: "Spreading an object with a getter",
      code,
      distractors: [
        mut(
          "js.spread-runs-getters",
          swap(code, `const ${copy} = { ...${src} };`, `const ${copy} = Object.create(${src});`),
        ),
        val("js.spread-runs-getters", `undefined undefined ${s} ${s}`),
        val("js.getter-runs-each-read", `${s} ${s} ${s} ${s}`),
        val("js.spread-runs-getters", `${s} ${s} ${2 * s} ${s}`),
      ],
      explanation: `\`{ ...${src} }\` reads \`${src}.${p}\` once while copying, which runs the getter (${c} becomes ${s}), and stores that VALUE as a plain property of \`${copy}\`. Reading \`${copy}.${p}\` again just returns ${s}; only \`${src}.${p}\` still has the getter, so it runs once more and ${c} ends at ${2 * s}.`,
      trap: `{ ...${src} }`,
    };
  }),

  predict(T, "easy", "includes-with-an-object", (rng) => {
    const n = rng.int(1, 50);
    const m = n + rng.int(1, 40);
    const list = rng.pick(["list", "items", "orders", "rows"]);
    const a = rng.pick(["first", "mine", "saved", "kept"]);
    const code = lines(
      `const ${a} = { id: ${n} };`,
      `const ${list} = [${a}, { id: ${m} }];`,
      `console.log(${list}.includes({ id: ${n} }), ${list}.includes(${a}));`,
      `console.log(${list}.indexOf({ id: ${m} }), ${list}.findIndex((x) => x.id === ${m}));`,
    );
    return {
      title: "Looking for an object with includes",
      code,
      distractors: [
        mut(
          "js.includes-identity",
          swap(code, `${list}.includes({ id: ${n} })`, `${list}.some((x) => x.id === ${n})`),
        ),
        mut(
          "js.includes-identity",
          swap(code, `${list}.indexOf({ id: ${m} })`, `${list}.findIndex((x) => x.id === ${m})`),
        ),
        val("js.includes-identity", `true true\n1 1`),
        val("js.alias-as-copy", `false false\n-1 1`),
      ],
      explanation: `\`${list}.includes({ id: ${n} })\` builds a NEW object and searches by identity, so it is not found even though \`${a}\` looks the same; \`${list}.includes(${a})\` finds the very object stored. \`indexOf\` works the same way (-1), while \`findIndex\` compares by the condition you give it.`,
      trap: `${list}.includes({ id: ${n} })`,
    };
  }),

  predict(T, "medium", "freeze-is-shallow", (rng) => {
    const o = rng.pick(["config", "settings", "options", "rules"]);
    const list = rng.pick(["tags", "hosts", "roles", "steps"]);
    const [x, y] = rng.sample(FRUITS, 2);
    const lvl = rng.int(1, 9);
    const code = lines(
      `const ${o} = Object.freeze({ level: ${lvl}, ${list}: ["${x}"] });`,
      `${o}.${list}.push("${y}");`,
      `console.log(Object.isFrozen(${o}), Object.isFrozen(${o}.${list}));`,
      `console.log(${o}.${list}.length, ${o}.level);`,
    );
    return {
      title: "What Object.freeze freezes",
      code,
      distractors: [
        mut("js.freeze-shallow", swap(code, `${list}: ["${x}"]`, `${list}: Object.freeze(["${x}"])`)),
        val("js.freeze-shallow", `true true\n1 ${lvl}`),
        val("js.freeze-in-place", `false false\n2 ${lvl}`),
        val("js.freeze-shallow", `true true\n2 ${lvl}`),
      ],
      explanation: `\`Object.freeze\` stops changes to \`${o}\`'s own properties only; the array stored in \`${o}.${list}\` is a separate object that is not frozen. So \`${o}.${list}.push("${y}");\` works (the frozen object still points at the same, now longer, array).`,
      trap: `${o}.${list}.push("${y}");`,
    };
  }),

  predict(T, "hard", "objects-that-point-at-each-other", (rng) => {
    const [a, b] = rng.pick([
      ["a", "b"],
      ["left", "right"],
      ["alice", "bob"],
      ["ping", "pong"],
    ]);
    const link = rng.pick(["peer", "partner", "next", "friend"]);
    const code = lines(
      `const ${a} = { name: "${a}" };`,
      `const ${b} = { name: "${b}", ${link}: ${a} };`,
      `${a}.${link} = ${b};`,
      `console.log(${a}.${link}.${link} === ${a}, ${a}.${link}.${link}.${link}.name);`,
      `try {`,
      `  console.log(JSON.stringify(${a}).length);`,
      `} catch (e) {`,
      `  console.log(e.name);`,
      `}`,
      `const copy = { ...${a} };`,
      `console.log(copy.${link}.${link} === ${a}, copy.${link}.${link} === copy);`,
    );
    return {
      title: "Two objects that point at each other",
      code,
      distractors: [
        val("js.shallow-copy", `true ${b}\nTypeError\nfalse true`),
        val("js.cycle-reference", `true ${a}\nTypeError\ntrue false`),
        val("js.cycle-reference", `false ${b}\nTypeError\ntrue false`),
        val("js.cycle-reference", `true ${b}\nundefined\ntrue false`),
      ],
      explanation: `\`${a}.${link} = ${b};\` closes a cycle: \`${b}\` already points at \`${a}\`, so \`${a}.${link}.${link}\` is \`${a}\` itself and three steps land on \`${b}\`. \`JSON.stringify\` would recurse forever, so it throws a TypeError. The spread copies only the top level: \`copy.${link}\` is the original \`${b}\`, whose link leads back to the original \`${a}\`, not to the copy.`,
      trap: `${a}.${link} = ${b};`,
    };
  }),
];
