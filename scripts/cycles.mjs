#!/usr/bin/env node
// `npm run lint:cycles` (issue 16): no import cycle in the workspaces' sources, at two grains.
// - Files: no file imports itself through others.
// - Modules: a module is a feature folder (apps/api/src/modules/<name>, apps/web/src/features/<name>),
//   another top-level source folder (db, lib, components, sandbox, llm, …), or a file directly under
//   src; contract is one module. Two modules that import each other through any files are one knot,
//   even when no file cycle closes (challenges/examples.ts ↔ catalog/routes.ts was one).
// dpdm parses with the repo's TypeScript and resolves each file with its package's nearest
// tsconfig.json, so apps/web's `@/*` resolves as tsc and Vite resolve it. Type-only imports count:
// modules that name each other's types cannot be changed or moved apart one at a time. import() counts.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseCircular, parseDependencyTree } from "dpdm";

export const SOURCES = [
  "packages/contract/src/**/*.{ts,mts,mjs}",
  "packages/engine/src/**/*.{ts,tsx,mts,mjs,js}",
  "apps/api/src/**/*.{ts,mts,mjs,js}",
  "apps/web/src/**/*.{ts,tsx}",
];

const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;

/** The module a source file belongs to, or null outside the checked sources. */
export function moduleOf(file) {
  const f = file.split(path.sep).join("/");
  if (f.startsWith("packages/contract/src/")) return "contract";
  const roots = [
    ["packages/engine/src/", "engine"],
    ["apps/api/src/", "api"],
    ["apps/web/src/", "web"],
  ];
  for (const [root, name] of roots) {
    if (!f.startsWith(root)) continue;
    const parts = f.slice(root.length).split("/");
    if (parts.length === 1) return `${name}:${parts[0].replace(/\.[^.]+$/, "")}`;
    // Feature folders are modules; so is each API plugin (they are separate Fastify plugins).
    if (
      (parts[0] === "modules" || parts[0] === "features" || (name === "api" && parts[0] === "plugins")) &&
      parts.length > 1
    )
      return `${name}:${parts[0]}/${parts[1].replace(/\.[^.]+$/, "")}`;
    return `${name}:${parts[0]}`;
  }
  return null;
}

/**
 * Cycles between modules: each strongly connected component of the module graph with more than one
 * module, as a list of its modules and one import per edge inside it (the evidence to follow).
 * Test files are left out: nothing imports them, so they close no cycle of their own, but through
 * shared test helpers they would join modules that production code keeps apart.
 */
export function moduleCycles(tree) {
  const edges = new Map();
  for (const [file, deps] of Object.entries(tree)) {
    const from = moduleOf(file);
    if (!from || !deps || TEST_FILE.test(file)) continue;
    for (const dep of deps) {
      const to = dep.id ? moduleOf(dep.id) : null;
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${file} → ${dep.id}`);
    }
  }
  // Tarjan's strongly connected components.
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  let counter = 0;
  const visit = (v) => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return components.map((modules) => ({
    modules,
    imports: modules.flatMap((from) =>
      [...(edges.get(from) ?? [])].filter(([to]) => modules.includes(to)).map(([, evidence]) => evidence),
    ),
  }));
}

export async function findCycles(cwd = process.cwd()) {
  const tree = await parseDependencyTree(SOURCES, { cwd, context: cwd, transform: false });
  return { files: parseCircular(tree), modules: moduleCycles(tree) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { files, modules } = await findCycles();
  for (const cycle of files) process.stdout.write(`file cycle: ${cycle.join(" → ")} → ${cycle[0]}\n`);
  for (const cycle of modules) {
    process.stdout.write(`module cycle: ${cycle.modules.join(" ↔ ")}\n`);
    for (const evidence of cycle.imports) process.stdout.write(`    ${evidence}\n`);
  }
  const total = files.length + modules.length;
  process.stdout.write(total === 0 ? "no import cycles between files or modules\n" : `${total} cycle(s)\n`);
  process.exitCode = total === 0 ? 0 : 1;
}
