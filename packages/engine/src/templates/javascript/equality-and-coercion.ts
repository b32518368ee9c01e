import type { ChallengeTemplate, Distractor, Rng, MisconceptionRule } from "../../types";
import {
  BLANK,
  checksProgram,
  OBJECT_NAMES as OBJ,
  WORDS,
  fill,
  lines,
  mut,
  predict,
  swap,
  val,
} from "./helpers";

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
    () => ({
      expr: `${n} + ${m} + "${d}"`,
      naive: `"" + ${n} + ${m} + "${d}"`,
      rule: "js.concat-precedence",
    }),
    () => ({
      expr: `"${n}" - ${d} + ${m}`,
      naive: `"${n}" - ${d} + "${m}"`,
      rule: "js.string-number-coercion",
    }),
    () => ({ expr: `"${d}" * "${m}"`, naive: `"${d}" + "${m}"`, rule: "js.string-number-coercion" }),
    () => ({ expr: `true + ${n}`, naive: `"true" + ${n}`, rule: "js.string-number-coercion" }),
    () => ({ expr: `NaN === NaN`, naive: `"NaN" === "NaN"`, rule: "js.nan-equality" }),
    () => ({ expr: `typeof null`, naive: `String(null)`, rule: "js.typeof-null" }),
    () => ({ expr: `"${d}" + ${n} - ${m}`, naive: `"${d}" + (${n} - ${m})`, rule: "js.concat-precedence" }),
    () => {
      const f = rng.int(2, 9);
      return { expr: `${n} + ${m} * ${f}`, naive: `(${n} + ${m}) * ${f}`, rule: "js.operator-precedence" };
    },
  ];
  return rng.pick(choices)();
}

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const equalityAndCoercionRules: MisconceptionRule[] = [
  {
    id: "js.numeric-string-is-string",
    feedback:
      "A string that looks like a number is still a string: `typeof` reports what a value is, not what it looks like.",
    requires: { all: ["typeof"] },
  },
];

/** Why each kind of quirk surprises, for the explanation's sentence about the trap. */
const QUIRK_WHY: Record<string, string> = {
  "js.loose-equality": "loose comparison converts both sides (to numbers, or to primitives) before comparing",
  "js.truthiness": "`==` does not test truthiness; it converts both sides to numbers, and an empty array becomes 0",
  "js.string-compare": "two strings compare character by character, so the first characters decide",
  "js.reference-equality": "two array literals are two different objects, and `===` compares identity",
  "js.concat-precedence": "`+` runs left to right, adding numbers until a string turns it into concatenation",
  "js.string-number-coercion": "only `+` concatenates; the other arithmetic operators convert strings to numbers",
  "js.nan-equality": "NaN is the one value not equal to itself",
  "js.typeof-null": "null reports \"object\", a historical quirk",
  "js.operator-precedence": "multiplication binds tighter than addition",
};

