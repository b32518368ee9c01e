/**
 * Variety (issue 12): a learner is not served a template they had in a cell until the cell's
 * templates are used up. The rotation is read from the shared database on every generate, so two API
 * instances alternating on one learner still rotate. Real engine, real SQLite and PostgreSQL.
 */
import { createEngine, type Engine } from "@katagen/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDatabases } from "../../testing/test-db";
import { buildChallengeTestApp, type ChallengeTestApp } from "../../testing/challenge-test-app";

let engine: Engine;
beforeAll(() => {
  engine = createEngine({ workers: 1 });
});
afterAll(async () => {
  await engine.close();
});

const CELL = { language: "javascript", topic: "closures-and-scope", difficulty: "medium" } as const;

describe.each(testDatabases())("template rotation ($name)", ({ name: dialect }) => {
  it("ten consecutive draws of one cell, alternating between two API instances, give at least 6 templates and repeat none before the cell is used up", async () => {
    const testDb = await createTestDb(dialect);
    const apps: ChallengeTestApp[] = [];
    try {
      for (let i = 0; i < 2; i++)
        apps.push(
          await buildChallengeTestApp({
            testDb,
            generator: (request) => engine.generate(request),
            env: { QUOTA_DAILY_LIMIT: "50" },
          }),
        );
      const served: string[] = [];
      for (let i = 0; i < 10; i++) {
        const t = apps[i % 2]!;
        const res = await t.app.inject({
          method: "POST",
          url: "/api/generate-challenge",
          headers: await t.auth("user_rotation1"),
          payload: CELL,
        });
        expect(res.statusCode, res.body).toBe(201);
        const row = await testDb.db
          .selectFrom("challenges")
          .select("template_id")
          .where("id", "=", res.json().id)
          .executeTakeFirstOrThrow();
        served.push(row.template_id!);
      }
      expect(new Set(served).size).toBeGreaterThanOrEqual(6);
      // Every cell has at least 6 templates, so the first 6 draws repeat none.
      expect(new Set(served.slice(0, 6)).size).toBe(6);
      // Another learner's history does not count against this one.
      const other = await apps[0]!.app.inject({
        method: "POST",
        url: "/api/generate-challenge",
        headers: await apps[0]!.auth("user_rotation2"),
        payload: CELL,
      });
      expect(other.statusCode).toBe(201);
    } finally {
      for (const t of apps) await t.close();
      await testDb.cleanup();
    }
  }, 120_000);
});
