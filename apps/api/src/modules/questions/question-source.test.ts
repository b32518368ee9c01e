import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../../app";
import { loadConfig } from "../../config";
import { createTestDb, type TestDb } from "../../testing/test-db";
import { fakeQuestion } from "../../testing/challenge-test-app";
import { engineSource, type QuestionSource } from "./question-source";

/** A stand-in engine that records its lifecycle. */
function recordingSource() {
  const events: string[] = [];
  const source: QuestionSource = {
    catalog: () => ({
      languages: [
        { id: "javascript", name: "JavaScript", topics: [{ id: "arrays", name: "Arrays", description: "" }] },
      ],
      difficulties: ["easy", "medium", "hard"],
    }),
    generate: async (request) => {
      events.push("generate");
      return fakeQuestion(request);
    },
    warmUp: async () => {
      events.push("warmUp");
    },
    close: async () => {
      events.push("close");
    },
  };
  return { source, events };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function appWith(source: QuestionSource, env: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "katagen-module-"));
  const testDb: TestDb = await createTestDb("sqlite");
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATA_DIR: dataDir,
    HOST: "127.0.0.1",
    ...env,
  });
  const app = await buildApp(config, { db: testDb.db, questionSource: source });
  cleanups.push(async () => {
    await testDb.cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return app;
}

describe("the question engine's lifecycle", () => {
  it("reads the catalog without starting the engine, starts it on the first generate, closes it once", async () => {
    const { source: fake, events } = recordingSource();
    let created = 0;
    const source = engineSource(
      () => {
        created += 1;
        return {
          catalog: fake.catalog(),
          generate: fake.generate,
          execute: async () => [],
          warmUp: fake.warmUp,
          close: fake.close,
        };
      },
      () => fake.catalog(),
    );
    expect(source.catalog().languages[0]!.id).toBe("javascript");
    expect(created).toBe(0);
    await source.generate({ language: "javascript", topic: "arrays", difficulty: "easy" });
    await source.generate({ language: "javascript", topic: "arrays", difficulty: "easy" });
    expect(created).toBe(1);
    await source.close();
    expect(events).toEqual(["generate", "generate", "close"]);
    expect(() => source.generate({ language: "javascript", topic: "arrays", difficulty: "easy" })).toThrow(
      /closed/,
    );
  });

  it("warms up once the server listens and closes with the app", async () => {
    const { source, events } = recordingSource();
    const app = await appWith(source);
    await app.ready();
    expect(events).toEqual([]);
    await app.listen({ port: 0, host: "127.0.0.1" });
    await expect.poll(() => events).toEqual(["warmUp"]);
    await app.close();
    expect(events).toEqual(["warmUp", "close"]);
  });

  it("skips the warm-up with ENGINE_WARM_UP=false and never warms in-process test apps", async () => {
    const off = recordingSource();
    const app = await appWith(off.source, { ENGINE_WARM_UP: "false" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    await app.close();
    expect(off.events).toEqual(["close"]);

    const injected = recordingSource();
    const other = await appWith(injected.source);
    await other.ready();
    expect((await other.inject({ method: "GET", url: "/api/catalog" })).json().languages[0].id).toBe(
      "javascript",
    );
    await other.close();
    expect(injected.events).toEqual(["close"]);
  });
});
