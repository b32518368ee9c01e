import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtInCatalog, createEngine } from "../engine";
import type { Engine } from "../engine-types";
import { EngineError } from "../errors";
import { fixtureTemplates } from "../testing/fixtures-templates";
import { ENGINE_VERSION } from "../version";
import { chiSquareUniform, CHI2_CRITICAL_05 } from "../quality/metrics";
import { keyPosition, programsFor, unservedFirst } from "./generate";
import type { ChallengeTemplate } from "../types";
import { PLACEHOLDER } from "../placeholder";
import { createRng } from "../rng";
import { canonical } from "./normalize";

let engine: Engine;

beforeAll(() => {
  engine = createEngine({ workers: 1, templates: fixtureTemplates });
});

afterAll(async () => {
  await engine.close();
});

describe("generate", () => {
  it("builds a verified question whose key is the program's output and whose options are distinct", async () => {
    const q = await engine.generate({
      language: "javascript",
      topic: "fixture-loops",
      difficulty: "easy",
      seed: "s1",
    });
    const [run] = await engine.execute([{ language: "javascript", code: q.code! }]);
    expect(q.options[q.correctIndex]).toBe(run!.stdout.trim());
    expect(new Set(q.options.map(canonical)).size).toBe(4);
    expect(q.misconceptions[q.correctIndex]).toBeNull();
    expect(q.misconceptions.filter((m) => m !== null)).toHaveLength(3);
    expect(q.misconceptions).not.toContain("fixture.same-as-key");
    expect(q.optionExplanations[q.correctIndex]).toMatch(/^Correct: /);
    expect(q.explanation).toContain(q.options[q.correctIndex]);
    expect(q).toMatchObject({
      engineVersion: ENGINE_VERSION,
      seed: "s1",
      source: "offline",
      verified: true,
      kind: "predict-output",
    });
  });

  it("gives each executed distractor its own reason, naming the one-line change whose program printed it", async () => {
    for (const seed of ["r1", "r2", "r3", "r4", "r5"]) {
      const q = await engine.generate({
        language: "javascript",
        topic: "fixture-loops",
        difficulty: "easy",
        seed,
      });
      const wrong = q.options.map((_, i) => i).filter((i) => i !== q.correctIndex);
      const explained = wrong.filter((i) =>
        q.optionExplanations[i]!.includes("This is what it would print if the line"),
      );
      expect(explained.length, seed).toBeGreaterThanOrEqual(2);
      expect(new Set(wrong.map((i) => q.optionExplanations[i])).size, seed).toBe(3);
      // True by construction: making the named edit and running the program prints that very option.
      for (const i of explained) {
        const [, was, now] = /if the line `(.+?)` read `(.+?)` instead/.exec(q.optionExplanations[i]!)!;
        expect(q.code, seed).toContain(was);
        const [run] = await engine.execute([{ language: "javascript", code: q.code!.replace(was!, now!) }]);
        expect(run!.stdout.trim(), seed).toBe(q.options[i]);
      }
    }
  });

  it("lists the programs an instance would run, by part, without running them", () => {
    const predict = fixtureTemplates.templates.find((t) => t.id === "javascript/fixture-loops/loop-sum")!;
    const instance = predict.build(createRng("w"));
    const programs = programsFor("javascript", instance);
    expect(programs.key).toBe(instance.code);
    // Four code distractors; the literal near miss has no program.
    expect(programs.distractors).toHaveLength(4);
    expect(programs.distractors.every((d) => d.code.includes("console.log(total);"))).toBe(true);
    const fill = fixtureTemplates.templates.find((t) => t.id === "javascript/fixture-loops/fill-comparison")!;
    const blanked = fill.build(createRng("w"));
    const filled = programsFor("javascript", blanked);
    expect(filled.distractors.length).toBeGreaterThanOrEqual(3);
    const codes = [filled.key, ...filled.distractors.map((d) => d.code)];
    expect(codes.some((p) => p.includes(PLACEHOLDER.javascript))).toBe(false);
    expect(new Set(codes).size).toBe(codes.length);
    expect(filled.distractors.map((d) => d.fragment)).toEqual(
      blanked.kind === "fill-in-blank" ? blanked.wrong.map((w) => w.fragment) : [],
    );
    expect(() => programsFor("javascript", { ...blanked, code: "console.log(1);" })).toThrow(/\/\*___\*\//);
  });

  it("gives a byte-identical question for the same seed, and different ones across seeds (G13)", async () => {
    const req = { language: "javascript", topic: "fixture-loops", difficulty: "easy", seed: "same" } as const;
    const a = JSON.stringify(await engine.generate(req));
    const other = createEngine({ workers: 1, templates: fixtureTemplates });
    try {
      expect(JSON.stringify(await other.generate(req))).toBe(a);
    } finally {
      await other.close();
    }
    expect(JSON.parse(a)).toMatchSnapshot();
    const codes = new Set<string>();
    for (let i = 0; i < 10; i++) codes.add((await engine.generate({ ...req, seed: `seed-${i}` })).code!);
    expect(codes.size).toBeGreaterThan(5);
  });

  it("makes up a seed when none is given and returns it, so the question can be regenerated", async () => {
    const q = await engine.generate({ language: "python", topic: "fixture-slices", difficulty: "easy" });
    expect(q.seed).toMatch(/^[A-Za-z0-9_-]{12}$/);
    const again = await engine.generate({
      language: "python",
      topic: "fixture-slices",
      difficulty: "easy",
      seed: q.seed,
    });
    expect(again).toEqual(q);
    expect(q.options[q.correctIndex]).toMatch(/^\[\d+(, \d+)*\]$/);
  });

  it("keeps only fill-in-blank fragments whose program provably misses the target", async () => {
    for (let i = 0; i < 5; i++) {
      const q = await engine.generate({
        language: "javascript",
        topic: "fixture-loops",
        difficulty: "medium",
        seed: `f${i}`,
      });
      expect(q.kind).toBe("fill-in-blank");
      // `n > i` prints the same as `i < n`: never offered as a wrong answer.
      expect(q.misconceptions).not.toContain("fixture.same-as-key");
      const target = q.prompt.match(/`([^`]+)`/)![1]!;
      const outputs = await engine.execute(
        q.options.map((o) => ({
          language: "javascript" as const,
          code: q.code!.replace(PLACEHOLDER.javascript, o),
        })),
      );
      outputs.forEach((r, k) => expect(r.stdout.trim() === target, q.options[k]).toBe(k === q.correctIndex));
    }
  });

  it("draws key positions uniformly over seeds (χ² p > .05 on 8,000 seeds)", () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 8000; i++) counts[keyPosition(`position-${i}`)]!++;
    expect(chiSquareUniform(counts)).toBeLessThan(CHI2_CRITICAL_05[3]!);
  });

  it("puts the key in each of the four positions", async () => {
    const positions = new Set<number>();
    for (let i = 0; i < 24; i++) {
      positions.add(
        (
          await engine.generate({
            language: "javascript",
            topic: "fixture-loops",
            difficulty: "easy",
            seed: `p${i}`,
          })
        ).correctIndex,
      );
    }
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });

  it("gives up with a typed error after bounded redraws when no instance can be verified", async () => {
    for (const difficulty of ["easy", "medium"] as const) {
      const err = await engine
        .generate({ language: "javascript", topic: "fixture-broken", difficulty, seed: "x" })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EngineError);
      expect((err as EngineError).code).toBe("generation-failed");
      expect((err as EngineError).message).toMatch(
        difficulty === "easy" ? /key-failed/ : /too-few-distractors/,
      );
    }
  });

  it("rejects unknown topics, empty cells and unknown languages with typed errors", async () => {
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => "resolved",
        (e: EngineError) => e.code,
      );
    expect(await codeOf(engine.generate({ language: "javascript", topic: "nope", difficulty: "easy" }))).toBe(
      "unknown-topic",
    );
    expect(
      await codeOf(engine.generate({ language: "javascript", topic: "fixture-loops", difficulty: "hard" })),
    ).toBe("no-templates");
    expect(
      await codeOf(engine.generate({ language: "cobol" as never, topic: "x", difficulty: "easy" })),
    ).toBe("unknown-language");
  });

  it("offers the built-in catalog without starting workers, with every language and difficulty", () => {
    const catalog = builtInCatalog();
    expect(catalog.languages.map((l) => l.id)).toEqual(["javascript", "typescript", "python"]);
    for (const l of catalog.languages) expect(l.topics.length).toBeGreaterThanOrEqual(10);
  });

  it("lists in the catalog only topics that every difficulty can generate", () => {
    expect(engine.catalog.difficulties).toEqual(["easy", "medium", "hard"]);
    expect(engine.catalog.languages).toEqual([]);
  });
});

describe("template rotation", () => {
  const t = (id: string) => ({ id }) as unknown as ChallengeTemplate;
  const cell = [t("a"), t("b"), t("c")];

  it("offers only the templates a learner has not been served, while any remain", () => {
    expect(unservedFirst(cell, ["b"]).map((x) => x.id)).toEqual(["a", "c"]);
    expect(unservedFirst(cell, []).map((x) => x.id)).toEqual(["a", "b", "c"]);
  });

  it("offers the least recently served template once every one has been served", () => {
    expect(unservedFirst(cell, ["c", "a", "b"]).map((x) => x.id)).toEqual(["b"]);
  });
});
