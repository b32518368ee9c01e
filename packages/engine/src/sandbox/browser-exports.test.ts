import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ENGINE_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(ENGINE_ROOT, "package.json"), "utf8")) as {
  exports: Record<string, string>;
};
const browserEntries = Object.entries(pkg.exports).filter(([subpath]) => subpath.startsWith("./browser/"));

/** Every module specifier a file imports at run time (type-only imports are erased, so they are left out). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']/gm)) {
    if (!match[2]) specifiers.push(match[3]!);
  }
  for (const match of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) specifiers.push(match[1]!);
  return specifiers;
}

/** The files reachable from an entry through relative imports, and the packages they import. */
function closure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of runtimeImports(file)) {
      if (!specifier.startsWith(".")) packages.add(specifier);
      else visit(path.resolve(path.dirname(file), specifier));
    }
  };
  visit(path.join(ENGINE_ROOT, entry));
  return { files: [...files], packages: [...packages] };
}

describe("the engine's browser exports (the SPA's Try it yourself worker imports them)", () => {
  it("exist", () => {
    expect(browserEntries.map(([subpath]) => subpath).sort()).toEqual([
      "./browser/normalize",
      "./browser/placeholder",
      "./browser/python-prelude",
      "./browser/quickjs-run",
      "./browser/transpile",
    ]);
  });

  it.each(browserEntries)(
    "%s reaches no Node built-in and no other package at run time",
    (_subpath, entry) => {
      const { files, packages } = closure(entry);
      expect(files.length).toBeGreaterThan(0);
      const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
      expect(packages.filter((p) => node.has(p) || p.startsWith("node:"))).toEqual([]);
      expect(packages).toEqual([]);
    },
  );
});
