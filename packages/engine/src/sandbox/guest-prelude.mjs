// GUEST_PRELUDE is evaluated inside every fresh QuickJS context before the program. It is a plain script (no imports)
// returning a function that receives host callbacks, so the program never sees them as globals.
//
// console.log formats like Node's (util.format / util.inspect) only where the result is provably the
// same; anything else (long or nested structures Node would wrap, functions, errors, dates, circular
// values, format specifiers) marks the run "unsupported" instead of guessing, so a key can never
// disagree with real Node because of formatting.
export const GUEST_PRELUDE = String.raw`(function (write, unsupported, uncaught, loadFormatter) {
  "use strict";
  const g = globalThis;
  const geval = eval;
  let formatter = null;
  const plain = (a) => {
    const t = typeof a;
    return t === "string" || t === "boolean" || t === "undefined" || t === "bigint" || a === null || (t === "number" && !Object.is(a, -0));
  };
  function format(args) {
    if (args.length === 0) return "";
    if (typeof args[0] === "string" && args.length > 1 && /%[sdifjoOc%]/.test(args[0])) {
      unsupported("format specifiers");
      return "?";
    }
    if (args.every(plain)) return args.map((a) => (typeof a === "bigint" ? a + "n" : String(a))).join(" ");
    formatter ??= geval(loadFormatter())(unsupported);
    return formatter(args);
  }
  const log = (...args) => { write(format(args) + "\n"); };
  const quiet = () => {};
  g.console = { log, info: log, debug: log, error: quiet, warn: quiet, trace: quiet };

  // Virtual clock: timers fire by due time, then by insertion order; the host drains microtasks after
  // each one. Delays below 1 ms become 1 ms, as in Node.
  let now = 0;
  let seq = 0;
  let nextId = 1;
  const timers = new Map();
  function add(fn, ms, args, repeat) {
    if (typeof fn !== "function") throw new TypeError("The \"callback\" argument must be of type function");
    ms = Number(ms);
    if (!(ms >= 1 && ms <= 2147483647)) ms = 1;
    const id = nextId++;
    timers.set(id, { fn, args, ms, due: now + ms, seq: seq++, repeat });
    return id;
  }
  g.setTimeout = (fn, ms, ...args) => add(fn, ms, args, false);
  g.setInterval = (fn, ms, ...args) => add(fn, ms, args, true);
  let running = 0;
  let runningCleared = false;
  const clear = (id) => { timers.delete(id); if (id === running) runningCleared = true; };
  g.clearTimeout = clear;
  g.clearInterval = clear;
  g.queueMicrotask = (fn) => {
    if (typeof fn !== "function") throw new TypeError("The \"callback\" argument must be of type function");
    Promise.resolve().then(() => { try { fn(); } catch (e) { uncaught(e); } });
  };
  Math.random = () => { throw new TypeError("Math.random is disabled: use the template's seeded values"); };
  const NoDate = function Date() { throw new TypeError("Date is disabled in the sandbox"); };
  NoDate.now = () => { throw new TypeError("Date is disabled in the sandbox"); };
  g.Date = NoDate;

  return function runNextTimer() {
    let best = null;
    let bestId = 0;
    for (const [id, t] of timers) {
      if (best === null || t.due < best.due || (t.due === best.due && t.seq < best.seq)) { best = t; bestId = id; }
    }
    if (best === null) return false;
    timers.delete(bestId);
    now = best.due;
    running = bestId;
    runningCleared = false;
    best.fn(...best.args);
    // Node re-arms an interval after its callback returns, so timers the callback set come first.
    if (best.repeat && !runningCleared) {
      best.due = now + best.ms;
      best.seq = seq++;
      timers.set(bestId, best);
    }
    running = 0;
    return true;
  };
})`;

