import type { Difficulty } from "@katagen/contract";
import { PLACEHOLDER } from "../placeholder";
import type { TemplateSource } from "../templates/index";
import { predictTemplate } from "../templates/template-kit";
import type { ChallengeTemplate, Distractor } from "../types";

/** Small, stable templates for the generator's own tests (independent of the real template set). */
const loopSum: ChallengeTemplate = {
  id: "javascript/fixture-loops/loop-sum",
  language: "javascript",
  topic: "fixture-loops",
  difficulty: "easy",
  kind: "predict-output",
  build(rng) {
    const n = rng.int(3, 9);
    const step = rng.int(1, 3);
    const loop = (cond: string, start = 0) =>
      `let total = 0;\nfor (let i = ${start}; ${cond}; i++) {\n  total += i * ${step};\n}\nconsole.log(total);`;
    return {
      kind: "predict-output",
      title: "Summing in a loop",
      prompt: "What does this program print?",
      code: loop(`i < ${n}`),
      distractors: [
        { rule: "fixture.off-by-one", code: loop(`i <= ${n}`) },
        { rule: "fixture.off-by-one", code: loop(`i < ${n}`, 1) },
        { rule: "fixture.off-by-one", code: loop(`i < ${n - 1}`) },
        { rule: "fixture.same-as-key", code: loop(`i < ${n}`) },
        { rule: "fixture.guess", value: String(n * step) },
      ],
      explanation: `\`i < ${n}\` stops the loop before i reaches ${n}, so it adds i × step for i from 0 to ${n - 1}, giving {{output}}.`,
      trap: `i < ${n}`,
    };
  },
};

/** A template that never verifies, always the same way, for the generator's failure paths. */
const broken = (
  slug: string,
  difficulty: Difficulty,
  title: string,
  code: string,
  distractors: Distractor[],
) =>
  predictTemplate({ language: "javascript", topic: "fixture-broken", difficulty, slug }, () => ({
    title,
    code,
    distractors,
    explanation: "",
    trap: code.split("\n")[0]!,
  }));

const alwaysThrows = broken("always-throws", "easy", "Broken", "console.log('partial');\nnull.boom;", [
  { rule: "fixture.guess", value: "1" },
  { rule: "fixture.guess", value: "2" },
  { rule: "fixture.guess", value: "3" },
]);

const tooFewDistractors = broken("too-few", "medium", "Too few", "console.log(1 + 1);", [
  { rule: "fixture.same-as-key", code: "console.log(2);" },
  { rule: "fixture.guess", value: " 2 " },
  { rule: "fixture.guess", value: "3" },
  { rule: "fixture.guess", value: "3.0" },
  { rule: "fixture.guess", value: "03" },
]);

const fillBlank: ChallengeTemplate = {
  id: "javascript/fixture-loops/fill-comparison",
  language: "javascript",
  topic: "fixture-loops",
  difficulty: "medium",
  kind: "fill-in-blank",
  build(rng) {
    const n = rng.int(3, 6);
    return {
      kind: "fill-in-blank",
      title: "Pick the loop bound",
      prompt: "Which fragment makes the program print `{{target}}`?",
      code: `const seen = [];\nfor (let i = 0; ${PLACEHOLDER.javascript}; i++) seen.push(i);\nconsole.log(seen.join(","));`,
      answer: `i < ${n}`,
      wrong: [
        { fragment: `i <= ${n}`, rule: "fixture.off-by-one" },
        { fragment: `i < ${n - 1}`, rule: "fixture.off-by-one" },
        { fragment: `i < ${n + 1}`, rule: "fixture.off-by-one" },
        { fragment: `${n} > i`, rule: "fixture.same-as-key" },
      ],
      explanation: "The loop stops before `i` reaches the bound, printing {{target}}.",
      trap: "i",
    };
  },
};

const pythonSlices: ChallengeTemplate = {
  id: "python/fixture-slices/slice-end",
  language: "python",
  topic: "fixture-slices",
  difficulty: "easy",
  kind: "predict-output",
  build(rng) {
    const items = rng.sample([3, 5, 8, 13, 21, 34, 55], 5);
    const [a, b] = [rng.int(0, 1), rng.int(3, 4)];
    const prog = (slice: string) => `items = [${items.join(", ")}]\nprint(items[${slice}])`;
    return {
      kind: "predict-output",
      title: "Slice ends",
      prompt: "What does this program print?",
      code: prog(`${a}:${b}`),
      distractors: [
        { rule: "fixture.off-by-one", code: prog(`${a}:${b + 1}`) },
        { rule: "fixture.off-by-one", code: prog(`${a + 1}:${b}`) },
        { rule: "fixture.off-by-one", code: prog(`${a + 1}:${b + 1}`) },
      ],
      explanation: `\`items[${a}:${b}]\` stops before index ${b}: {{output}}.`,
      trap: `items[${a}:${b}]`,
    };
  },
};

export const fixtureTemplates: TemplateSource = {
  topics: {
    javascript: [
      { id: "fixture-loops", name: "Loops", description: "Fixture topic." },
      { id: "fixture-broken", name: "Broken", description: "Templates that can never verify." },
    ],
    typescript: [],
    python: [{ id: "fixture-slices", name: "Slices", description: "Fixture topic." }],
  },
  templates: [loopSum, alwaysThrows, tooFewDistractors, fillBlank, pythonSlices],
  rules: [
    {
      id: "fixture.off-by-one",
      feedback: "Off by one: check where the range starts and ends.",
      requires: { any: ["<", ":"] },
    },
    { id: "fixture.same-as-key", feedback: "Same as the key (must be dropped).", requires: {} },
    // Quotes `while`, which no fixture program contains: its feedback is never attached.
    { id: "fixture.guess", feedback: "A guess about the `while` loop.", requires: {} },
  ],
};
