// Code comments and markdown cite the design docs (docs/architecture.md, docs/reliability.md §4,
// docs/reliability.md F11, docs/generation.md G6 …). These tests scan every tracked file and fail when a
// citation points at nothing: a doc missing from docs/, a markdown link that does not resolve from the
// citing file, a path outside the repository, or a section, figure or goal the doc does not have.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DOCS_DIR = "docs";
const DOC_NAMES = ["architecture", "reliability", "generation", "clerk-auth", "stack-and-style"];
const SELF = path
  .relative(ROOT, fileURLToPath(import.meta.url))
  .split(path.sep)
  .join("/");

// An optional relative path, then one of the names. Not part of a longer name (my-architecture.md).
const CITATION = new RegExp(
  String.raw`(?<![\w./-])((?:[\w.-]+/)*)(${DOC_NAMES.join("|")})\.md(?![\w-])`,
  "g",
);

/** Every citation in a file's text: the path as written, the doc name, where it is, what follows it. */
export function findCitations(text) {
  const citations = [];
  for (const match of text.matchAll(CITATION)) {
    const start = match.index;
    const end = start + match[0].length;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const before = text.slice(lineStart, start);
    citations.push({
      written: match[0],
      prefix: match[1],
      name: match[2],
      line: text.slice(0, start).split("\n").length,
      // [text](target) or a reference definition `[label]: target`.
      isLinkTarget: /\]\($/.test(before) || /^\s*\[[^\]]+\]:\s*$/.test(before),
      after: text.slice(end, end + 120),
    });
  }
  return citations;
}

/** §4, §8.1, F11, G6, ranges (F14–F16, §2–§4) and a quoted heading ("Deployment") right after a citation. */
export function referencesAfter(after) {
  const refs = [];
  let rest = after.replace(/^(?:#[\w-]*)?[)`*_]*/, "");
  const quoted = /^\s*"([^"]+)"/.exec(rest);
  if (quoted) return [{ kind: "heading", value: quoted[1] }];
  const token = /^(?:[\s,;]|and\b|or\b)*(§|F|G)(\d+(?:\.\d+)*)(?:\s*[–-]\s*\1?(\d+))?(?![\w.]*\w)/;
  for (;;) {
    const m = token.exec(rest);
    if (!m) break;
    const [, kind, from, to] = m;
    if (to !== undefined && kind !== "§") {
      for (let n = Number(from); n <= Number(to); n++) refs.push({ kind, value: String(n) });
    } else {
      refs.push({ kind, value: from });
      if (to !== undefined) refs.push({ kind, value: to });
    }
    rest = rest.slice(m[0].length);
  }
  return refs;
}

function headings(doc) {
  const lines = doc.split("\n");
  const result = [];
  lines.forEach((line, index) => {
    const m = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!m) return;
    const text = m[2].trim();
    const number = /^(\d+(?:\.\d+)*)\.?\s/.exec(text)?.[1];
    result.push({
      level: m[1].length,
      index,
      number,
      title: number ? text.slice(number.length).replace(/^\.?\s*/, "") : text,
    });
  });
  return { lines, list: result };
}

/** Whether a doc has the section, figure, goal or heading a citation names. */
export function docHas(doc, ref) {
  if (ref.kind === "F" || ref.kind === "G") {
    return new RegExp(String.raw`^\|\s*${ref.kind}${ref.value}\s*\|`, "m").test(doc);
  }
  const { lines, list } = headings(doc);
  if (ref.kind === "heading") {
    const wanted = ref.value.toLowerCase();
    return list.some((h) => h.title.toLowerCase().startsWith(wanted));
  }
  if (list.some((h) => h.number === ref.value)) return true;
  // §6.8: item 8 of the numbered list in section 6.
  const dot = ref.value.lastIndexOf(".");
  if (dot === -1) return false;
  const parent = list.find((h) => h.number === ref.value.slice(0, dot));
  if (!parent) return false;
  const next = list.find((h) => h.index > parent.index && h.level <= parent.level);
  const body = lines.slice(parent.index + 1, next ? next.index : lines.length);
  const item = ref.value.slice(dot + 1);
  return body.some((line) => new RegExp(String.raw`^\s*${item}\.\s`).test(line));
}

/**
 * The problems with one file's citations. `exists(repoPath)` says whether a repository path exists;
 * `readDoc(name)` returns docs/<name>.md's text or undefined.
 */
export function checkFile(file, text, { exists, readDoc }) {
  const problems = [];
  const dir = path.posix.dirname(file);
  for (const c of findCitations(text)) {
    const where = `${file}:${c.line}: ${c.written}`;
    const doc = readDoc(c.name);
    if (doc === undefined) {
      problems.push(`${where} cites ${DOCS_DIR}/${c.name}.md, which does not exist`);
      continue;
    }
    if (c.isLinkTarget || c.prefix !== "") {
      const fromFile = path.posix.normalize(path.posix.join(dir, c.written));
      const fromRoot = path.posix.normalize(c.written);
      const candidates = c.isLinkTarget ? [fromFile] : [fromFile, fromRoot];
      const resolved = candidates.find((p) => !p.startsWith("../") && p !== ".." && exists(p));
      if (!resolved) {
        problems.push(
          c.isLinkTarget
            ? `${where}: the link does not resolve from ${file} (use ${path.posix.relative(dir, `${DOCS_DIR}/${c.name}.md`)})`
            : `${where}: no such file in the repository (use ${DOCS_DIR}/${c.name}.md)`,
        );
        continue;
      }
    }
    for (const ref of referencesAfter(c.after)) {
      if (!docHas(doc, ref)) {
        const label = ref.kind === "heading" ? `"${ref.value}"` : `${ref.kind}${ref.value}`;
        problems.push(`${where} ${label}: ${DOCS_DIR}/${c.name}.md has no ${label}`);
      }
    }
  }
  return problems;
}

