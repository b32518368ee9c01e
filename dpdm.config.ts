// `npm run lint:cycles`: no import cycle between files of the workspaces' sources (issue 16). dpdm parses with the
// repo's TypeScript and resolves each file with its package's nearest tsconfig.json, so apps/web's `@/*` resolves
// as tsc and Vite resolve it, and a workspace package (@katagen/contract) resolves to its source.
// A .ts config because dpdm 4.3.0 transpiles that kind itself; it loads a .mjs/.js one with require() of a
// file URL, which fails.
import { defineConfig } from "dpdm";

export default defineConfig({
  // Tests and test harnesses too: they are modules like any other, and a cycle through one is as real.
  files: [
    "packages/contract/src/**/*.{ts,mts,mjs}",
    "packages/engine/src/**/*.{ts,tsx,mts,mjs,js}",
    "apps/api/src/**/*.{ts,mts,mjs,js}",
    "apps/web/src/**/*.{ts,tsx}",
  ],
  // Type-only imports count (no transform). They vanish at runtime, so they never cause a temporal-dead-zone
  // or half-initialised-module bug, but two modules that name each other's types still cannot be understood,
  // changed or moved apart one at a time; the issue wants module cycles gone, not only the runtime ones.
  transform: false,
  // import() counts as well (no skipDynamicImports): a lazy module that imports its loader is still one knot.
  exitCode: "circular:1",
  tree: false,
  warning: false,
  progress: false,
});
