/** What both benchmarks (bench.ts, bench-api.ts) need alike: seeding questions and a scratch schema. */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { GeneratedQuestion, GenerateRequest } from "@katagen/engine";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Real engine questions, one per language/topic/difficulty, generated once and handed out again:
 * seeding and stubbed generation then cost no sandbox time, yet store and serve real question shapes.
 */
export function questionCache(generate: (request: GenerateRequest) => Promise<GeneratedQuestion>) {
  const cache = new Map<string, Promise<GeneratedQuestion>>();
  return (request: GenerateRequest) => {
    const key = `${request.language}/${request.topic}/${request.difficulty}`;
    let question = cache.get(key);
    if (!question) cache.set(key, (question = generate({ ...request, seed: `bench-${key}` })));
    return question;
  };
}

/** A fresh, uniquely named schema in the test database, so a run never meets another's rows. */
export async function scratchSchema(
  connectionString: string,
): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `bench_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  return { schema, drop: () => admin(`drop schema if exists ${schema} cascade`) };
}