function trackedFiles() {
  return execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    .split("\0")
    .filter((f) => f !== "" && f !== SELF && f !== "package-lock.json");
}

function scanRepository() {
  const docs = new Map();
  const readDoc = (name) => {
    if (!docs.has(name)) {
      const file = path.join(ROOT, DOCS_DIR, `${name}.md`);
      docs.set(name, existsSync(file) ? readFileSync(file, "utf8") : undefined);
    }
    return docs.get(name);
  };
  const exists = (repoPath) => existsSync(path.join(ROOT, repoPath));
  const problems = [];
  let citations = 0;
  for (const file of trackedFiles()) {
    const full = path.join(ROOT, file);
    if (!existsSync(full)) continue; // deleted in the working tree
    const text = readFileSync(full, "utf8");
    if (text.includes("\0")) continue; // binary
    citations += findCitations(text).length;
    problems.push(...checkFile(file, text, { exists, readDoc }));
  }
  return { problems, citations };
}

describe("design doc citations", () => {
  const scan = scanRepository();

  it("are found in the tracked files (the scanner is not matching nothing)", () => {
    expect(scan.citations).toBeGreaterThan(20);
  });

  it("every design doc a file cites exists in docs/, every link to one resolves, every cited section, figure and goal exists", () => {
    expect(scan.problems).toEqual([]);
  });

  it("no tracked file points at the design notes outside the repository", () => {
    let outside = "";
    try {
      outside = execFileSync("git", ["grep", "-nI", "-e", "shared/docs", "--", ".", `:!${SELF}`], {
        cwd: ROOT,
        encoding: "utf8",
      });
    } catch (error) {
      if (error.status !== 1) throw error; // 1: no match
    }
    expect(outside.trim()).toBe("");
  });
});

describe("the citation checker", () => {
  const docs = {
    reliability: "# R\n\n## 4. Upstream\n\n## 6. Figures\n\n| # | x |\n| --- | --- |\n| F11 | read |\n",
    "stack-and-style": "# S\n\n## 6. House style\n\n1. one\n2. two\n",
    architecture: "# A\n\n## Deployment\n",
  };
  const readDoc = (name) => docs[name];
  const exists = (p) =>
    ["docs/reliability.md", "docs/stack-and-style.md", "docs/architecture.md"].includes(p);
  const check = (file, text) => checkFile(file, text, { exists, readDoc });

  it("accepts existing docs, sections, list items, figures and headings, by repo path or relative link", () => {
    expect(check("apps/api/src/x.ts", "// docs/reliability.md §4, F11; reliability.md §6")).toEqual([]);
    expect(check("eslint.config.js", "// house style (docs/stack-and-style.md §6.2)")).toEqual([]);
    expect(
      check("docs/decisions/011-x.md", 'Status ([architecture.md](../architecture.md) "Deployment")'),
    ).toEqual([]);
    expect(check("README.md", "see [reliability.md](docs/reliability.md) F11")).toEqual([]);
  });

  it("flags a doc that is not in docs/", () => {
    expect(check("a.ts", "// generation.md §5")).toEqual([
      "a.ts:1: generation.md cites docs/generation.md, which does not exist",
    ]);
  });

  it("flags a markdown link that does not resolve from the citing file, and paths outside the repo", () => {
    expect(check("docs/decisions/004-x.md", "[reliability.md](reliability.md)")).toHaveLength(1);
    expect(check("README.md", "[r](../shared/docs/reliability.md)")).toHaveLength(1);
    expect(check("apps/api/src/x.ts", "// ../shared/docs/reliability.md §4")).toHaveLength(1);
  });

  it("flags a section, list item, figure or heading the doc does not have", () => {
    expect(check("a.ts", "// docs/reliability.md §5")).toEqual([
      "a.ts:1: docs/reliability.md §5: docs/reliability.md has no §5",
    ]);
    expect(check("a.ts", "// docs/stack-and-style.md §6.9")).toHaveLength(1);
    expect(check("a.ts", "// reliability.md F10–F11")).toEqual([
      "a.ts:1: reliability.md F10: docs/reliability.md has no F10",
    ]);
    expect(check("a.md", 'see architecture.md "Scale"')).toHaveLength(1);
  });

  it("does not mistake other names or prose for citations", () => {
    expect(
      findCitations("my-architecture.md clerk-auth.test.tsx generation.mdx packages/engine/README.md"),
    ).toEqual([]);
    expect(referencesAfter(" §4 step 1, and more")).toEqual([{ kind: "§", value: "4" }]);
  });
});
