import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, PEOPLE, PREDICT, distinctInts, fillPrompt, lines, q, swap, swapAll } from "./helpers";

const base = { language: "typescript", topic: "classes-and-prototypes" } as const;

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const classesAndPrototypesRules: MisconceptionRule[] = [
  {
    id: "ts.increment-before-read",
    feedback:
      "The counter is increased before `this.id` reads it, so even the first instance gets the start value plus one.",
    requires: { all: ["+= 1", "this.id"] },
  },
  {
    id: "ts.arrow-field-per-instance",
    feedback:
      "An arrow-function field is created anew for every instance as an own property; only methods are one shared function on the prototype.",
    requires: { all: ["class", "=>"] },
  },
  {
    id: "ts.instanceof-exact",
    feedback:
      "`instanceof` walks the whole prototype chain, so an instance of a subclass is an instance of its base class too.",
    requires: { all: ["instanceof", "extends"] },
  },
  {
    id: "ts.template-calls-tostring",
    feedback:
      "A template literal converts an object by calling its `toString`, so the class's own `toString` decides the text.",
    requires: { all: ["toString", "${"] },
  },
  {
    id: "ts.construction-order",
    feedback:
      "Inside `super()` the base class's fields are set up and then its constructor body runs; the subclass's fields come only after `super()` returns.",
    requires: { all: ["extends", "super()"] },
  },
  {
    id: "ts.bind-once",
    feedback: "A function returned by `bind` keeps that `this` for good: binding it again cannot change it.",
    requires: { all: [".bind("] },
  },
  {
    id: "ts.bind-target",
    feedback: "`bind` uses its argument as `this`, not the object written before the dot.",
    requires: { all: [".bind("] },
  },
  {
    id: "ts.call-this-arg",
    feedback: "`call` runs the function once with its first argument as `this`.",
    requires: { all: [".call("] },
  },
  {
    id: "ts.setter-runs-on-assign",
    feedback:
      "Every assignment to an accessor property runs its setter, and a compound assignment reads through the getter and writes through the setter.",
    requires: { all: ["set", "get"] },
  },
  {
    id: "ts.private-field-listed",
    feedback: "A `#` field is truly private: it is not a property key, so `Object.keys` does not list it.",
    requires: { all: ["#", "Object.keys"] },
  },
  {
    id: "ts.prototype-patch-live",
    feedback:
      "Methods are looked up on the prototype at call time, so patching the `prototype` changes objects created before the patch as well as after.",
    requires: { all: ["prototype"] },
  },
  {
    id: "ts.own-property-shadows",
    feedback:
      "An own property with a method's name shadows the prototype's method for that one object; patching the `prototype` does not reach it.",
    requires: { all: ["prototype"] },
  },
  {
    id: "ts.static-this",
    feedback:
      "Inside a `static` method `this` is the class it was called on, so `new this()` builds a subclass when called through one.",
    requires: { all: ["static", "new this"] },
  },
  {
    id: "ts.freeze-strict-throws",
    feedback:
      "Class bodies run in strict mode, so writing to a property of an object frozen with `Object.freeze` throws a TypeError instead of being ignored.",
    requires: { all: ["Object.freeze", "class"] },
  },
  {
    id: "ts.freeze-shallow",
    feedback:
      "`Object.freeze` is shallow: arrays and objects stored in a frozen object can still be changed, so `push` on them works.",
    requires: { all: ["Object.freeze", "push"] },
  },
];

