import type { ChallengeTemplate, Distractor, Rng, MisconceptionRule } from "../../types";
import {
  BLANK,
  checksProgram,
  distinctInts,
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
  {
    id: "js.object-is",
    feedback:
      "`Object.is` differs from `===` in exactly two cases: it treats NaN as equal to itself and tells 0 from -0.",
    requires: { all: ["Object.is"] },
  },
  {
    id: "js.double-negation",
    feedback:
      '`!!` gives a value\'s truthiness: only falsy values give false, and any non-empty string (even "0" or "false") or any array gives true.',
    requires: { all: ["!!"] },
  },
  {
    id: "js.boolean-to-number",
    feedback:
      "Loosely compared with a boolean, the boolean becomes a number first (true is 1), so `== true` is not a truthiness test.",
    requires: { all: ["== true"] },
  },
  {
    id: "js.number-conversion",
    feedback:
      "`Number` converts the whole value: blank text becomes 0, text that is not entirely a number NaN, null 0 and undefined NaN.",
    requires: { all: ["Number"] },
  },
  {
    id: "js.array-to-primitive",
    feedback:
      "Loosely compared with a primitive, an array is first joined into a string with commas; two arrays are compared by identity.",
    requires: { all: ["=="] },
  },
  {
    id: "js.set-same-value-zero",
    feedback:
      "A `Set` compares members with SameValueZero: NaN matches NaN and 0 matches -0, but a string and a number differ and each object literal is new.",
    requires: { all: ["Set"] },
  },
  {
    id: "js.relational-converts",
    feedback:
      'Relational operators convert both sides to numbers (null and "" become 0, undefined NaN), and every comparison with NaN is false.',
    requires: { any: [">=", "<=", "<", ">"] },
  },
  {
    id: "js.map-keys-by-identity",
    feedback:
      "A `Map` keeps keys as they are and compares them like strict equality: a number and the string of its digits are different keys, and an array key is found only through the same array.",
    requires: { all: ["Map"] },
  },
  {
    id: "js.plus-on-objects",
    feedback:
      '`+` turns arrays and objects into primitives first, which gives strings (joined items, or "[object Object]"), so it concatenates.',
    requires: { all: ["+"] },
  },
];

