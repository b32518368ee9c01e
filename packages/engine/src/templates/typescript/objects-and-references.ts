import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, COLORS, FRUITS, PEOPLE, PREDICT, distinctInts, fillPrompt, lines, q, swap } from "./helpers";

const base = { language: "typescript", topic: "objects-and-references" } as const;

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const objectsAndReferencesRules: MisconceptionRule[] = [
  {
    id: "ts.alias-same-object",
    feedback:
      "Assigning an object to a second variable makes no copy: both names are one object, so they compare `===` and see every change made through either.",
    requires: { all: ["==="] },
  },
  {
    id: "ts.spread-runs-getter",
    feedback:
      "Spread reads each property once, running its getter there and then, and stores the value: the copy gets a plain data property that later reads do not recompute.",
    requires: { all: ["...", "get"] },
  },
  {
    id: "ts.assign-writes-target",
    feedback:
      "`Object.assign` copies into its first argument and returns that same object, so passing the original as the target changes it; only an empty object as the target gives a new one.",
    requires: { all: ["Object.assign"] },
  },
  {
    id: "ts.mutation-before-rebind",
    feedback:
      "`score += bonus` runs before the parameter is rebound, so it writes to the caller's object: mutating a parameter changes what the caller passed.",
    requires: { all: ["score += bonus"] },
  },
  {
    id: "ts.fill-shares-object",
    feedback:
      "`fill` puts the very same object into every slot; it copies nothing, so a change through one index shows at every index that still holds it.",
    requires: { any: [".fill({", ".fill(["] },
  },
  {
    id: "ts.slot-assign-replaces",
    feedback:
      "Assigning a new object to one index replaces what that slot holds; the shared object the other slots point to is left as it was.",
    requires: { all: [".fill({", "] = {"] },
  },
  {
    id: "ts.compound-assign-in-place",
    feedback:
      "`+=` on a property writes into the object the slot already holds, the shared one; it does not give that slot an object of its own.",
    requires: { all: ["+=", ".fill({"] },
  },
  {
    id: "ts.freeze-one-level",
    feedback:
      "`Object.freeze` freezes one level: the object's own properties cannot change, but an array it holds is a separate object and stays mutable.",
    requires: { all: ["Object.freeze", "Object.isFrozen"] },
  },
  {
    id: "ts.destructured-name-is-copy",
    feedback:
      "Destructuring copies each value into a new variable: reassigning `name` afterwards changes only the variable, not the object's property.",
    requires: { all: ["let { name }", "name ="] },
  },
  {
    id: "ts.destructure-shares-objects",
    feedback:
      "Destructuring an array property copies the reference, not the array: the variable and the object's property are one array, so a push through either shows in both.",
    requires: { all: ["const {", ".push("] },
  },
  {
    id: "ts.map-key-identity",
    feedback:
      "A Map compares object keys by identity: two objects written with the same contents are two different keys, and a freshly written one finds nothing.",
    requires: { all: ["new Map", ".get("] },
  },
  {
    id: "ts.key-mutation-kept",
    feedback:
      "Changing a property of an object used as a Map key does not lose its entry: the Map holds the object itself, so `get` with that same object still finds it.",
    requires: { all: ["new Map", ".get(", ".id ="] },
  },
  {
    id: "ts.copied-array-shares-items",
    feedback:
      "`[...players]` copies the array, not the objects in it: the sorted copy holds the same player objects, so a change made through it shows in the original.",
    requires: { all: ["[...players]"] },
  },
  {
    id: "ts.method-returns-internal",
    feedback:
      "The method hands out its private array itself, not a copy: `readonly` in the return type only hides `push` from the checker, so a caller's push changes the object's own list.",
    requires: { all: ["readonly", "return this.items;", "push"] },
  },
  {
    id: "ts.cache-returns-shared",
    feedback:
      "Every call for the same key returns the one object stored in `cache`, so what one caller changes on it, the next caller and the cache itself see.",
    requires: { all: ["cache.set", "return hit;"] },
  },
  {
    id: "ts.default-same-object",
    feedback:
      "A default parameter is evaluated on each call that leaves it out, but an expression naming an existing object gives that same object every time, so each such call changes it.",
    requires: { all: ["opts: Options ="] },
  },
  {
    id: "ts.object-key-string",
    feedback:
      'A property key is always a string: a template string turns every plain object into "[object Object]", so all the teams share one key; only the Map keeps the objects apart.',
    requires: { all: ["Record<string", "new Map", "${m.team}"] },
  },
];

