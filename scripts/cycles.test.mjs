import { describe, expect, it } from "vitest";
import { moduleCycles, moduleOf } from "./cycles.mjs";

const dep = (issuer, id) => ({ issuer, request: id, kind: 1, id });
const tree = (edges) => {
  const t = {};
  for (const [from, to] of edges) {
    t[from] ??= [];
    t[to] ??= [];
    t[from].push(dep(from, to));
  }
  return t;
};

describe("the cycle check", () => {
  it("names a module by its feature folder, its top-level folder, or its file directly under src", () => {
    expect(moduleOf("apps/api/src/modules/quota/ledger.ts")).toBe("api:modules/quota");
    expect(moduleOf("apps/api/src/plugins/errors.ts")).toBe("api:plugins/errors");
    expect(moduleOf("apps/api/src/db/create-db.ts")).toBe("api:db");
    expect(moduleOf("apps/api/src/config.ts")).toBe("api:config");
    expect(moduleOf("apps/api/src/config/auth-settings.ts")).toBe("api:config");
    expect(moduleOf("apps/web/src/features/history/components/history-list.tsx")).toBe(
      "web:features/history",
    );
    expect(moduleOf("apps/web/src/lib/api-client.ts")).toBe("web:lib");
    expect(moduleOf("packages/engine/src/llm/gate.ts")).toBe("engine:llm");
    expect(moduleOf("packages/engine/src/engine-types.ts")).toBe("engine:engine-types");
    expect(moduleOf("packages/contract/src/quota.ts")).toBe("contract");
    expect(moduleOf("node_modules/fastify/fastify.js")).toBeNull();
  });

  it("finds two modules that import each other although no file cycle closes (the old examples.ts knot)", () => {
    const cycles = moduleCycles(
      tree([
        ["apps/api/src/modules/challenges/module.ts", "apps/api/src/modules/catalog/routes.ts"],
        ["apps/api/src/modules/catalog/routes.ts", "apps/api/src/modules/challenges/examples.ts"],
      ]),
    );
    expect(cycles).toEqual([
      {
        modules: ["api:modules/catalog", "api:modules/challenges"],
        imports: expect.arrayContaining([
          "apps/api/src/modules/catalog/routes.ts → apps/api/src/modules/challenges/examples.ts",
          "apps/api/src/modules/challenges/module.ts → apps/api/src/modules/catalog/routes.ts",
        ]),
      },
    ]);
  });

  it("finds a knot of three modules, and reports a one-way chain as none", () => {
    const knot = moduleCycles(
      tree([
        ["packages/engine/src/engine-types.ts", "packages/engine/src/llm/stats.ts"],
        ["packages/engine/src/llm/validate.ts", "packages/engine/src/generator/normalize.ts"],
        ["packages/engine/src/generator/generate.ts", "packages/engine/src/engine-types.ts"],
      ]),
    );
    expect(knot.map((c) => c.modules)).toEqual([["engine:engine-types", "engine:generator", "engine:llm"]]);
    expect(
      moduleCycles(
        tree([
          ["apps/api/src/modules/challenges/service.ts", "apps/api/src/modules/quota/ledger.ts"],
          ["apps/api/src/modules/quota/ledger.ts", "apps/api/src/db/create-db.ts"],
        ]),
      ),
    ).toEqual([]);
  });

  it("leaves test files out: a test importing a shared test helper joins no modules", () => {
    expect(
      moduleCycles(
        tree([
          ["apps/api/src/modules/quota/quota.test.ts", "apps/api/src/testing/challenge-test-app.ts"],
          ["apps/api/src/testing/challenge-test-app.ts", "apps/api/src/modules/quota/ledger.ts"],
        ]),
      ),
    ).toEqual([]);
  });
});
