import type { ChallengeTemplate, Rng } from "../../types";
import { PREDICT, lines, swap } from "./helpers";

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
          { rule: "ts.enum-starts-at-one", code: swap(swap(code, `${m0} = ${first},`, `${m0},`), `${m2} = ${jump},`, `${m2},`) },
        ],
        explanation: `A member without an initializer is the previous member plus one: \`${m1}\` follows \`${m0} = ${first}\`, and \`${m3}\` follows \`${m2} = ${jump}\`.`,
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
          { rule: "ts.enum-reverse-mapping", code: swap(code, decl, `enum ${name} {\n${used.map((m) => `  ${m} = "${m}",`).join("\n")}\n}`) },
          { rule: "ts.enum-starts-at-one", code: swap(code, `  ${used[0]},`, `  ${used[0]} = 1,`) },
          { rule: "ts.enum-reverse-mapping", code: swap(code, `Object.keys(${name}).length`, `Object.keys(${name}).length / 2`) },
        ],
        explanation: `A numeric enum compiles to an object with both directions: name → number and number → name, so it has ${used.length * 2} keys, \`${name}[${name}.${used[pick]}]\` gives back the name, and \`${name}[${idx}]\` is the name of the member whose value is ${idx}.`,
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
      const inputs = rng.shuffle([String(first + 1), String(first + 2), `"${m2}"`, String(high), `"${high}"`]);
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
          { rule: "ts.enum-reverse-mapping", code: swap(code, guard, `Object.values(${name}).filter((v) => typeof v === "number").includes(x as ${name})`) },
          { rule: "ts.enum-starts-at-one", code: swap(code, `  ${m0} = ${first},`, `  ${m0},`) },
          { rule: "ts.loose-equality", code: swap(code, guard, `Object.values(${name}).some((v) => v == x)`) },
        ],
        explanation: `\`Object.values\` of a numeric enum contains the numbers and, through the reverse mapping, the member names too, so the string "${m2}" passes. \`includes\` uses strict equality, so the string "${high}" does not match the number ${high}, and \`${m1}\` is ${first + 1} by auto-increment.`,
      };
    },
  },
];
