import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultSqliteDriver, openSqlite, type SqliteDriverName } from "./sqlite-driver";

const hasNodeSqlite = Number(process.versions.node.split(".")[0]) >= 22;
// Only the drivers this runtime can load are described, so a run reports no skipped tests: CI's Node 20
// and Node 24 runs between them cover both.
const drivers: { driver: SqliteDriverName; available: boolean }[] = [
  { driver: "better-sqlite3" as const, available: defaultSqliteDriver() === "better-sqlite3" },
  { driver: "node:sqlite" as const, available: hasNodeSqlite },
].filter((d) => d.available);

describe("defaultSqliteDriver", () => {
  it("picks better-sqlite3 before Node 24 and the built-in node:sqlite from Node 24 on", () => {
    expect(defaultSqliteDriver("20.19.0")).toBe("better-sqlite3");
    expect(defaultSqliteDriver("22.22.0")).toBe("better-sqlite3");
    expect(defaultSqliteDriver("24.0.0")).toBe("node:sqlite");
    expect(defaultSqliteDriver("26.1.0")).toBe("node:sqlite");
  });

  it("names a driver this runtime can load, so the connection tests below always run for it", () => {
    expect(drivers.map((d) => d.driver)).toContain(defaultSqliteDriver());
  });
});

// better-sqlite3 is not used on Node 24 (it can abort the process there), node:sqlite does not exist
// on Node 20: each runtime of CI tests the driver it would use, and Node 22 both.
describe.each(drivers)("the $driver connection", ({ driver }) => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const open = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "katagen-sqlite-"));
    dirs.push(dir);
    return openSqlite(path.join(dir, "t.sqlite"), { busyTimeoutMs: 1000, driver });
  };

  it(`runs writes and reads the way Kysely's SqliteDialect calls them (${driver} on this runtime)`, () => {
    const sqlite = open();
    expect(sqlite.driver).toBe(driver);
    sqlite.exec("create table t (id integer primary key, name text not null)");
    const insert = sqlite.database.prepare("insert into t (name) values (?)");
    expect(insert.reader).toBe(false);
    expect(insert.run(["a"])).toMatchObject({ changes: 1, lastInsertRowid: 1 });
    expect(insert.run(["b"])).toMatchObject({ changes: 1, lastInsertRowid: 2 });
    const returning = sqlite.database.prepare("insert into t (name) values (?) returning id");
    expect(returning.reader).toBe(true);
    expect(returning.all(["c"])).toEqual([{ id: 3 }]);
    const select = sqlite.database.prepare("select id, name from t where id >= ? order by id");
    expect(select.reader).toBe(true);
    expect(select.all([2])).toEqual([
      { id: 2, name: "b" },
      { id: 3, name: "c" },
    ]);
    expect([...select.iterate([3])]).toEqual([{ id: 3, name: "c" }]);
    sqlite.database.close();
  });

  it(`reuses one prepared statement per SQL text (${driver} on this runtime)`, () => {
    const sqlite = open();
    const first = sqlite.database.prepare("select 1 as one");
    expect(sqlite.database.prepare("select 1 as one")).toBe(first);
    expect(sqlite.database.prepare("select 2 as two")).not.toBe(first);
    sqlite.database.close();
  });

  it(`refuses a foreign key that points nowhere once the pragma is on (${driver} on this runtime)`, () => {
    const sqlite = open();
    sqlite.exec("PRAGMA foreign_keys = ON");
    sqlite.exec("create table p (id integer primary key); create table c (p_id integer references p (id))");
    expect(() => sqlite.database.prepare("insert into c (p_id) values (?)").run([42])).toThrow(
      /FOREIGN KEY/i,
    );
    sqlite.database.close();
  });
});
