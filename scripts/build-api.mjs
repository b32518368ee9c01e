// `npm run build:api`: the API as plain JavaScript for production (decision 023). esbuild bundles the
// API with the workspace packages it imports (@katagen/contract, @katagen/engine) into apps/api/dist;
// every other package stays an import resolved from node_modules at run time, as under tsx. Running
// this instead of `node --import tsx` saves tsx's loader thread and its transform cache (~60 MB of RSS
// on Node 20) and the start-up transpile.
//
// Two rules keep the bundle behaving exactly like the sources:
// - import.meta.url in a bundled module still names its own source file, so `new URL("./worker.mjs",
//   import.meta.url)` (the sandbox workers, run unbundled from packages/engine/src/sandbox), REPO_ROOT and
//   createRequire resolve where they did;
// - a package imported from a bundled module must resolve from the bundle's folder to the same file it
//   resolves to from that module; otherwise (a nested node_modules with another version) the build fails.
import { build } from "esbuild";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from "node:fs/promises";
import { ROOT } from "./lib.mjs";

export const API_DIST = path.join(ROOT, "apps/api/dist");
/** What production runs (render.yaml's startCommand), `npm start` and `npm run bench` too. */
export const API_SERVER = path.join(API_DIST, "server.mjs");
/**
 * Node options the API runs with, everywhere it runs (render.yaml's startCommand spells them out; a
 * test keeps the two equal). See decision 023 for each.
 */
export const API_NODE_FLAGS = [
  // The main thread's young generation: Node 20's default lets each semi-space grow to 16 MB, and
  // what a burst of requests commits stays resident (32 MB). 8 MB keeps idle RSS ~15 MB lower; the
  // sandbox workers set their own limits (engine sandbox/pool.ts).
  "--max-semi-space-size=8",
];
/**
 * Environment the API process starts with, everywhere it runs (render.yaml's envVars carry the same;
 * a test keeps them equal). It has to be there before the process starts: glibc reads it once.
 * MALLOC_ARENA_MAX=2: glibc gives each thread that allocates (the sandbox workers, libuv's pool,
 * V8's helpers) a malloc arena of its own, up to 8 per core, and memory freed in one stays resident
 * there. Two arenas keep idle RSS with the engine warm 20–30 MB lower; quota throughput was the same
 * within noise (decision 023, amendment).
 */
export const API_ENV = { MALLOC_ARENA_MAX: "2" };
export const API_ENTRIES = {
  server: "apps/api/src/server.ts",
  "migrate-cli": "apps/api/src/db/migrate-cli.ts",
};

const FIRST_PARTY = /^@katagen\//;
const RESOLVING = Symbol("resolving");

/**
 * Builds the entries into `outdir` (apps/api/dist); resolves with esbuild's metafile. The files are
 * written to a scratch folder and moved in, chunks first and entries last, so a server starting while
 * another `npm start` rebuilds loads either the old or the new build, never half of one (chunk names
 * carry a content hash).
 */
export async function buildApi({ outdir = API_DIST } = {}) {
  // Packages are resolved from here too (the same-file rule), so it must exist first.
  await mkdir(outdir, { recursive: true });
  const scratch = await mkdtemp(path.join(outdir, ".build-"));
  try {
    const metafile = await bundle(outdir, scratch);
    const files = await readdir(scratch);
    const entries = new Set(Object.keys(API_ENTRIES).flatMap((name) => [`${name}.mjs`, `${name}.mjs.map`]));
    for (const file of [...files.filter((f) => !entries.has(f)), ...files.filter((f) => entries.has(f))])
      await rename(path.join(scratch, file), path.join(outdir, file));
    // Chunks of earlier builds that nothing imports any more.
    for (const file of await readdir(outdir))
      if (file.startsWith("chunk-") && !files.includes(file))
        await rm(path.join(outdir, file), { force: true });
    return metafile;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** esbuild into `scratch`, resolving and naming paths as if the output were in `outdir`. */
async function bundle(outdir, scratch) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(API_ENTRIES).map(([out, entry]) => ({ out, in: entry })),
    outdir: scratch,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    // The floor (Node 20.19); production's Node 24 runs it as is.
    target: "node20.19",
    // Linked, not loaded by default: an operator turns it on with NODE_OPTIONS=--enable-source-maps.
    // Sources are relative to the scratch folder; the root makes them right from outdir.
    sourcemap: "linked",
    sourceRoot: `${path.basename(scratch)}/`,
    metafile: true,
    logLevel: "warning",
    plugins: [
      {
        name: "katagen-api",
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.pluginData === RESOLVING || FIRST_PARTY.test(args.path) || args.path.startsWith("node:"))
              return undefined;
            const again = { kind: args.kind, pluginData: RESOLVING };
            const fromImporter = await b.resolve(args.path, { ...again, resolveDir: args.resolveDir });
            const fromBundle = await b.resolve(args.path, { ...again, resolveDir: outdir });
            if (
              fromImporter.errors.length ||
              fromBundle.errors.length ||
              fromImporter.path !== fromBundle.path
            )
              return {
                errors: [
                  {
                    text:
                      `"${args.path}" resolves to ${fromImporter.path || "nothing"} from ${path.relative(ROOT, args.importer)} ` +
                      `but to ${fromBundle.path || "nothing"} from the bundle; hoist it to one version`,
                  },
                ],
              };
            return { path: args.path, external: true };
          });
          b.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, async (args) => {
            if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
            const source = await readFile(args.path, "utf8");
            if (!source.includes("import.meta.url")) return undefined;
            const self = JSON.stringify(relativeUrl(outdir, args.path));
            return {
              contents: source.replaceAll("import.meta.url", `new URL(${self}, import.meta.url).href`),
              loader: /\.m?ts$/.test(args.path) ? "ts" : "js",
            };
          });
        },
      },
    ],
  });
  return result.metafile;
}

/** The source file's path relative to the bundle's folder, as a URL path ("../src/config.ts"). */
function relativeUrl(from, to) {
  return path.relative(from, to).split(path.sep).join("/");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = performance.now();
  const metafile = await buildApi();
  const bytes = Object.values(metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  process.stdout.write(
    `Built the API into ${path.relative(ROOT, API_DIST)} (${(bytes / 1024).toFixed(0)} KiB) in ${(
      (performance.now() - started) /
      1000
    ).toFixed(1)} s\n`,
  );
}