/** Why each kind of quirk surprises, for the explanation's sentence about the trap. */
const QUIRK_WHY: Record<string, string> = {
  "js.loose-equality": "loose comparison converts both sides (to numbers, or to primitives) before comparing",
  "js.truthiness":
    "`==` does not test truthiness; it converts both sides to numbers, and an empty array becomes 0",
  "js.string-compare": "two strings compare character by character, so the first characters decide",
  "js.reference-equality": "two array literals are two different objects, and `===` compares identity",
  "js.concat-precedence": "`+` runs left to right, adding numbers until a string turns it into concatenation",
  "js.string-number-coercion":
    "only `+` concatenates; the other arithmetic operators convert strings to numbers",
  "js.nan-equality": "NaN is the one value not equal to itself",
  "js.typeof-null": 'null reports "object", a historical quirk',
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
      explanation: `Each line follows JavaScript's coercion rules; the one most likely to catch you is \`${quirks[0]!.expr}\`: ${QUIRK_WHY[quirks[0]!.rule] ?? "check the conversion step by step"}. In general \`==\` converts operands (objects to primitives, strings to numbers, \`null\` only equals \`undefined\`), relational operators convert \`null\` to 0, \`+\` concatenates as soon as a string is involved, and objects compare by identity. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
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
      explanation: `\`switch\` compares with \`===\`, so the trap \`case "${n3}":\` never matches the number ${n3} (and the string "${n2}" never matches \`case ${n2}:\`); such calls fall to \`default\`. A matching case without \`break\` keeps running the following cases' code.`,
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
      explanation:
        '`v == null` is true for exactly two values, `null` and `undefined` (loose equality treats them as equal to each other and to nothing else, not even `0` or `""`). `===` catches only `null`, and the relational operators convert `null` to 0.',
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
      explanation: `\`"${a}" in ${o}\` is the trap: \`in\` asks whether the key exists, and "${a}" exists (holding \`undefined\`) while "${c}" doesn't, yet both READ as \`undefined\`. \`${zero}\` is falsy, so \`||\` replaces it, while \`??\` keeps it because it is neither null nor undefined.`,
    };
  }),
  predict(T, "easy", "object-is-versus-strict", (rng) => {
    const n = rng.int(1, 99);
    const v = rng.pick(["zero", "z", "nothing", "none"]);
    const pairs = rng.shuffle([
      [`${v} === -${v}`, `Object.is(${v}, -${v})`],
      [`NaN === NaN`, `Object.is(NaN, NaN)`],
      [`${n} === ${n}`, `Object.is(${n}, ${n})`],
    ]);
    const code = lines(`const ${v} = 0;`, ...pairs.map(([a, b]) => `console.log(${a}, ${b});`));
    return {
      title: "Object.is() versus ===",
      code,
      distractors: [
        mut("js.object-is", swap(code, `Object.is(${v}, -${v})`, `${v} === -${v}`)),
        mut("js.object-is", swap(code, `Object.is(NaN, NaN)`, `NaN === NaN`)),
        mut("js.nan-equality", swap(code, `console.log(NaN === NaN,`, `console.log(Object.is(NaN, NaN),`)),
        mut("js.object-is", swap(code, `console.log(${v} === -${v},`, `console.log(Object.is(${v}, -${v}),`)),
      ],
      explanation: `\`Object.is(${v}, -${v})\` is the trap: \`Object.is\` agrees with \`===\` except in two cases. It tells 0 and -0 apart (\`===\` treats them as equal) and it treats \`NaN\` as equal to itself (\`===\` never does).`,
      trap: `Object.is(${v}, -${v})`,
    };
  }),

  predict(T, "easy", "double-negation-of-strings", (rng) => {
    const vals = rng.shuffle([
      '"0"',
      '"false"',
      `"${rng.int(2, 99)}"`,
      rng.pick(['""', '" "', "[]", "0", "null"]),
    ]);
    const arr = rng.pick(["inputs", "flags", "answers", "raw"]);
    const code = lines(
      `const ${arr} = [${vals.join(", ")}];`,
      `const truthy = ${arr}.map((x) => !!x);`,
      `console.log(truthy.join(" "));`,
      `console.log(${arr}.filter(Boolean).length);`,
    );
    return {
      title: "What !! makes of each value",
      code,
      distractors: [
        mut("js.double-negation", swap(code, `${arr}.map((x) => !!x)`, `${arr}.map((x) => x == true)`)),
        mut("js.double-negation", swap(code, `${arr}.map((x) => !!x)`, `${arr}.map((x) => !!Number(x))`)),
        mut("js.double-negation", swap(code, `${arr}.map((x) => !!x)`, `${arr}.map((x) => !x)`)),
        mut("js.double-negation", swap(code, `${arr}.filter(Boolean)`, `${arr}.filter((x) => x != false)`)),
      ],
      explanation: `\`!!x\` is the trap: it converts a value to its truthiness, not to the number or word it looks like. Only falsy values (\`0\`, \`""\`, \`null\`, …) give false; every non-empty string, even "0" or "false", and every array, even an empty one, gives true.`,
      trap: `!!x`,
    };
  }),

  predict(T, "easy", "loose-compare-with-true", (rng) => {
    const big = rng.int(2, 9);
    const pool = ['"1"', `"${big}"`, '"true"', '"yes"', "1", `${big}`, "[1]"];
    const vals = rng.sample(pool, 4);
    if (!vals.includes('"true"') && !vals.includes(`"${big}"`)) vals[0] = '"true"';
    const arr = rng.pick(["answers", "replies", "inputs", "votes"]);
    const code = lines(
      `const ${arr} = [${vals.join(", ")}];`,
      `for (const a of ${arr}) {`,
      `  console.log(a == true, Boolean(a));`,
      `}`,
    );
    return {
      title: "Comparing values with true using ==",
      code,
      distractors: [
        mut("js.boolean-to-number", swap(code, `a == true`, `Boolean(a) == true`)),
        mut("js.boolean-to-number", swap(code, `a == true`, `String(a) == "true"`)),
        mut("js.boolean-to-number", swap(code, `a == true`, `a === true`)),
        mut("js.truthiness", swap(code, `Boolean(a)`, `a == true`)),
      ],
      explanation: `\`a == true\` is the trap: it does NOT test truthiness. Loosely compared with a boolean, the boolean becomes a number first (\`true\` is 1), and then the other side is converted to a number too, so only values that convert to exactly 1 are \`== true\`, while \`Boolean(a)\` is true for all of them.`,
      trap: `a == true`,
    };
  }),

  predict(T, "medium", "number-conversion-of-text", (rng) => {
    const n = rng.int(1, 99);
    const unit = rng.pick(["px", "kg", "%", "em"]);
    const pool = [
      '""',
      '"  "',
      `" ${n} "`,
      `"${n}${unit}"`,
      "null",
      "undefined",
      "true",
      "[]",
      `"0x1${n % 10}"`,
    ];
    const vals = rng.sample(pool, 5);
    const arr = rng.pick(["fields", "cells", "inputs", "entries"]);
    const code = lines(
      `const ${arr} = [${vals.join(", ")}];`,
      `const nums = ${arr}.map((x) => Number(x));`,
      `console.log(nums.join(" "));`,
      `console.log(nums.filter((x) => x === 0).length);`,
    );
    return {
      title: "Number() on blanks, null and units",
      code,
      distractors: [
        mut("js.number-conversion", swap(code, `Number(x)`, `parseInt(x)`)),
        mut("js.number-conversion", swap(code, `Number(x)`, `parseFloat(x)`)),
        mut("js.number-conversion", swap(code, `Number(x)`, `(x ? Number(x) : NaN)`)),
        mut("js.number-conversion", swap(code, `Number(x)`, `(x == null ? 0 : Number(x))`)),
      ],
      explanation: `\`Number(x)\` is the trap: it converts the WHOLE value. An empty or blank string becomes 0 (surrounding spaces are ignored), any other text that isn't entirely a number becomes NaN, \`null\`, \`[]\` and \`false\` become 0, \`true\` 1, and \`undefined\` NaN. \`parseInt\` would instead read a leading number and give NaN for blanks.`,
      trap: `Number(x)`,
    };
  }),

  predict(T, "medium", "arrays-compared-loosely", (rng) => {
    const [a, b] = distinctInts(rng, 2, 1, 9);
    const prims = rng.sample(
      [`[${a}, ${b}] == "${a},${b}"`, `[] == ""`, `[${a}] == ${a}`, `[0] == false`],
      3,
    );
    const pair = `[${a}, ${b}] == [${a}, ${b}]`;
    const shown = rng.shuffle([...prims, pair]);
    const code = checksProgram(shown);
    const with1 = (from: string, to: string) => checksProgram(shown.map((e) => (e === from ? to : e)));
    const loose = prims[0]!;
    return {
      title: "Arrays compared with == against primitives",
      code,
      distractors: [
        ...prims.map((e) => mut("js.array-to-primitive", with1(e, e.replace(" == ", " === ")))),
        mut(
          "js.reference-equality",
          with1(pair, `JSON.stringify([${a}, ${b}]) == JSON.stringify([${a}, ${b}])`),
        ),
      ],
      explanation: `\`${loose}\` shows the trap: loosely compared with a primitive, an array is first turned into a string by joining its items with commas (\`[]\` becomes "", \`[0]\` "0"), and then compared as a string or number. Two arrays, however, are compared by identity, so two separate literals are never equal.`,
      trap: loose,
    };
  }),

  predict(T, "medium", "set-membership-equality", (rng) => {
    const n = rng.int(1, 9);
    const items = rng.shuffle(["NaN", "NaN", "0", "-0", `"${n}"`, `${n}`, "{}", "{}"]);
    const s = rng.pick(["seen", "unique", "bag", "members"]);
    const k = rng.pick(["key", "token", "ref", "mark"]);
    const literal = `new Set([${items.join(", ")}])`;
    const withItems = (f: (x: string, i: number) => string) => `new Set([${items.map(f).join(", ")}])`;
    const firstNaN = items.indexOf("NaN");
    const code = lines(
      `const ${s} = ${literal};`,
      `console.log(${s}.size);`,
      `const ${k} = {};`,
      `${s}.add(${k}).add(${k});`,
      `console.log(${s}.size, ${s}.has(NaN), ${s}.has(-0), ${s}.has({}), ${s}.has(${k}));`,
    );
    return {
      title: "Which values a Set treats as the same",
      code,
      distractors: [
        mut(
          "js.set-same-value-zero",
          swap(
            code,
            literal,
            withItems((x, i) => (x === "NaN" ? (i === firstNaN ? '"NaN"' : '"NaN "') : x)),
          ),
        ),
        mut(
          "js.set-same-value-zero",
          swap(
            code,
            literal,
            withItems((x) => (x === "-0" ? '"-0"' : x)),
          ),
        ),
        mut(
          "js.set-same-value-zero",
          swap(
            code,
            literal,
            withItems((x) => (x === "{}" ? '"{}"' : x)),
          ),
        ),
        mut("js.set-same-value-zero", swap(code, `${s}.add(${k}).add(${k});`, `${s}.add(${k}).add({});`)),
        mut("js.reference-equality", swap(code, `${s}.has({})`, `${s}.has(${k})`)),
      ],
      explanation: `\`${literal}\` is the trap: a Set compares members with SameValueZero. \`NaN\` matches \`NaN\` and 0 matches -0, so each is kept once, but "${n}" and ${n} are different values, and every \`{}\` is a new object, so each literal is a separate member (and \`has({})\` looks for yet another one). Adding \`${k}\` twice adds it once.`,
      trap: literal,
    };
  }),

  predict(T, "hard", "comparisons-with-null-and-undefined", (rng) => {
    const f = rng.pick(["atLeast", "reaches", "meets", "enough"]);
    const min = 0;
    const args = rng.shuffle(["null", "undefined", '""', `"${min + 3}"`]);
    const code = lines(
      `function ${f}(v) {`,
      `  return [v >= ${min}, v < ${min}, v == ${min}];`,
      `}`,
      ...args.map((a) => `console.log(${f}(${a}).join(" "));`),
    );
    return {
      title: "null and undefined in >= and ==",
      code,
      distractors: [
        mut(
          "js.relational-converts",
          swap(
            code,
            `  return [v >= ${min}, v < ${min}, v == ${min}];`,
            `  return [Number(v) >= ${min}, Number(v) < ${min}, Number(v) == ${min}];`,
          ),
        ),
        mut(
          "js.relational-converts",
          swap(
            code,
            `  return [v >= ${min}, v < ${min}, v == ${min}];`,
            `  return [v > ${min} || v == ${min}, v < ${min}, v == ${min}];`,
          ),
        ),
        mut(
          "js.relational-converts",
          swap(
            code,
            `  return [v >= ${min}, v < ${min}, v == ${min}];`,
            `  return [!(v < ${min}), v < ${min}, v == ${min}];`,
          ),
        ),
        mut(
          "js.loose-equality",
          swap(
            code,
            `  return [v >= ${min}, v < ${min}, v == ${min}];`,
            `  return [v >= ${min}, v < ${min}, v === ${min}];`,
          ),
        ),
      ],
      explanation: `\`v >= ${min}\` is the trap: relational operators convert both sides to numbers, so \`null\` and \`""\` become 0 while \`undefined\` becomes NaN, and every comparison with NaN is false (so \`>=\` is not "not \`<\`"). \`==\`, however, does NOT convert \`null\` or \`undefined\`: they equal only each other, which is why \`null >= 0\` can be true while \`null == 0\` is false.`,
      trap: `v >= ${min}`,
    };
  }),

  predict(T, "hard", "map-keys-versus-object-keys", (rng) => {
    const n = rng.int(1, 9);
    const [x, y] = rng.sample(WORDS, 2);
    const m = rng.pick(["map", "lookup", "byKey", "table"]);
    const o = rng.pick(["obj", "dict", "plain", "record"]);
    const code = lines(
      `const ${m} = new Map();`,
      `const ${o} = {};`,
      `${m}.set(${n}, "${x}");`,
      `${o}[${n}] = "${x}";`,
      `${m}.set([${n}], "${y}");`,
      `${o}[[${n}]] = "${y}";`,
      `console.log(${m}.get("${n}"), ${o}["${n}"]);`,
      `console.log(${m}.get([${n}]), ${m}.size, Object.keys(${o}).length);`,
    );
    return {
      title: "Map keys versus plain-object keys",
      code,
      distractors: [
        mut("js.map-keys-by-identity", swap(code, `${m}.get("${n}")`, `${m}.get(${n})`)),
        mut(
          "js.map-keys-by-identity",
          swap(code, `${m}.set([${n}], "${y}");`, `${m}.set(String([${n}]), "${y}");`),
        ),
        mut(
          "js.object-keys-are-strings",
          swap(code, `${o}[[${n}]] = "${y}";`, `${o}[JSON.stringify([${n}])] = "${y}";`),
        ),
        mut("js.map-keys-by-identity", swap(code, `${m}.get([${n}])`, `[...${m}.values()].at(-1)`)),
      ],
      explanation: `\`${m}.get("${n}")\` is the trap: a Map keeps keys as they are and compares them like \`===\`, so the number ${n} and the string "${n}" are different keys, and the array key is found only through that same array, not a new \`[${n}]\`. A plain object turns every key into a string, so \`${o}[${n}]\`, \`${o}["${n}"]\` and \`${o}[[${n}]]\` are all the key "${n}".`,
      trap: `${m}.get("${n}")`,
    };
  }),

  predict(T, "hard", "plus-on-arrays-and-objects", (rng) => {
    const [a, b] = distinctInts(rng, 2, 1, 9);
    const pool: [string, string, string][] = [
      [`[] + []`, `[...[], ...[]]`, "js.plus-on-objects"],
      [`[${a}] + [${b}]`, `[...[${a}], ...[${b}]]`, "js.plus-on-objects"],
      [`[${a}, ${b}] + ${a}`, `[...[${a}, ${b}], ${a}]`, "js.plus-on-objects"],
      [`[] + {}`, `({ ...[], ...{} })`, "js.plus-on-objects"],
      [`[${a}] * [${b}]`, `"[${a}]" * "[${b}]"`, "js.string-number-coercion"],
    ];
    const shown = rng.sample(pool, 4);
    const code = checksProgram(shown.map(([e]) => `JSON.stringify(${e})`));
    const plus = shown.find(([e]) => e.includes("+") && e !== "[] + []")?.[0] ?? shown[0]![0];
    return {
      title: "+ with arrays and objects",
      code,
      distractors: shown.map(([e, naive, rule]) =>
        mut(rule, swap(code, `JSON.stringify(${e})`, `JSON.stringify(${naive})`)),
      ),
      explanation: `\`${plus}\` shows the trap: \`+\` first turns arrays and objects into primitives, and that gives STRINGS (an array joins its items with commas, a plain object becomes "[object Object]"), so \`+\` concatenates instead of combining the arrays. \`*\` has no string meaning, so it converts both sides to numbers instead.`,
      trap: plus,
    };
  }),
];
