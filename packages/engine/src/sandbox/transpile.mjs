// The one TypeScript → JavaScript step, shared by the sandbox worker and the real-node cross-check so
// both run exactly the same JavaScript: a script (no module wrapper), ES2022, no type check.
export function transpileTypeScript(ts, code) {
  return ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false },
    reportDiagnostics: false,
  }).outputText;
}