// The Node-compatible inspector, evaluated in the guest only when a run logs something other than
// plain primitives (parsing it costs more than a typical program). With `wide` (a traced run's variable
// values, sandbox/trace-prelude.mjs) long or wide structures are printed on one line instead of failing:
// the step view shows Node's content, not its line breaking. Key runs never pass it.
export const GUEST_FORMATTER = String.raw`(function (unsupported, wide) {
  "use strict";
  let bad = false;
  function fail(why) { if (!bad) { bad = true; unsupported(why); } return "?"; }
  const BREAK = 80;
  const KEY = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

  function hex2(c) { return "\\x" + c.toString(16).toUpperCase().padStart(2, "0"); }
  function escapeChar(ch, q) {
    const c = ch.charCodeAt(0);
    if (ch === q) return "\\" + q;
    if (ch === "\\") return "\\\\";
    if (c === 8) return "\\b";
    if (c === 9) return "\\t";
    if (c === 10) return "\\n";
    if (c === 12) return "\\f";
    if (c === 13) return "\\r";
    if (c < 32 || c === 127) return hex2(c);
    return ch;
  }
  function quote(s) {
    let q = "'";
    if (s.includes("'")) {
      if (!s.includes('"')) q = '"';
      else if (!s.includes("\u0060") && !s.includes("\${")) q = "\u0060";
    }
    let out = "";
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (c >= 0xd800 && c <= 0xdfff) return fail("lone surrogate");
      out += escapeChar(ch, q);
    }
    return q + out + q;
  }
  function num(n) { return Object.is(n, -0) ? "-0" : String(n); }

  function single(entries, open, close, indent) {
    if (entries.length === 0) return open + close;
    if (wide) return open + " " + entries.join(", ") + " " + close;
    const start = entries.length + indent + open.length + 10;
    let total = entries.length + start;
    if (total + entries.length > BREAK) return fail("too wide for one line");
    for (const e of entries) {
      if (e.includes("\n")) return fail("multi-line entry");
      total += e.length;
      if (total > BREAK) return fail("too wide for one line");
    }
    return open + " " + entries.join(", ") + " " + close;
  }

  function inspect(v, depth, indent, seen) {
    switch (typeof v) {
      case "string": return quote(v);
      case "number": return num(v);
      case "bigint": return String(v) + "n";
      case "boolean": return String(v);
      case "undefined": return "undefined";
      case "symbol": return String(v);
      case "function": return fail("function value");
    }
    if (v === null) return "null";
    if (depth > 2) return fail("nested deeper than Node prints");
    if (seen.includes(v)) return fail("circular value");
    const inner = seen.concat([v]);
    const child = (x) => inspect(x, depth + 1, indent + 2, inner);
    const proto = Object.getPrototypeOf(v);
    if (Array.isArray(v)) {
      if (proto !== Array.prototype) return fail("array subclass");
      const keys = Object.keys(v);
      if (keys.length !== v.length || Object.getOwnPropertySymbols(v).length) return fail("sparse or decorated array");
      if (v.length > 6 && !wide) return fail("array longer than 6 (Node groups it into columns)");
      return single(v.map(child), "[", "]", indent);
    }
    if (v instanceof Map && proto === Map.prototype) {
      const entries = [];
      for (const [k, x] of v) entries.push(child(k) + " => " + child(x));
      return single(entries, "Map(" + v.size + ") {", "}", indent);
    }
    if (v instanceof Set && proto === Set.prototype) {
      const entries = [];
      for (const x of v) entries.push(child(x));
      return single(entries, "Set(" + v.size + ") {", "}", indent);
    }
    if (v instanceof Error || v instanceof Promise || v instanceof RegExp || v instanceof WeakMap || v instanceof WeakSet ||
        ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof Number || v instanceof String || v instanceof Boolean) {
      return fail("object kind Node prints specially");
    }
    if (proto === null) return fail("null-prototype object");
    let prefix = "";
    if (proto !== Object.prototype) {
      const own = Object.getOwnPropertyDescriptor(proto, "constructor");
      const ctor = own && own.value;
      if (typeof ctor !== "function" || typeof ctor.name !== "string" || ctor.name === "" || ctor.name === "Object") {
        return fail("object without a named class");
      }
      if (Object.getPrototypeOf(ctor.prototype) && Object.prototype.hasOwnProperty.call(ctor, Symbol.toStringTag)) return fail("toStringTag");
      prefix = ctor.name + " ";
    }
    if (Symbol.toStringTag in v) return fail("toStringTag");
    if (Object.getOwnPropertySymbols(v).some((s) => Object.prototype.propertyIsEnumerable.call(v, s))) return fail("symbol keys");
    const entries = [];
    for (const k of Object.keys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (!("value" in d)) return fail("accessor property");
      entries.push((KEY.test(k) ? k : quote(k)) + ": " + child(d.value));
    }
    return single(entries, prefix + "{", "}", indent);
  }

  const format = function format(args) {
    return args.map((a) => (typeof a === "string" ? a : inspect(a, 0, 0, []))).join(" ");
  };
  format.inspect = (v) => inspect(v, 0, 0, []);
  return format;
})`;