export const objectsAndReferencesTemplates: ChallengeTemplate[] = [
  {
    ...base,
    id: "typescript/objects-and-references/alias-not-copy",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const iface = rng.pick(["Profile", "Player", "Member", "Account"]);
      const field = rng.pick(["level", "score", "credits", "rank"]);
      const [from, to] = [rng.int(1, 20), rng.int(21, 60)];
      const name = rng.pick(PEOPLE);
      const [orig, other] = rng.pick([
        ["original", "copy"],
        ["current", "backup"],
        ["saved", "edited"],
        ["first", "second"],
      ] as const);
      const assign = `const ${other}: ${iface} = ${orig};`;
      const code = lines(
        `interface ${iface} {`,
        `  name: string;`,
        `  ${field}: number;`,
        `}`,
        `const ${orig}: ${iface} = { name: ${q(name)}, ${field}: ${from} };`,
        assign,
        `${other}.${field} = ${to};`,
        `console.log(${orig}.${field}, ${other}.${field});`,
        `console.log(${orig} === ${other});`,
      );
      return {
        kind: "predict-output",
        title: "Two names, one object",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.alias-is-copy",
            code: swap(code, assign, `const ${other}: ${iface} = { ...${orig} };`),
          },
          {
            rule: "ts.const-is-immutable",
            code: swap(code, `${other}.${field} = ${to};`, `${other}.${field} = ${other}.${field};`),
          },
          { rule: "ts.alias-same-object", code: swap(code, `${orig} === ${other}`, `${orig} !== ${other}`) },
          {
            rule: "ts.alias-is-copy",
            code: swap(
              swap(code, assign, `const ${other}: ${iface} = { ...${orig} };`),
              `${orig} === ${other}`,
              `${orig}.name === ${other}.name`,
            ),
          },
        ],
        explanation: `\`${assign}\` is the trap: it copies the reference, not the object, so both names point at one object. The write through \`${other}\` is visible through \`${orig}\`, and \`===\` is true because it is the same object.`,
        trap: assign,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/shallow-spread-nested",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [t1, t2] = rng.sample(COLORS, 2);
      const group = rng.pick(["limits", "quota", "retry", "window"]);
      const key = rng.pick(["daily", "max", "count", "size"]);
      const [v1, v2] = [rng.int(2, 9), rng.int(10, 40)];
      const [baseName, customName] = rng.pick([
        ["defaults", "custom"],
        ["base", "mine"],
        ["shared", "local"],
      ] as const);
      const spread = `const ${customName}: Settings = { ...${baseName}, theme: ${q(t2)} };`;
      const code = lines(
        `interface Settings {`,
        `  theme: string;`,
        `  ${group}: { ${key}: number };`,
        `}`,
        `const ${baseName}: Settings = { theme: ${q(t1)}, ${group}: { ${key}: ${v1} } };`,
        spread,
        `${customName}.${group}.${key} = ${v2};`,
        `console.log(${baseName}.theme, ${baseName}.${group}.${key});`,
        `console.log(${customName}.theme, ${customName}.${group}.${key});`,
      );
      return {
        kind: "predict-output",
        title: "Spread copies one level",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.spread-is-deep",
            code: swap(
              code,
              spread,
              `const ${customName}: Settings = { ...(JSON.parse(JSON.stringify(${baseName})) as Settings), theme: ${q(t2)} };`,
            ),
          },
          {
            rule: "ts.alias-is-copy",
            code: swap(
              code,
              spread,
              `const ${customName}: Settings = ${baseName};\n${customName}.theme = ${q(t2)};`,
            ),
          },
          {
            rule: "ts.spread-order",
            code: swap(code, spread, `const ${customName}: Settings = { theme: ${q(t2)}, ...${baseName} };`),
          },
          {
            rule: "ts.spread-is-deep",
            code: swap(
              code,
              `${customName}.${group}.${key} = ${v2};`,
              `${customName}.${group} = { ${key}: ${v2} };`,
            ),
          },
        ],
        explanation: `\`${customName}.${group}.${key} = ${v2};\` is the trap: spread copied only the top-level properties, so \`theme\` is separate but \`${group}\` is the same nested object in both, and this write changes \`${baseName}.${group}.${key}\` too.`,
        trap: `${customName}.${group}.${key} = ${v2};`,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/mutate-then-rebind-param",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(PEOPLE);
      const start = rng.int(2, 20);
      const bonus = rng.int(2, 9);
      const factor = rng.int(2, 3);
      const fn = rng.pick(["applyBonus", "levelUp", "reward", "boost"]);
      const p = rng.pick(["p", "player", "target"]);
      const rebind = `  ${p} = { ...${p}, score: ${p}.score * ${factor} };`;
      const code = lines(
        `interface Player {`,
        `  name: string;`,
        `  score: number;`,
        `}`,
        `function ${fn}(${p}: Player, bonus: number): Player {`,
        `  ${p}.score += bonus;`,
        rebind,
        `  ${p}.score += 1;`,
        `  return ${p};`,
        `}`,
        `const hero: Player = { name: ${q(name)}, score: ${start} };`,
        `const result = ${fn}(hero, ${bonus});`,
        `console.log(hero.score, result.score);`,
      );
      return {
        kind: "predict-output",
        title: "Mutating a parameter, then rebinding it",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.param-rebind-visible",
            code: swap(code, rebind, `  ${p}.score = ${p}.score * ${factor};`),
          },
          {
            rule: "ts.mutation-before-rebind",
            code: swap(code, `  ${p}.score += bonus;`, `  ${p} = { ...${p} };\n  ${p}.score += bonus;`),
          },
          {
            rule: "ts.spread-mutates",
            code: swap(
              code,
              rebind,
              `  Object.assign(${p}, { score: ${p}.score * ${factor} });\n  ${p} = { ...${p} };`,
            ),
          },
          {
            rule: "ts.param-rebind-visible",
            code: swap(
              code,
              `console.log(hero.score, result.score);`,
              `console.log(result.score, result.score);`,
            ),
          },
        ],
        explanation: `\`${rebind.trim()}\` is the trap: the \`+= bonus\` before it already mutated the caller's object through the parameter, but rebinding \`${p}\` to a spread copy only changes the local variable. So the multiplied score and the later \`+= 1\` land on the new object that is returned, not on \`hero\`.`,
        trap: rebind.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/readonly-through-mutable-alias",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const iface = rng.pick(["Point", "Vector", "Position", "Offset"]);
      const [x0, y0] = [rng.int(1, 30), rng.int(1, 30)];
      const dx = rng.int(2, 20);
      const [ro, rw] = rng.pick([
        ["origin", "moved"],
        ["start", "cursor"],
        ["home", "current"],
        ["anchor", "handle"],
      ] as const);
      const axis = rng.pick(["x", "y"] as const);
      const assign = `const ${rw}: { x: number; y: number } = ${ro};`;
      const write = `${rw}.${axis} += ${dx};`;
      const code = lines(
        `interface ${iface} {`,
        `  readonly x: number;`,
        `  readonly y: number;`,
        `}`,
        `const ${ro}: ${iface} = { x: ${x0}, y: ${y0} };`,
        assign,
        write,
        `console.log(${ro}.${axis}, ${rw}.${axis}, ${ro} === ${rw});`,
      );
      return {
        kind: "predict-output",
        title: "readonly through a mutable alias",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.alias-is-copy",
            code: swap(code, assign, `const ${rw}: { x: number; y: number } = { ...${ro} };`),
          },
          { rule: "ts.readonly-at-runtime", code: swap(code, write, `${rw}.${axis} += 0;`) },
          { rule: "ts.alias-is-copy", code: swap(code, `${ro} === ${rw})`, `${ro} !== ${rw})`) },
        ],
        explanation: `\`${write}\` is the trap: \`readonly\` is checked only when you write through a \`${iface}\`, TypeScript lets you assign the object to a mutable type, and at runtime there is no protection at all. Both names refer to one object, so the change shows through \`${ro}\` too.`,
        trap: write,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/record-key-order",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [f1, f2, f3] = rng.sample(FRUITS, 3) as [string, string, string];
      const [n1, n2] = [String(rng.int(2, 9)), String(rng.int(10, 40))];
      const [v1, v2, v3, v4, v5, v6] = Array.from({ length: 6 }, () => rng.int(1, 9));
      const name = rng.pick(["stock", "counts", "bins", "shelf"]);
      const code = lines(
        `const ${name}: Record<string, number> = { ${f1}: ${v1}, "${n2}": ${v2}, ${f2}: ${v3}, "${n1}": ${v4} };`,
        `${name}.${f3} = ${v5};`,
        `delete ${name}.${f1};`,
        `${name}.${f1} = ${v6};`,
        `console.log(Object.keys(${name}).join(","));`,
      );
      const asMap = lines(
        `const ${name} = new Map<string, number>([["${f1}", ${v1}], ["${n2}", ${v2}], ["${f2}", ${v3}], ["${n1}", ${v4}]]);`,
        `${name}.set("${f3}", ${v5});`,
        `${name}.delete("${f1}");`,
        `${name}.set("${f1}", ${v6});`,
        `console.log([...${name}.keys()].join(","));`,
      );
      return {
        kind: "predict-output",
        title: "Key order of a Record",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.entries-order", code: asMap },
          { rule: "ts.entries-order", code: swap(code, `delete ${name}.${f1};\n`, "") },
          { rule: "ts.string-compare", value: [n2, n1, f2, f3, f1].join(",") },
          { rule: "ts.entries-order", code: swap(asMap, `${name}.delete("${f1}");\n`, "") },
        ],
        explanation: `\`delete ${name}.${f1};\` is the trap: deleting \`${f1}\` and adding it again moves it to the end of the insertion order. Keys that look like array indexes ("${n1}", "${n2}") always come first, in ascending numeric order; the other keys follow in insertion order.`,
        trap: `delete ${name}.${f1};`,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/narrow-type-keeps-fields",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(PEOPLE);
      const other = rng.pick(PEOPLE.filter((p) => p !== name));
      const secret = rng.pick(["password", "token", "apiKey", "ssn", "pin", "salt"]);
      const domain = rng.pick(["example.com", "mail.test", "corp.test", "home.test"]);
      const secretValue = `${rng.pick(["x", "k", "z", "q"])}${rng.int(10, 999)}`;
      const fn = rng.pick(["toPublic", "sanitize", "publicView", "present"]);
      const ret = `  return { ...user };`;
      const code = lines(
        `interface PublicUser {`,
        `  name: string;`,
        `  email: string;`,
        `}`,
        `function ${fn}(user: PublicUser): PublicUser {`,
        ret,
        `}`,
        `const account = { name: ${q(name)}, email: ${q(`${name.toLowerCase()}@${domain}`)}, ${secret}: ${q(secretValue)} };`,
        `const shown = ${fn}(account);`,
        `shown.name = ${q(other)};`,
        `console.log(Object.keys(shown).join(","));`,
        `console.log(account.name);`,
      );
      return {
        kind: "predict-output",
        title: "A narrower return type does not remove fields",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.structural-strips-fields",
            code: swap(code, ret, `  return { name: user.name, email: user.email };`),
          },
          { rule: "ts.spread-mutates", code: swap(code, ret, `  return user;`) },
          {
            rule: "ts.structural-strips-fields",
            code: swap(
              code,
              ret,
              `  const { name, email } = user;\n  return Object.assign(user, { name, email });`,
            ).replace(`Object.keys(shown).join(",")`, `["name", "email"].join(",")`),
          },
        ],
        explanation: `\`return { ...user };\` is the trap: the type \`PublicUser\` only limits what the compiler lets you access, but spreading the argument copies every own property, including \`${secret}\`. The copy is a new object, so renaming it leaves \`account\` unchanged.`,
        trap: "return { ...user };",
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/fill-safe-copy",
    difficulty: "easy",
    kind: "fill-in-blank",
    build(rng) {
      const [n1, n2] = rng.sample(PEOPLE, 2) as [string, string];
      const [t1, t2] = rng.sample(COLORS, 2) as [string, string];
      const [orig, copy] = rng.pick([
        ["original", "draft"],
        ["saved", "edited"],
        ["base", "variant"],
      ] as const);
      const list = rng.pick(["tags", "labels", "roles"]);
      const code = lines(
        `interface Card {`,
        `  owner: string;`,
        `  ${list}: string[];`,
        `}`,
        `const ${orig}: Card = { owner: ${q(n1)}, ${list}: [${q(t1)}] };`,
        `const ${copy}: Card = ${BLANK};`,
        `${copy}.owner = ${q(n2)};`,
        `${copy}.${list}.push(${q(t2)});`,
        `console.log(${orig}.owner, ${orig}.${list}.length);`,
      );
      return {
        kind: "fill-in-blank",
        title: "Copying an object with a nested array",
        prompt: fillPrompt("the original object stays unchanged and the program prints"),
        code,
        answer: `{ ...${orig}, ${list}: [...${orig}.${list}] }`,
        wrong: [
          { fragment: `{ ...${orig}, ${list}: ${orig}.${list} }`, rule: "ts.spread-is-deep" },
          {
            fragment: `Object.assign(${orig}, { ${list}: [...${orig}.${list}] })`,
            rule: "ts.assign-writes-target",
          },
          { fragment: `{ ${list}: [...${orig}.${list}], ...${orig} }`, rule: "ts.spread-order" },
        ],
        explanation: `\`[...${orig}.${list}]\` is the trap: a spread copies one level, so the nested \`${list}\` array must be copied too or the push reaches the original. \`Object.assign\` onto the original changes it directly, and spreading \`${orig}\` last puts the shared array back.`,
        trap: `[...${orig}.${list}]`,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/identity-not-contents",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const id = rng.int(1, 99);
      const [x, y] = distinctInts(rng, 2, 1, 9);
      const set = rng.pick(["seen", "visited", "unique"]);
      const [a, b] = rng.pick([
        ["a", "b"],
        ["left", "right"],
        ["mine", "yours"],
      ] as const);
      const addTwice = `${set}.add({ id: ${id} });\n${set}.add({ id: ${id} });`;
      const bDecl = `const ${b}: number[] = [${x}, ${y}];`;
      const code = lines(
        `const ${set} = new Set<{ id: number }>();`,
        addTwice,
        `const ${a}: number[] = [${x}, ${y}];`,
        bDecl,
        `console.log(${set}.size, ${a} === ${b}, [${a}].includes(${b}));`,
        `console.log(JSON.stringify(${a}) === JSON.stringify(${b}));`,
      );
      return {
        kind: "predict-output",
        title: "Equality of objects with the same contents",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.equality-by-value",
            code: swap(
              swap(code, `new Set<{ id: number }>()`, `new Set<number>()`),
              addTwice,
              `${set}.add(${id});\n${set}.add(${id});`,
            ),
          },
          { rule: "ts.alias-is-copy", code: swap(code, bDecl, `const ${b}: number[] = ${a};`) },
          {
            rule: "ts.includes-by-value",
            code: swap(
              code,
              `[${a}].includes(${b})`,
              `[${a}].some((v) => JSON.stringify(v) === JSON.stringify(${b}))`,
            ),
          },
        ],
        explanation: `\`${a} === ${b}\` is the trap: objects and arrays compare by identity, and two literals with the same contents are different objects. So it is false, the Set keeps both \`{ id: ${id} }\` objects and \`includes\` does not find the copy. Only comparing serialised text treats them as equal.`,
        trap: `${a} === ${b}`,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/spread-runs-getter",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const obj = rng.pick(["counter", "ticker", "seq", "clock"]);
      const field = rng.pick(["count", "n", "ticks"]);
      const getter = rng.pick(["next", "bump", "tick"]);
      const start = rng.int(0, 250);
      const snap = rng.pick(["snap", "copy", "clone"]);
      const decl = `const ${snap} = { ...${obj} };`;
      const code = lines(
        `const ${obj} = {`,
        `  ${field}: ${start},`,
        `  get ${getter}(): number {`,
        `    return ++this.${field};`,
        `  },`,
        `};`,
        decl,
        `console.log(${obj}.${field}, ${snap}.${getter}, ${snap}.${getter}, ${obj}.${getter});`,
      );
      return {
        kind: "predict-output",
        title: "Spreading an object with a getter",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.alias-is-copy", code: swap(code, decl, `const ${snap} = ${obj};`) },
          {
            rule: "ts.spread-runs-getter",
            code: swap(
              code,
              decl,
              `const ${snap} = Object.defineProperties({}, Object.getOwnPropertyDescriptors(${obj})) as typeof ${obj};`,
            ),
          },
          { rule: "ts.getter-cached", value: [start + 1, start + 1, start + 1, start + 1].join(" ") },
          {
            rule: "ts.spread-runs-getter",
            code: swap(
              code,
              decl,
              `const ${snap} = { ${getter}: ${obj}.${field} + 1 };\n${obj}.${field} = ${start};`,
            ).replace(`console.log(${obj}.${field},`, `console.log(${obj}.${field} + 0,`),
          },
        ],
        explanation: `\`${decl}\` is the trap: spread reads each property once, so it runs the getter (bumping \`${obj}.${field}\` to ${start + 1}) and stores the result as a plain value on the copy. The copy's \`${getter}\` is just that number; only the original still has a getter that increments again.`,
        trap: decl,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/fill-with-one-object",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const n = rng.int(4, 5);
      const [i, j] = rng.sample([0, 1, 2, 3], 2) as [number, number];
      const k = rng.int(1, 9);
      const v = rng.int(10, 99);
      const name = rng.pick(["rows", "cells", "slots", "seats"]);
      const field = rng.pick(["hits", "count", "votes", "load"]);
      const t = rng.pick(["Row", "Cell", "Slot"]);
      const fill = `new Array<${t}>(${n}).fill({ ${field}: 0 })`;
      const bump = `${name}[${i}].${field} += ${k};`;
      const replace = `${name}[${j}] = { ${field}: ${v} };`;
      const code = lines(
        `type ${t} = { ${field}: number };`,
        `const ${name}: ${t}[] = ${fill};`,
        bump,
        replace,
        `console.log(${name}.map((r) => r.${field}).join(","), new Set(${name}).size);`,
      );
      return {
        kind: "predict-output",
        title: "Array fill with one object",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.fill-shares-object",
            code: swap(code, fill, `Array.from({ length: ${n} }, (): ${t} => ({ ${field}: 0 }))`),
          },
          { rule: "ts.slot-assign-replaces", code: swap(code, replace, `${name}[${j}].${field} = ${v};`) },
          {
            rule: "ts.compound-assign-in-place",
            code: swap(code, bump, `${name}[${i}] = { ${field}: ${name}[${i}].${field} + ${k} };`),
          },
        ],
        explanation: `\`${fill}\` is the trap: \`fill\` stores one and the same object in all ${n} slots, so \`+= ${k}\` through index ${i} shows at every index. Index ${j} then gets a new object of its own, which leaves two distinct objects in the array. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: fill,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/freeze-is-shallow",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const obj = rng.pick(["config", "settings", "profile", "options"]);
      const list = rng.pick(["tags", "roles", "flags", "labels"]);
      const [t1, t2] = rng.sample(COLORS, 2) as [string, string];
      const nm = rng.pick(PEOPLE);
      const inner = `[${q(t1)}]`;
      const push = `  ${obj}.${list}.push(${q(t2)});`;
      const last = `Object.isFrozen(${obj}.${list}));`;
      const code = lines(
        `const ${obj} = Object.freeze({ name: ${q(nm)}, ${list}: ${inner} });`,
        `try {`,
        push,
        `  console.log("pushed");`,
        `} catch (e) {`,
        `  console.log((e as Error).name);`,
        `}`,
        `console.log(${obj}.${list}.join(","), Object.isFrozen(${obj}), ${last}`,
      );
      return {
        kind: "predict-output",
        title: "Object.freeze and a nested array",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.freeze-one-level", code: swap(code, inner, `Object.freeze(${inner})`) },
          { rule: "ts.freeze-one-level", code: swap(code, last, `Object.isFrozen(${obj}));`) },
          {
            rule: "ts.const-is-immutable",
            code: swap(code, push, `  ${obj}.${list}.slice().push(${q(t2)});`),
          },
        ],
        explanation: `\`${push.trim()}\` is the trap: \`Object.freeze\` froze only \`${obj}\` itself. Its \`${list}\` array is a separate object that nobody froze, so the push works, no error is thrown, and \`Object.isFrozen\` is true for the outer object only. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: push.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/destructured-copies",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [who, other] = rng.sample(PEOPLE, 2) as [string, string];
      const list = rng.pick(["tags", "pets", "roles", "notes"]);
      const [t1, t2] = rng.sample(FRUITS, 2) as [string, string];
      const obj = rng.pick(["user", "member", "owner", "guest"]);
      const take = `const { ${list} } = ${obj};`;
      const rename = `name = ${q(other)};`;
      const code = lines(
        `const ${obj} = { name: ${q(who)}, ${list}: [${q(t1)}] };`,
        take,
        `let { name } = ${obj};`,
        rename,
        `${list}.push(${q(t2)});`,
        `console.log(${obj}.name, ${obj}.${list}.join(","), name);`,
      );
      const copied = `const ${list} = [...${obj}.${list}];`;
      return {
        kind: "predict-output",
        title: "What destructuring copies",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.destructured-name-is-copy",
            code: swap(code, rename, `${obj}.name = ${q(other)};\n${rename}`),
          },
          { rule: "ts.destructure-shares-objects", code: swap(code, take, copied) },
          {
            rule: "ts.alias-is-copy",
            code: swap(swap(code, take, copied), rename, `${obj}.name = ${q(other)};\n${rename}`),
          },
        ],
        explanation: `\`${take}\` is the trap: destructuring copies values into new variables. For \`name\` that is a string, so reassigning the variable leaves \`${obj}.name\` alone; for \`${list}\` the value is a reference to the array, so the push goes into the array \`${obj}\` holds. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: take,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/map-object-keys",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const m = rng.pick(["cache", "labels", "names", "index"]);
      const k = rng.pick(["key", "ref", "token"]);
      const [n, n2] = rng.sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 2) as [number, number];
      const [v1, v2] = rng.sample(FRUITS, 2) as [string, string];
      const second = `${m}.set({ id: ${n} }, ${q(v2)});`;
      const getK = `${m}.get(${k})`;
      const code = lines(
        `const ${m} = new Map<{ id: number }, string>();`,
        `const ${k} = { id: ${n} };`,
        `${m}.set(${k}, ${q(v1)});`,
        second,
        `${k}.id = ${n2};`,
        `console.log(${m}.size, ${getK}, ${m}.get({ id: ${n} }));`,
      );
      const byContent = lines(
        `const ${m} = new Map<string, string>();`,
        `const ${k} = { id: ${n} };`,
        `${m}.set(JSON.stringify(${k}), ${q(v1)});`,
        `${m}.set(JSON.stringify({ id: ${n} }), ${q(v2)});`,
        `${k}.id = ${n2};`,
        `console.log(${m}.size, ${m}.get(JSON.stringify(${k})), ${m}.get(JSON.stringify({ id: ${n} })));`,
      );
      return {
        kind: "predict-output",
        title: "Objects as Map keys",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.map-key-identity", code: byContent },
          { rule: "ts.key-mutation-kept", code: swap(code, getK, `${m}.get({ id: ${n2} })`) },
          { rule: "ts.map-key-once", code: swap(code, second, `${m}.set(${k}, ${q(v2)});`) },
        ],
        explanation: `\`${second}\` is the trap: the literal \`{ id: ${n} }\` builds a second object, and a Map compares object keys by identity, so it adds a second entry instead of replacing the first. For the same reason \`${getK}\` still finds "${v1}" after its \`id\` changed, while a fresh \`{ id: ${n} }\` finds nothing. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: second,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/sorted-copy-shares-items",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const names = rng.sample(PEOPLE, 4);
      const scores = rng.sample([12, 18, 23, 27, 31, 36, 44, 48, 52, 57, 63, 69, 75, 81, 86, 94], 4);
      // The first player is neither the best nor the worst, so every misreading changes the output.
      const sorted = [...scores].sort((x, y) => x - y);
      const mid = scores.filter((s) => s !== sorted[0] && s !== sorted[3]);
      const first = rng.pick(mid);
      const ordered = [first, ...rng.shuffle(scores.filter((s) => s !== first))];
      const k = rng.int(1, 9);
      const iface = rng.pick(["Player", "Runner", "Entrant"]);
      const players = names.map((nm, i) => `{ name: ${q(nm)}, score: ${ordered[i]} }`).join(", ");
      const bump = `ranked[0].score += ${k};`;
      const desc = "(a, b) => b.score - a.score";
      const code = lines(
        `interface ${iface} {`,
        `  name: string;`,
        `  score: number;`,
        `}`,
        `const players: ${iface}[] = [${players}];`,
        `const ranked = [...players].sort(${desc});`,
        bump,
        `console.log(players.map((p) => p.score).join(","));`,
        `console.log(ranked[0].name, players[0] === ranked[0]);`,
      );
      return {
        kind: "predict-output",
        title: "A sorted copy holds the same objects",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.copied-array-shares-items",
            code: swap(code, "[...players]", "players.map((p) => ({ ...p }))"),
          },
          { rule: "ts.sort-returns-copy", code: swap(code, "[...players].sort", "players.sort") },
          { rule: "ts.comparator-sign", code: swap(code, desc, "(a, b) => a.score - b.score") },
        ],
        explanation: `\`${bump}\` is the trap: \`[...players]\` made a new array, so sorting it leaves \`players\` in its order, but both arrays hold the same objects. The top scorer's object gets the bonus, and \`players\` shows it at that player's original position. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: bump,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/readonly-view-of-private-array",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const c = rng.pick(["Inventory", "Basket", "Playlist", "Shelf"]);
      const [a, b, d] = rng.sample(FRUITS, 3) as [string, string, string];
      const v = rng.pick(["view", "shown", "items"]);
      const o = rng.pick(["inv", "store", "box"]);
      const push = `${v}.push(${q(b)});`;
      const same = `${v} === ${o}.list()`;
      const code = lines(
        `class ${c} {`,
        `  private items: string[] = [];`,
        `  add(x: string): void {`,
        `    this.items.push(x);`,
        `  }`,
        `  list(): readonly string[] {`,
        `    return this.items;`,
        `  }`,
        `}`,
        `const ${o} = new ${c}();`,
        `${o}.add(${q(a)});`,
        `const ${v} = ${o}.list() as string[];`,
        push,
        `${o}.add(${q(d)});`,
        `console.log(${o}.list().join(","), ${v}.length, ${same});`,
      );
      return {
        kind: "predict-output",
        title: "A readonly view of a private array",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.method-returns-internal",
            code: swap(code, "    return this.items;", "    return [...this.items];"),
          },
          { rule: "ts.readonly-at-runtime", code: swap(code, `${push}\n`, "") },
          { rule: "ts.equality-by-value", code: swap(code, same, `${v} === [...${o}.list()]`) },
        ],
        explanation: `\`return this.items;\` is the trap: \`list()\` hands out the private array itself. Its \`readonly\` return type and the \`private\` field exist only for the checker, and the \`as string[]\` cast removes even that, so \`${push}\` lands in the ${c}'s own array, and \`${v}\` keeps seeing later additions because it is the same array. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: "return this.items;",
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/cache-hands-out-shared-entry",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["load", "lookup", "getOrCreate", "entryFor"]);
      const w = rng.pick(FRUITS);
      const [t1, t2] = rng.sample(COLORS, 2) as [string, string];
      const k = rng.int(1, 9);
      const spread = `{ ...${fn}(${q(w)}) }`;
      const code = lines(
        `type Entry = { n: number; tags: string[] };`,
        `const cache = new Map<string, Entry>();`,
        `function ${fn}(key: string): Entry {`,
        `  let hit = cache.get(key);`,
        `  if (!hit) {`,
        `    hit = { n: key.length, tags: [] };`,
        `    cache.set(key, hit);`,
        `  }`,
        `  return hit;`,
        `}`,
        `const a = ${fn}(${q(w)});`,
        `a.tags.push(${q(t1)});`,
        `const b = ${fn}(${q(w)});`,
        `b.n += ${k};`,
        `const c = ${spread};`,
        `c.n = 0;`,
        `c.tags.push(${q(t2)});`,
        `console.log(${fn}(${q(w)}).n, ${fn}(${q(w)}).tags.length, a === b);`,
      );
      return {
        kind: "predict-output",
        title: "A cache that hands out its own entry",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.cache-returns-shared",
            code: swap(code, "  return hit;", "  return { ...hit, tags: [...hit.tags] };"),
          },
          {
            rule: "ts.spread-is-deep",
            code: swap(code, spread, `JSON.parse(JSON.stringify(${fn}(${q(w)}))) as Entry`),
          },
          { rule: "ts.spread-mutates", code: swap(code, spread, `${fn}(${q(w)})`) },
        ],
        explanation: `\`return hit;\` is the trap: every call for "${w}" returns the one object kept in \`cache\`, so \`a\` and \`b\` are that object and their changes stick (${w.length} + ${k}). \`${spread}\` copies only the top level: \`c.n = 0\` changes the copy, but \`c.tags\` is still the cached array, so "${t2}" joins "${t1}" there and the cached entry ends with two tags. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: "return hit;",
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/default-parameter-shared-object",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const d = rng.pick(["DEFAULTS", "BASE", "FALLBACK"]);
      const fn = rng.pick(["send", "post", "enqueue", "notify"]);
      const r = rng.int(3, 9);
      const [m1, m2, m3] = rng.sample(["a", "b", "c", "x", "y", "z", "hi", "ok", "go"], 3) as [
        string,
        string,
        string,
      ];
      const param = `opts: Options = ${d}`;
      const copy = `{ ...${d} }`;
      const code = lines(
        `type Options = { retries: number; tags: string[] };`,
        `const ${d}: Options = { retries: ${r}, tags: [] };`,
        `function ${fn}(msg: string, ${param}): string {`,
        `  if (opts.retries <= 0) return \`\${msg}:gave up\`;`,
        `  opts.retries -= 1;`,
        `  opts.tags.push(msg);`,
        `  return \`\${msg}:\${opts.retries}:\${opts.tags.length}\`;`,
        `}`,
        `console.log(${fn}(${q(m1)}), ${fn}(${q(m2)}, ${copy}), ${fn}(${q(m3)}));`,
        `console.log(${d}.retries, ${d}.tags.join(","));`,
      );
      const deep = `{ ...${d}, tags: [...${d}.tags] }`;
      return {
        kind: "predict-output",
        title: "A default parameter that names a shared object",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.default-same-object", code: swap(code, param, `opts: Options = ${deep}`) },
          { rule: "ts.spread-is-deep", code: swap(code, copy, deep) },
          { rule: "ts.spread-mutates", code: swap(code, `, ${copy})`, `, ${d})`) },
        ],
        explanation: `\`${param}\` is the trap: the default is evaluated on each call that leaves \`opts\` out, but it evaluates to the same \`${d}\` object every time, so those calls change it. The call given \`${copy}\` has its own \`retries\` (starting from the already lowered value), but the spread copied only the reference to \`tags\`, so it pushes into \`${d}.tags\` too. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: param,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/objects-as-record-keys",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [c1, c2] = rng.sample(COLORS, 2) as [string, string];
      const [p1, p2, p3, p4] = rng.sample(PEOPLE, 4) as [string, string, string, string];
      const [x, y] = rng.pick([
        ["alpha", "beta"],
        ["home", "away"],
        ["north", "south"],
        ["left", "right"],
      ] as const);
      const members = rng
        .shuffle([
          `{ who: ${q(p1)}, team: ${x} }`,
          `{ who: ${q(p2)}, team: ${y} }`,
          `{ who: ${q(p3)}, team: ${x} }`,
          `{ who: ${q(p4)}, team: { name: ${q(c1)} } }`,
        ])
        .map((m) => `  ${m},`);
      const group = "for (const m of members) (byKey[`${m.team}`] ??= []).push(m.who);";
      const mapLine = "for (const m of members) byMap.set(m.team, [...(byMap.get(m.team) ?? []), m.who]);";
      const code = lines(
        `type Team = { name: string };`,
        `const ${x}: Team = { name: ${q(c1)} };`,
        `const ${y}: Team = { name: ${q(c2)} };`,
        `const members = [`,
        ...members,
        `];`,
        `const byKey: Record<string, string[]> = {};`,
        group,
        `const byMap = new Map<Team, string[]>();`,
        mapLine,
        `console.log(Object.keys(byKey).length, byMap.size);`,
        `console.log(byKey[\`\${${x}}\`]!.join(","), byMap.get(${x})!.join(","));`,
      );
      return {
        kind: "predict-output",
        title: "Objects as keys of a Record and of a Map",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.object-key-string",
            code: swap(swap(code, "`${m.team}`", "m.team.name"), `\`\${${x}}\``, `${x}.name`),
          },
          {
            rule: "ts.map-key-identity",
            code: swap(
              code,
              mapLine,
              "for (const m of members) {\n  const t = [...byMap.keys()].find((k) => k.name === m.team.name) ?? m.team;\n  byMap.set(t, [...(byMap.get(t) ?? []), m.who]);\n}",
            ),
          },
          { rule: "ts.nullish-assign-keeps", code: swap(code, "??= []).push(m.who)", "= []).push(m.who)") },
        ],
        explanation: `\`\` \`\${m.team}\` \`\` is the trap: a property key is a string, and a template string turns every plain object into "[object Object]", so all members land in one group, whatever their team. The Map keeps the objects themselves as keys and compares them by identity, so the team written as a fresh literal, though it has the same name as \`${x}\`, gets its own entry. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: "`${m.team}`",
      };
    },
  },
];
