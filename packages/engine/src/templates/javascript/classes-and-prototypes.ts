import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, PEOPLE, fill, lines, madeUpWord, mut, predict, swap, val } from "./helpers";

const T = "classes-and-prototypes";

const CLASS_NAMES = [
  "Player",
  "User",
  "Robot",
  "Account",
  "Sensor",
  "Widget",
  "Course",
  "Vehicle",
  "Planet",
  "Shop",
];

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const classesAndPrototypesRules: MisconceptionRule[] = [
  {
    id: "js.prototype-array-shared",
    feedback:
      "An array stored on the `prototype` is ONE array shared by every instance; only an own property created per instance gives each its own.",
    requires: { all: ["prototype"] },
  },
  {
    id: "js.field-init-order",
    feedback:
      "A subclass's field initialisers run only after the parent constructor has returned, so code run by the parent constructor still sees the parent's field values.",
    requires: { all: ["extends"] },
  },
  {
    id: "js.in-walks-prototype",
    feedback:
      "`in` also finds properties inherited from the prototype, while Object.keys lists only the object's own enumerable properties.",
    requires: { all: ["in"] },
  },
  {
    id: "js.method-not-on-class",
    feedback:
      "Methods declared in a `class` body live on its prototype; the class itself holds only its static members.",
    requires: { all: ["class"] },
  },
];

