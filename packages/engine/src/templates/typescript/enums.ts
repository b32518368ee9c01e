import type { ChallengeTemplate, Rng, MisconceptionRule } from "../../types";
import { BLANK, PREDICT, arr, fillPrompt, lines, q, swap, swapAll, uniqueWrong } from "./helpers";

const base = { language: "typescript", topic: "enums" } as const;

const ENUMS = [
  ["Level", ["Low", "Medium", "High", "Critical", "Extreme", "Unknown"]],
  ["Priority", ["Minor", "Normal", "Major", "Blocker", "Trivial", "Urgent"]],
  ["Tier", ["Free", "Basic", "Pro", "Enterprise", "Trial", "Legacy"]],
  ["Stage", ["Draft", "Review", "Approved", "Live", "Archived", "Paused"]],
  ["Speed", ["Slow", "Steady", "Fast", "Turbo", "Idle", "Max"]],
  ["Role", ["Guest", "Member", "Editor", "Admin", "Owner", "Banned"]],
  ["Weekday", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]],
  ["Status", ["Idle", "Running", "Done", "Failed", "Queued", "Skipped"]],
] as const;

/** `n` distinct member names of one enum, in a random order. */
const members = (all: readonly string[], n: number, rng: Rng): string[] => rng.sample(all, n);

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const enumsRules: MisconceptionRule[] = [
  {
    id: "ts.includes-strict",
    feedback:
      "A lookup with `includes` compares strictly, with no type conversion: a string of digits never matches the number it spells.",
    requires: { all: [".includes"] },
  },
  {
    id: "ts.bitwise-vs-logical-or",
    feedback:
      "A single `|` is bitwise: it sets every bit that is set in either number; it is not a choice between the two values.",
    requires: { all: ["|"] },
  },
  {
    id: "ts.enum-flags-shift",
    feedback:
      "`<<` shifts the 1 left by that many bits, doubling it each time, so the members are powers of two, not consecutive numbers counted from 0.",
    requires: { all: ["1 <<"] },
  },
  {
    id: "ts.enum-is-object",
    feedback:
      'An enum is compiled to a plain object, so `typeof` reports "object" for it, and its numeric members are plain numbers.',
    requires: { all: ["enum", "typeof"] },
  },
  {
    id: "ts.enum-key-is-value",
    feedback:
      "A computed key built from an enum member uses the member's value, not its name, so the object's keys are those values.",
    requires: { all: ["enum", "]:"] },
  },
  {
    id: "ts.heterogeneous-reverse",
    feedback:
      "Only numeric enum members get a reverse entry; a string member adds its name and nothing else.",
    requires: { all: ["enum", "Object.keys"] },
  },
  {
    id: "ts.enum-next-member",
    feedback:
      "Adding 1 to an enum value gives the next number, not the next member: where the values have gaps, no member has that number.",
    requires: { all: ["enum", "+ 1"] },
  },
  {
    id: "ts.json-enum-name",
    feedback:
      "`JSON.parse` returns exactly what was saved: a member's name stored as text comes back as that string, not as the member's number.",
    requires: { all: ["JSON.parse", "enum"] },
  },
  {
    id: "ts.enum-duplicate-value",
    feedback:
      "Members with the same value share one reverse entry: it is written once per member, so the later member's name wins and only one numeric key exists.",
    requires: { all: ["enum"] },
  },
  {
    id: "ts.enum-name-lookup",
    feedback:
      "Indexing a numeric enum with a member's name is the forward mapping: the string key finds that member's number.",
    requires: { all: ["enum", "keyof typeof"] },
  },
  {
    id: "ts.keys-always-strings",
    feedback:
      "`Object.keys` always returns strings, numeric-looking keys included, so a `typeof` test cannot separate an enum's names from its reverse keys.",
    requires: { all: ["Object.keys", "typeof"] },
  },
  {
    id: "ts.namespace-merge-adds",
    feedback:
      "A `namespace` with the enum's name adds its exports to the same runtime object, so they appear among the enum's keys and values.",
    requires: { all: ["namespace", "enum"] },
  },
  {
    id: "ts.enum-restart-after-jump",
    feedback:
      "An explicit value restarts the count: the member after it continues from that value, not from the members before it.",
    requires: { all: ["enum", "="] },
  },
  {
    id: "ts.quoted-member-is-text",
    feedback:
      "A member name written inside quotes is just a string: it is printed as written, never looked up.",
    requires: { all: ["enum"] },
  },
  {
    id: "ts.enum-keys-double",
    feedback:
      "A numeric enum's object holds a name key and a number key for every member, so it has twice as many keys as members.",
    requires: { all: ["enum", "Object.keys"] },
  },
  {
    id: "ts.number-of-name",
    feedback:
      "`Number` of a member's name is NaN; only looking the name up on the enum object gives its number.",
    requires: { all: ["Number(", "enum"] },
  },
  {
    id: "ts.boundary-inclusive",
    feedback: "`>=` includes the boundary: a score equal to a member's value already reaches that level.",
    requires: { all: [">=", "enum"] },
  },
];

