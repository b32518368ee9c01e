import { createQueryId, type Compilable, type CompiledQuery, type Kysely } from "kysely";

/**
 * A query built and compiled once per database, then run with new parameter values (issue 15: Kysely
 * rebuilt and recompiled the same few hot queries, such as the user lookup behind every authenticated
 * request, on every call). The builder receives `param(name)` placeholders where values go; compiling
 * records where each one lands in the parameter list, and a call fills those slots. Only values that
 * Kysely passes as bound parameters can be placeholders: one that would be inlined into the SQL text
 * (sql.lit, a limit Kysely renders literally) is refused when the query is first compiled.
 */
export function prepared<Params extends Record<string, unknown>, Row, DB>(
  build: (db: Kysely<DB>, param: <K extends keyof Params & string>(name: K) => Params[K]) => Compilable<Row>,
): (db: Kysely<DB>, params: Params) => Promise<Row[]> {
  const compiledFor = new WeakMap<Kysely<DB>, { query: CompiledQuery<Row>; slots: (string | null)[] }>();

  const compile = (db: Kysely<DB>) => {
    const markers = new Map<string, string>();
    const param = <K extends keyof Params & string>(name: K) => {
      // A string no caller's value can equal: NUL cannot occur in a SQL text parameter we send.
      const marker = `\u0000katagen:param:${name}\u0000`;
      markers.set(marker, name);
      return marker as Params[K];
    };
    const query = build(db, param).compile();
    if ([...markers.keys()].some((marker) => query.sql.includes(marker)))
      throw new Error("a prepared query's placeholder was inlined into its SQL instead of bound");
    const slots = query.parameters.map((value) =>
      typeof value === "string" ? (markers.get(value) ?? null) : null,
    );
    for (const name of markers.values())
      if (!slots.includes(name))
        throw new Error(`prepared query placeholder ${name} is not a bound parameter`);
    const entry = { query, slots };
    compiledFor.set(db, entry);
    return entry;
  };

  return async (db, params) => {
    const { query, slots } = compiledFor.get(db) ?? compile(db);
    const parameters = slots.map((name, i) => (name === null ? query.parameters[i] : params[name]));
    // A fresh query id per run: plugins key their per-query state by it.
    const result = await db.executeQuery<Row>({ ...query, parameters, queryId: createQueryId() });
    return result.rows;
  };
}
