// Errors that mean "the database cannot serve us right now" (down, restarting, overloaded, locked),
// as opposed to a bug in a query. They become 503 + Retry-After instead of a 500.

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "EAI_AGAIN",
]);
// PostgreSQL SQLSTATEs: class 08 (connection exception), admin shutdown / crash / cannot connect
// now, too many connections.
const PG_UNAVAILABLE = /^(08...|57P0[1-3]|53300)$/;
const SQLITE_UNAVAILABLE = new Set([
  "SQLITE_BUSY",
  "SQLITE_LOCKED",
  "SQLITE_BUSY_SNAPSHOT",
  "SQLITE_BUSY_TIMEOUT",
]);
const PG_MESSAGES = [
  "timeout exceeded when trying to connect",
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "the database system is starting up",
  "the database system is shutting down",
  // pg's client-side query_timeout (4 s by default, db/create-db.ts): the server stopped
  // answering mid-query (a network partition), which is an outage, not a bug in the query.
  "Query read timeout",
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 4) return false;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === "string" &&
    (NETWORK_CODES.has(code) || PG_UNAVAILABLE.test(code) || SQLITE_UNAVAILABLE.has(code))
  ) {
    return true;
  }
  if (PG_MESSAGES.some((m) => error.message.includes(m))) return true;
  if (error instanceof AggregateError && error.errors.some((e) => isDatabaseUnavailable(e, depth + 1)))
    return true;
  return isDatabaseUnavailable(error.cause, depth + 1);
}
