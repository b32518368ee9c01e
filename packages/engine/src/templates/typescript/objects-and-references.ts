import type { ChallengeTemplate } from "../../types";
import { COLORS, PEOPLE, PREDICT, lines, q, swap } from "./helpers";

const base = { language: "typescript", topic: "objects-and-references" } as const;

export const objectsAndReferencesTemplates: ChallengeTemplate[] = [
  {
    ...base,
    id: "typescript/objects-and-references/alias-not-copy",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const iface = rng.pick(["Profile", "Player", "Member", "Account"]);
      const field = rng.pick(["level", "score", "credits", "rank"]);
      const [from, to] = [rng.int(1, 20), rng.int(21, 60)];
      const name = rng.pick(PEOPLE);
      const [orig, other] = rng.pick([
        ["original", "copy"],
        ["current", "backup"],
        ["saved", "edited"],
        ["first", "second"],
      ] as const);
      const assign = `const ${other}: ${iface} = ${orig};`;
      const code = lines(
        `interface ${iface} {`,
        `  name: string;`,
        `  ${field}: number;`,
        `}`,
        `const ${orig}: ${iface} = { name: ${q(name)}, ${field}: ${from} };`,
        assign,
        `${other}.${field} = ${to};`,
        `console.log(${orig}.${field}, ${other}.${field});`,
        `console.log(${orig} === ${other});`,
      );
      return {
        kind: "predict-output",
        title: "Two names, one object",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.alias-is-copy", code: swap(code, assign, `const ${other}: ${iface} = { ...${orig} };`) },
          { rule: "ts.const-is-immutable", code: swap(code, `${other}.${field} = ${to};`, `${other}.${field} = ${other}.${field};`) },
          { rule: "ts.equality-by-value", code: swap(code, `${orig} === ${other}`, `${orig} !== ${other}`) },
          { rule: "ts.alias-is-copy", code: swap(swap(code, assign, `const ${other}: ${iface} = { ...${orig} };`), `${orig} === ${other}`, `${orig}.name === ${other}.name`) },
        ],
        explanation: `\`${other} = ${orig}\` copies the reference, so both names point at one object: the write through \`${other}\` is visible through \`${orig}\`, and \`===\` is true because it is the same object.`,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/shallow-spread-nested",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [t1, t2] = rng.sample(COLORS, 2);
      const group = rng.pick(["limits", "quota", "retry", "window"]);
      const key = rng.pick(["daily", "max", "count", "size"]);
      const [v1, v2] = [rng.int(2, 9), rng.int(10, 40)];
      const [baseName, customName] = rng.pick([
        ["defaults", "custom"],
        ["base", "mine"],
        ["shared", "local"],
      ] as const);
      const spread = `const ${customName}: Settings = { ...${baseName}, theme: ${q(t2)} };`;
      const code = lines(
        `interface Settings {`,
        `  theme: string;`,
        `  ${group}: { ${key}: number };`,
        `}`,
        `const ${baseName}: Settings = { theme: ${q(t1)}, ${group}: { ${key}: ${v1} } };`,
        spread,
        `${customName}.${group}.${key} = ${v2};`,
        `console.log(${baseName}.theme, ${baseName}.${group}.${key});`,
        `console.log(${customName}.theme, ${customName}.${group}.${key});`,
      );
      return {
        kind: "predict-output",
        title: "Spread copies one level",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.spread-is-deep",
            code: swap(code, spread, `const ${customName}: Settings = { ...(JSON.parse(JSON.stringify(${baseName})) as Settings), theme: ${q(t2)} };`),
          },
          {
            rule: "ts.alias-is-copy",
            code: swap(code, spread, `const ${customName}: Settings = ${baseName};\n${customName}.theme = ${q(t2)};`),
          },
          {
            rule: "ts.spread-order",
            code: swap(code, spread, `const ${customName}: Settings = { theme: ${q(t2)}, ...${baseName} };`),
          },
          {
            rule: "ts.spread-is-deep",
            code: swap(code, `${customName}.${group}.${key} = ${v2};`, `${customName}.${group} = { ${key}: ${v2} };`),
          },
        ],
        explanation: `Spread copies only the top-level properties: \`theme\` is copied, but \`${group}\` is the same nested object in both, so writing \`${customName}.${group}.${key}\` changes \`${baseName}.${group}.${key}\` too.`,
      };
    },
  },
  {
    ...base,
    id: "typescript/objects-and-references/mutate-then-rebind-param",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(PEOPLE);
      const start = rng.int(2, 20);
      const bonus = rng.int(2, 9);
      const factor = rng.int(2, 3);
      const fn = rng.pick(["applyBonus", "levelUp", "reward", "boost"]);
      const p = rng.pick(["p", "player", "target"]);
      const rebind = `  ${p} = { ...${p}, score: ${p}.score * ${factor} };`;
      const code = lines(
        `interface Player {`,
        `  name: string;`,
        `  score: number;`,
        `}`,
        `function ${fn}(${p}: Player, bonus: number): Player {`,
        `  ${p}.score += bonus;`,
        rebind,
        `  ${p}.score += 1;`,
        `  return ${p};`,
        `}`,
        `const hero: Player = { name: ${q(name)}, score: ${start} };`,
        `const result = ${fn}(hero, ${bonus});`,
        `console.log(hero.score, result.score);`,
      );
      return {
        kind: "predict-output",
        title: "Mutating a parameter, then rebinding it",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.param-rebind-visible", code: swap(code, rebind, `  ${p}.score = ${p}.score * ${factor};`) },
          { rule: "ts.param-mutation-invisible", code: swap(code, `  ${p}.score += bonus;`, `  ${p} = { ...${p} };\n  ${p}.score += bonus;`) },
          { rule: "ts.spread-mutates", code: swap(code, rebind, `  Object.assign(${p}, { score: ${p}.score * ${factor} });\n  ${p} = { ...${p} };`) },
          { rule: "ts.param-rebind-visible", code: swap(code, `console.log(hero.score, result.score);`, `console.log(result.score, result.score);`) },
        ],
        explanation: `The first \`+=\` mutates the caller's object through the parameter. Rebinding \`${p}\` to a spread copy then only changes the local variable, so the later \`+= 1\` and the doubled score land on the new object that is returned, not on \`hero\`.`,
      };
    },
  },
];
