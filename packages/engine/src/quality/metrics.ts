/** Statistics for the quality gates (docs/generation.md §5). */

/** Pearson's chi-square statistic of observed counts against a uniform expectation. */
export function chiSquareUniform(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

/** Critical chi-square values at p = .05 by degrees of freedom. */
export const CHI2_CRITICAL_05: Record<number, number> = { 1: 3.841, 2: 5.991, 3: 7.815 };

function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]![1]] = avg;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation with average ranks for ties. */
export function spearman(xs: number[], ys: number[]): number {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    num += (rx[i]! - mx) * (ry[i]! - my);
    dx += (rx[i]! - mx) ** 2;
    dy += (ry[i]! - my) ** 2;
  }
  return num / Math.sqrt(dx * dy);
}

/** Token 3-shingles of a program (identifiers, numbers, strings and operators as tokens). */
export function shingles(code: string): Set<string> {
  const tokens = code.match(/[A-Za-z_$][\w$]*|\d+(?:\.\d+)?|"[^"]*"|'[^']*'|`[^`]*`|\S/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++)
    out.add(`${tokens[i]}\u0001${tokens[i + 1]}\u0001${tokens[i + 2]}`);
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * Static difficulty composite (G9): size, control flow, functions, and features that are known to be
 * hard to trace (async, generators, closures over mutable state, scope keywords, dunder methods).
 */
export function complexity(code: string): number {
  const count = (re: RegExp) => (code.match(re) ?? []).length;
  const lines = code.split("\n").filter((l) => l.trim() !== "").length;
  const control = count(/\b(for|while|if|elif|else|switch|case|try|catch|except|finally|break|continue)\b/g);
  const functions = count(/\b(function|def|lambda|class)\b|=>/g);
  const subtle = count(
    /\b(async|await|yield|Promise|setTimeout|setInterval|queueMicrotask|nonlocal|global|this|super|prototype|var|static|is|new)\b|__\w+__/g,
  );
  return lines + 2 * control + 2 * functions + 3 * subtle;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
