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
  {
    id: "js.getter-computed",
    feedback:
      "A getter is not a stored value: its code runs on every read, so it reflects the current fields, and it is read without parentheses.",
    requires: { all: ["get"] },
  },
  {
    id: "js.tostring-override",
    feedback:
      "Turning an object into text (a template literal, + with a string, String()) calls its `toString`, so overriding that method changes the text.",
    requires: { all: ["toString"] },
  },
  {
    id: "js.private-fields-hidden",
    feedback:
      "A #private field is not an ordinary property: Object.keys, JSON.stringify and bracket access never see it; only code inside the class can.",
    requires: { all: ["#"] },
  },
  {
    id: "js.object-create-delegation",
    feedback:
      "`Object.create` makes a new empty object that delegates missing properties to its prototype; own properties shadow the prototype's until deleted.",
    requires: { all: ["Object.create"] },
  },
  {
    id: "js.method-returns-undefined",
    feedback:
      "A method without a return gives undefined, so calling another method on its result throws a TypeError; only `return this` allows chaining.",
    requires: { all: ["return this"] },
  },
  {
    id: "js.static-this",
    feedback:
      "Inside a `static` method, `this` is the class the method was called on, so an inherited static method called on a subclass works with the subclass.",
    requires: { all: ["static", "this"] },
  },
  {
    id: "js.field-shadows-method",
    feedback:
      "A class field is an own property of the instance, so it hides any method of the same name on the prototype chain, a subclass's override included.",
    requires: { all: ["extends"] },
  },
  {
    id: "js.constructor-return-object",
    feedback:
      "A `constructor` that returns an object makes `new` give that object instead of the new instance; a returned primitive is ignored.",
    requires: { all: ["constructor", "return"] },
  },
  {
    id: "js.for-in-inherited",
    feedback:
      "A loop over the keys `in` an object also visits enumerable properties inherited from the prototype (class methods are not enumerable), while Object.keys lists only own keys.",
    requires: { all: ["for", "in"] },
  },
  {
    id: "js.immediate-prototype",
    feedback:
      "`getPrototypeOf` gives only the IMMEDIATE prototype (the subclass's), while `instanceof` accepts any class further up the chain.",
    requires: { all: ["getPrototypeOf", "instanceof"] },
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
      explanation: `\`${C}.prototype.${list} = [];\` is the trap: both objects inherit that ONE array from the prototype, so pushing through \`${a}\` changes what \`${b}\` sees. Assigning \`${a}.${prop}\`, however, creates an own property on \`${a}\` that shadows the prototype's value and leaves \`${b}\` alone.`,
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
        mut("js.constructor-order", swap(code, `  ${f} = "${bv}";\n`, "")),
        val("js.dynamic-dispatch", `${B}${sep}${bv} ${B}${sep}${cv}`),
      ],
      trap: `this.first = this.${m}();`,
      explanation: `\`new ${C}()\` first runs the ${B} part: ${B}'s fields are set, then the trap, \`this.first = this.${m}();\`, runs inside ${B}'s constructor. It dispatches to ${C}'s override because \`this\` is a ${C}, but ${C}'s own field initialisers run only after the parent constructor returns, so at that moment \`this.${f}\` is still "${bv}".`,
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
      explanation: `A \`static\` field is a property of the class object itself, so it is read as \`${C}.${field}\`; instances and the prototype don't have it.`,
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
          "js.immediate-prototype",
          swap(code, `Object.getPrototypeOf(${o}) === ${B}.prototype`, `${o} instanceof ${B}`),
        ),
        mut(
          "js.immediate-prototype",
          swap(
            code,
            `console.log(${o} instanceof ${B},`,
            `console.log(Object.getPrototypeOf(${o}) === ${B}.prototype,`,
          ),
        ),
      ],
      trap: `this.${m}()`,
      explanation: `\`describe\` is inherited, but \`this\` is the ${C} instance, so \`this.constructor\` is ${C}, and the trap, \`this.${m}()\` inside the parent's method, finds ${C}'s override first. \`instanceof\` checks the whole prototype chain, while the object's immediate prototype is ${C}.prototype.`,
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
      explanation: `An arrow-function field captures the instance's \`this\` when it is created, so it works even when detached. The trap is \`attempt(${mm});\`: a prototype method gets \`this\` from the call, and called bare it has \`undefined\` (TypeError), while \`forEach\`'s second argument supplies \`this\` for each call.`,
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
        mut(
          "js.in-walks-prototype",
          swap(code, `"${m}" in ${inst}`, `Object.keys(${inst}).includes("${m}")`),
        ),
        mut("js.methods-on-prototype", swap(code, `${inst}.hasOwnProperty("${m}")`, `"${m}" in ${inst}`)),
        val("js.methods-on-prototype", `${f1},${f2},${m}\ntrue false`),
      ],
      trap: `${inst}.hasOwnProperty("${m}")`,
      explanation: `Only the fields assigned to \`this\` in the constructor are the object's own properties. \`${m}\` lives on \`${C}.prototype\`: \`in\` finds it through the prototype chain, but \`${inst}.hasOwnProperty("${m}")\` is false because it isn't an own property.`,
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
        { fragment: `super.name`, rule: "js.super-reaches-parent" },
        { fragment: `this.name`, rule: "js.super-reaches-parent" },
      ],
      trap: `super.${m}()`,
      explanation: `\`super.${m}()\` calls the parent's version of the method with the current \`this\`, so it can read \`this.name\`. \`${B}.${m}\` doesn't exist (it isn't static), and calling it through \`${B}.prototype\` makes \`this\` the prototype object, which has no name.`,
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
      explanation: `A subclass without its own constructor still runs the parent constructor, and the trap is \`${B}.${s}++\`: it increments ${B}'s static field BY NAME, so every object counts there and \`${C}.${s}\` (the subclass's own static field) stays ${start}. Private \`#count\` fields are per instance.`,
    };
  }),
  predict(T, "easy", "getter-recomputes", (rng) => {
    const C = rng.pick(["Rect", "Box", "Panel", "Tile", "Frame"]);
    const inst = rng.pick(["r", "box", "shape", "tile"]);
    const [w, h] = [rng.int(2, 9), rng.int(2, 9)];
    const w2 = rng.int(10, 20);
    const code = lines(
      `class ${C} {`,
      `  constructor(w, h) {`,
      `    this.w = w;`,
      `    this.h = h;`,
      `  }`,
      `  get area() {`,
      `    return this.w * this.h;`,
      `  }`,
      `}`,
      `const ${inst} = new ${C}(${w}, ${h});`,
      `const before = ${inst}.area;`,
      `${inst}.w = ${w2};`,
      `console.log(before, ${inst}.area, typeof ${inst}.area);`,
      `console.log(Object.keys(${inst}).join(","));`,
    );
    return {
      title: "A getter read before and after a change",
      code,
      distractors: [
        mut(
          "js.getter-computed",
          swap(
            swap(code, `  get area() {\n    return this.w * this.h;\n  }\n`, ""),
            `    this.h = h;\n  }`,
            `    this.h = h;\n    this.area = w * h;\n  }`,
          ),
        ),
        mut(
          "js.getter-computed",
          swap(
            code,
            `typeof ${inst}.area`,
            `typeof Object.getOwnPropertyDescriptor(${C}.prototype, "area").get`,
          ),
        ),
        mut("js.getter-computed", swap(code, `${inst}.w = ${w2};`, `${inst}.width = ${w2};`)),
        mut(
          "js.getter-computed",
          swap(code, `Object.keys(${inst})`, `Object.getOwnPropertyNames(${C}.prototype)`),
        ),
      ],
      explanation: `\`get area()\` is the trap: a getter is not a stored value, its code runs on EVERY read of \`${inst}.area\`. So after \`${inst}.w = ${w2}\` the second read computes ${w2} × ${h}, and because it is read without parentheses the result is just a "number".`,
      trap: `get area()`,
    };
  }),

  predict(T, "easy", "tostring-in-templates", (rng) => {
    const C = rng.pick(["Temp", "Money", "Distance", "Weight"]);
    const unit = rng.pick(["C", "EUR", "km", "kg"]);
    const n = rng.int(1, 99);
    const inst = rng.pick(["t", "value", "amount", "reading"]);
    const code = lines(
      `class ${C} {`,
      `  constructor(n) {`,
      `    this.n = n;`,
      `  }`,
      `  toString() {`,
      "    return `${this.n} " + unit + "`;",
      `  }`,
      `}`,
      `const ${inst} = new ${C}(${n});`,
      "console.log(`Now: ${" + inst + "}`);",
      `console.log("Now: " + ${inst}, String(${inst}).length);`,
    );
    return {
      title: "An object with its own toString in a string",
      code,
      distractors: [
        mut("js.tostring-override", swap(code, `  toString() {`, `  describe() {`)),
        mut(
          "js.tostring-override",
          swap(
            code,
            "console.log(`Now: ${" + inst + "}`);",
            "console.log(`Now: ${JSON.stringify(" + inst + ")}`);",
          ),
        ),
        mut(
          "js.tostring-override",
          swap(
            code,
            `console.log("Now: " + ${inst}, String(${inst}).length);`,
            `console.log("Now: " + ${inst}.n, String(${inst}.n).length);`,
          ),
        ),
        mut(
          "js.to-primitive",
          swap(code, `  toString() {`, `  valueOf() {\n    return ${n};\n  }\n  other() {`),
        ),
      ],
      explanation: `\`toString()\` is the trap: the class overrides the method that turning an object into text calls. A template literal, \`"Now: " + ${inst}\` and \`String(${inst})\` all use it, so each shows "${n} ${unit}" instead of "[object Object]".`,
      trap: `toString()`,
    };
  }),

  predict(T, "easy", "private-fields-stay-hidden", (rng) => {
    const C = rng.pick(["Wallet", "Vault", "Account", "Safe"]);
    const f = rng.pick(["balance", "pin", "secret", "total"]);
    const n = rng.int(10, 999);
    const inst = rng.pick(["w", "acct", "box", "safe"]);
    const owner = rng.pick(PEOPLE);
    const code = lines(
      `class ${C} {`,
      `  #${f} = ${n};`,
      `  owner = "${owner}";`,
      `  read() {`,
      `    return this.#${f};`,
      `  }`,
      `}`,
      `const ${inst} = new ${C}();`,
      `console.log(Object.keys(${inst}).join(","), JSON.stringify(${inst}));`,
      `console.log(${inst}["#${f}"], ${inst}.${f}, ${inst}.read());`,
    );
    return {
      title: "Where a #private field shows up",
      code,
      distractors: [
        mut(
          "js.private-fields-hidden",
          swap(code, `  #${f} = ${n};`, `  ${f} = ${n};`).replace(
            `    return this.#${f};`,
            `    return this.${f};`,
          ),
        ),
        mut(
          "js.private-fields-hidden",
          swap(code, `  #${f} = ${n};`, `  "#${f}" = ${n};`).replace(
            `    return this.#${f};`,
            `    return this["#${f}"];`,
          ),
        ),
        mut("js.private-fields-hidden", swap(code, `    return this.#${f};`, `    return this.${f};`)),
        mut(
          "js.methods-on-prototype",
          swap(code, `  read() {\n    return this.#${f};\n  }`, `  read = () => this.#${f};`),
        ),
      ],
      explanation: `\`#${f}\` is the trap: a private field is not an ordinary property at all. \`Object.keys\`, \`JSON.stringify\` and bracket access with the string "#${f}" don't see it, and \`${inst}.${f}\` is a different (missing) name, so only code inside the class, such as \`read()\`, can reach it.`,
      trap: `#${f}`,
    };
  }),

  predict(T, "medium", "object-create-delegation", (rng) => {
    const base = rng.pick(["base", "proto", "parent", "defaults"]);
    const child = rng.pick(["child", "kid", "derived", "item"]);
    const [bn, cn] = rng.sample(PEOPLE, 2);
    const word = rng.pick(["hi", "hello", "hey", "yo"]);
    const code = lines(
      `const ${base} = {`,
      `  name: "${bn}",`,
      `  greet() {`,
      `    return "${word} " + this.name;`,
      `  },`,
      `};`,
      `const ${child} = Object.create(${base});`,
      `${child}.name = "${cn}";`,
      `console.log(${child}.greet(), ${base}.greet(), Object.keys(${child}).join(","));`,
      `delete ${child}.name;`,
      `console.log(${child}.greet(), "name" in ${child});`,
    );
    return {
      title: "An object created with Object.create",
      code,
      distractors: [
        mut(
          "js.object-create-delegation",
          swap(code, `const ${child} = Object.create(${base});`, `const ${child} = ${base};`),
        ),
        mut(
          "js.object-create-delegation",
          swap(code, `const ${child} = Object.create(${base});`, `const ${child} = { ...${base} };`),
        ),
        mut("js.object-create-delegation", swap(code, `delete ${child}.name;`, `${child}.name = undefined;`)),
        mut(
          "js.object-create-delegation",
          swap(code, `    return "${word} " + this.name;`, `    return "${word} " + ${base}.name;`),
        ),
      ],
      explanation: `\`Object.create(${base})\` is the trap: it makes an EMPTY object whose prototype is \`${base}\`, so \`${child}\` borrows \`greet\` and, until it gets its own, \`name\`. Assigning \`${child}.name\` creates an own property that shadows "${bn}" without touching \`${base}\`; deleting it uncovers the prototype's "${bn}" again, which \`in\` still finds.`,
      trap: `Object.create(${base})`,
    };
  }),

  predict(T, "medium", "chaining-without-return-this", (rng) => {
    const C = rng.pick(["Builder", "Counter", "Query", "Cart"]);
    const [m1, m2] = rng.pick([
      ["add", "double"],
      ["push", "twice"],
      ["inc", "scale"],
      ["plus", "times2"],
    ]);
    const a = rng.int(1, 9);
    const b = rng.int(1, 9);
    const inst = rng.pick(["q", "c", "b", "obj"]);
    const code = lines(
      `class ${C} {`,
      `  n = 0;`,
      `  ${m1}(x) {`,
      `    this.n += x;`,
      `    return this;`,
      `  }`,
      `  ${m2}() {`,
      `    this.n *= 2;`,
      `  }`,
      `}`,
      `const ${inst} = new ${C}();`,
      `try {`,
      `  ${inst}.${m1}(${a}).${m2}().${m1}(${b});`,
      `} catch (e) {`,
      `  console.log(e.name);`,
      `}`,
      `console.log(${inst}.n);`,
    );
    return {
      title: "Chaining a method that returns nothing",
      code,
      distractors: [
        mut(
          "js.method-returns-undefined",
          swap(code, `    this.n *= 2;\n  }`, `    this.n *= 2;\n    return this;\n  }`),
        ),
        mut(
          "js.method-returns-undefined",
          swap(
            code,
            `  ${inst}.${m1}(${a}).${m2}().${m1}(${b});`,
            `  ${inst}.${m2}().${m1}(${a}).${m1}(${b});`,
          ),
        ),
        mut(
          "js.method-returns-undefined",
          swap(code, `    this.n *= 2;\n  }`, `    return;\n    this.n *= 2;\n  }`),
        ),
        mut(
          "js.method-returns-undefined",
          swap(code, `    this.n *= 2;\n  }`, `    this.n *= 2;\n    return new ${C}();\n  }`),
        ),
      ],
      explanation: `\`.${m2}().${m1}(${b})\` is the trap: \`${m2}\` has no \`return\`, so it gives \`undefined\`, and calling \`${m1}\` on \`undefined\` throws a TypeError. By then the first two calls have already changed \`n\` (${a}, then doubled), and the last one never runs.`,
      trap: `.${m2}().${m1}(${b})`,
    };
  }),

  predict(T, "medium", "static-factory-inherited", (rng) => {
    const [B, C] = rng.pick([
      ["Shape", "Circle"],
      ["Model", "User"],
      ["Animal", "Cat"],
      ["Node", "Leaf"],
    ]);
    const m = rng.pick(["create", "make", "build", "of"]);
    const code = lines(
      `class ${B} {`,
      `  static ${m}() {`,
      `    return new this();`,
      `  }`,
      `  kind() {`,
      `    return "${B.toLowerCase()}";`,
      `  }`,
      `}`,
      `class ${C} extends ${B} {`,
      `  kind() {`,
      `    return "${C.toLowerCase()}";`,
      `  }`,
      `}`,
      `const x = ${C}.${m}();`,
      `console.log(x.kind(), x instanceof ${C}, x.constructor.name);`,
      `console.log(typeof ${C}.${m}, typeof x.${m});`,
    );
    return {
      title: "An inherited static factory",
      code,
      distractors: [
        mut("js.static-this", swap(code, `    return new this();`, `    return new ${B}();`)),
        mut("js.static-this", swap(code, `class ${C} extends ${B} {`, `class ${C} {`)),
        mut(
          "js.static-member",
          swap(
            code,
            `  static ${m}() {`,
            `  static ${m}() {\n    return Object.assign(new this(), { ${m}: 1 });\n  }\n  static ${m}Old() {`,
          ),
        ),
        mut("js.static-member", swap(code, `typeof x.${m})`, `typeof x.constructor.${m})`)),
      ],
      explanation: `\`new this()\` is the trap: inside a static method, \`this\` is the class the method was CALLED on. \`${C}\` inherits \`${m}\` from \`${B}\`, and \`${C}.${m}()\` runs it with \`this\` = \`${C}\`, so it builds a ${C}. Static methods live on the class, so an instance has no \`${m}\`.`,
      trap: `new this()`,
    };
  }),

  predict(T, "hard", "field-hides-subclass-method", (rng) => {
    const [B, C] = rng.pick([
      ["Base", "Child"],
      ["Widget", "Button"],
      ["Logger", "FileLogger"],
      ["Shape", "Square"],
    ]);
    const m = rng.pick(["describe", "label", "render", "name"]);
    const [bv, cv] = rng.pick([
      ["base", "child"],
      ["plain", "fancy"],
      ["generic", "special"],
    ]);
    const code = lines(
      `class ${B} {`,
      `  ${m} = () => "${bv}";`,
      `  call() {`,
      `    return this.${m}();`,
      `  }`,
      `}`,
      `class ${C} extends ${B} {`,
      `  ${m}() {`,
      `    return "${cv}";`,
      `  }`,
      `}`,
      `const obj = new ${C}();`,
      `console.log(obj.${m}(), obj.call(), ${C}.prototype.${m}.call(obj));`,
      `console.log(Object.keys(obj).join(","));`,
    );
    return {
      title: "A parent's arrow field versus a child's method",
      code,
      distractors: [
        mut(
          "js.field-shadows-method",
          swap(code, `  ${m} = () => "${bv}";`, `  ${m}() {\n    return "${bv}";\n  }`),
        ),
        mut(
          "js.field-shadows-method",
          swap(code, `  ${m}() {\n    return "${cv}";\n  }`, `  ${m} = () => "${cv}";`),
        ),
        mut(
          "js.dynamic-dispatch",
          swap(code, `    return this.${m}();`, `    return ${C}.prototype.${m}.call(this);`),
        ),
        mut(
          "js.methods-on-prototype",
          swap(
            code,
            `console.log(Object.keys(obj).join(","));`,
            `console.log(Object.keys(obj).length);`,
          ).replace(`  ${m} = () => "${bv}";`, `  ${m} = () => "${bv}";\n  static keep = 1;`),
        ),
      ],
      explanation: `\`${m} = () => "${bv}";\` is the trap: a class field is created on the INSTANCE when the ${B} constructor runs, and an own property is found before anything on the prototype chain. So it hides \`${C}.prototype.${m}\`, the override, everywhere except an explicit call through the prototype; it also shows up in \`Object.keys\`.`,
      trap: `${m} = () => "${bv}";`,
    };
  }),

  predict(T, "hard", "constructor-returns-an-object", (rng) => {
    const [A, Bc] = rng.pick([
      ["Thing", "Plain"],
      ["Maker", "Boxed"],
      ["Widget", "Simple"],
    ]);
    const x = rng.int(1, 9);
    const y = rng.int(10, 99);
    const code = lines(
      `class ${A} {`,
      `  constructor() {`,
      `    this.x = ${x};`,
      `    return { y: ${y} };`,
      `  }`,
      `}`,
      `class ${Bc} {`,
      `  constructor() {`,
      `    this.x = ${x};`,
      `    return ${y};`,
      `  }`,
      `}`,
      `const a = new ${A}();`,
      `const b = new ${Bc}();`,
      `console.log(a.x, a.y, a instanceof ${A});`,
      `console.log(b.x, b.y, b instanceof ${Bc});`,
    );
    return {
      title: "A constructor that returns a value",
      code,
      distractors: [
        mut(
          "js.constructor-return-object",
          swap(code, `    return { y: ${y} };`, `    Object.assign(this, { y: ${y} });`),
        ),
        mut(
          "js.constructor-return-object",
          swap(code, `    return ${y};`, `    return { valueOf: () => ${y} };`),
        ),
        mut(
          "js.constructor-return-object",
          swap(
            code,
            `    return { y: ${y} };`,
            `    return Object.setPrototypeOf({ y: ${y} }, ${A}.prototype);`,
          ),
        ),
        mut("js.constructor-return-object", swap(code, `    return ${y};`, `    return { y: ${y} };`)),
      ],
      explanation: `\`return { y: ${y} };\` is the trap: when a constructor returns an OBJECT, \`new\` gives that object instead of \`this\`, so \`a\` has no \`x\` and isn't a ${A}. A returned primitive such as ${y} is ignored, so \`b\` is the normal new instance.`,
      trap: `return { y: ${y} };`,
    };
  }),

  predict(T, "hard", "for-in-sees-the-prototype", (rng) => {
    const C = rng.pick(CLASS_NAMES);
    const [a, b, e] = rng.sample(["id", "tag", "size", "note", "rank", "hue"], 3);
    const m = rng.pick(["describe", "render", "save"]);
    const inst = rng.pick(["o", "item", "one", "it"]);
    const code = lines(
      `class ${C} {`,
      `  constructor() {`,
      `    this.${a} = 1;`,
      `  }`,
      `  ${m}() {}`,
      `}`,
      `${C}.prototype.${e} = 2;`,
      `const ${inst} = new ${C}();`,
      `${inst}.${b} = 3;`,
      `const seen = [];`,
      `for (const k in ${inst}) seen.push(k);`,
      `console.log(seen.join(","));`,
      `console.log(Object.keys(${inst}).join(","));`,
    );
    return {
      title: "for...in over a class instance",
      code,
      distractors: [
        mut(
          "js.for-in-inherited",
          swap(
            code,
            `for (const k in ${inst}) seen.push(k);`,
            `for (const k of Object.keys(${inst})) seen.push(k);`,
          ),
        ),
        mut("js.for-in-inherited", swap(code, `  ${m}() {}`, `  ${m} = () => {};`)),
        mut(
          "js.for-in-inherited",
          swap(
            code,
            `${C}.prototype.${e} = 2;`,
            `Object.defineProperty(${C}.prototype, "${m}", { enumerable: true });\n${C}.prototype.${e} = 2;`,
          ),
        ),
        mut(
          "js.for-in-inherited",
          swap(
            code,
            `for (const k in ${inst}) seen.push(k);`,
            `for (const k in ${inst}) if (Object.hasOwn(${inst}, k)) seen.push(k);`,
          ).replace(
            `console.log(Object.keys(${inst}).join(","));`,
            `console.log(Object.keys(${inst}).concat("${e}").join(","));`,
          ),
        ),
      ],
      explanation: `\`for (const k in ${inst})\` is the trap: \`for...in\` also visits ENUMERABLE properties inherited from the prototype, so it finds "${e}" (assigned to \`${C}.prototype\`), but not the class method \`${m}\`, which class syntax makes non-enumerable. \`Object.keys\` lists only the object's own keys.`,
      trap: `for (const k in ${inst})`,
    };
  }),
];
