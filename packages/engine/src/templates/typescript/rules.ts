import type { MisconceptionRule } from "../../types";

/**
 * Misconceptions the TypeScript templates target; every distractor names one of these ids.
 * Every rule's `requires` names the tokens its feedback is about, and every backticked fragment in
 * a feedback is literal code that any program meeting `requires` contains (a token of `all`).
 */
export const typescriptRules: MisconceptionRule[] = [
  // arrays
  {
    id: "ts.off-by-one",
    feedback:
      "A bound or index is one off: count again where the range starts (indexes start at 0) and whether its last step is included.",
    requires: { any: ["<", "<=", ">", ">=", "length", "[", "+", "-", "++", "--", ".slice"] },
  },
  {
    id: "ts.slice-end-inclusive",
    feedback: "The end index of `slice` is exclusive: the copy stops just before it.",
    requires: { all: [".slice"] },
  },
  {
    id: "ts.sort-default-numeric",
    feedback:
      "`sort()` without a comparator compares items as strings, character by character, so a number that starts with a smaller digit sorts first, however large it is.",
    requires: { all: [".sort()"] },
  },
  {
    id: "ts.sort-returns-copy",
    feedback:
      "Sorting and reversing happen in place: the method returns that same array, not a copy, so every name for it sees the new order.",
    requires: { any: [".sort", ".reverse"] },
  },
  {
    id: "ts.push-returns-array",
    feedback:
      "Array methods that add items return the new length and those that remove one return the removed item; none of them returns the array.",
    requires: { any: [".push", ".unshift", ".pop", ".shift"] },
  },
  {
    id: "ts.splice-vs-slice",
    feedback:
      "splice removes items from the original array and returns the removed ones; slice copies and leaves the original alone.",
    requires: { any: [".splice", ".slice"] },
  },
  {
    id: "ts.reduce-initial-value",
    feedback:
      "Without an initial value, `reduce` starts with the first item as the accumulator and begins at index 1.",
    requires: { all: [".reduce"] },
  },
  {
    id: "ts.map-filter-confusion",
    feedback:
      "A filter keeps only the items whose callback returns a truthy value; a map transforms every item and never drops any.",
    requires: { any: [".map", ".filter"] },
  },
  {
    id: "ts.includes-by-value",
    feedback:
      "Array lookups such as includes and indexOf compare objects by reference: a new object with the same fields is not found.",
    requires: { any: [".includes", ".indexOf", ".lastIndexOf"] },
  },
  {
    id: "ts.length-after-holes",
    feedback:
      "`length` is one more than the highest index, so writing past the end leaves holes that still count.",
    requires: { all: ["length"] },
  },
  // references and copies
  {
    id: "ts.alias-is-copy",
    feedback:
      "Assigning an object or array to another variable copies the reference, not the contents: both names see every change.",
    requires: { any: ["= [", "= {", "new", "=> [", "=> ({"] },
  },
  {
    id: "ts.spread-mutates",
    feedback:
      "Spread or a copy method builds a brand-new array or object; assigning it replaces one reference and leaves the original untouched.",
    requires: { any: ["...", "Object.assign", ".slice", ".concat", "Array.from", ".map", ".filter"] },
  },
  {
    id: "ts.spread-is-deep",
    feedback: "Spread and Object.assign copy one level only; nested objects and arrays are still shared.",
    requires: { any: ["...", "Object.assign", ".slice", ".concat", "Array.from"] },
  },
  {
    id: "ts.const-is-immutable",
    feedback: "`const` only stops reassigning the variable; the object it points to can still be changed.",
    requires: { all: ["const"] },
  },
  {
    id: "ts.readonly-at-runtime",
    feedback:
      "Readonly types are compile-time only: they emit no runtime freeze, so code that bypasses the types still mutates.",
    requires: { any: ["readonly", "Readonly", "ReadonlyArray", "as const"] },
  },
  {
    id: "ts.equality-by-value",
    feedback:
      "Objects and arrays are compared by identity, not contents: two separately built ones are never equal.",
    requires: { any: ["===", "!==", "==", "!=", "Object.is", ".includes", ".indexOf", "new Set", "new Map"] },
  },
  {
    id: "ts.param-rebind-visible",
    feedback:
      "Reassigning a parameter only changes the local variable; mutating the object it points to is what the caller sees.",
    requires: { any: ["function", "=>"] },
  },
  {
    id: "ts.param-mutation-invisible",
    feedback:
      "Objects are passed by sharing: a function that mutates its parameter changes the caller's object.",
    requires: { any: ["function", "=>"] },
  },
  {
    id: "ts.structural-strips-fields",
    feedback:
      "Typing a value as a narrower interface or type does not remove its extra properties at runtime.",
    requires: { any: ["interface", "type"] },
  },
  // closures and scope
  {
    id: "ts.var-loop-capture",
    feedback:
      "`var` has one binding for the whole function, so every closure made in the loop sees its final value.",
    requires: { all: ["var", "for"] },
  },
  {
    id: "ts.let-loop-shared",
    feedback:
      "A `let` declared in a `for` loop, in its header or its body, gets a fresh binding on every iteration, so each closure keeps its own value.",
    requires: { all: ["let", "for"] },
  },
  {
    id: "ts.closure-snapshot",
    feedback: "A closure captures the variable itself, not its value at creation: it sees later assignments.",
    requires: { any: ["=>", "function"] },
  },
  {
    id: "ts.closure-shared-state",
    feedback:
      "Each call of the factory creates a new scope; closures from different calls do not share state, closures from the same call do.",
    requires: { any: ["=>", "function"] },
  },
  {
    id: "ts.shadowing",
    feedback:
      "An inner declaration with the same name shadows the outer one; assignments inside touch only the inner variable.",
    requires: { any: ["let", "const", "var", "function"] },
  },
  {
    id: "ts.hoisting",
    feedback:
      "A var declaration is hoisted and reads as undefined until its line runs; let and const stay in the temporal dead zone, and reading them early throws.",
    requires: { any: ["var", "let", "const"] },
  },
  {
    id: "ts.lost-this",
    feedback:
      "A method detached from its object loses `this`; arrow functions take `this` from where they are defined.",
    requires: { all: ["this"] },
  },
  {
    id: "ts.default-param-eval",
    feedback:
      "Default parameter values are evaluated on every call that omits the argument, not once at definition.",
    requires: { all: ["="], any: ["function", "=>"] },
  },
  // async
  {
    id: "ts.await-is-sync",
    feedback:
      "`await` always suspends the async function until a later microtask, even on an already resolved value.",
    requires: { all: ["await"] },
  },
  {
    id: "ts.timers-before-microtasks",
    feedback:
      "Promise callbacks (microtasks) run before any `setTimeout` callback, even one with a 0 ms delay.",
    requires: { all: ["setTimeout"], any: [".then", "await", "queueMicrotask", ".catch", ".finally"] },
  },
  {
    id: "ts.async-body-deferred",
    feedback: "An async function runs synchronously up to its first `await`; only the rest is deferred.",
    requires: { all: ["async", "await"] },
  },
  {
    id: "ts.promise-executor-deferred",
    feedback:
      "The function passed to `new Promise` runs immediately, synchronously; only the reactions registered with then are deferred.",
    requires: { all: ["new Promise"] },
  },
  {
    id: "ts.timer-delay-order",
    feedback:
      "Timers fire in order of their due time; equal delays keep the order in which they were scheduled.",
    requires: { any: ["setTimeout", "setInterval"] },
  },
  {
    id: "ts.promise-all-order",
    feedback: "`Promise.all` resolves to results in input order, whatever order the promises settle in.",
    requires: { all: ["Promise.all"] },
  },
  {
    id: "ts.race-vs-all",
    feedback:
      "A race settles with the first promise to settle, fulfilled or rejected; all waits for every promise and any for the first fulfilment.",
    requires: { any: ["Promise.race", "Promise.all", "Promise.any", "Promise.allSettled"] },
  },
  {
    id: "ts.foreach-awaits",
    feedback: "`forEach` ignores the promises its async callback returns, so it does not wait between items.",
    requires: { all: [".forEach", "async"] },
  },
  {
    id: "ts.catch-recovers",
    feedback:
      "A `catch` handler that returns normally turns the chain back into a fulfilled one; the handlers after it run.",
    requires: { all: ["catch"] },
  },
  {
    id: "ts.then-chain-interleave",
    feedback:
      "Each `then` in a chain needs its own microtask turn, so two independent chains interleave step by step.",
    requires: { all: [".then"] },
  },
  {
    id: "ts.finally-value",
    feedback:
      "`finally` does not change the settled value (unless it throws); the original value or error passes through.",
    requires: { all: ["finally"] },
  },
  // classes
  {
    id: "ts.field-init-order",
    feedback:
      "Class fields are initialised right after the base constructor returns, so a subclass field overwrites anything the base constructor set on it.",
    requires: { all: ["extends", "constructor"] },
  },
  {
    id: "ts.param-property-order",
    feedback:
      "Parameter properties are assigned right after the fields that come before them, at the start of the constructor body.",
    requires: { all: ["constructor"], any: ["public", "private", "protected", "readonly"] },
  },
  {
    id: "ts.private-at-runtime",
    feedback:
      "TypeScript's `private` is erased: the property is an ordinary one at runtime, visible to key listings and JSON; only #-prefixed fields are hidden.",
    requires: { all: ["private"] },
  },
  {
    id: "ts.static-inherited-write",
    feedback:
      "A subclass reads an inherited static through its parent class, but assigning it through the subclass (even with ++) creates a separate own static there; the base keeps its own value.",
    requires: { all: ["static", "extends"] },
  },
  {
    id: "ts.static-per-instance",
    feedback: "A `static` member belongs to the class itself and is shared, not copied into each instance.",
    requires: { all: ["static"] },
  },
  {
    id: "ts.prototype-shared-method",
    feedback:
      "Methods live on the prototype and are shared by every instance; arrow-function fields are created per instance.",
    requires: { any: ["class", "prototype"] },
  },
  {
    id: "ts.override-dispatch",
    feedback:
      "Method calls dispatch on the actual object, so a base-class method that calls another method on `this` runs the subclass override.",
    requires: { all: ["extends", "this"] },
  },
  {
    id: "ts.super-skipped",
    feedback:
      "An override replaces the base method entirely unless it calls the base version through `super` explicitly.",
    requires: { all: ["extends", "super"] },
  },
  {
    id: "ts.getter-cached",
    feedback: "A getter runs its body on every access; it is not a stored value.",
    requires: { all: ["get"] },
  },
  {
    id: "ts.instanceof-structural",
    feedback:
      "`instanceof` checks the prototype chain at runtime, not the shape: a plain object literal is never an instance of a class.",
    requires: { all: ["instanceof"] },
  },
  {
    id: "ts.json-includes-methods",
    feedback:
      "`JSON.stringify` writes own enumerable data properties only: methods, getters on the prototype and undefined values are skipped.",
    requires: { all: ["JSON.stringify"] },
  },
  // iterators and generators
  {
    id: "ts.generator-eager",
    feedback:
      "Calling a generator function runs none of its body; each next call runs it up to the next `yield`.",
    requires: { all: ["yield"] },
  },
  {
    id: "ts.generator-return-iterated",
    feedback: "Loops and spread stop at done: true and ignore the generator's `return` value.",
    requires: { all: ["yield", "return"], any: ["of", "..."] },
  },
  {
    id: "ts.iterator-reusable",
    feedback: "A generator or iterator object is one-shot: once consumed it yields nothing more.",
    requires: { any: ["yield", "Symbol.iterator", ".values", ".entries", ".keys"] },
  },
  {
    id: "ts.yield-value-flow",
    feedback:
      "The argument of a next call becomes the result of the `yield` expression that paused the generator; the first next call's argument is discarded.",
    requires: { all: ["yield", ".next("] },
  },
  {
    id: "ts.break-skips-finally",
    feedback:
      "Leaving a loop over a generator early calls its return method, which runs its `finally` block.",
    requires: { all: ["yield", "finally"] },
  },
  {
    id: "ts.entries-order",
    feedback:
      "Object keys list integer-like keys first, in ascending order, then the other keys in insertion order; Maps and Sets keep plain insertion order.",
    requires: {
      any: ["new Map", "new Set", "Object.keys", "Object.entries", "Object.values", "in", "JSON.stringify"],
    },
  },
  // narrowing and types
  {
    id: "ts.assertion-converts",
    feedback:
      "A type assertion, written with `as` or with a trailing !, changes nothing at runtime: the value keeps its real type and value.",
    requires: { all: ["as"] },
  },
  {
    id: "ts.typeof-null",
    feedback:
      '`typeof` reports "object" for null and for arrays alike; test for null and for arrays separately.',
    requires: { all: ["typeof"] },
  },
  {
    id: "ts.truthy-narrowing",
    feedback: 'A truthiness check drops 0, "" and NaN too, not only null and undefined.',
    requires: { any: ["if", "&&", "||", "!", "?", "Boolean"] },
  },
  {
    id: "ts.nullish-vs-or",
    feedback:
      'Nullish coalescing falls back only on null and undefined; the || operator also falls back on 0, "" and false.',
    requires: { any: ["??", "||"] },
  },
  {
    id: "ts.in-checks-value",
    feedback: "`in` checks whether a property key exists, even when its value is undefined.",
    requires: { all: ["in"] },
  },
  {
    id: "ts.optional-chaining",
    feedback:
      "`?.` stops the whole chain at null or undefined and yields undefined; it does not throw or return null.",
    requires: { all: ["?."] },
  },
  {
    id: "ts.string-number-plus",
    feedback:
      "`+` with a string operand concatenates; other arithmetic operators convert strings to numbers.",
    requires: { all: ["+"] },
  },
  {
    id: "ts.generics-at-runtime",
    feedback:
      "Type arguments are erased: a generic function behaves the same whatever its type parameter is; only the values passed in matter.",
    requires: { all: ["<", ">"] },
  },
  {
    id: "ts.default-vs-undefined",
    feedback:
      'A default parameter applies only when the argument is undefined or missing, not for null, 0 or "".',
    requires: { all: ["="], any: ["function", "=>"] },
  },
  {
    id: "ts.optional-param-defaults",
    feedback:
      "An optional parameter that is not passed is undefined; it gets no value unless you give it a default.",
    requires: { all: ["?:"] },
  },
  {
    id: "ts.exhaustive-never",
    feedback:
      "Exhaustiveness is compile-time only; at runtime a value outside the union still reaches the default branch.",
    requires: { any: ["never", "switch", "default"] },
  },
  // enums and literal types
  {
    id: "ts.enum-starts-at-one",
    feedback: "Numeric enum members start at 0 unless given a value.",
    requires: { all: ["enum"] },
  },
  {
    id: "ts.enum-auto-increment",
    feedback: "After an explicit numeric value, the next enum member continues from that value plus one.",
    requires: { all: ["enum", "="] },
  },
  {
    id: "ts.enum-reverse-mapping",
    feedback: "Numeric enums also map values back to names, so the enum object has both kinds of keys.",
    requires: { all: ["enum"] },
  },
  {
    id: "ts.string-enum-reverse",
    feedback: "String enums have no reverse mapping: the object only has name → value entries.",
    requires: { all: ["enum"] },
  },
  {
    id: "ts.enum-value-is-name",
    feedback: "An enum member's runtime value is its number or string, not its name.",
    requires: { all: ["enum"] },
  },
  {
    id: "ts.literal-type-validates",
    feedback:
      "A literal union type checks nothing at runtime: any string from outside (JSON, input) passes through unchanged.",
    requires: { all: ["|"] },
  },
  {
    id: "ts.as-const-freezes",
    feedback:
      "`as const` narrows types and marks them readonly at compile time; it does not freeze the object at runtime.",
    requires: { all: ["as const"] },
  },
  {
    id: "ts.string-compare",
    feedback:
      "Strings compare character by character: the first character that differs decides, whatever the lengths, so a longer string can come first.",
    requires: { any: ["<", ">", "<=", ">=", ".sort", ".localeCompare"] },
  },
  {
    id: "ts.then-is-sync",
    feedback:
      "A `then` callback never runs immediately, even on an already resolved promise: it waits until the current synchronous code finishes.",
    requires: { all: [".then"] },
  },
  {
    id: "ts.timeout-zero-sync",
    feedback:
      "A `setTimeout` callback never runs right away, even with a 0 ms delay: it waits for the current code and every pending microtask.",
    requires: { all: ["setTimeout"] },
  },
  {
    id: "ts.param-property-missing",
    feedback: "An access modifier on a constructor parameter declares and assigns a property automatically.",
    requires: { all: ["constructor"], any: ["public", "private", "protected", "readonly"] },
  },
  {
    id: "ts.declared-type-dispatch",
    feedback:
      "A variable's declared type is erased; the method that runs is chosen by the object's actual class.",
    requires: { all: ["extends", ":"] },
  },
  {
    id: "ts.string-zero-falsy",
    feedback: 'Only the empty string is falsy; "0" and "false" are non-empty strings and therefore truthy.',
    requires: { any: ["if", "?", "&&", "||", "!", "Boolean"] },
  },
  {
    id: "ts.spread-order",
    feedback:
      "With spread, a later property overwrites an earlier one with the same key, nested objects included; an intersection type does not merge them.",
    requires: { all: ["..."] },
  },
  {
    id: "ts.undefined-arithmetic",
    feedback:
      "A missing key reads as undefined, and undefined plus a number is NaN: counters do not start at 0 by themselves.",
    requires: { any: ["+", "+=", "++"] },
  },
  {
    id: "ts.mutate-while-iterating",
    feedback:
      "Removing items while looping forward by index shifts the rest left, so the item after each removal is skipped.",
    requires: { all: ["for"], any: [".splice", ".shift", ".pop", "delete"] },
  },
  {
    id: "ts.value-is-live",
    feedback:
      "A variable holding a computed result keeps that value; it is not recomputed when its inputs change later.",
    requires: { all: ["="] },
  },
  {
    id: "ts.resolve-returns",
    feedback:
      "Calling `resolve` settles the promise but does not stop the executor: the lines after it still run.",
    requires: { all: ["resolve"] },
  },
  {
    id: "ts.map-iteration",
    feedback:
      "Iterating a Map yields key-value pairs in insertion order; Object.keys and Object.entries see none of a Map's entries.",
    requires: { all: ["new Map"] },
  },
  {
    id: "ts.empty-max",
    feedback: "Math.max with no arguments is -Infinity (and Math.min is Infinity), not 0 or NaN.",
    requires: { any: ["Math.max", "Math.min"] },
  },
  {
    id: "ts.enum-merging",
    feedback:
      "Two `enum` declarations with the same name merge into one object; the second adds members instead of replacing the first.",
    requires: { all: ["enum"] },
  },
  {
    id: "ts.template-literal-type-runtime",
    feedback:
      "Template literal types and helpers like Capitalize exist only for the checker; the string built at runtime is exactly what the code concatenates.",
    requires: { any: ["Capitalize", "Uppercase", "Lowercase", "Uncapitalize", "${"] },
  },
  {
    id: "ts.pop-shift-ends",
    feedback:
      "push and pop work at the end of an array, unshift and shift at the start; pop and shift remove the item they return.",
    requires: { any: [".push", ".pop", ".shift", ".unshift"] },
  },
  {
    id: "ts.comparator-sign",
    feedback:
      "A comparator returns a negative number when its first argument should come first: first minus second sorts ascending, second minus first descending.",
    requires: { all: [".sort", "-"] },
  },
  {
    id: "ts.then-skips-rejection",
    feedback: "A rejected promise skips every `then` callback until a catch handler handles it.",
    requires: { all: [".then"], any: ["reject", "throw", ".catch"] },
  },
  {
    id: "ts.set-dedupes",
    feedback:
      "A Set keeps one copy of each primitive value, in first-insertion order; spreading a string gives its characters.",
    requires: { all: ["new Set"] },
  },
  {
    id: "ts.yield-star",
    feedback:
      "A starred yield (yield*) yields each item of the iterable in turn; a plain `yield` hands over the iterable itself as one value.",
    requires: { all: ["yield"] },
  },
  {
    id: "ts.narrowing-persists",
    feedback:
      "Narrowing is a compile-time assumption: a call that mutates the object is not re-checked, so the runtime value can differ from the narrowed type.",
    requires: { any: ["typeof", "instanceof", "in", "===", "!==", "!="] },
  },
];
