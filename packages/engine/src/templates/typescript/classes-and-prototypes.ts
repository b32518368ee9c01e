import type { ChallengeTemplate } from "../../types";
import { PEOPLE, PREDICT, lines, q, swap } from "./helpers";

const base = { language: "typescript", topic: "classes-and-prototypes" } as const;

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
        `  canSpend(amount: number): boolean {`,
        `    return this.${secret} >= amount;`,
        `  }`,
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
            code: swap(swap(code, `  private ${secret}: number;`, `  #${secret}: number;`), `this.${secret} = ${secret};`, `this.#${secret} = ${secret};`),
          },
          { rule: "ts.param-property-missing", code: swap(code, `constructor(public ${ownerProp}: string`, `constructor(${ownerProp}: string`) },
          {
            rule: "ts.param-property-order",
            code: swap(code, ctor, `  public ${ownerProp}: string;\n  constructor(${ownerProp}: string, ${secret}: number) {\n    this.${secret} = ${secret};\n    this.${ownerProp} = ${ownerProp};\n  }`),
          },
        ],
        explanation: `TypeScript's \`private\` is a compile-time check only: \`${secret}\` is an ordinary own property at runtime, so \`Object.keys\` and \`JSON.stringify\` list it. The parameter property \`${ownerProp}\` is also a real property, declared before the other fields. Only \`#${secret}\` would be hidden.`,
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
          { rule: "ts.override-dispatch", code: swap(code, `amount + this.fee()`, `amount + Account.prototype.fee.call(this)`) },
          { rule: "ts.declared-type-dispatch", code: swap(swap(code, `console.log(${v}.withdraw(${w1}));`, `console.log(Account.prototype.withdraw.call(${v}, ${w1}));`), `console.log(${v}.withdraw(${w2}));`, `console.log(Account.prototype.withdraw.call(${v}, ${w2}));`) },
          { rule: "ts.declared-type-dispatch", code: swap(code, `new ${sub}(${start})`, `new Account(${start})`) },
          { rule: "ts.super-skipped", code: swap(code, `return super.withdraw(amount) + ${bonus};`, `this.balance += ${bonus};\n    return super.withdraw(amount);`) },
        ],
        explanation: `The variable's declared type \`Account\` is erased: the object is a \`${sub}\`, so its \`withdraw\` runs, and inside the base method \`this.fee()\` also dispatches to the override (0). The bonus is only added to the returned number, not stored in the balance.`,
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
            code: swap(swap(swap(code, optField + "\n", ""), countLine + "\n", ""), `class ${baseCls} {\n`, `class ${baseCls} {\n  ${textField}?: string;\n  ${countField} = ${start};\n`),
          },
          { rule: "ts.field-init-order", code: swap(code, countLine, `  declare ${countField}: number;`) },
        ],
        explanation: `The base constructor calls the override before \`${cls}\`'s fields exist (\`this.${countField}\` is still undefined, giving NaN). When \`super()\` returns, the ES2022 class fields are defined: \`${textField}?: string\` resets to undefined and \`${countField}\` to ${start}, wiping what the early call wrote.`,
      };
    },
  },
];
