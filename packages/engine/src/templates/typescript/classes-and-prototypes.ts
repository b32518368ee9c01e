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
            rule: "ts.spread-is-deep",
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
];