export const classesAndPrototypesTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "detached-method", (rng) => {
    const C = rng.pick(CLASS_NAMES);
    const inst = C.toLowerCase();
    const m = rng.pick(["greet", "describe", "label", "intro", "title"]);
    const name = rng.pick(PEOPLE);
    const word = rng.pick(["Hi", "Hello", "Hey", "Welcome", "Meet"]);
    const d = rng.pick(["detached", "fn", "loose", "copy", "saved"]);
    const code = lines(
      `class ${C} {`,
      `  constructor(name) {`,
      `    this.name = name;`,
      `  }`,
      `  ${m}() {`,
      "    return `" + word + ", ${this.name}`;",
      `  }`,
      `}`,
      `const ${inst} = new ${C}("${name}");`,
      `const ${d} = ${inst}.${m};`,
      `console.log(${inst}.${m}());`,
      `try {`,
      `  console.log(${d}());`,
      `} catch (e) {`,
      `  console.log(e.name);`,
      `}`,
    );
    return {
      title: "Calling a method without its object",
      code,
      distractors: [
        mut("js.lost-this", swap(code, `console.log(${d}());`, `console.log(${d}.call(${inst}));`)),
        mut("js.lost-this", swap(code, `console.log(${d}());`, `console.log(${d}.call({}));`)),
        mut("js.error-type", swap(code, "${this.name}", "${owner.name}")),
        val("js.lost-this", `${word}, undefined\n${word}, undefined`),
      ],
      trap: `${d}()`,
      explanation: `\`this\` is decided by how a function is called. \`${inst}.${m}()\` sets \`this\` to \`${inst}\`, but the trap is \`${d}()\`: copying the method into a variable keeps only the function, and a plain call has no object. Class code is strict, so \`this\` is \`undefined\` and reading \`this.name\` throws a TypeError.`,
    };
  }),

  predict(T, "medium", "prototype-shared-vs-shadowed", (rng) => {
    const C = rng.pick(["Team", "Room", "Club", "Squad", "Crew", "Band"]);
    const [a, b] = rng.pick([
      ["red", "blue"],
      ["alpha", "beta"],
      ["north", "south"],
      ["first", "second"],
    ]);
    const list = rng.pick(["members", "items", "notes", "guests", "tags"]);
    const prop = rng.pick(["size", "level", "rank", "score", "limit"]);
    const base = rng.int(0, 5);
    const set = rng.int(6, 30);
    const who = rng.pick(PEOPLE);
    const code = lines(
      `function ${C}(name) {`,
      `  this.name = name;`,
      `}`,
      `${C}.prototype.${list} = [];`,
      `${C}.prototype.${prop} = ${base};`,
      `const ${a} = new ${C}("${a}");`,
      `const ${b} = new ${C}("${b}");`,
      `${a}.${list}.push("${who}");`,
      `${a}.${prop} = ${set};`,
      `console.log(${b}.${list}.length, ${b}.${prop}, ${a}.${prop});`,
    );
    return {
      title: "State on the prototype",
      code,
      distractors: [
        mut(
          "js.prototype-array-shared",
          swap(code, `  this.name = name;`, `  this.name = name;\n  this.${list} = [];`),
        ),
        mut(
          "js.prototype-shadowing",
          swap(code, `${a}.${prop} = ${set};`, `${C}.prototype.${prop} = ${set};`),
        ),
        mut(
          "js.shared-prototype-state",
          swap(
            swap(code, `  this.name = name;`, `  this.name = name;\n  this.${list} = [];`),
            `${a}.${prop} = ${set};`,
            `${C}.prototype.${prop} = ${set};`,
          ),
        ),
        val("js.prototype-shadowing", `1 ${base} ${base}`),
      ],
      trap: `${C}.prototype.${list} = [];`,
      explanation: `\`${C}.prototype.${list} = [];\` is the trap: both objects inherit that ONE array from the prototype, so pushing through \`${a}\` changes what \`${b}\` sees. Assigning \`${a}.${prop}\`, however, creates an own property on \`${a}\` that shadows the prototype\'s value and leaves \`${b}\` alone.`,
    };
  }),

  predict(T, "hard", "override-called-from-base-constructor", (rng) => {
    const [B, C] = rng.pick([
      ["Base", "Child"],
      ["Animal", "Dog"],
      ["Shape", "Circle"],
      ["Vehicle", "Bike"],
      ["Account", "Savings"],
      ["Widget", "Button"],
    ]);
    const m = rng.pick(["describe", "label", "summary", "info"]);
    const f = rng.pick(["kind", "tag", "type", "role"]);
    const sep = rng.pick([":", "/", "-", "="]);
    const bv = rng.pick(["base", "generic", "plain", "basic", "default", "common", "core", "simple"]);
    const cv = rng.pick(["custom", "special", "fancy", "derived", "tuned", "extra", "own", "local"]);
    const obj = rng.pick(["obj", "item", "thing", "instance", "made"]);
    const code = lines(
      `class ${B} {`,
      `  ${f} = "${bv}";`,
      `  constructor() {`,
      `    this.first = this.${m}();`,
      `  }`,
      `  ${m}() {`,
      "    return `" + B + sep + "${this." + f + "}`;",
      `  }`,
      `}`,
      `class ${C} extends ${B} {`,
      `  ${f} = "${cv}";`,
      `  ${m}() {`,
      "    return `" + C + sep + "${this." + f + "}`;",
      `  }`,
      `}`,
      `const ${obj} = new ${C}();`,
      `console.log(${obj}.first, ${obj}.${m}());`,
    );
    return {
      title: "An overridden method called during construction",
      code,
      distractors: [
        mut(
          "js.dynamic-dispatch",
          swap(code, `this.first = this.${m}();`, `this.first = ${B}.prototype.${m}.call(this);`),
        ),
        mut(
          "js.field-init-order",
          swap(
            swap(
              code,
              `  constructor() {\n    this.first = this.${m}();\n  }`,
              `  get first() {\n    return this.${m}();\n  }`,
            ),
            `${obj}.first, `,
            `${obj}.first, `,
          ),
        ),
        mut("js.field-init-order", swap(code, `  ${f} = "${bv}";\n`, "")),
        val("js.dynamic-dispatch", `${B}${sep}${bv} ${B}${sep}${cv}`),
      ],
      trap: `this.first = this.${m}();`,
      explanation: `\`new ${C}()\` first runs the ${B} part: ${B}\'s fields are set, then the trap, \`this.first = this.${m}();\`, runs inside ${B}\'s constructor. It dispatches to ${C}\'s override because \`this\` is a ${C}, but ${C}\'s own field initialisers run only after the parent constructor returns, so at that moment \`this.${f}\` is still "${bv}".`,
    };
  }),

  fill(T, "easy", "static-field-access", (rng) => {
    const [C, field, val1] = rng.pick([
      ["Temp", "unit", "C"],
      ["Price", "currency", "EUR"],
      ["Length", "unit", "km"],
      ["Weight", "unit", "kg"],
      ["Duration", "unit", "s"],
      ["Speed", "unit", "mph"],
    ]);
    const inst = rng.pick(["item", "reading", "sample", "entry"]);
    const n = rng.int(1, 500);
    const sep = rng.pick(["", " "]);
    return {
      title: "Reading a static field",
      prompt: "Which expression makes this program print `{{target}}`?",
      code: lines(
        `class ${C} {`,
        `  static ${field} = "${val1}";`,
        `  constructor(value) {`,
        `    this.value = value;`,
        `  }`,
        `}`,
        `const ${inst} = new ${C}(${n});`,
        `console.log(${inst}.value + "${sep}" + ${BLANK});`,
      ),
      answer: `${C}.${field}`,
      wrong: [
        { fragment: `${inst}.${field}`, rule: "js.static-member" },
        { fragment: `${C}.prototype.${field}`, rule: "js.static-member" },
        { fragment: `${inst}.constructor.name`, rule: "js.static-member" },
        { fragment: `${inst}["${field}"]`, rule: "js.static-member" },
      ],
      trap: `${C}.${field}`,
      explanation: `A \`static\` field is a property of the class object itself, so it is read as \`${C}.${field}\`; instances and the prototype don\'t have it.`,
    };
  }),

  predict(T, "medium", "instanceof-and-dispatch", (rng) => {
    const [B, C] = rng.pick([
      ["Shape", "Square"],
      ["Animal", "Cat"],
      ["Vehicle", "Truck"],
      ["Account", "Savings"],
      ["Media", "Song"],
      ["Employee", "Manager"],
    ]);
    const m = rng.pick(["area", "size", "value", "cost", "weight"]);
    const bv = rng.int(0, 5);
    const s = rng.int(2, 12);
    const o = rng.pick(["x", "obj", "item", "thing", "it"]);
    const sep = rng.pick([":", "=", " ", "/"]);
    const code = lines(
      `class ${B} {`,
      `  ${m}() { return ${bv}; }`,
      "  describe() { return `${this.constructor.name}" + sep + "${this." + m + "()}`; }",
      `}`,
      `class ${C} extends ${B} {`,
      `  constructor(s) { super(); this.s = s; }`,
      `  ${m}() { return this.s * this.s; }`,
      `}`,
      `const ${o} = new ${C}(${s});`,
      `console.log(${o}.describe());`,
      `console.log(${o} instanceof ${B}, Object.getPrototypeOf(${o}) === ${B}.prototype);`,
    );
    return {
      title: "Inherited methods, overrides and instanceof",
      code,
      distractors: [
        mut(
          "js.dynamic-dispatch",
          swap(code, "${this." + m + "()}", "${" + B + ".prototype." + m + ".call(this)}"),
        ),
        mut(
          "js.dynamic-dispatch",
          swap(
            code,
            "${this.constructor.name}" + sep + "${this." + m + "()}",
            B + sep + "${" + B + ".prototype." + m + ".call(this)}",
          ),
        ),
        mut(
          "js.prototype-chain",
          swap(code, `Object.getPrototypeOf(${o}) === ${B}.prototype`, `${o} instanceof ${B}`),
        ),
        mut(
          "js.prototype-chain",
          swap(
            code,
            `console.log(${o} instanceof ${B},`,
            `console.log(Object.getPrototypeOf(${o}) === ${B}.prototype,`,
          ),
        ),
      ],
      trap: `this.${m}()`,
      explanation: `\`describe\` is inherited, but \`this\` is the ${C} instance, so \`this.constructor\` is ${C}, and the trap, \`this.${m}()\` inside the parent\'s method, finds ${C}\'s override first. \`instanceof\` checks the whole prototype chain, while the object\'s immediate prototype is ${C}.prototype.`,
    };
  }),

  predict(T, "hard", "arrow-field-vs-method", (rng) => {
    const C = rng.pick(["Timer", "Clicker", "Meter", "Tracker", "Counter"]);
    const v = rng.pick(["count", "ticks", "hits", "total"]);
    const [mm, am] = rng.pick([
      ["tickMethod", "tickArrow"],
      ["addMethod", "addArrow"],
      ["bumpProto", "bumpField"],
      ["inc", "incBound"],
    ]);
    const a = rng.int(2, 6);
    const b = rng.int(2, 6);
    const inst = rng.pick(["t", "c", "meter", "obj", "it", "one"]);
    const code = lines(
      `class ${C} {`,
      `  ${v} = 0;`,
      `  ${mm}() { this.${v}++; }`,
      `  ${am} = () => { this.${v}++; };`,
      `}`,
      `const errors = [];`,
      `function attempt(fn) {`,
      `  try { fn(); } catch (e) { errors.push(e.name); }`,
      `}`,
      `const ${inst} = new ${C}();`,
      `const { ${mm}, ${am} } = ${inst};`,
      `attempt(${am});`,
      `attempt(${mm});`,
      `attempt(() => Array.from({ length: ${a} }).forEach(${inst}.${am}));`,
      `attempt(() => Array.from({ length: ${b} }).forEach(${inst}.${mm}, ${inst}));`,
      `console.log(errors.length, errors[0] ?? "none", ${inst}.${v});`,
    );
    return {
      title: "Arrow-function fields versus methods",
      code,
      distractors: [
        mut("js.lost-this", swap(code, `attempt(${mm});`, `attempt(() => ${mm}.call(${inst}));`)),
        mut("js.arrow-this", swap(code, `  ${am} = () => { this.${v}++; };`, `  ${am}() { this.${v}++; }`)),
        mut("js.lost-this", swap(code, `.forEach(${inst}.${mm}, ${inst})`, `.forEach(${inst}.${mm})`)),
        mut("js.arrow-this", swap(code, `  ${mm}() { this.${v}++; }`, `  ${mm} = () => { this.${v}++; };`)),
      ],
      trap: `attempt(${mm});`,
      explanation: `An arrow-function field captures the instance\'s \`this\` when it is created, so it works even when detached. The trap is \`attempt(${mm});\`: a prototype method gets \`this\` from the call, and called bare it has \`undefined\` (TypeError), while \`forEach\`\'s second argument supplies \`this\` for each call.`,
    };
  }),

  predict(T, "easy", "methods-live-on-prototype", (rng) => {
    const C = rng.pick(CLASS_NAMES);
    const inst = rng.pick(["one", "item", "obj", "it", "first"]);
    const [f1, f2] = rng.sample(["name", "age", "size", "color", "level", "owner"], 2);
    const m = rng.pick(["describe", "speak", "render", "greet", "update"]);
    const name = rng.pick(PEOPLE);
    const n = rng.int(1, 99);
    const code = lines(
      `class ${C} {`,
      `  constructor(a, b) {`,
      `    this.${f1} = a;`,
      `    this.${f2} = b;`,
      `  }`,
      `  ${m}() {`,
      `    return this.${f1};`,
      `  }`,
      `}`,
      `const ${inst} = new ${C}("${name}", ${n});`,
      `console.log(Object.keys(${inst}).join(","));`,
      `console.log("${m}" in ${inst}, ${inst}.hasOwnProperty("${m}"));`,
    );
    return {
      title: "Own properties versus methods",
      code,
      distractors: [
        mut(
          "js.methods-on-prototype",
          swap(
            code,
            `  ${m}() {\n    return this.${f1};\n  }`,
            `  ${m} = () => {\n    return this.${f1};\n  };`,
          ),
        ),
        mut("js.in-walks-prototype", swap(code, `"${m}" in ${inst}`, `Object.keys(${inst}).includes("${m}")`)),
        mut("js.methods-on-prototype", swap(code, `${inst}.hasOwnProperty("${m}")`, `"${m}" in ${inst}`)),
        val("js.methods-on-prototype", `${f1},${f2},${m}\ntrue false`),
      ],
      trap: `${inst}.hasOwnProperty("${m}")`,
      explanation: `Only the fields assigned to \`this\` in the constructor are the object\'s own properties. \`${m}\` lives on \`${C}.prototype\`: \`in\` finds it through the prototype chain, but \`${inst}.hasOwnProperty("${m}")\` is false because it isn\'t an own property.`,
    };
  }),

  fill(T, "medium", "calling-the-parent-method", (rng) => {
    const [B, C, verb, extra] = rng.pick([
      ["Animal", "Dog", "makes a sound", "barks"],
      ["Vehicle", "Car", "moves", "honks"],
      ["Employee", "Manager", "works", "plans"],
      ["Shape", "Circle", "has an area", "rolls"],
      ["Device", "Phone", "powers on", "rings"],
    ]);
    const made = madeUpWord(rng, 2);
    const name = rng.bool(0.15) ? rng.pick(PEOPLE) : made[0]!.toUpperCase() + made.slice(1);
    const m = rng.pick(["describe", "speak", "summary", "info"]);
    const joiner = rng.pick([" and ", ", then ", " & ", "; also "]);
    return {
      title: "Extending a parent's method",
      prompt: "Which expression makes this program print `{{target}}`?",
      code: lines(
        `class ${B} {`,
        `  constructor(name) {`,
        `    this.name = name;`,
        `  }`,
        `  ${m}() {`,
        "    return `${this.name} " + verb + "`;",
        `  }`,
        `}`,
        `class ${C} extends ${B} {`,
        `  ${m}() {`,
        `    return ${BLANK} + "${joiner}${extra}";`,
        `  }`,
        `}`,
        `console.log(new ${C}("${name}").${m}());`,
      ),
      answer: `super.${m}()`,
      wrong: [
        { fragment: `${B}.${m}()`, rule: "js.method-not-on-class" },
        { fragment: `${B}.prototype.${m}()`, rule: "js.lost-this" },
        { fragment: `super.name`, rule: "js.prototype-chain" },
        { fragment: `this.name`, rule: "js.dynamic-dispatch" },
      ],
      trap: `super.${m}()`,
      explanation: `\`super.${m}()\` calls the parent\'s version of the method with the current \`this\`, so it can read \`this.name\`. \`${B}.${m}\` doesn\'t exist (it isn\'t static), and calling it through \`${B}.prototype\` makes \`this\` the prototype object, which has no name.`,
    };
  }),

  predict(T, "hard", "static-counter-and-private-state", (rng) => {
    const [B, C] = rng.pick([
      ["Counter", "Sub"],
      ["Ticket", "VipTicket"],
      ["Order", "RushOrder"],
      ["Session", "AdminSession"],
    ]);
    const s = rng.pick(["created", "instances", "made", "total"]);
    const start = rng.pick([10, 50, 100]);
    const nb = rng.int(1, 3);
    const nc = rng.int(1, 2);
    const incA = rng.int(1, 3);
    const incB = rng.int(1, 3);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["first", "second"],
      ["plain", "special"],
      ["x", "y"],
    ]);
    const code = lines(
      `class ${B} {`,
      `  static ${s} = 0;`,
      `  #count = 0;`,
      `  constructor() {`,
      `    ${B}.${s}++;`,
      `  }`,
      `  inc() {`,
      `    this.#count++;`,
      `    return this;`,
      `  }`,
      `  get value() {`,
      `    return this.#count;`,
      `  }`,
      `}`,
      `class ${C} extends ${B} {`,
      `  static ${s} = ${start};`,
      `}`,
      ...Array.from({ length: nb - 1 }, () => `new ${B}();`),
      `const ${a} = new ${B}()${".inc()".repeat(incA)};`,
      ...Array.from({ length: nc - 1 }, () => `new ${C}();`),
      `const ${b} = new ${C}()${".inc()".repeat(incB)};`,
      `console.log(${a}.value, ${b}.value, ${B}.${s}, ${C}.${s});`,
    );
    return {
      title: "Static counters with subclasses",
      code,
      distractors: [
        mut("js.static-member", swap(code, `    ${B}.${s}++;`, `    this.constructor.${s}++;`)),
        mut("js.static-member", swap(code, `  static ${s} = ${start};\n`, "")),
        mut("js.static-member", swap(code, `  static ${s} = ${start};\n}`, `  static ${s} = ${B}.${s};\n}`)),
        val("js.constructor-order", `${incA} ${incB} ${nb} ${start}`),
        val("js.shared-prototype-state", `${incA + incB} ${incA + incB} ${nb + nc} ${start}`),
      ],
      trap: `${B}.${s}++`,
      explanation: `A subclass without its own constructor still runs the parent constructor, and the trap is \`${B}.${s}++\`: it increments ${B}\'s static field BY NAME, so every object counts there and \`${C}.${s}\` (the subclass\'s own static field) stays ${start}. Private \`#count\` fields are per instance.`,
    };
  }),
];
