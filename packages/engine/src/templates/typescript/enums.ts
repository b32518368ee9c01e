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
      'A lookup with `includes` compares strictly, with no type conversion: the string "7" never matches the number 7.',
    requires: { all: [".includes"] },
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
          { rule: "ts.enum-auto-increment", code: swap(code, `${m2} = ${jump},`, `${m2},`) },
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
            rule: "ts.enum-reverse-mapping",
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
          { fragment: `Number(input) as ${name}`, rule: "ts.enum-value-is-name" },
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
          { fragment: `"${name}.${target}"`, rule: "ts.enum-value-is-name" },
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
          { rule: "ts.off-by-one", code: swapAll(code, `score ${cmp} `, `score > `) },
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
            code: swap(code, objDecl, `enum ${obj} {\n${used.map((m) => `  ${m},`).join("\n")}\n}`).replace(
              `(${obj} as { ${target}: number }).${target} = ${newVal};`,
              `(${obj} as unknown as { ${target}: number }).${target} = ${newVal};`,
            ),
          },
          {
            rule: "ts.string-enum-reverse",
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
];