function TYPEOF_WHY(expr: string): string {
  if (expr === "typeof null") return 'null reports "object", a historical quirk';
  if (expr.startsWith("typeof [")) return 'an array is an object, so it reports "object"';
  if (expr === "typeof class {}") return 'a class is a function, so it reports "function"';
  if (expr.startsWith("typeof {")) return 'an object literal reports "object"';
  if (expr === "typeof undefined") return 'undefined has its own type, "undefined"';
  if (expr.startsWith('typeof "')) return 'a numeric string is still a "string"';
  return 'NaN is a value of type "number"';
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
        mut(
          "js.concat-precedence",
          swap(swap(code, `${v} + ${k}`, `Number(${v}) + ${k}`), `${v} === ${other})`, `${v} == ${other})`),
        ),
      ],
      trap: `${v} + ${k}`,
      explanation: `\`${v}\` is the string "${n}", so the trap \`${v} + ${k}\` concatenates instead of adding: \`+\` with a string on either side joins text. \`==\` converts the string to a number before comparing, while \`===\` is false whenever the types differ.`,
    };
  }),

  predict(T, "medium", "or-versus-nullish", (rng) => {
    const f = rng.pick(["describe", "format", "summary", "label", "render"]);
    const [p1, p2] = rng.pick([
      ["count", "label"],
      ["qty", "unit"],
      ["page", "title"],
      ["score", "name"],
      ["size", "tag"],
    ]);
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
        mut(
          "js.or-vs-nullish",
          swap(swap(code, `${p1} || ${d1}`, `${p1} ?? ${d1}`), `${p2} ?? "${d2}"`, `${p2} || "${d2}"`),
        ),
        val(
          "js.truthiness",
          `${falsyNum === "0" ? "0" : ""} [${falsyStr === "0" ? "0" : ""}]\n${num} [${nullish}]`,
        ),
      ],
      trap: `${p1} || ${d1}`,
      explanation: `\`${p1} || ${d1}\` is the trap: \`||\` replaces every falsy value, including \`0\` and \`""\`, while \`??\` (as in \`${p2} ?? "${d2}"\`) replaces only \`null\` and \`undefined\`.`,
    };
  }),

  predict(T, "hard", "coercion-quirks", (rng) => {
    const quirks: Quirk[] = [];
    while (quirks.length < 4) {
      const q = coercionQuirk(rng);
      if (!quirks.some((x) => x.expr === q.expr)) quirks.push(q);
    }
    const code = checksProgram(quirks.map((q) => q.expr));
    const distractors: Distractor[] = quirks.map((q) =>
      mut(q.rule, checksProgram(quirks.map((x) => (x === q ? x.naive : x.expr)))),
    );
    distractors.push(mut(quirks[0]!.rule, checksProgram(quirks.map((q) => q.naive))));
    return {
      title: "Coercion corner cases",
      code,
      distractors,
      trap: quirks[0]!.expr,
      explanation: `Each line follows JavaScript\'s coercion rules; the one most likely to catch you is \`${quirks[0]!.expr}\`: ${QUIRK_WHY[quirks[0]!.rule] ?? "check the conversion step by step"}. In general \`==\` converts operands (objects to primitives, strings to numbers, \`null\` only equals \`undefined\`), relational operators convert \`null\` to 0, \`+\` concatenates as soon as a string is involved, and objects compare by identity. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "easy", "empty-array-check", (rng) => {
    const v = rng.pick(["high", "matches", "winners", "picked", "over", "big"]);
    const src = rng.pick(["scores", "prices", "ages", "sizes", "votes"]);
    const [yes, no] = rng.pick([
      ["none", "some"],
      ["nothing found", "found some"],
      ["empty", "not empty"],
      ["no rows", "got rows"],
      ["idle", "busy"],
    ]);
    const nums = Array.from({ length: rng.int(3, 5) }, () => rng.int(1, 60));
    const limit = rng.int(61, 99);
    return {
      title: "Checking for an empty array",
      prompt: "Which condition makes this program print `{{target}}`?",
      code: lines(
        `const ${src} = [${nums.join(", ")}];`,
        `const ${v} = ${src}.filter((n) => n > ${limit});`,
        `const message = ${BLANK} ? "${yes}" : "${no}";`,
        `console.log(message);`,
      ),
      answer: `${v}.length === 0`,
      wrong: [
        { fragment: `Boolean(${v}) === false`, rule: "js.truthiness" },
        { fragment: `${v} == []`, rule: "js.reference-equality" },
        { fragment: `${v} === []`, rule: "js.reference-equality" },
        { fragment: `${v} === undefined`, rule: "js.truthiness" },
      ],
      trap: `${v}.length === 0`,
      explanation: `\`filter\` always returns an array, here an empty one. An empty array is an object, so it is truthy, and it never equals another array literal, which is a different object. That is why \`${v}.length === 0\` is the reliable test.`,
    };
  }),

  predict(T, "medium", "switch-strict-fallthrough", (rng) => {
    const f = rng.pick(["classify", "route", "grade", "bucket", "tagOf"]);
    const [n1, n2, n3] = rng.sample([1, 2, 3, 4, 5, 6, 7, 8, 9], 3) as [number, number, number];
    const [l1, l2, l3, ld] = rng.sample([..."abcdefghkmnpqrstuvwxyz"], 4);
    const args = rng.shuffle([`${n1}`, `"${n2}"`, `${n3}`]);
    const code = lines(
      `function ${f}(code) {`,
      `  let out = "";`,
      `  switch (code) {`,
      `    case ${n1}:`,
      `      out += "${l1}";`,
      `    case ${n2}:`,
      `      out += "${l2}";`,
      `      break;`,
      `    case "${n3}":`,
      `      out += "${l3}";`,
      `    default:`,
      `      out += "${ld}";`,
      `  }`,
      `  return out;`,
      `}`,
      `console.log(${args.map((a) => `${f}(${a})`).join(", ")});`,
    );
    const loose = swap(
      swap(code, `switch (code) {`, `switch (true) {`),
      `    case ${n1}:`,
      `    case code == ${n1}:`,
    );
    const looseAll = swap(
      swap(loose, `    case ${n2}:`, `    case code == ${n2}:`),
      `    case "${n3}":`,
      `    case code == "${n3}":`,
    );
    return {
      title: "switch: matching and falling through",
      code,
      distractors: [
        mut(
          "js.switch-fallthrough",
          swap(code, `      out += "${l1}";`, `      out += "${l1}";\n      break;`),
        ),
        mut("js.switch-strict", looseAll),
        mut(
          "js.switch-fallthrough",
          swap(
            swap(code, `      out += "${l1}";`, `      out += "${l1}";\n      break;`),
            `      out += "${l3}";`,
            `      out += "${l3}";\n      break;`,
          ),
        ),
        mut(
          "js.switch-strict",
          swap(
            swap(looseAll, `      out += "${l1}";`, `      out += "${l1}";\n      break;`),
            `      out += "${l3}";`,
            `      out += "${l3}";\n      break;`,
          ),
        ),
      ],
      trap: `case "${n3}":`,
      explanation: `\`switch\` compares with \`===\`, so the trap \`case "${n3}":\` never matches the number ${n3} (and the string "${n2}" never matches \`case ${n2}:\`); such calls fall to \`default\`. A matching case without \`break\` keeps running the following cases\' code.`,
    };
  }),

  predict(T, "hard", "valueof-versus-tostring", (rng) => {
    const o = rng.pick(["price", "temp", "score", "amount", "level"]);
    const n = rng.int(10, 99);
    const word = rng.pick(["forty", "lots", "many", "plenty", "some", "few"]);
    const k = rng.int(1, 9);
    const setup = [
      `const ${o} = {`,
      `  valueOf() { return ${n}; },`,
      `  toString() { return "${word}"; },`,
      `};`,
    ];
    const exprs = [`${o} + ${k}`, "`${" + o + "}`", `${o} == ${n}`, `${o} === ${n}`, `String(${o}) + ${k}`];
    const code = checksProgram(exprs, setup);
    return {
      title: "valueOf versus toString",
      code,
      distractors: [
        mut(
          "js.to-primitive",
          checksProgram(exprs, [`const ${o} = {`, `  toString() { return "${word}"; },`, `};`]),
        ),
        mut(
          "js.to-primitive",
          checksProgram(exprs, [
            `const ${o} = {`,
            `  valueOf() { return ${n}; },`,
            `  toString() { return "${n}"; },`,
            `};`,
          ]),
        ),
        mut(
          "js.loose-equality",
          checksProgram(
            exprs.map((e) => (e === `${o} == ${n}` ? `${o} === ${n}` : e)),
            setup,
          ),
        ),
        mut(
          "js.to-primitive",
          checksProgram(
            exprs.map((e) => (e.startsWith("`") ? `${o}.valueOf()` : e)),
            setup,
          ),
        ),
      ],
      trap: `${o} + ${k}`,
      explanation: `\`${o} + ${k}\` is the trap: \`+\` and \`==\` convert the object with the "default" hint, which calls \`valueOf\` (${n}), not \`toString\`. Template literals and \`String()\` use the "string" hint, which calls \`toString\` ("${word}"). \`===\` never converts, so an object is never \`===\` a number.`,
    };
  }),

  predict(T, "easy", "typeof-surprises", (rng) => {
    const n = rng.int(1, 99);
    const w = rng.pick(WORDS);
    const pool: [string, string, string][] = [
      ["typeof null", '"null"', "js.typeof-null"],
      [`typeof [${n}]`, '"array"', "js.typeof-null"],
      ["typeof NaN", '"NaN"', "js.nan-equality"],
      [`typeof "${n}"`, '"number"', "js.numeric-string-is-string"],
      ["typeof class {}", '"class"', "js.typeof-null"],
      [`typeof { ${w}: ${n} }`, '"map"', "js.typeof-null"],
      [`typeof Number("${w}")`, '"NaN"', "js.nan-equality"],
      ["typeof undefined", '"null"', "js.typeof-null"],
    ];
    const chosen = rng.sample(pool, 3);
    const v = rng.pick(["kinds", "types", "results", "seen"]);
    const code = lines(
      `const ${v} = [`,
      ...chosen.map(([e]) => `  ${e},`),
      `];`,
      `console.log(${v}.join(" "));`,
    );
    return {
      title: "What typeof reports",
      code,
      distractors: [
        ...chosen.map(([e, naive, rule]) => mut(rule, swap(code, `  ${e},`, `  ${naive},`))),
        mut(
          chosen[0]![2],
          chosen.reduce((c, [e, naive]) => swap(c, `  ${e},`, `  ${naive},`), code),
        ),
      ],
      trap: chosen[0]![0],
      explanation: `\`typeof\` has only a few answers, and \`${chosen[0]![0]}\` is the trap here: ${TYPEOF_WHY(chosen[0]![0])}. In general \`null\` and arrays are "object" (use \`=== null\` and \`Array.isArray\`), \`NaN\` is a "number", classes are "function", and a numeric string is still a "string".`,
    };
  }),

  fill(T, "medium", "null-or-undefined-check", (rng) => {
    const f = rng.pick(["describe", "status", "check", "label"]);
    const [yes, no] = rng.pick([
      ["missing", "present"],
      ["empty", "set"],
      ["none", "some"],
      ["absent", "there"],
    ]);
    const extra = rng.pick(["0", '""', "false", "NaN"]);
    const n = rng.int(1, 99);
    const args = rng.shuffle(["undefined", "null", extra, String(n)]);
    return {
      title: "Catching both null and undefined",
      prompt: "Which operator makes this program print `{{target}}`?",
      code: lines(
        `function ${f}(v) {`,
        `  return v ${BLANK} null ? "${yes}" : "${no}";`,
        `}`,
        `console.log([${args.join(", ")}].map(${f}).join(" "));`,
      ),
      answer: "==",
      wrong: [
        { fragment: "===", rule: "js.loose-equality" },
        { fragment: "!=", rule: "js.loose-equality" },
        { fragment: ">=", rule: "js.loose-equality" },
        { fragment: "<=", rule: "js.loose-equality" },
      ],
      trap: "==",
      explanation: '`v == null` is true for exactly two values, `null` and `undefined` (loose equality treats them as equal to each other and to nothing else, not even `0` or `""`). `===` catches only `null`, and the relational operators convert `null` to 0.',
    };
  }),

  predict(T, "hard", "in-versus-undefined", (rng) => {
    const o = rng.pick(OBJ);
    const [a, b, c] = rng.sample(
      ["nick", "age", "email", "color", "count", "owner", "title", "price", "score", "city", "phone", "note"],
      3,
    );
    const zero = rng.pick(["0", '""']);
    const d = rng.pick(["dflt", "none", "n/a", "unset"]);
    const setup = [`const ${o} = { ${a}: undefined, ${b}: ${zero} };`];
    const exprs = [
      `"${a}" in ${o}`,
      `${o}.${a} === undefined`,
      `"${c}" in ${o}`,
      `${o}.${c} === undefined`,
      `JSON.stringify(${o}.${b} ?? "${d}")`,
      `JSON.stringify(${o}.${b} || "${d}")`,
    ];
    const code = checksProgram(exprs, setup);
    const variant = (i: number, e: string) =>
      checksProgram(
        exprs.map((x, j) => (j === i ? e : x)),
        setup,
      );
    return {
      title: "Missing keys, undefined values and falsy values",
      code,
      distractors: [
        mut("js.in-vs-undefined", variant(0, `${o}.${a} !== undefined`)),
        mut("js.or-vs-nullish", variant(4, `JSON.stringify(${o}.${b} || "${d}")`)),
        mut("js.or-vs-nullish", variant(5, `JSON.stringify(${o}.${b} ?? "${d}")`)),
        mut("js.in-vs-undefined", variant(3, `"${c}" in ${o}`)),
        mut(
          "js.truthiness",
          checksProgram(
            exprs.map((x, j) =>
              j === 4 || j === 5 ? `JSON.stringify(${o}.${b} !== undefined ? ${o}.${b} : "${d}")` : x,
            ),
            setup,
          ),
        ),
      ],
      trap: `"${a}" in ${o}`,
      explanation: `\`"${a}" in ${o}\` is the trap: \`in\` asks whether the key exists, and "${a}" exists (holding \`undefined\`) while "${c}" doesn\'t, yet both READ as \`undefined\`. \`${zero}\` is falsy, so \`||\` replaces it, while \`??\` keeps it because it is neither null nor undefined.`,
    };
  }),
];
