// The one TypeScript → JavaScript step, shared by the sandbox worker and the real-node cross-check so
// both run exactly the same JavaScript: a script (no module wrapper), ES2022, no type check.

const COMPILER_OPTIONS = (ts) => ({
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  removeComments: false,
});

/** Reference path: TypeScript's own transpileModule, one program at a time. */
export function transpileTypeScript(ts, code) {
  return ts.transpileModule(code, { compilerOptions: COMPILER_OPTIONS(ts), reportDiagnostics: false })
    .outputText;
}

/**
 * The same emit as transpileTypeScript for many programs at once. transpileModule builds a compiler
 * program (and type checker) per call, which dominates its cost for small inputs; here one program
 * holds every input file. Each file is forced to be its own module so declarations of different
 * programs can never merge (two `enum Color`s, say), and the `export {};` that forcing adds is removed
 * again. A test checks the outputs equal transpileModule's for every template program.
 */
export function transpileTypeScriptBatch(ts, codes) {
  if (codes.length <= 1) return codes.map((c) => transpileTypeScript(ts, c));
  const options = { ...ts.getDefaultCompilerOptions(), ...COMPILER_OPTIONS(ts) };
  for (const option of ts.transpileOptionValueCompilerOptions)
    options[option.name] = option.transpileOptionValue;
  Object.assign(options, {
    suppressOutputPathCheck: true,
    allowNonTsExtensions: true,
    declaration: false,
    declarationMap: false,
    moduleDetection: ts.ModuleDetectionKind.Force,
  });
  const names = codes.map((_, i) => `p${i}.ts`);
  const files = new Map(
    names.map((name, i) => [
      name,
      ts.createSourceFile(name, codes[i], {
        languageVersion: ts.ScriptTarget.ES2022,
        setExternalModuleIndicator: ts.getSetExternalModuleIndicator(options),
      }),
    ]),
  );
  const outputs = new Map();
  const host = {
    getSourceFile: (name) => files.get(name),
    writeFile: (name, text) => outputs.set(name.replace(/\.js$/, ".ts"), text),
    getDefaultLibFileName: () => "lib.d.ts",
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => "",
    getNewLine: () => "\n",
    fileExists: (name) => files.has(name),
    readFile: () => "",
    directoryExists: () => true,
    getDirectories: () => [],
  };
  ts.createProgram(names, options, host).emit();
  return names.map((name) => {
    const text = outputs.get(name);
    if (text === undefined) throw new Error(`no emit for ${name}`);
    return text.replace(/(^|\n)export \{\};\n?$/, "$1");
  });
}

/**
 * The syntax errors in a program, as line (1-based) and message. transpileTypeScript recovers from them
 * silently and emits something anyway, which is right for the engine's own templates; a person editing a
 * program needs to be told instead.
 */
export function typeScriptSyntaxErrors(ts, code) {
  const { diagnostics = [] } = ts.transpileModule(code, {
    compilerOptions: COMPILER_OPTIONS(ts),
    reportDiagnostics: true,
  });
  return diagnostics
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => ({
      line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : null,
      message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    }));
}
