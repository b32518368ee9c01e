/**
 * Test helpers for the challenge/quota suites: the real app (real config loader, real migrated
 * SQLite or Postgres, real auth in local sign-in mode) with an injected question generator and an
 * adjustable clock. Tokens are minted with the app's own local signing key, like /auth/local/token.
 */
import fs from "node:fs";
import type { GeneratedQuestion, GenerateRequest } from "@katagen/engine";
import { buildApp, type App } from "../app";
import type { Config } from "../config";
import type { Clock } from "../db/time";
import { loadOrCreateLocalKey } from "../modules/auth/local-keys";
import { mintLocalToken } from "../modules/auth/local-sign-in";
import { createTestDb, type TestDb, type TestDialect } from "./test-db";
import { LogCapture } from "./test-app";
import type { GenerateQuestion } from "../modules/questions/question-source";
import type { GenerationSettings } from "../modules/challenges/module";
import { testConfig } from "./test-config";

export class TestClock implements Clock {
  constructor(private ms = Date.parse("2026-11-26T12:00:00.000Z")) {}
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
}

export const HOUR_MS = 60 * 60 * 1000;

/** A deterministic stand-in for the engine: option 1 is always the key. */
export function fakeQuestion(request: GenerateRequest): GeneratedQuestion {
  return {
    engineVersion: "test",
    templateId: `${request.language}/${request.topic}/fake`,
    seed: request.seed ?? "seed",
    language: request.language,
    topic: request.topic,
    difficulty: request.difficulty,
    kind: "predict-output",
    title: `Fake ${request.topic}`,
    prompt: "What does this program print?",
    code: "console.log(1 + 1)",
    options: ["11", "2", "undefined", "NaN"],
    correctIndex: 1,
    explanation: "1 + 1 is 2.",
    optionExplanations: [
      "String concatenation needs a string.",
      "Right.",
      "Both operands are defined.",
      "Both are numbers.",
    ],
    misconceptions: ["concat", null, "undef", "nan"],
    source: "offline",
    verified: true,
  };
}

export const fakeGenerator: GenerateQuestion = async (request) => fakeQuestion(request);

export const failingGenerator: GenerateQuestion = async () => {
  throw new Error("upstream exploded");
};

/** A generator whose calls wait until release() (or resolve at once after releaseAll()). */
export function gatedGenerator() {
  const waiting: (() => void)[] = [];
  let open = false;
  let calls = 0;
  const generate: GenerateQuestion = async (request) => {
    calls += 1;
    if (!open) await new Promise<void>((resolve) => waiting.push(resolve));
    return fakeQuestion(request);
  };
  return {
    generate,
    get calls() {
      return calls;
    },
    get waiting() {
      return waiting.length;
    },
    releaseAll() {
      open = true;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

export interface ChallengeTestApp {
  app: App;
  config: Config;
  testDb: TestDb;
  clock: TestClock;
  logs: LogCapture;
  /** A fresh Bearer header for the user (tokens live 60 s, so mint one per burst). */
  auth(userId: string): Promise<{ authorization: string }>;
  close(): Promise<void>;
}

export interface ChallengeTestAppOptions {
  dialect?: TestDialect;
  env?: Record<string, string>;
  generator?: GenerateQuestion;
  generation?: GenerationSettings;
  clock?: TestClock;
  /** Share a database with another app (multi-app tests); the caller cleans it up. */
  testDb?: TestDb;
}

export async function buildChallengeTestApp(
  options: ChallengeTestAppOptions = {},
): Promise<ChallengeTestApp> {
  const config = testConfig("challenges", {
    LOG_LEVEL: "warn",
    RATE_LIMIT_GENERATE_PER_MINUTE: "0",
    ...options.env,
  });
  const ownDb = options.testDb === undefined;
  const testDb = options.testDb ?? (await createTestDb(options.dialect ?? "sqlite"));
  const clock = options.clock ?? new TestClock();
  const logs = new LogCapture();
  const app = await buildApp(config, {
    db: testDb.db,
    clock,
    logStream: logs,
    generator: options.generator ?? fakeGenerator,
    generation: options.generation,
  });
  await app.ready();
  const key = await loadOrCreateLocalKey(config.dataDir);
  return {
    app,
    config,
    testDb,
    clock,
    logs,
    async auth(userId: string) {
      // Real time, not the test clock: the verifier checks exp/nbf against the wall clock.
      const token = await mintLocalToken(key, config.auth, {
        sub: userId,
        azp: config.auth.issuer,
        nowS: Math.floor(Date.now() / 1000),
      });
      return { authorization: `Bearer ${token}` };
    },
    async close() {
      await app.close();
      if (ownDb) await testDb.cleanup();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}
