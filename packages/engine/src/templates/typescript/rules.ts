import type { MisconceptionRule } from "../../types";

/** Misconceptions the TypeScript templates target; every distractor names one of these ids. */
export const typescriptRules: MisconceptionRule[] = [
  // arrays
  {
    id: "ts.off-by-one",
    feedback:
      "A loop bound or index is one off: `<` stops before the bound, `<=` includes it, and indexes start at 0.",
  },
  {
    id: "ts.slice-end-inclusive",
    feedback:
      "`slice(start, end)` excludes `end`; it returns the items from `start` up to, not including, `end`.",
  },
  {
    id: "ts.sort-default-numeric",
    feedback: "`sort()` without a comparator compares items as strings, so 10 sorts before 9.",
  },
  {
    id: "ts.sort-returns-copy",
    feedback: "`sort()` and `reverse()` reorder the array in place and return that same array, not a copy.",
  },
  {
    id: "ts.push-returns-array",
    feedback: "`push` returns the new length, and `pop`/`shift` return the removed item, not the array.",
  },
  {
    id: "ts.splice-vs-slice",
    feedback:
      "`splice` removes items from the original array and returns the removed ones; `slice` copies and leaves the original alone.",
  },
  {
    id: "ts.reduce-initial-value",
    feedback:
      "Without an initial value, `reduce` starts with the first item as the accumulator and begins at index 1.",
  },
  {
    id: "ts.map-filter-confusion",
    feedback:
      "`filter` keeps items whose callback is truthy; `map` transforms every item and never drops any.",
  },
  {
    id: "ts.includes-by-value",
    feedback:
      "`includes` and `indexOf` compare objects by reference: a new object with the same fields is not found.",
  },
  {
    id: "ts.length-after-holes",
    feedback:
      "`length` is one more than the highest index, so writing past the end leaves holes that still count.",
  },
  // references and copies
  {
    id: "ts.alias-is-copy",
    feedback:
      "Assigning an object or array to another variable copies the reference, not the contents: both names see every change.",
  },
  {
    id: "ts.spread-mutates",
    feedback:
      "Spread builds a brand-new array or object; assigning it replaces one reference and leaves the original untouched.",
  },
  {
    id: "ts.spread-is-deep",
    feedback:
      "Spread (`{...o}`, `[...a]`) and `Object.assign` copy one level only; nested objects are still shared.",
  },
  {
    id: "ts.const-is-immutable",
    feedback: "`const` only stops reassigning the variable; the object it points to can still be changed.",
  },
  {
    id: "ts.readonly-at-runtime",
    feedback:
      "`readonly` and `as const` are compile-time only: they emit no runtime freeze, so code that bypasses the types still mutates.",
  },
  { id: "ts.equality-by-value", feedback: "`===` on objects and arrays compares identity, not contents." },
  {
    id: "ts.param-rebind-visible",
    feedback:
      "Reassigning a parameter only changes the local variable; mutating the object it points to is what the caller sees.",
  },
  {
    id: "ts.param-mutation-invisible",
    feedback:
      "Objects are passed by sharing: a function that mutates its parameter changes the caller's object.",
  },
  {
    id: "ts.structural-strips-fields",
    feedback: "Typing a value as a narrower interface does not remove its extra properties at runtime.",
  },
  // closures and scope
  {
    id: "ts.var-loop-capture",
    feedback:
      "`var` has one binding for the whole function, so every closure made in the loop sees its final value.",
  },
  {
    id: "ts.let-loop-shared",
    feedback:
      "`let` in a `for` header creates a fresh binding per iteration, so each closure keeps its own value.",
  },
  {
    id: "ts.closure-snapshot",
    feedback: "A closure captures the variable itself, not its value at creation: it sees later assignments.",
  },
  {
    id: "ts.closure-shared-state",
    feedback:
      "Each call of the factory creates a new scope; closures from different calls do not share state, closures from the same call do.",
  },
  {
    id: "ts.shadowing",
    feedback:
      "An inner declaration with the same name shadows the outer one; assignments inside touch only the inner variable.",
  },
  {
    id: "ts.hoisting",
    feedback:
      "`var` declarations are hoisted and start as `undefined`; `let`/`const` are in the temporal dead zone until declared.",
  },
  {
    id: "ts.lost-this",
    feedback:
      "A method detached from its object loses `this`; arrow functions take `this` from where they are defined.",
  },
  {
    id: "ts.default-param-eval",
    feedback:
      "Default parameter values are evaluated on every call that omits the argument, not once at definition.",
  },
  // async
  {
    id: "ts.await-is-sync",
    feedback:
      "`await` always suspends the async function until a later microtask, even on an already resolved value.",
  },
  {
    id: "ts.timers-before-microtasks",
    feedback:
      "Promise callbacks (microtasks) run before any `setTimeout` callback, even one with a 0 ms delay.",
  },
  {
    id: "ts.async-body-deferred",
    feedback: "An async function runs synchronously up to its first `await`; only the rest is deferred.",
  },
  {
    id: "ts.promise-executor-deferred",
    feedback:
      "The function passed to `new Promise` runs immediately, synchronously; only `then` callbacks are deferred.",
  },
  {
    id: "ts.timer-delay-order",
    feedback:
      "Timers fire in order of their due time; equal delays keep the order in which they were scheduled.",
  },
  {
    id: "ts.promise-all-order",
    feedback: "`Promise.all` resolves to results in input order, whatever order the promises settle in.",
  },
  {
    id: "ts.race-vs-all",
    feedback:
      "`Promise.race` settles with the first promise to settle; `Promise.any` waits for the first fulfilment; `allSettled` never rejects.",
  },
  {
    id: "ts.foreach-awaits",
    feedback: "`forEach` ignores the promises its async callback returns, so it does not wait between items.",
  },
  {
    id: "ts.catch-recovers",
    feedback:
      "A `catch` handler that returns normally turns the chain back into a fulfilled one; later `then`s run.",
  },
  {
    id: "ts.then-chain-interleave",
    feedback:
      "Each `then` in a chain needs its own microtask turn, so two independent chains interleave step by step.",
  },
  {
    id: "ts.finally-value",
    feedback:
      "`finally` does not change the settled value (unless it throws); the original value or error passes through.",
  },
  // classes
  {
    id: "ts.field-init-order",
    feedback:
      "Class fields are initialised right after `super()` returns, so a subclass field overwrites anything the base constructor set on it.",
  },
  {
    id: "ts.param-property-order",
    feedback:
      "Parameter properties are assigned right after the fields that come before them, at the start of the constructor body.",
  },
  {
    id: "ts.private-at-runtime",
    feedback:
      "TypeScript's `private` is erased: the property is an ordinary one at runtime, visible to `Object.keys` and JSON; only `#private` is hidden.",
  },
  {
    id: "ts.static-inherited-write",
    feedback:
      "A subclass reads an inherited static through its parent class, but writing `Sub.x` (even via `++`) creates a separate own static on the subclass; the base keeps its own value.",
  },
  {
    id: "ts.static-per-instance",
    feedback: "A `static` member belongs to the class itself and is shared, not copied into each instance.",
  },
  {
    id: "ts.prototype-shared-method",
    feedback: "Methods live on the prototype and are shared; arrow-function fields are created per instance.",
  },
  {
    id: "ts.override-dispatch",
    feedback:
      "Method calls dispatch on the actual object, so a base-class method calling `this.m()` runs the subclass override.",
  },
  {
    id: "ts.super-skipped",
    feedback: "An override replaces the base method entirely unless it calls `super.m()` explicitly.",
  },
  { id: "ts.getter-cached", feedback: "A getter runs its body on every access; it is not a stored value." },
  {
    id: "ts.instanceof-structural",
    feedback:
      "`instanceof` checks the prototype chain at runtime, not the shape: a plain object literal is never an instance of a class.",
  },
  {
    id: "ts.json-includes-methods",
    feedback:
      "`JSON.stringify` writes own enumerable data properties only: methods, getters on the prototype and `undefined` values are skipped.",
  },
  // iterators and generators
  {
    id: "ts.generator-eager",
    feedback:
      "Calling a generator function runs none of its body; each `next()` runs it up to the next `yield`.",
  },
  {
    id: "ts.generator-return-iterated",
    feedback: "`for...of` and spread stop at `done: true` and ignore the generator's `return` value.",
  },
  {
    id: "ts.iterator-reusable",
    feedback: "A generator object is a one-shot iterator: once consumed it yields nothing more.",
  },
  {
    id: "ts.yield-value-flow",
    feedback:
      "The value passed to `next(v)` becomes the result of the `yield` expression that paused the generator; the first `next` argument is discarded.",
  },
  {
    id: "ts.lazy-pipeline-order",
    feedback:
      "Chained generators are lazy and pull one item at a time through the whole pipeline, not stage by stage.",
  },
  {
    id: "ts.break-skips-finally",
    feedback: "Leaving a `for...of` early calls the generator's `return()`, which runs its `finally` block.",
  },
  {
    id: "ts.entries-order",
    feedback:
      "Maps and Sets iterate in insertion order; object keys list integer-like keys first, in ascending order.",
  },
  // narrowing and types
  {
    id: "ts.assertion-converts",
    feedback: "A type assertion (`as number`) changes nothing at runtime: the value keeps its real type.",
  },
  {
    id: "ts.typeof-null",
    feedback: '`typeof null` is "object" and `typeof []` is "object"; use `=== null` and `Array.isArray`.',
  },
  {
    id: "ts.truthy-narrowing",
    feedback: 'A truthiness check drops `0`, `""` and `NaN` too, not only `null` and `undefined`.',
  },
  {
    id: "ts.nullish-vs-or",
    feedback: '`??` only falls back on `null`/`undefined`; `||` also falls back on `0`, `""` and `false`.',
  },
  {
    id: "ts.in-checks-value",
    feedback: "`in` checks whether a property key exists, even when its value is `undefined`.",
  },
  {
    id: "ts.optional-chaining",
    feedback:
      "`?.` stops the whole chain at `null`/`undefined` and yields `undefined`, it does not throw or return `null`.",
  },
  {
    id: "ts.string-number-plus",
    feedback:
      "`+` with a string operand concatenates; other arithmetic operators convert strings to numbers.",
  },
  {
    id: "ts.loose-equality",
    feedback: '`==` converts types before comparing (`"1" == 1`, `null == undefined`); `===` never does.',
  },
  {
    id: "ts.generics-at-runtime",
    feedback:
      "Type arguments are erased: a generic function behaves the same whatever `T` is; only the values passed in matter.",
  },
  {
    id: "ts.default-vs-undefined",
    feedback:
      'A default parameter applies only when the argument is `undefined` (or missing), not for `null`, `0` or `""`.',
  },
  {
    id: "ts.optional-param-defaults",
    feedback:
      "An optional parameter that is not passed is `undefined`; it gets no value unless you give it a default.",
  },
  {
    id: "ts.exhaustive-never",
    feedback:
      "Exhaustiveness is compile-time only; at runtime a value outside the union still reaches the default branch.",
  },
  // enums and literal types
  { id: "ts.enum-starts-at-one", feedback: "Numeric enum members start at 0 unless given a value." },
  {
    id: "ts.enum-auto-increment",
    feedback: "After an explicit numeric value, the next member continues from that value plus one.",
  },
  {
    id: "ts.enum-reverse-mapping",
    feedback:
      "Numeric enums also map values back to names (`E[0]` is the name), so the object has both kinds of keys.",
  },
  {
    id: "ts.string-enum-reverse",
    feedback: "String enums have no reverse mapping: the object only has name → value entries.",
  },
  {
    id: "ts.enum-value-is-name",
    feedback: "An enum member's runtime value is its number or string, not its name.",
  },
  {
    id: "ts.literal-type-validates",
    feedback:
      "A literal union type checks nothing at runtime: any string from outside (JSON, input) passes through unchanged.",
  },
  {
    id: "ts.as-const-freezes",
    feedback:
      "`as const` narrows types and marks them readonly at compile time; it does not freeze the object at runtime.",
  },
  {
    id: "ts.string-compare",
    feedback: 'Strings compare character by character in UTF-16 order: "10" < "9" and "Z" < "a".',
  },
  {
    id: "ts.then-is-sync",
    feedback:
      "A `then` callback never runs immediately, even on an already resolved promise: it waits until the current synchronous code finishes.",
  },
  {
    id: "ts.timeout-zero-sync",
    feedback:
      "`setTimeout(fn, 0)` never runs `fn` right away: it waits for the current code and every pending microtask.",
  },
  {
    id: "ts.param-property-missing",
    feedback:
      "An access modifier (`public`, `private`, `readonly`) on a constructor parameter declares and assigns a property automatically.",
  },
  {
    id: "ts.declared-type-dispatch",
    feedback:
      "The declared type (`const a: Base`) is erased; the method that runs is chosen by the object's actual class.",
  },
  {
    id: "ts.string-zero-falsy",
    feedback: 'Only the empty string is falsy; "0" and "false" are non-empty strings and therefore truthy.',
  },
  {
    id: "ts.spread-order",
    feedback:
      "With spread, a later property overwrites an earlier one with the same key, nested objects included; `A & B` in the type does not merge them.",
  },
  {
    id: "ts.undefined-arithmetic",
    feedback:
      "A missing key reads as `undefined`, and `undefined + 1` is `NaN`: counters do not start at 0 by themselves.",
  },
  {
    id: "ts.mutate-while-iterating",
    feedback:
      "Removing items while looping forward by index shifts the rest left, so the item after each removal is skipped.",
  },
  {
    id: "ts.value-is-live",
    feedback:
      "A variable holding a computed result keeps that value; it is not recomputed when its inputs change later.",
  },
  {
    id: "ts.resolve-returns",
    feedback:
      "Calling `resolve` settles the promise but does not stop the executor: the lines after it still run.",
  },
  {
    id: "ts.map-iteration",
    feedback:
      "Iterating a Map yields `[key, value]` pairs in insertion order; `Object.keys`/`Object.entries` see none of a Map's entries.",
  },
  {
    id: "ts.empty-max",
    feedback: "`Math.max()` with no arguments is -Infinity (and `Math.min()` is Infinity), not 0 or NaN.",
  },
  {
    id: "ts.enum-merging",
    feedback:
      "Two `enum` declarations with the same name merge into one object; the second adds members instead of replacing the first.",
  },
  {
    id: "ts.template-literal-type-runtime",
    feedback:
      "Template literal types and `Capitalize` exist only for the checker; the string built at runtime is exactly what the code concatenates.",
  },
  {
    id: "ts.pop-shift-ends",
    feedback:
      "`push`/`pop` work at the end of an array and `unshift`/`shift` at the start; `pop` and `shift` remove the item they return.",
  },
  {
    id: "ts.comparator-sign",
    feedback:
      "A comparator returns a negative number when `a` should come first: `a - b` sorts ascending, `b - a` descending.",
  },
  {
    id: "ts.then-skips-rejection",
    feedback: "A rejected promise skips every `then` callback until a `catch` handles it.",
  },
  {
    id: "ts.set-dedupes",
    feedback:
      "A Set keeps one copy of each primitive value, in first-insertion order; spreading a string gives its characters.",
  },
  {
    id: "ts.yield-star",
    feedback:
      "`yield* iterable` yields each item of the iterable in turn; `yield iterable` yields the iterable itself as one value.",
  },
  {
    id: "ts.narrowing-persists",
    feedback:
      "Narrowing is a compile-time assumption: a call that mutates the object is not re-checked, so the runtime value can differ from the narrowed type.",
  },
];
