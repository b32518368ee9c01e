import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")],
    ["a pool connect timeout", new Error("timeout exceeded when trying to connect")],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["a query that got no answer within query_timeout", new Error("Query read timeout")],
    [
      "Postgres shutting down (57P01)",
      withCode("terminating connection due to administrator command", "57P01"),
    ],
    ["too many connections (53300)", withCode("sorry, too many clients already", "53300")],
    ["a connection exception (08006)", withCode("connection failure", "08006")],
    ["a busy SQLite file", withCode("database is locked", "SQLITE_BUSY")],
    ["a wrapped cause", new Error("query failed", { cause: withCode("refused", "ECONNREFUSED") })],
    ["an aggregate of refusals", new AggregateError([withCode("refused", "ECONNREFUSED")], "connect failed")],
  ])("recognises %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a syntax error (42601)", withCode('syntax error at or near "selec"', "42601")],
    ["a unique violation (23505)", withCode("duplicate key value", "23505")],
    ["a SQLite constraint", withCode("UNIQUE constraint failed", "SQLITE_CONSTRAINT_UNIQUE")],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["a non-error", "ECONNREFUSED"],
  ])("does not excuse %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