export const enumsTemplates: ChallengeTemplate[] = [
  {
    ...base,
    id: "typescript/enums/auto-increment",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const [m0, m1, m2, m3] = members(all, 4, rng);
      const first = rng.int(1, 9);
      const jump = rng.int(first + 3, 30);
      const decl = `enum ${name} {\n  ${m0} = ${first},\n  ${m1},\n  ${m2} = ${jump},\n  ${m3},\n}`;
      const code = lines(decl, `console.log(${name}.${m1}, ${name}.${m3});`);
      return {
        kind: "predict-output",
        title: "Numeric enum auto-increment",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.enum-auto-increment", code: swap(code, `${m0} = ${first},`, `${m0},`) },
          { rule: "ts.enum-restart-after-jump", code: swap(code, `${m2} = ${jump},`, `${m2},`) },
          {
            rule: "ts.enum-starts-at-one",
            code: swap(swap(code, `${m0} = ${first},`, `${m0},`), `${m2} = ${jump},`, `${m2},`),
          },
        ],
        explanation: `A member without an initializer is the previous member plus one: \`${m1}\` follows \`${m0} = ${first}\` and is ${first + 1}. The trap is \`${m2} = ${jump},\`: the explicit value restarts the count, so \`${m3}\` continues from ${jump}, not from ${m1}, and is ${jump + 1}.`,
        trap: `${m2} = ${jump},`,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/reverse-mapping-keys",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const used = members(all, rng.int(3, 4), rng);
      const pick = rng.int(1, used.length - 1);
      const idx = rng.int(0, used.length - 1);
      const decl = `enum ${name} {\n${used.map((m) => `  ${m},`).join("\n")}\n}`;
      const code = lines(
        decl,
        `console.log(Object.keys(${name}).length);`,
        `console.log(${name}[${name}.${used[pick]}]);`,
        `console.log(${name}[${idx}]);`,
      );
      return {
        kind: "predict-output",
        title: "What a numeric enum object contains",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.enum-reverse-mapping",
            code: swap(code, decl, `enum ${name} {\n${used.map((m) => `  ${m} = "${m}",`).join("\n")}\n}`),
          },
          { rule: "ts.enum-starts-at-one", code: swap(code, `  ${used[0]},`, `  ${used[0]} = 1,`) },
          {
            rule: "ts.enum-keys-double",
            code: swap(code, `Object.keys(${name}).length`, `Object.keys(${name}).length / 2`),
          },
        ],
        explanation: `A numeric enum compiles to an object with both directions, name → number and number → name. The trap is \`Object.keys(${name}).length\`: it counts both kinds of keys, ${used.length * 2}, not ${used.length}. \`${name}[${name}.${used[pick]}]\` goes there and back and gives the name, and \`${name}[${idx}]\` is the name of the member whose value is ${idx}.`,
        trap: `Object.keys(${name}).length`,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/values-include-names",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const [m0, m1, m2] = members(all, 3, rng);
      const first = rng.int(1, 4);
      const high = rng.int(first + 3, 12);
      const inputs = rng.shuffle([
        String(first + 1),
        String(first + 2),
        `"${m2}"`,
        String(high),
        `"${high}"`,
      ]);
      const guard = `Object.values(${name}).includes(x as ${name})`;
      const code = lines(
        `enum ${name} {`,
        `  ${m0} = ${first},`,
        `  ${m1},`,
        `  ${m2} = ${high},`,
        `}`,
        `const is${name} = (x: unknown): x is ${name} => ${guard};`,
        `const inputs: unknown[] = [${inputs.join(", ")}];`,
        `console.log(inputs.map((x) => is${name}(x)).join(","));`,
      );
      return {
        kind: "predict-output",
        title: "Validating input against a numeric enum",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.enum-reverse-mapping",
            code: swap(
              code,
              guard,
              `Object.values(${name}).filter((v) => typeof v === "number").includes(x as ${name})`,
            ),
          },
          { rule: "ts.enum-starts-at-one", code: swap(code, `  ${m0} = ${first},`, `  ${m0},`) },
          {
            rule: "ts.includes-strict",
            code: swap(code, guard, `Object.values(${name}).some((v) => v == x)`),
          },
        ],
        explanation: `The trap is \`${guard}\`: \`Object.values\` of a numeric enum contains the numbers and, through the reverse mapping, the member names too, so the string "${m2}" passes. \`includes\` uses strict equality, so the string "${high}" does not match the number ${high}, and \`${m1}\` is ${first + 1} by auto-increment.`,
        trap: guard,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/string-enum-values",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const used = members(all, 3, rng);
      const style = rng.pick(["upper", "lower", "prefix"] as const);
      const valueOf = (m: string): string =>
        style === "upper"
          ? m.toUpperCase()
          : style === "lower"
            ? m.toLowerCase()
            : `${name.toLowerCase()}:${m.toLowerCase()}`;
      const pick = used[rng.int(0, 2)]!;
      const decl = `enum ${name} {\n${used.map((m) => `  ${m} = "${valueOf(m)}",`).join("\n")}\n}`;
      const code = lines(
        decl,
        `const chosen = ${name}.${pick};`,
        `console.log(chosen, Object.keys(${name}).length);`,
        `console.log(Object.values(${name}).join(","));`,
      );
      return {
        kind: "predict-output",
        title: "What a string enum holds at runtime",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.enum-value-is-name",
            code: swap(code, decl, `enum ${name} {\n${used.map((m) => `  ${m} = "${m}",`).join("\n")}\n}`),
          },
          {
            rule: "ts.string-enum-reverse",
            code: swap(code, decl, `enum ${name} {\n${used.map((m) => `  ${m},`).join("\n")}\n}`),
          },
          {
            rule: "ts.string-enum-reverse",
            code: swap(code, `Object.keys(${name}).length`, `Object.keys(${name}).length * 2`),
          },
        ],
        explanation: `A string enum compiles to a plain object mapping each member name to its string, and \`${name}.${pick}\` is that string, "${valueOf(pick)}". The trap is \`Object.keys(${name}).length\`: string enums get no reverse mapping, so the object has exactly ${used.length} keys, and its values are only the strings.`,
        trap: `Object.keys(${name}).length`,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/fill-lookup-by-name",
    difficulty: "medium",
    kind: "fill-in-blank",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const used = members(all, 4, rng);
      const first = rng.pick([0, 1, 10]);
      const target = used[rng.int(1, 3)]!;
      const idx = rng.int(0, 3);
      const unknown = rng.pick(["Trace", "Other", "Nope", "Custom"]);
      const decl = `enum ${name} {\n  ${used[0]} = ${first},\n${used
        .slice(1)
        .map((m) => `  ${m},`)
        .join("\n")}\n}`;
      const code = lines(
        decl,
        `function parse${name}(input: string): ${name} | undefined {`,
        `  return ${BLANK};`,
        `}`,
        `const results = [${q(target)}, ${q(String(first + idx))}, ${q(unknown)}].map((s) => String(parse${name}(s)));`,
        `console.log(results.join(" "));`,
      );
      return {
        kind: "fill-in-blank",
        title: "Looking up a numeric enum member by name",
        prompt: fillPrompt(),
        code,
        answer: `${name}[input as keyof typeof ${name}]`,
        wrong: [
          { fragment: `input as unknown as ${name}`, rule: "ts.assertion-converts" },
          { fragment: `Number(input) as ${name}`, rule: "ts.number-of-name" },
          { fragment: `Object.values(${name}).indexOf(input) as ${name}`, rule: "ts.enum-reverse-mapping" },
          { fragment: `Object.keys(${name}).indexOf(input) as ${name}`, rule: "ts.enum-reverse-mapping" },
        ],
        explanation: `\`${name}[input as keyof typeof ${name}]\` indexes the enum object with the input string, and a member name gives its number. Because numeric enums also map numbers back to names, the string "${first + idx}" finds the reverse entry and returns a name, and an unknown name gives undefined. An \`as\` cast alone converts nothing.`,
        trap: `${name}[input as keyof typeof ${name}]`,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/declaration-merging",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const [a, b, c, d] = members(all, 4, rng);
      const start = rng.int(5, 20) * 5;
      const idx = rng.int(0, 1);
      const code = lines(
        `enum ${name} {`,
        `  ${a},`,
        `  ${b},`,
        `}`,
        `enum ${name} {`,
        `  ${c} = ${start},`,
        `  ${d},`,
        `}`,
        `const names = Object.keys(${name}).filter((k) => Number.isNaN(Number(k)));`,
        `console.log(names.join(","));`,
        `console.log(${name}.${d}, ${name}[${idx}]);`,
      );
      return {
        kind: "predict-output",
        title: "Two enum declarations with the same name",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.enum-merging",
            code: swap(
              code,
              `enum ${name} {\n  ${a},\n  ${b},\n}\n`,
              `const ${name}Old = { ${a}: 0, ${b}: 1 };\n`,
            ),
          },
          {
            rule: "ts.enum-reverse-mapping",
            code: swap(code, `.filter((k) => Number.isNaN(Number(k)))`, ""),
          },
          { rule: "ts.enum-auto-increment", code: swap(code, `  ${c} = ${start},`, `  ${c} = 2,`) },
        ],
        explanation: `Enum declarations with the same name merge into one object, so all four members are there (numeric reverse-mapping keys are filtered out). The trap is \`${c} = ${start},\` in the second block: a merged block must give its first member a value, so the numbering restarts there and \`${d}\` follows at ${start + 1}. \`${name}[${idx}]\` is the reverse mapping from the first block.`,
        trap: `${c} = ${start},`,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/fill-member-for-value",
    difficulty: "easy",
    kind: "fill-in-blank",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const used = members(all, 4, rng);
      const first = rng.int(1, 5);
      const ti = rng.int(1, 3);
      const target = used[ti]!;
      const other = used[ti === 3 ? 2 : ti + 1]!;
      const code = lines(
        `enum ${name} {`,
        `  ${used[0]} = ${first},`,
        ...used.slice(1).map((m) => `  ${m},`),
        `}`,
        `console.log(${BLANK});`,
      );
      return {
        kind: "fill-in-blank",
        title: "Which member has this value?",
        prompt: fillPrompt(),
        code,
        answer: `${name}.${target}`,
        wrong: uniqueWrong(`${name}.${target}`, [
          { fragment: `${name}[${first + ti}]`, rule: "ts.enum-reverse-mapping" },
          { fragment: `${name}.${used[ti - 1]}`, rule: "ts.enum-starts-at-one" },
          { fragment: `${name}.${other}`, rule: "ts.enum-auto-increment" },
          { fragment: `"${name}.${target}"`, rule: "ts.quoted-member-is-text" },
        ]),
        explanation: `After \`${used[0]} = ${first}\` each following member adds one, so \`${name}.${target}\` is ${first + ti}. Indexing with the number (\`${name}[${first + ti}]\`) goes the other way and gives the member's name; a string is printed as it is.`,
        trap: `${name}.${target}`,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/threshold-levels",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const [lo, mid, hi] = members(all, 3, rng);
      const [vLo, vMid, vHi] = [rng.int(0, 2), rng.int(4, 8), rng.int(10, 20)];
      const scores = rng.shuffle([rng.int(vLo + 1, vMid - 1), vMid, rng.int(vHi + 1, 40), vHi]);
      const fn = rng.pick(["levelFor", "classify", "rank"]);
      const cmp = ">=";
      const midDecl = `  ${mid} = ${vMid},`;
      const code = lines(
        `enum ${name} {`,
        `  ${lo} = ${vLo},`,
        midDecl,
        `  ${hi} = ${vHi},`,
        `}`,
        `function ${fn}(score: number): ${name} {`,
        `  if (score ${cmp} ${name}.${hi}) return ${name}.${hi};`,
        `  if (score ${cmp} ${name}.${mid}) return ${name}.${mid};`,
        `  return ${name}.${lo};`,
        `}`,
        `const scores: number[] = ${arr(scores)};`,
        `console.log(scores.map((s) => ${name}[${fn}(s)]).join(","));`,
      );
      return {
        kind: "predict-output",
        title: "Comparing scores against enum values",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.boundary-inclusive", code: swapAll(code, `score ${cmp} `, `score > `) },
          {
            rule: "ts.enum-starts-at-one",
            code: swap(
              swap(swap(code, `  ${lo} = ${vLo},`, `  ${lo},`), midDecl, `  ${mid},`),
              `  ${hi} = ${vHi},`,
              `  ${hi},`,
            ),
          },
          { rule: "ts.enum-auto-increment", code: swap(code, midDecl, `  ${mid},`) },
        ],
        explanation: `Numeric enum members are plain numbers. The trap is \`if (score ${cmp} ${name}.${mid}) return ${name}.${mid};\`: it compares with ${vMid}, and \`${cmp}\` includes the boundary, so a score of exactly ${vMid} (or ${vHi}) already reaches the higher level. \`${name}[${fn}(s)]\` then uses the reverse mapping to print the member's name.`,
        trap: `if (score ${cmp} ${name}.${mid}) return ${name}.${mid};`,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/as-const-object-vs-enum",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const used = members(all, 3, rng);
      const obj = `${name}Values`;
      const idx = rng.int(0, 2);
      const newVal = rng.int(10, 99);
      const target = used[rng.int(0, 2)]!;
      const objDecl = `const ${obj} = { ${used.map((m, i) => `${m}: ${i}`).join(", ")} } as const;`;
      const code = lines(
        `enum ${name} {`,
        ...used.map((m) => `  ${m},`),
        `}`,
        objDecl,
        `(${obj} as { ${target}: number }).${target} = ${newVal};`,
        `console.log(Object.keys(${name}).length, Object.keys(${obj}).length);`,
        `console.log(${name}[${idx}], String((${obj} as Record<string, unknown>)["${idx}"]), ${obj}.${target});`,
      );
      return {
        kind: "predict-output",
        title: "An as const object next to an enum",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.as-const-freezes",
            code: swap(
              code,
              objDecl,
              `const ${obj} = Object.freeze({ ${used.map((m, i) => `${m}: ${i}`).join(", ")} } as const);`,
            ).replace(
              `(${obj} as { ${target}: number }).${target} = ${newVal};`,
              `try {\n  (${obj} as { ${target}: number }).${target} = ${newVal};\n} catch {}`,
            ),
          },
          {
            rule: "ts.enum-reverse-mapping",
            // As an enum, the object is not written to: a compiler may inline an enum member's value
            // at each read (esbuild does, tsc does not), so a write would make the output depend on it.
            code: swap(code, objDecl, `enum ${obj} {\n${used.map((m) => `  ${m},`).join("\n")}\n}`).replace(
              `\n(${obj} as { ${target}: number }).${target} = ${newVal};`,
              "",
            ),
          },
          {
            rule: "ts.enum-reverse-mapping",
            code: swap(
              code,
              `enum ${name} {\n${used.map((m) => `  ${m},`).join("\n")}\n}`,
              `enum ${name} {\n${used.map((m) => `  ${m} = "${m}",`).join("\n")}\n}`,
            ),
          },
        ],
        explanation: `Only the enum gets a reverse mapping, so it has ${used.length * 2} keys and \`${name}[${idx}]\` is a name, while the \`as const\` object has just its ${used.length} properties and nothing under "${idx}". The trap is \`(${obj} as { ${target}: number }).${target} = ${newVal};\`: \`as const\` is a type-level readonly only, so after the cast the assignment really changes the object.`,
        trap: `(${obj} as { ${target}: number }).${target} = ${newVal};`,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/bit-flags-combined",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [name, ms] = rng.pick([
        ["Perm", ["Read", "Write", "Exec"]],
        ["Flag", ["Bold", "Italic", "Underline"]],
        ["Access", ["View", "Edit", "Share"]],
      ] as const);
      const [i, j] = rng.sample([0, 1, 2], 2) as [number, number];
      const combine = `const mask = ${name}.${ms[i]} | ${name}.${ms[j]};`;
      const code = lines(
        `enum ${name} {`,
        ...ms.map((m, k) => `  ${m} = 1 << ${k},`),
        `}`,
        combine,
        `console.log(mask, String(${name}[mask]));`,
      );
      return {
        kind: "predict-output",
        title: `Combining ${name}.${ms[i]} and ${name}.${ms[j]} with |`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.bitwise-vs-logical-or",
            code: swap(code, combine, `const mask = ${name}.${ms[i]} || ${name}.${ms[j]};`),
          },
          {
            rule: "ts.enum-flags-shift",
            code: swap(
              code,
              `  ${ms[1]} = 1 << 1,\n  ${ms[2]} = 1 << 2,`,
              `  ${ms[1]} = 1,\n  ${ms[2]} = 2,`,
            ),
          },
          {
            rule: "ts.bitwise-vs-logical-or",
            code: swap(code, combine, `const mask = ${name}.${ms[i]} & ${name}.${ms[j]};`),
          },
          {
            rule: "ts.enum-flags-shift",
            code: swap(code, `  ${ms[0]} = 1 << 0,`, `  ${ms[0]} = 0,`),
          },
        ],
        explanation: `Each member \`1 << k\` is a power of two (1, 2, 4), so the trap \`${combine}\` sets both bits and gives ${(1 << i) | (1 << j)}, a plain number. No member has that value, so the reverse lookup \`${name}[mask]\` finds nothing and prints undefined.`,
        trap: combine,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/typeof-enum-and-members",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const used = members(all, 3, rng);
      const m = rng.pick(used);
      const reverse = `typeof ${name}[${name}.${m}]`;
      const code = lines(
        `enum ${name} {`,
        ...used.map((u) => `  ${u},`),
        `}`,
        `console.log(typeof ${name}, typeof ${name}.${m}, ${reverse});`,
      );
      return {
        kind: "predict-output",
        title: `typeof ${name}, its member ${m} and its reverse entry`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.enum-value-is-name",
            code: swap(code, `  ${m},`, `  ${m} = ${q(m)},`),
          },
          { rule: "ts.enum-reverse-mapping", code: swap(code, reverse, `typeof ${name}.${m}`) },
          { rule: "ts.enum-is-object", value: `function number string` },
          { rule: "ts.enum-is-object", value: `enum number string` },
        ],
        explanation: `An enum is compiled to a real object, so \`typeof ${name}\` is "object", and a numeric member is a plain number. The trap is \`${reverse}\`: indexing the enum with that number uses the reverse mapping and gives back the member's name, a string.`,
        trap: reverse,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/members-as-computed-keys",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const used = members(all, 3, rng);
      const first = rng.pick([0, 1, 5]);
      const words = rng.sample(["low", "ok", "hot", "new", "old", "big", "top"], 3);
      const objLine = `const labels = { ${used.map((u, i) => `[${name}.${u}]: ${q(words[i]!)}`).join(", ")} };`;
      const code = lines(
        `enum ${name} {`,
        `  ${used[0]} = ${first},`,
        ...used.slice(1).map((u) => `  ${u},`),
        `}`,
        objLine,
        `console.log(Object.keys(labels).join(","));`,
      );
      return {
        kind: "predict-output",
        title: `${name} members used as object keys`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.enum-key-is-value",
            code: swap(
              code,
              objLine,
              `const labels = { ${used.map((u, i) => `${u}: ${q(words[i]!)}`).join(", ")} };`,
            ),
          },
          {
            rule: "ts.enum-key-is-value",
            code: swap(
              code,
              objLine,
              `const labels = { ${used.map((u, i) => `[${q(`${name}.${u}`)}]: ${q(words[i]!)}`).join(", ")} };`,
            ),
          },
          {
            rule: "ts.enum-auto-increment",
            code: swap(code, `  ${used[0]} = ${first},`, `  ${used[0]} = ${first + 10},`),
          },
        ],
        explanation: `The trap is the computed keys in \`${objLine}\`: \`[${name}.${used[0]}]\` evaluates the member, and its value is the number ${first}, so the object's keys are the numbers ${first}, ${first + 1} and ${first + 2} (as strings), not the member names.`,
        trap: objLine,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/heterogeneous-keys",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const [a, b, c, d] = members(all, 4, rng);
      const start = rng.int(3, 9);
      const strLine = `  ${b} = ${q(b!.toLowerCase())},`;
      const code = lines(
        `enum ${name} {`,
        `  ${a},`,
        strLine,
        `  ${c} = ${start},`,
        `  ${d},`,
        `}`,
        `const keys = Object.keys(${name});`,
        `console.log(keys.length);`,
        `console.log(keys.join(","));`,
      );
      return {
        kind: "predict-output",
        title: `An enum mixing numbers with the string member ${b}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.heterogeneous-reverse", code: swap(code, strLine, `  ${b} = 1,`) },
          {
            rule: "ts.entries-order",
            value: [`7`, [`0`, a, b, start, c, start + 1, d].join(",")].join("\n"),
          },
          {
            rule: "ts.heterogeneous-reverse",
            value: [`8`, [`0`, `${start}`, `${start + 1}`, a, b, b!.toLowerCase(), c, d].join(",")].join(
              "\n",
            ),
          },
        ],
        explanation: `Numeric members (\`${a}\` = 0, \`${c}\` = ${start}, \`${d}\` = ${start + 1}) get a reverse entry; the trap is \`${strLine.trim()}\`, a string member, which adds only its name. So there are 7 keys, and \`Object.keys\` lists the integer-like reverse keys first, in ascending order, before the names in declaration order.`,
        trap: strLine.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/next-member-by-arithmetic",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const [a, b, c] = members(all, 3, rng);
      const va = rng.int(1, 3);
      const vb = va + rng.int(2, 4);
      const vc = vb + 1;
      const fn = rng.pick(["next", "promote", "stepUp"]);
      const body = `  return String(${name}[level + 1]);`;
      const code = lines(
        `enum ${name} {`,
        `  ${a} = ${va},`,
        `  ${b} = ${vb},`,
        `  ${c} = ${vc},`,
        `}`,
        `function ${fn}(level: ${name}): string {`,
        body,
        `}`,
        `console.log(${fn}(${name}.${a}), ${fn}(${name}.${b}), ${fn}(${name}.${c}));`,
      );
      return {
        kind: "predict-output",
        title: `Finding the member after ${name}.${a} with + 1`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.enum-next-member", code: swap(code, `  ${b} = ${vb},`, `  ${b} = ${va + 1},`) },
          { rule: "ts.enum-next-member", value: `${b} ${c} undefined` },
          { rule: "ts.enum-value-is-name", code: swap(code, body, `  return String(level + 1);`) },
          { rule: "ts.off-by-one", code: swap(code, body, `  return String(${name}[level]);`) },
        ],
        explanation: `The trap is \`${body.trim()}\`: \`level + 1\` is just the next number, not the next member. ${name}.${a} is ${va}, and no member has the value ${va + 1}, so the reverse lookup gives undefined; only ${name}.${b} (${vb}) is followed by a member with value ${vb + 1}, ${c}.`,
        trap: body.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/name-read-back-from-json",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const used = members(all, 3, rng);
      const m = used[rng.int(1, 2)]!;
      const idx = used.indexOf(m);
      const parse = `const saved = JSON.parse(${q(JSON.stringify(m))}) as ${name};`;
      const code = lines(
        `enum ${name} {`,
        ...used.map((u) => `  ${u},`),
        `}`,
        parse,
        `console.log(saved === ${name}.${m}, typeof saved);`,
        `console.log(${name}[saved as unknown as keyof typeof ${name}]);`,
      );
      return {
        kind: "predict-output",
        title: `Reading the name ${m} back from JSON as a ${name}`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.json-enum-name",
            code: swap(code, parse, `const saved = JSON.parse(${q(String(idx))}) as ${name};`),
          },
          { rule: "ts.assertion-converts", value: [`true number`, `${idx}`].join("\n") },
          { rule: "ts.enum-name-lookup", value: [`false string`, `undefined`].join("\n") },
          {
            rule: "ts.json-enum-name",
            code: swap(code, parse, `const saved = ${name}[${q(m)}];`),
          },
        ],
        explanation: `The trap is \`${parse}\`: JSON gives back exactly what was saved, the string "${m}", and \`as ${name}\` changes nothing at runtime. A string is never \`===\` the number ${idx}, so the comparison is false; looking the string up as a key then finds the member's number, ${idx}.`,
        trap: parse,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/duplicate-values-reverse-entry",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const [a, b, c] = members(all, 3, rng);
      const v = rng.int(1, 9);
      const dup = `  ${b} = ${v},`;
      const code = lines(
        `enum ${name} {`,
        `  ${a} = ${v},`,
        dup,
        `  ${c},`,
        `}`,
        `console.log(${name}[${v}], ${name}.${a} === ${name}.${b});`,
        `console.log(Object.keys(${name}).length, ${name}.${c});`,
      );
      return {
        kind: "predict-output",
        title: `${name}.${a} and ${name}.${b} sharing the value ${v}`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.enum-duplicate-value",
            code: swap(code, `  ${a} = ${v},\n${dup}`, `${dup}\n  ${a} = ${v},`),
          },
          { rule: "ts.enum-duplicate-value", code: swap(code, dup, `  ${b} = ${v + 5},`) },
          { rule: "ts.enum-duplicate-value", value: [`${b} true`, `6 ${v + 1}`].join("\n") },
          { rule: "ts.enum-auto-increment", value: [`${b} true`, `5 ${v + 2}`].join("\n") },
        ],
        explanation: `Both members get the value ${v}, so they are equal. The trap is \`${dup.trim()}\`: the reverse entry \`${name}[${v}]\` is written once for each member, and the later write wins, so it names ${b}. Two members share that one numeric key, so the object has 3 names plus 2 reverse keys, 5 in all, and \`${c}\` continues from ${v}.`,
        trap: dup.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/keys-are-always-strings",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const used = members(all, 3, rng);
      const first = rng.pick([0, 1, 2]);
      const filter = `const names = Object.keys(${name}).filter((k) => typeof k === "string");`;
      const code = lines(
        `enum ${name} {`,
        `  ${used[0]} = ${first},`,
        ...used.slice(1).map((u) => `  ${u},`),
        `}`,
        filter,
        `console.log(names.length);`,
        `console.log(names.join(","));`,
      );
      return {
        kind: "predict-output",
        title: `Filtering ${name}'s keys with typeof`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.keys-always-strings",
            code: swap(
              code,
              filter,
              `const names = Object.keys(${name}).filter((k) => Number.isNaN(Number(k)));`,
            ),
          },
          {
            rule: "ts.keys-always-strings",
            code: swap(
              code,
              filter,
              `const names = Object.keys(${name}).filter((k) => typeof k === "number");`,
            ),
          },
          {
            rule: "ts.entries-order",
            value: [`6`, used.flatMap((u, i) => [u, String(first + i)]).join(",")].join("\n"),
          },
        ],
        explanation: `The trap is \`${filter}\`: \`Object.keys\` always returns strings, the reverse-mapping keys "${first}", "${first + 1}", "${first + 2}" included, so the \`typeof\` test keeps every key. The result has 6 entries, the integer-like keys first, in ascending order, then the names.`,
        trap: filter,
      };
    },
  },
  {
    ...base,
    id: "typescript/enums/namespace-merged-into-enum",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [name, all] = rng.pick(ENUMS);
      const used = members(all, 3, rng);
      const extra = rng.pick(["count", "size", "total"]);
      const extraVal = rng.int(3, 4);
      const ns = `namespace ${name} {\n  export const ${extra} = ${extraVal};\n}`;
      const code = lines(
        `enum ${name} {`,
        ...used.map((u) => `  ${u},`),
        `}`,
        ns,
        `const nums = Object.values(${name}).filter((v) => typeof v === "number");`,
        `console.log(Object.keys(${name}).length);`,
        `console.log(nums.join(","));`,
      );
      return {
        kind: "predict-output",
        title: `A namespace ${name} next to enum ${name}`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.namespace-merge-adds",
            code: swap(code, ns, `namespace ${name}Extra {\n  export const ${extra} = ${extraVal};\n}`),
          },
          {
            rule: "ts.enum-reverse-mapping",
            value: [`4`, `0,1,2,${extraVal}`].join("\n"),
          },
          {
            rule: "ts.namespace-merge-adds",
            code: swap(
              code,
              `export const ${extra} = ${extraVal};`,
              `export const ${extra} = "${extraVal}";`,
            ),
          },
        ],
        explanation: `The trap is \`export const ${extra} = ${extraVal};\` inside \`namespace ${name}\`: a namespace with the enum's name adds its exports to the same runtime object. So \`${name}\` has 3 names, 3 reverse keys and \`${extra}\`, 7 keys, and the numeric values include ${extraVal} next to 0, 1 and 2.`,
        trap: `export const ${extra} = ${extraVal};`,
      };
    },
  },
];
