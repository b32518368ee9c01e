import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, COLORS, FRUITS, PEOPLE, PREDICT, distinctInts, fillPrompt, lines, q, swap } from "./helpers";

const base = { language: "typescript", topic: "objects-and-references" } as const;

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const objectsAndReferencesRules: MisconceptionRule[] = [
  {
    id: "ts.mutation-before-rebind",
    feedback:
      "`score += bonus` runs before the parameter is rebound, so it writes to the caller's object: mutating a parameter changes what the caller passed.",
    requires: { all: ["score += bonus"] },
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
          { rule: "ts.equality-by-value", code: swap(code, `${orig} === ${other}`, `${orig} !== ${other}`) },
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
            rule: "ts.spread-mutates",
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
            rule: "ts.getter-cached",
            code: swap(
              code,
              decl,
              `const ${snap} = Object.defineProperties({}, Object.getOwnPropertyDescriptors(${obj})) as typeof ${obj};`,
            ),
          },
          { rule: "ts.getter-cached", value: [start + 1, start + 1, start + 1, start + 1].join(" ") },
          {
            rule: "ts.spread-is-deep",
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
];
