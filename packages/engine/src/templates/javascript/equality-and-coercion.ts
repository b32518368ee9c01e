import type { ChallengeTemplate, Distractor, Rng } from "../../types";
import { lines, mut, predict, swap, val } from "./helpers";

const T = "equality-and-coercion";

/** A one-line expression whose result surprises, and the expression a learner effectively evaluates instead. */
interface Quirk {
  expr: string;
  naive: string;
  rule: string;
}

function coercionQuirk(rng: Rng): Quirk {
  const n = rng.int(1, 99);
  const m = rng.int(1, 99);
  const d = rng.int(1, 9);
  const big = rng.int(10, 19);
  const choices: (() => Quirk)[] = [
    () => ({ expr: `[${n}] == ${n}`, naive: `[${n}] === ${n}`, rule: "js.loose-equality" }),
    () => ({ expr: `"${n}" == ${n}`, naive: `"${n}" === ${n}`, rule: "js.loose-equality" }),
    () => ({ expr: `null == 0`, naive: `Number(null) == 0`, rule: "js.loose-equality" }),
    () => ({ expr: `null >= 0`, naive: `null > 0 || null == 0`, rule: "js.loose-equality" }),
    () => ({ expr: `undefined == null`, naive: `undefined === null`, rule: "js.loose-equality" }),
    () => ({ expr: `[] == false`, naive: `Boolean([]) == false`, rule: "js.truthiness" }),
    () => ({ expr: `"${big}" < "${d}"`, naive: `${big} < ${d}`, rule: "js.string-compare" }),
    () => ({ expr: `[${n}] === [${n}]`, naive: `${n} === ${n}`, rule: "js.reference-equality" }),
    () => ({ expr: `${n} + ${m} + "${d}"`, naive: `"" + ${n} + ${m} + "${d}"`, rule: "js.concat-precedence" }),
    () => ({ expr: `"${n}" - ${d} + ${m}`, naive: `"${n}" - ${d} + "${m}"`, rule: "js.string-number-coercion" }),
    () => ({ expr: `"${d}" * "${m}"`, naive: `"${d}" + "${m}"`, rule: "js.string-number-coercion" }),
    () => ({ expr: `true + ${n}`, naive: `"true" + ${n}`, rule: "js.string-number-coercion" }),
    () => ({ expr: `NaN === NaN`, naive: `"NaN" === "NaN"`, rule: "js.nan-equality" }),
    () => ({ expr: `typeof null`, naive: `String(null)`, rule: "js.typeof-null" }),
    () => ({ expr: `"${d}" + ${n} - ${m}`, naive: `"${d}" + (${n} - ${m})`, rule: "js.concat-precedence" }),
  ];
  return rng.pick(choices)();
}

export const equalityAndCoercionTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "form-input-is-string", (rng) => {
    const v = rng.pick(["input", "qty", "age", "field", "entry", "raw"]);
    const t = rng.pick(["total", "sum", "result", "next", "value"]);
    const n = rng.int(1, 60);
    const k = rng.int(1, 40);
    const other = n;
    const code = lines(
      `const ${v} = "${n}";`,
      `const ${t} = ${v} + ${k};`,
      `console.log(${t});`,
      `console.log(${v} == ${other}, ${v} === ${other});`,
    );
    return {
      title: "A number that arrived as a string",
      prompt: "What does this program print? (`" + v + "` holds text read from a form field.)",
      code,
      distractors: [
        mut("js.concat-precedence", swap(code, `${v} + ${k}`, `Number(${v}) + ${k}`)),
        mut("js.loose-equality", swap(code, `${v} == ${other},`, `${v} === ${other},`)),
        mut("js.loose-equality", swap(code, `${v} === ${other})`, `${v} == ${other})`)),
        mut("js.concat-precedence", swap(swap(code, `${v} + ${k}`, `Number(${v}) + ${k}`), `${v} === ${other})`, `${v} == ${other})`)),
      ],
      explanation: `\`${v}\` is the string "${n}", so \`+ ${k}\` concatenates instead of adding. \`==\` converts the string to a number before comparing, while \`===\` is false whenever the types differ.`,
    };
  }),

  predict(T, "medium", "or-versus-nullish", (rng) => {
    const f = rng.pick(["describe", "format", "summary", "label", "render"]);
    const [p1, p2] = rng.pick([["count", "label"], ["qty", "unit"], ["page", "title"], ["score", "name"], ["size", "tag"]]);
    const d1 = rng.int(5, 50);
    const d2 = rng.pick(["none", "n/a", "unknown", "default", "?"]);
    const falsyNum = rng.pick(["0", '""']);
    const nullish = rng.pick(["null", "undefined"]);
    const falsyStr = rng.pick(['""', "0"]);
    const num = rng.int(1, 9);
    const code = lines(
      `function ${f}(${p1}, ${p2}) {`,
      `  const a = ${p1} || ${d1};`,
      `  const b = ${p2} ?? "${d2}";`,
      "  return `${a} [${b}]`;",
      `}`,
      `console.log(${f}(${falsyNum}, ${falsyStr}));`,
      `console.log(${f}(${num}, ${nullish}));`,
    );
    return {
      title: "|| versus ?? for defaults",
      code,
      distractors: [
        mut("js.or-vs-nullish", swap(code, `${p1} || ${d1}`, `${p1} ?? ${d1}`)),
        mut("js.or-vs-nullish", swap(code, `${p2} ?? "${d2}"`, `${p2} || "${d2}"`)),
        mut("js.or-vs-nullish", swap(swap(code, `${p1} || ${d1}`, `${p1} ?? ${d1}`), `${p2} ?? "${d2}"`, `${p2} || "${d2}"`)),
        val("js.truthiness", `${falsyNum === "0" ? "0" : ""} [${falsyStr === "0" ? "0" : ""}]\n${num} [${nullish}]`),
      ],
      explanation: `\`||\` replaces every falsy value (including \`0\` and \`""\`), while \`??\` replaces only \`null\` and \`undefined\`.`,
    };
  }),

  predict(T, "hard", "coercion-quirks", (rng) => {
    const quirks: Quirk[] = [];
    while (quirks.length < 4) {
      const q = coercionQuirk(rng);
      if (!quirks.some((x) => x.expr === q.expr)) quirks.push(q);
    }
    const code = lines(...quirks.map((q) => `console.log(${q.expr});`));
    const distractors: Distractor[] = quirks.map((q) => mut(q.rule, swap(code, `console.log(${q.expr});`, `console.log(${q.naive});`)));
    distractors.push(mut(quirks[0]!.rule, lines(...quirks.map((q) => `console.log(${q.naive});`))));
    return {
      title: "Coercion corner cases",
      code,
      distractors,
      explanation:
        "Each line follows JavaScript's coercion rules: `==` converts operands (objects to primitives, strings to numbers, `null` only equals `undefined`), relational operators convert `null` to 0, `+` concatenates as soon as a string is involved, and objects compare by identity. Output:\n\n```\n{{output}}\n```",
    };
  }),
];
