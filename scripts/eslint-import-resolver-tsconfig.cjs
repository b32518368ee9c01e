// An `import/resolver` (eslint-module-utils interface v2) that resolves a specifier the way tsc does, with the
// compiler options of one tsconfig. eslint-plugin-boundaries classifies a dependency by its resolved path, so
// an import it cannot resolve is no dependency on an element and passes unchecked. The web's `@/*` alias and
// its extensionless `.ts`/`.tsx` imports are tsconfig's to define (apps/web/tsconfig.json); reading them from
// there, with the TypeScript the repo already has, keeps one owner for that mapping instead of a copy here.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- eslint-module-utils loads a resolver with require(),
   so this one is plain CommonJS. */
const path = require("node:path");
const ts = require("typescript");

exports.interfaceVersion = 2;

/** @type {Map<string, import("typescript").CompilerOptions>} */
const optionsByTsconfig = new Map();

function compilerOptions(tsconfig) {
  let options = optionsByTsconfig.get(tsconfig);
  if (!options) {
    const { config, error } = ts.readConfigFile(tsconfig, ts.sys.readFile);
    if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
    options = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(tsconfig)).options;
    optionsByTsconfig.set(tsconfig, options);
  }
  return options;
}

/**
 * @param {string} source the specifier as written
 * @param {string} file the importing file
 * @param {{ tsconfig: string }} config an absolute path to the tsconfig whose options apply
 */
exports.resolve = (source, file, config) => {
  const { resolvedModule } = ts.resolveModuleName(source, file, compilerOptions(config.tsconfig), ts.sys);
  // Unresolved (a stylesheet, a Node builtin without @types in this tsconfig): the plugin treats a bare
  // specifier as external and ignores a relative one, as it would with any resolver.
  return resolvedModule ? { found: true, path: resolvedModule.resolvedFileName } : { found: false };
};