export const classesAndPrototypesTemplates: ChallengeTemplate[] = [
  {
    ...base,
    id: "typescript/classes-and-prototypes/private-is-not-hidden",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Wallet", "Account", "Vault", "Locker"]);
      const owner = rng.pick(PEOPLE);
      const secret = rng.pick(["balance", "pin", "credits", "code"]);
      const val = rng.int(10, 999);
      const ownerProp = rng.pick(["owner", "holder", "name"]);
      const v = rng.pick(["w", "item", "acct"]);
      const [extra, extraVal] = rng.pick([
        ["currency", rng.pick(["EUR", "USD", "JPY", "GBP"])],
        ["kind", rng.pick(["basic", "plus", "team"])],
        ["region", rng.pick(["eu", "us", "apac"])],
      ] as const);
      const ctor = `  constructor(public ${ownerProp}: string, ${secret}: number) {\n    this.${secret} = ${secret};\n  }`;
      const code = lines(
        `class ${cls} {`,
        `  private ${secret}: number;`,
        `  ${extra} = ${q(extraVal)};`,
        ctor,
        `}`,
        `const ${v} = new ${cls}(${q(owner)}, ${val});`,
        `console.log(Object.keys(${v}).join(","));`,
        `console.log(JSON.stringify(${v}));`,
      );
      return {
        kind: "predict-output",
        title: "What private means at runtime",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.private-at-runtime",
            code: swap(
              swap(code, `  private ${secret}: number;`, `  #${secret}: number;`),
              `this.${secret} = ${secret};`,
              `this.#${secret} = ${secret};`,
            ),
          },
          {
            rule: "ts.param-property-missing",
            code: swap(code, `constructor(public ${ownerProp}: string`, `constructor(${ownerProp}: string`),
          },
          {
            rule: "ts.param-property-order",
            code: swap(
              code,
              ctor,
              `  public ${ownerProp}: string;\n  constructor(${ownerProp}: string, ${secret}: number) {\n    this.${secret} = ${secret};\n    this.${ownerProp} = ${ownerProp};\n  }`,
            ),
          },
        ],
        explanation: `The trap is \`private ${secret}: number;\`: TypeScript's \`private\` is a compile-time check only, so \`${secret}\` is an ordinary own property at runtime and both \`Object.keys\` and \`JSON.stringify\` list it. The parameter property \`${ownerProp}\` is a real property too, assigned before the constructor body. Only a \`#\`-prefixed field would be hidden.`,
        trap: `private ${secret}: number;`,
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/override-dispatch",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const start = rng.int(5, 20) * 10;
      const fee = rng.int(1, 5);
      const bonus = rng.int(1, 9);
      const [w1, w2] = [rng.int(1, 4) * 10, rng.int(1, 4) * 5];
      const sub = rng.pick(["Premium", "Gold", "Student", "Partner"]);
      const v = rng.pick(["acct", "account", "a"]);
      const code = lines(
        `class Account {`,
        `  constructor(protected balance: number) {}`,
        `  fee(): number {`,
        `    return ${fee};`,
        `  }`,
        `  withdraw(amount: number): number {`,
        `    this.balance -= amount + this.fee();`,
        `    return this.balance;`,
        `  }`,
        `}`,
        `class ${sub} extends Account {`,
        `  override fee(): number {`,
        `    return 0;`,
        `  }`,
        `  override withdraw(amount: number): number {`,
        `    return super.withdraw(amount) + ${bonus};`,
        `  }`,
        `}`,
        `const ${v}: Account = new ${sub}(${start});`,
        `console.log(${v}.withdraw(${w1}));`,
        `console.log(${v}.withdraw(${w2}));`,
      );
      return {
        kind: "predict-output",
        title: "Overrides, super and a base-typed variable",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.override-dispatch",
            code: swap(code, `amount + this.fee()`, `amount + Account.prototype.fee.call(this)`),
          },
          {
            rule: "ts.declared-type-dispatch",
            code: swap(
              swap(
                code,
                `console.log(${v}.withdraw(${w1}));`,
                `console.log(Account.prototype.withdraw.call(${v}, ${w1}));`,
              ),
              `console.log(${v}.withdraw(${w2}));`,
              `console.log(Account.prototype.withdraw.call(${v}, ${w2}));`,
            ),
          },
          {
            rule: "ts.declared-type-dispatch",
            code: swap(code, `new ${sub}(${start})`, `new Account(${start})`),
          },
          {
            rule: "ts.super-skipped",
            code: swap(
              code,
              `return super.withdraw(amount) + ${bonus};`,
              `this.balance += ${bonus};\n    return super.withdraw(amount);`,
            ),
          },
        ],
        explanation: `The declared type \`Account\` is erased: the object is a \`${sub}\`, so its \`withdraw\` runs and calls \`super.withdraw\`. The trap is \`this.balance -= amount + this.fee();\` inside the base method: \`this\` is still the ${sub}, so \`this.fee()\` runs the override and charges 0. The bonus ${bonus} is only added to the returned number, never stored in the balance.`,
        trap: `this.balance -= amount + this.fee();`,
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/field-initialised-after-super",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [baseCls, cls] = rng.pick([
        ["Widget", "Label"],
        ["View", "Badge"],
        ["Component", "Banner"],
        ["Element", "Button"],
        ["Control", "Slider"],
        ["Panel", "Toast"],
      ] as const);
      const textField = rng.pick(["text", "caption", "title", "label", "status"]);
      const countField = rng.pick(["renders", "draws", "updates", "paints"]);
      const method = rng.pick(["render", "draw", "refresh", "update", "paint"]);
      const start = rng.pick([0, rng.int(1, 99)]);
      const v = rng.pick(["x", "el", "node", "view", "item"]);
      const optField = `  ${textField}?: string;`;
      const countLine = `  ${countField} = ${start};`;
      const code = lines(
        `class ${baseCls} {`,
        `  constructor() {`,
        `    this.${method}();`,
        `  }`,
        `  ${method}(): void {}`,
        `}`,
        `class ${cls} extends ${baseCls} {`,
        optField,
        countLine,
        `  override ${method}(): void {`,
        `    this.${countField} += 1;`,
        `    this.${textField} = \`${method} #\${this.${countField}}\`;`,
        `  }`,
        `}`,
        `const ${v} = new ${cls}();`,
        `console.log(\`\${${v}.${textField}} / \${${v}.${countField}}\`);`,
        `${v}.${method}();`,
        `console.log(\`\${${v}.${textField}} / \${${v}.${countField}}\`);`,
      );
      return {
        kind: "predict-output",
        title: "Subclass fields versus a base constructor",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.field-init-order", code: swap(code, optField, `  declare ${textField}?: string;`) },
          {
            rule: "ts.field-init-order",
            code: swap(
              swap(swap(code, optField + "\n", ""), countLine + "\n", ""),
              `class ${baseCls} {\n`,
              `class ${baseCls} {\n  ${textField}?: string;\n  ${countField} = ${start};\n`,
            ),
          },
          { rule: "ts.field-init-order", code: swap(code, countLine, `  declare ${countField}: number;`) },
        ],
        explanation: `The base constructor calls the override before \`${cls}\`'s fields exist, so \`this.${countField}\` is still undefined there and becomes NaN. The trap is \`${optField.trim()}\`: when \`super()\` returns, the ES2022 class fields are defined, and this declaration resets \`${textField}\` to undefined (and \`${countField}\` to ${start}), wiping what the early call wrote. Only the later explicit call sticks.`,
        trap: optField.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/static-counter",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Ticket", "Order", "Invoice", "Badge", "Token"]);
      const counter = rng.pick(["issued", "created", "count", "nextId"]);
      const who = rng.sample(PEOPLE, 3);
      const start = rng.pick([0, rng.int(1, 500)]);
      const [x, y, z] = rng.pick([
        ["a", "b", "c"],
        ["first", "second", "third"],
        ["t1", "t2", "t3"],
      ] as const);
      const shown = rng
        .shuffle([x, y, z])
        .map((v) => `${v}.id`)
        .join(", ");
      const code = lines(
        `class ${cls} {`,
        `  static ${counter} = ${start};`,
        `  readonly id: number;`,
        `  constructor(readonly holder: string) {`,
        `    ${cls}.${counter} += 1;`,
        `    this.id = ${cls}.${counter};`,
        `  }`,
        `}`,
        `const ${x} = new ${cls}(${q(who[0]!)});`,
        `const ${y} = new ${cls}(${q(who[1]!)});`,
        `const ${z} = new ${cls}(${q(who[2]!)});`,
        `console.log(${shown}, ${cls}.${counter});`,
      );
      return {
        kind: "predict-output",
        title: "A static counter shared by all instances",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.static-per-instance",
            code: swapAll(
              swap(
                code,
                `  static ${counter} = ${start};`,
                `  ${counter} = ${start};\n  static ${counter} = ${start};`,
              ),
              `    ${cls}.${counter} += 1;\n    this.id = ${cls}.${counter};`,
              `    this.${counter} += 1;\n    this.id = this.${counter};`,
            ),
          },
          {
            rule: "ts.increment-before-read",
            code: swap(
              code,
              `    ${cls}.${counter} += 1;\n    this.id = ${cls}.${counter};`,
              `    this.id = ${cls}.${counter}++;`,
            ),
          },
          {
            rule: "ts.value-is-live",
            code: swap(
              swap(
                code,
                `  readonly id: number;`,
                `  get id(): number {\n    return ${cls}.${counter};\n  }`,
              ),
              `    this.id = ${cls}.${counter};\n`,
              "",
            ),
          },
        ],
        explanation: `The trap is \`${cls}.${counter} += 1;\`: \`static ${counter}\` lives on the class itself, so every constructor call increments the same number (before \`this.id\` reads it), and each instance stores the value it saw at creation time. The class ends at ${start} + 3.`,
        trap: `${cls}.${counter} += 1;`,
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/instanceof-vs-shape",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Point", "Vec", "Coord", "Pixel"]);
      const [x1, y1, x2, y2] = Array.from({ length: 4 }, () => rng.int(1, 20));
      const fn = rng.pick(["describe", "show", "label"]);
      const [a, b, c] = rng.pick([
        ["a", "b", "c"],
        ["made", "literal", "copied"],
        ["p", "q", "r"],
      ] as const);
      const order = rng.shuffle([a, b, c]);
      const literal = `const ${b}: ${cls} = { x: ${x2}, y: ${y2} };`;
      const spread = `const ${c}: ${cls} = { ...${a} };`;
      const code = lines(
        `interface XY {`,
        `  x: number;`,
        `  y: number;`,
        `}`,
        `class ${cls} implements XY {`,
        `  constructor(public x: number, public y: number) {}`,
        `}`,
        `function ${fn}(p: XY): string {`,
        `  return p instanceof ${cls} ? \`${cls}(\${p.x},\${p.y})\` : \`plain(\${p.x},\${p.y})\`;`,
        `}`,
        `const ${a} = new ${cls}(${x1}, ${y1});`,
        literal,
        spread,
        `console.log([${order.join(", ")}].map(${fn}).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "instanceof versus a matching shape",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.instanceof-structural", code: swap(code, `p instanceof ${cls} ?`, `"x" in p ?`) },
          {
            rule: "ts.instanceof-structural",
            code: swap(
              code,
              spread,
              `const ${c}: ${cls} = Object.assign(Object.create(${cls}.prototype) as ${cls}, ${a});`,
            ),
          },
          {
            rule: "ts.instanceof-structural",
            code: swap(code, literal, `const ${b}: ${cls} = new ${cls}(${x2}, ${y2});`),
          },
        ],
        explanation: `TypeScript accepts the object literal and the spread copy as \`${cls}\` because their shapes match, but the trap \`p instanceof ${cls}\` checks the prototype chain at runtime: only the object built with \`new ${cls}\` has \`${cls}.prototype\` in its chain. Spread copies own properties, not the prototype, so \`${c}\` is plain too.`,
        trap: `p instanceof ${cls}`,
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/field-before-parameter-property",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Order", "LineItem", "Booking", "Entry"]);
      const [p1, p2] = rng.pick([
        ["item", "qty"],
        ["product", "count"],
        ["name", "units"],
      ] as const);
      const item = rng.pick(["apple", "desk", "lamp", "book", "cable", "chair"]);
      const qty = rng.int(2, 9);
      const later = rng.int(10, 30);
      const method = rng.pick(["describe", "summary", "format"]);
      const field = rng.pick(["label", "caption", "title"]);
      const fieldLine = `  readonly ${field} = this.${method}();`;
      const code = lines(
        `class ${cls} {`,
        fieldLine,
        `  constructor(public ${p1}: string, public ${p2}: number) {}`,
        `  ${method}(): string {`,
        `    return \`\${this.${p2}} x \${this.${p1}}\`;`,
        `  }`,
        `}`,
        `const o = new ${cls}(${q(item)}, ${qty});`,
        `o.${p2} = ${later};`,
        `console.log(o.${field});`,
        `console.log(o.${method}());`,
      );
      return {
        kind: "predict-output",
        title: "A field initialiser that calls a method",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.param-property-order",
            code: swap(
              swap(code, fieldLine, `  readonly ${field}: string;`),
              `public ${p2}: number) {}`,
              `public ${p2}: number) {\n    this.${field} = this.${method}();\n  }`,
            ),
          },
          {
            rule: "ts.value-is-live",
            code: swap(code, fieldLine, `  get ${field}(): string {\n    return this.${method}();\n  }`),
          },
          { rule: "ts.prototype-shared-method", value: `Uncaught TypeError` },
        ],
        explanation: `The trap is \`${fieldLine.trim()}\`: with ES2022 class fields, field initialisers run at the start of construction, before the parameter properties \`${p1}\` and \`${p2}\` are assigned. So \`${field}\` is computed from two undefined values, once, and never recomputed; the method itself, called later, sees the current values.`,
        trap: fieldLine.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/fill-read-a-getter",
    difficulty: "easy",
    kind: "fill-in-blank",
    build(rng) {
      const cls = rng.pick(["Temperature", "Thermometer", "Reading", "Climate"]);
      const [c0, c1] = distinctInts(rng, 2, 0, 20).map((n) => n * 5) as [number, number];
      const v = rng.pick(["reading", "sensor", "current", "today"]);
      const setter = rng.pick(["set", "update", "record"]);
      const code = lines(
        `class ${cls} {`,
        `  constructor(private celsius: number) {}`,
        `  get fahrenheit(): number {`,
        `    return (this.celsius * 9) / 5 + 32;`,
        `  }`,
        `  ${setter}(c: number): void {`,
        `    this.celsius = c;`,
        `  }`,
        `}`,
        `const ${v} = new ${cls}(${c0});`,
        `${v}.${setter}(${c1});`,
        `console.log(${BLANK});`,
      );
      return {
        kind: "fill-in-blank",
        title: "Reading a getter",
        prompt: fillPrompt(),
        code,
        answer: `${v}.fahrenheit`,
        wrong: [
          { fragment: `JSON.stringify(${v})`, rule: "ts.json-includes-methods" },
          { fragment: `${cls}.prototype.fahrenheit`, rule: "ts.prototype-shared-method" },
          { fragment: `${v}["celsius"]`, rule: "ts.private-at-runtime" },
          { fragment: `new ${cls}(${c0}).fahrenheit`, rule: "ts.getter-cached" },
        ],
        explanation: `A getter is read like a property and runs its body on every access, so \`${v}.fahrenheit\` converts the current ${c1} °C. \`JSON.stringify\` shows only the stored \`celsius\` field, a fresh instance still holds ${c0} °C, and reading the getter on the prototype has no \`celsius\` to use.`,
        trap: `${v}.fahrenheit`,
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/getter-total-and-json",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Cart", "Basket", "Order", "Invoice"]);
      const [a, b, c] = distinctInts(rng, 3, 2, 60);
      const list = rng.pick(["items", "prices", "lines"]);
      const getter = rng.pick(["total", "sum", "amount"]);
      const beforeLine = `const before = cart.${getter};`;
      const code = lines(
        `class ${cls} {`,
        `  ${list}: number[] = [];`,
        `  get ${getter}(): number {`,
        `    return this.${list}.reduce((acc, p) => acc + p, 0);`,
        `  }`,
        `  add(price: number): this {`,
        `    this.${list}.push(price);`,
        `    return this;`,
        `  }`,
        `}`,
        `const cart = new ${cls}().add(${a}).add(${b});`,
        beforeLine,
        `cart.add(${c});`,
        `console.log(before, cart.${getter});`,
        `console.log(JSON.stringify(cart));`,
      );
      return {
        kind: "predict-output",
        title: "A getter, a stored value and JSON",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.json-includes-methods",
            code: swap(
              code,
              `JSON.stringify(cart)`,
              `JSON.stringify({ ...cart, ${getter}: cart.${getter} })`,
            ),
          },
          {
            rule: "ts.value-is-live",
            code: swap(
              swap(code, beforeLine, `const before = (): number => cart.${getter};`),
              `console.log(before, `,
              `console.log(before(), `,
            ),
          },
          {
            rule: "ts.getter-cached",
            value: [`${a + b} ${a + b}`, `{"${list}":[${a},${b},${c}]}`].join("\n"),
          },
          {
            rule: "ts.alias-is-copy",
            code: swap(
              code,
              `    return this;`,
              `    return Object.assign(new ${cls}(), { ${list}: [...this.${list}] });`,
            ),
          },
        ],
        explanation: `The trap is \`${beforeLine}\`: it stores the number the getter returned at that moment (${a + b}), and that number does not change when an item is added; reading \`cart.${getter}\` again runs the getter on the current items. \`JSON.stringify\` serialises own data properties only, so the getter (which lives on the prototype) is not included.`,
        trap: beforeLine,
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/inherited-static-counter",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [b, c] = rng.pick([
        ["Shape", "Circle"],
        ["Animal", "Dog"],
        ["Vehicle", "Truck"],
        ["Widget", "Button"],
        ["Account", "Savings"],
        ["Node", "Leaf"],
        ["Task", "Job"],
        ["Media", "Video"],
      ] as const);
      const counter = rng.pick(["count", "created", "instances", "made", "total"]);
      const nb = rng.int(1, 3);
      const nc = rng.int(1, 4);
      const start = rng.int(0, 30);
      // A base instance comes first, so the subclass visibly starts from the inherited count.
      const makes = [
        `new ${b}();`,
        ...rng.shuffle([
          ...Array.from({ length: nb - 1 }, () => `new ${b}();`),
          ...Array.from({ length: nc }, () => `new ${c}();`),
        ]),
      ];
      const bump = `    (this.constructor as typeof ${b}).${counter}++;`;
      let baseCount = start;
      let inheritedAt: number | undefined;
      for (const m of makes) {
        if (m === `new ${b}();`) baseCount++;
        else inheritedAt ??= baseCount;
      }
      const code = lines(
        `class ${b} {`,
        `  static ${counter} = ${start};`,
        `  constructor() {`,
        bump,
        `  }`,
        `}`,
        `class ${c} extends ${b} {}`,
        ...makes,
        `console.log(${b}.${counter}, ${c}.${counter});`,
      );
      return {
        kind: "predict-output",
        title: "Incrementing a static through this.constructor",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.static-inherited-write", code: swap(code, bump, `    ${b}.${counter}++;`) },
          {
            rule: "ts.static-inherited-write",
            code: swap(
              code,
              `class ${c} extends ${b} {}`,
              `class ${c} extends ${b} {\n  static ${counter} = ${start};\n}`,
            ),
          },
          { rule: "ts.static-per-instance", value: `${start + 1} ${start + 1}` },
          { rule: "ts.static-inherited-write", value: `${start + nb + nc} ${start + nc}` },
        ],
        explanation: `The trap is \`${bump.trim()}\`: \`this.constructor\` is the class actually being built. The first time a ${c} is built, \`${c}.${counter}++\` reads the inherited \`${b}.${counter}\` (${inheritedAt}) and writes the result as a new own static on ${c}; from then on ${c} counts on its own copy. So \`${b}.${counter}\` counts only ${b} objects (${start} + ${nb}), while ${c} continues from the inherited value.`,
        trap: bump.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/arrow-field-per-instance",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Button", "Player", "Timer", "Widget"]);
      const [m, f] = rng.pick([
        ["describe", "onClick"],
        ["render", "handle"],
        ["label", "notify"],
      ] as const);
      const arrow = `  ${f} = (): string => "${f}";`;
      const method = `  ${m}(): string {\n    return "${m}";\n  }`;
      const code = lines(
        `class ${cls} {`,
        arrow,
        method,
        `}`,
        `const a = new ${cls}();`,
        `const b = new ${cls}();`,
        `console.log(a.${m} === b.${m}, a.${f} === b.${f});`,
        `console.log(Object.keys(a).join(","));`,
      );
      return {
        kind: "predict-output",
        title: `Is ${f} shared between two ${cls} objects?`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.arrow-field-per-instance",
            code: swap(code, arrow, `  ${f}(): string {\n    return "${f}";\n  }`),
          },
          {
            rule: "ts.prototype-shared-method",
            code: swap(code, method, `  ${m} = (): string => "${m}";`),
          },
          { rule: "ts.arrow-field-per-instance", value: [`true false`, `${f},${m}`].join("\n") },
        ],
        explanation: `\`${m}\` is a method, so it lives once on \`${cls}.prototype\` and both objects share it. The trap is \`${arrow.trim()}\`: an arrow-function field is created anew for every instance as an own property, so the two functions are different and it is the only key \`Object.keys\` lists.`,
        trap: arrow.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/constructor-name-through-base-type",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [b, s] = rng.pick([
        ["Animal", "Cat"],
        ["Shape", "Square"],
        ["Vehicle", "Bike"],
        ["Account", "Savings"],
      ] as const);
      const v = rng.pick(["x", "item", "thing"]);
      const decl = `const ${v}: ${b} = new ${s}();`;
      const code = lines(
        `class ${b} {}`,
        `class ${s} extends ${b} {}`,
        decl,
        `console.log(${v}.constructor.name, ${v} instanceof ${b}, ${v} instanceof ${s});`,
      );
      return {
        kind: "predict-output",
        title: `constructor.name of a ${s} held as a ${b}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.declared-type-dispatch", code: swap(code, decl, `const ${v}: ${b} = new ${b}();`) },
          { rule: "ts.instanceof-exact", value: `${s} false true` },
          {
            rule: "ts.declared-type-dispatch",
            code: swap(code, `console.log(${v}.constructor.name,`, `console.log(${b}.name,`),
          },
        ],
        explanation: `The trap is \`${decl}\`: the annotation \`${b}\` is erased, and the object is a ${s}. Its \`constructor\`, found on ${s}.prototype, is ${s}; and \`instanceof\` walks the whole prototype chain, so it is an instance of both ${s} and ${b}.`,
        trap: decl,
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/template-literal-calls-tostring",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Money", "Price", "Amount"]);
      const cents = rng.int(101, 999);
      const sym = rng.pick(["$", "€", "£"]);
      const ts = `  toString(): string {\n    return \`${sym}\${(this.cents / 100).toFixed(2)}\`;\n  }`;
      const code = lines(
        `class ${cls} {`,
        `  constructor(readonly cents: number) {}`,
        ts,
        `}`,
        `const m = new ${cls}(${cents});`,
        `console.log(\`total: \${m}\`);`,
        `console.log(JSON.stringify(m));`,
      );
      return {
        kind: "predict-output",
        title: `A ${cls} inside a template literal`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.template-calls-tostring",
            code: swap(code, `  toString(): string {`, `  format(): string {`),
          },
          {
            rule: "ts.json-includes-methods",
            code: swap(code, `JSON.stringify(m)`, `JSON.stringify(String(m))`),
          },
          { rule: "ts.template-calls-tostring", code: swap(code, "`total: ${m}`", "`total: ${m.cents}`") },
        ],
        explanation: `The trap is \`\${m}\` in the template literal: it converts the object to a string by calling its \`toString\`, so the override decides the text. \`JSON.stringify\` ignores methods and writes the own data property \`cents\`.`,
        trap: "${m}",
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/construction-order-with-fields",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [b, s] = rng.pick([
        ["Base", "Child"],
        ["Parent", "Kid"],
        ["Shape", "Circle"],
      ] as const);
      const code = lines(
        `const order: string[] = [];`,
        `const note = (s: string): string => {`,
        `  order.push(s);`,
        `  return s;`,
        `};`,
        `class ${b} {`,
        `  baseTag = note("${b} field");`,
        `  constructor() {`,
        `    note("${b} body");`,
        `  }`,
        `}`,
        `class ${s} extends ${b} {`,
        `  ownTag = note("${s} field");`,
        `  constructor() {`,
        `    super();`,
        `    note("${s} body");`,
        `  }`,
        `}`,
        `new ${s}();`,
        `console.log(order.join(" > "));`,
      );
      const j = (...xs: string[]) => xs.join(" > ");
      return {
        kind: "predict-output",
        title: `Field and constructor order when building a ${s}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.construction-order", value: j(`${s} field`, `${b} field`, `${b} body`, `${s} body`) },
          {
            rule: "ts.construction-order",
            code: swap(
              swap(code, `  baseTag = note("${b} field");\n`, ""),
              `    note("${b} body");`,
              `    note("${b} body");\n    note("${b} field");`,
            ),
          },
          {
            rule: "ts.construction-order",
            code: swap(
              swap(code, `  ownTag = note("${s} field");\n`, ""),
              `    note("${s} body");`,
              `    note("${s} body");\n    note("${s} field");`,
            ),
          },
          { rule: "ts.field-init-order", code: swap(code, `  ownTag = note("${s} field");\n`, "") },
        ],
        explanation: `The trap is \`super();\`: everything of ${b} happens inside it, its fields first, then its constructor body. Only when \`super()\` returns are ${s}'s own fields initialised, and then the rest of ${s}'s constructor runs.`,
        trap: "super();",
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/bind-cannot-be-rebound",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [p1, p2] = rng.sample(PEOPLE, 2) as [string, string];
      const cls = rng.pick(["Greeter", "Host", "Speaker"]);
      const word = rng.pick(["hi", "hello", "hey"]);
      const rebind = `const g = f.bind(a);`;
      const first = `const f = a.${word}.bind(b);`;
      const call = `a.${word}.call(b)`;
      const code = lines(
        `class ${cls} {`,
        `  constructor(public name: string) {}`,
        `  ${word}(): string {`,
        `    return \`${word} \${this.name}\`;`,
        `  }`,
        `}`,
        `const a = new ${cls}(${q(p1)});`,
        `const b = new ${cls}(${q(p2)});`,
        first,
        rebind,
        `console.log(f(), "/", g(), "/", ${call});`,
      );
      return {
        kind: "predict-output",
        title: `Binding ${word} to ${p2}, then again to ${p1}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.bind-once", code: swap(code, rebind, `const g = a.${word}.bind(a);`) },
          { rule: "ts.bind-target", code: swap(code, first, `const f = a.${word}.bind(a);`) },
          { rule: "ts.call-this-arg", code: swap(code, call, `a.${word}()`) },
        ],
        explanation: `\`bind(b)\` makes \`f\` always run with \`this\` = the ${p2} object. The trap is \`${rebind}\`: binding a bound function again cannot change its \`this\`, so \`g\` still greets ${p2}. \`call(b)\` also sets \`this\` to that object for one call.`,
        trap: rebind,
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/setter-clamps-every-write",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Volume", "Dimmer", "Throttle"]);
      const max = rng.pick([10, 20, 100]);
      const big = max + rng.int(5, 40);
      const d = rng.int(2, 9);
      const store = `    this.#v = Math.min(${max}, Math.max(0, x));`;
      const code = lines(
        `class ${cls} {`,
        `  #v = 0;`,
        `  get level(): number {`,
        `    return this.#v;`,
        `  }`,
        `  set level(x: number) {`,
        store,
        `  }`,
        `}`,
        `const c = new ${cls}();`,
        `c.level = ${big};`,
        `const first = c.level;`,
        `c.level += ${d};`,
        `c.level -= ${max + d};`,
        `console.log(first, c.level, Object.keys(c).length);`,
      );
      return {
        kind: "predict-output",
        title: `A ${cls} setter that clamps to 0..${max}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.setter-runs-on-assign", code: swap(code, store, `    this.#v = x;`) },
          {
            rule: "ts.setter-runs-on-assign",
            value: `${big} 0 0`,
          },
          {
            rule: "ts.off-by-one",
            code: swap(code, store, `    this.#v = Math.min(${max - 1}, Math.max(0, x));`),
          },
          { rule: "ts.private-field-listed", value: `${max} 0 1` },
        ],
        explanation: `The trap is \`${store.trim()}\`: every write to \`level\` runs the setter, and \`+=\` / \`-=\` read through the getter and write back through the setter, so each step is clamped. ${big} becomes ${max}; adding ${d} is clamped back to ${max}; subtracting ${max + d} is clamped up to 0. A \`#\` field is not a key.`,
        trap: store.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/prototype-patched-later",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Robot", "Bot", "Drone"]);
      const [w0, w1, w2] = rng.sample(["beep", "own", "patched", "boop", "zap", "ping"], 3) as [
        string,
        string,
        string,
      ];
      const own = `(r1 as { greet: () => string }).greet = () => ${q(w1)};`;
      const patch = `${cls}.prototype.greet = function (): string {\n  return ${q(w2)};\n};`;
      const code = lines(
        `class ${cls} {`,
        `  greet(): string {`,
        `    return ${q(w0)};`,
        `  }`,
        `}`,
        `const r0 = new ${cls}();`,
        `const r1 = new ${cls}();`,
        own,
        patch,
        `const r2 = new ${cls}();`,
        `console.log(r0.greet(), r1.greet(), r2.greet(), Object.keys(r1).length);`,
      );
      return {
        kind: "predict-output",
        title: `Patching ${cls}.prototype.greet after objects exist`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.prototype-patch-live",
            code: swap(code, `const r0 = new ${cls}();`, `const r0 = { greet: new ${cls}().greet };`),
          },
          { rule: "ts.own-property-shadows", code: swap(code, own + "\n", "") },
          { rule: "ts.own-property-shadows", value: `${w2} ${w2} ${w2} 1` },
          {
            rule: "ts.prototype-patch-live",
            code: swap(
              code,
              `${cls}.prototype.greet = function`,
              `Object.create(${cls}.prototype).greet = function`,
            ),
          },
        ],
        explanation: `Objects look \`greet\` up on the prototype each time it is called, so the trap \`${cls}.prototype.greet = function (): string {\` changes it for r0 and r2 alike, old and new objects. r1 got an own \`greet\` property first, and an own property shadows the prototype, so r1 keeps "${w1}" and has 1 key.`,
        trap: `${cls}.prototype.greet = function (): string {`,
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/static-factory-new-this",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [b, s] = rng.pick([
        ["Shape", "Circle"],
        ["Model", "User"],
        ["Node", "Leaf"],
      ] as const);
      const create = `  static create(): ${b} {\n    return new this();\n  }`;
      const code = lines(
        `class ${b} {`,
        create,
        `  kind(): string {`,
        `    return "${b.toLowerCase()}";`,
        `  }`,
        `}`,
        `class ${s} extends ${b} {`,
        `  override kind(): string {`,
        `    return "${s.toLowerCase()}";`,
        `  }`,
        `}`,
        `const made = ${s}.create();`,
        `console.log(${b}.create().kind(), made.kind(), made instanceof ${s});`,
      );
      const lb = b.toLowerCase();
      const ls = s.toLowerCase();
      return {
        kind: "predict-output",
        title: `${s}.create() through a static new this()`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.static-this", code: swap(code, `    return new this();`, `    return new ${b}();`) },
          { rule: "ts.declared-type-dispatch", value: `${lb} ${lb} true` },
          { rule: "ts.static-this", value: `${lb} ${ls} false` },
        ],
        explanation: `The trap is \`return new this();\`: inside a static method \`this\` is the class the method was called on, and statics are inherited, so \`${s}.create()\` builds a ${s}. The return type \`${b}\` is only a compile-time annotation, so \`made.kind()\` runs ${s}'s override and \`instanceof ${s}\` is true.`,
        trap: "return new this();",
      };
    },
  },
  {
    ...base,
    id: "typescript/classes-and-prototypes/method-on-frozen-instance",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const cls = rng.pick(["Cart", "Bag", "Order"]);
      const item = rng.pick(["pen", "cup", "map", "key"]);
      const freeze = `const c = Object.freeze(new ${cls}());`;
      const body = `    this.items.push(x);\n    this.count++;`;
      const code = lines(
        `class ${cls} {`,
        `  count = 0;`,
        `  items: string[] = [];`,
        `  add(x: string): void {`,
        body,
        `  }`,
        `}`,
        freeze,
        `try {`,
        `  c.add(${q(item)});`,
        `} catch (e) {`,
        `  console.log((e as Error).name);`,
        `}`,
        `console.log(c.items.length, c.count);`,
      );
      return {
        kind: "predict-output",
        title: `Calling add on a frozen ${cls}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.freeze-strict-throws", code: swap(code, freeze, `const c = new ${cls}();`) },
          { rule: "ts.freeze-shallow", code: swap(code, body, `    this.count++;\n    this.items.push(x);`) },
          { rule: "ts.freeze-strict-throws", value: `1 0` },
          { rule: "ts.freeze-shallow", value: [`TypeError`, `0 0`].join("\n") },
        ],
        explanation: `\`Object.freeze\` is shallow: the \`items\` array itself is not frozen, so \`this.items.push(x)\` works. The trap is \`this.count++;\`: \`count\` is a property of the frozen object, and class code runs in strict mode, so the write throws a TypeError instead of failing silently. The push has already happened, so the array has 1 item and \`count\` stays 0.`,
        trap: "this.count++;",
      };
    },
  },
];
