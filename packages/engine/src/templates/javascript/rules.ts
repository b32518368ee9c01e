import type { MisconceptionRule } from "../../types";

/** JavaScript misconceptions; each distractor names the one belief that would produce it. */
export const javascriptRules: MisconceptionRule[] = [
  {
    id: "js.off-by-one",
    feedback: "Check the bounds: indices start at 0, `<` stops before the limit and `<=` includes it.",
  },
  {
    id: "js.slice-end-exclusive",
    feedback: "`slice`/`substring` stop BEFORE the end index; the end is exclusive.",
  },
  {
    id: "js.substr-length",
    feedback:
      "`substr(start, length)` takes a LENGTH as its second argument, not an end index (and it is deprecated: use `slice`).",
  },
  {
    id: "js.alias-as-copy",
    feedback:
      "Assigning an array or object copies the reference, not the value: both names see every mutation.",
  },
  {
    id: "js.shallow-copy",
    feedback: "Spread, `Object.assign` and `slice` copy only the top level; nested objects are still shared.",
  },
  {
    id: "js.argument-reassign",
    feedback:
      "Reassigning a parameter only rebinds the local name; mutating through it changes the caller's object.",
  },
  {
    id: "js.const-immutable",
    feedback: "`const` stops reassigning the binding, not mutating the object it points to.",
  },
  {
    id: "js.mutating-method",
    feedback:
      "`sort`, `reverse`, `splice` and `push` change the array in place; `slice`, `map`, `concat` return new arrays.",
  },
  {
    id: "js.non-mutating-method",
    feedback:
      "`map`, `filter`, `slice`, `concat` and string methods return a new value and leave the original untouched.",
  },
  {
    id: "js.return-value",
    feedback:
      "Check what the method returns: `push` returns the new length, `splice` the removed items, `forEach` undefined.",
  },
  {
    id: "js.integer-division",
    feedback:
      "JavaScript has no integer division: `/` gives a fractional result unless you truncate it yourself.",
  },
  {
    id: "js.negative-modulo",
    feedback: "`%` keeps the sign of the left operand: `-7 % 3` is `-1`, not `2`.",
  },
  {
    id: "js.rounding",
    feedback:
      "`Math.round` rounds halves up towards +Infinity; `Math.floor`/`Math.trunc` differ on negatives.",
  },
  {
    id: "js.var-loop-capture",
    feedback:
      "`var` has one binding for the whole function, so every closure sees its final value; `let` makes a fresh binding per iteration.",
  },
  {
    id: "js.closure-snapshot",
    feedback:
      "A closure captures the variable itself, not a snapshot of its value when the closure was created.",
  },
  {
    id: "js.closure-shared-state",
    feedback: "Each call of a factory creates fresh variables; closures made by the same call share them.",
  },
  {
    id: "js.block-scope",
    feedback: "`let`/`const` are scoped to their block; `var` is scoped to the whole function.",
  },
  {
    id: "js.shadowing",
    feedback: "An inner declaration with the same name shadows the outer one only inside its own scope.",
  },
  {
    id: "js.loose-equality",
    feedback: "`==` converts the operands' types before comparing; `===` compares without conversion.",
  },
  {
    id: "js.reference-equality",
    feedback:
      "Objects and arrays compare by identity: two separately created but equal-looking values are not equal.",
  },
  { id: "js.nan-equality", feedback: "`NaN` is not equal to anything, itself included; use `Number.isNaN`." },
  {
    id: "js.truthiness",
    feedback:
      'Only `false`, `0`, `-0`, `0n`, `""`, `null`, `undefined` and `NaN` are falsy; `[]`, `{}` and `"0"` are truthy.',
  },
  {
    id: "js.or-vs-nullish",
    feedback: '`||` falls back on ANY falsy value (0, ""); `??` only on `null`/`undefined`.',
  },
  {
    id: "js.typeof-null",
    feedback: '`typeof null` is "object" (a historical quirk), and `typeof` an array is "object" too.',
  },
  {
    id: "js.float-exact",
    feedback:
      "Binary floating point can't represent most decimals exactly: `0.1 + 0.2` is `0.30000000000000004`.",
  },
  {
    id: "js.safe-integer",
    feedback:
      "Above `Number.MAX_SAFE_INTEGER` (2^53 - 1) not every integer can be represented, so adding 1 may do nothing.",
  },
  {
    id: "js.to-fixed",
    feedback:
      "`toFixed` rounds the binary value (1.005 is really 1.00499…) and returns a string, not a number.",
  },
  {
    id: "js.parse-int",
    feedback:
      "`parseInt`/`parseFloat` read a leading number and stop at the first invalid character; `Number()` needs the whole string.",
  },
  {
    id: "js.concat-precedence",
    feedback:
      "`+` runs left to right: numbers add until a string appears, after which everything concatenates.",
  },
  {
    id: "js.string-number-coercion",
    feedback:
      "`-`, `*` and `/` convert strings to numbers, while `+` concatenates if either side is a string.",
  },
  {
    id: "js.operator-precedence",
    feedback: "Check precedence: `*` binds tighter than `+`, and `&&` tighter than `||`.",
  },
  {
    id: "js.postfix-increment",
    feedback: "`x++` evaluates to the OLD value; `++x` evaluates to the new one.",
  },
  {
    id: "js.lexicographic-sort",
    feedback: "`sort()` without a comparator compares values as strings, so `10` sorts before `9`.",
  },
  {
    id: "js.string-compare",
    feedback:
      'Strings compare character by character by code unit: `"10" < "9"` and uppercase sorts before lowercase.',
  },
  {
    id: "js.string-immutable",
    feedback: "Strings are immutable: their methods return new strings and never change the original.",
  },
  {
    id: "js.async-order",
    feedback:
      "Order is: all synchronous code first, then every queued microtask (promise callbacks), then timers.",
  },
  {
    id: "js.timers-before-promises",
    feedback:
      "Promise callbacks are microtasks and run before any `setTimeout` callback, even one with delay 0.",
  },
  {
    id: "js.await-sync",
    feedback:
      "`await` always pauses the async function; the caller carries on synchronously before it resumes.",
  },
  {
    id: "js.executor-async",
    feedback:
      "A Promise executor runs synchronously inside `new Promise(...)`; only `.then` callbacks are deferred.",
  },
  {
    id: "js.then-sync",
    feedback:
      "A `.then` callback never runs immediately, even on an already resolved promise: it waits until the current synchronous code finishes.",
  },
  {
    id: "js.timeout-zero-sync",
    feedback:
      "`setTimeout` never runs its callback right away, whatever the delay: it waits for the current code and every pending promise callback.",
  },
  {
    id: "js.timer-order",
    feedback: "Timers fire in order of due time (delay), then in the order they were scheduled.",
  },
  {
    id: "js.async-returns-promise",
    feedback: "An async function always returns a Promise, even when its body returns a plain value.",
  },
  {
    id: "js.var-hoisting",
    feedback:
      "`var` declarations are hoisted and initialised to `undefined`, so reading one early gives `undefined`.",
  },
  {
    id: "js.tdz",
    feedback:
      "`let`/`const`/`class` are hoisted but uninitialised: touching them before the declaration throws a ReferenceError.",
  },
  {
    id: "js.function-hoisting",
    feedback:
      "Function declarations are hoisted with their body; a function expression in a `var` is `undefined` until assigned.",
  },
  {
    id: "js.lost-this",
    feedback: "`this` is set by the call site: a method called without its object loses `this`.",
  },
  {
    id: "js.arrow-this",
    feedback: "Arrow functions have no `this` of their own; they use the `this` of the enclosing scope.",
  },
  {
    id: "js.prototype-shadowing",
    feedback:
      "Assigning to an instance creates an own property that shadows the prototype's; the prototype is unchanged.",
  },
  {
    id: "js.shared-prototype-state",
    feedback:
      "An object or array on the prototype is shared by every instance, so mutating it affects them all.",
  },
  {
    id: "js.dynamic-dispatch",
    feedback:
      "Methods are looked up on the actual object, so a subclass override wins even when called from parent code.",
  },
  {
    id: "js.constructor-order",
    feedback:
      "`super()` runs the parent constructor first; subclass field initialisers run only after it returns.",
  },
  { id: "js.static-member", feedback: "Static members belong to the class itself, not to its instances." },
  {
    id: "js.generator-lazy",
    feedback: "A generator body doesn't run until `next()` is called, and it pauses at every `yield`.",
  },
  {
    id: "js.generator-return",
    feedback: "A generator's `return` value arrives with `done: true`, which `for...of` and spread ignore.",
  },
  {
    id: "js.iterator-exhausted",
    feedback: "An iterator can be consumed only once; a second pass over the same iterator sees nothing.",
  },
  {
    id: "js.generator-next-arg",
    feedback:
      "The value passed to `next(v)` becomes the result of the paused `yield`; the first `next`'s argument is discarded.",
  },
  {
    id: "js.object-key-order",
    feedback: "Integer-like keys come first in ascending order, then other string keys in insertion order.",
  },
  {
    id: "js.object-keys-are-strings",
    feedback:
      'Plain-object keys are strings: `obj[1]` and `obj["1"]` are the same key, and an object key becomes "[object Object]".',
  },
  {
    id: "js.array-length",
    feedback: "An array's `length` is one more than its highest index, holes included.",
  },
  {
    id: "js.callback-args",
    feedback:
      "`map`/`forEach` pass (value, index, array) to the callback, so extra parameters receive the index.",
  },
  {
    id: "js.foreach-return",
    feedback:
      "`return` inside a `forEach` callback only ends that callback; it doesn't stop the loop or return from the outer function.",
  },
  {
    id: "js.switch-fallthrough",
    feedback: "Without `break`, a `switch` case falls through into the cases below it.",
  },
  {
    id: "js.finally-runs",
    feedback: "`finally` always runs, even after `return` or `throw`, and a `return` inside it wins.",
  },
  {
    id: "js.error-propagation",
    feedback: "A thrown error skips the rest of the `try` block and every caller until a `catch` handles it.",
  },
  {
    id: "js.error-type",
    feedback:
      'Check which error is actually thrown and what its `name` is: an undeclared name is a ReferenceError, using undefined/null as an object or function a TypeError, and a subclass keeps the name "Error" unless it sets its own.',
  },
  {
    id: "js.recursion-order",
    feedback: "Code after the recursive call runs while the calls unwind, in reverse order.",
  },
  {
    id: "js.recursion-base-case",
    feedback: "Trace the base case exactly: which argument stops the recursion, and what it returns.",
  },
  {
    id: "js.default-params",
    feedback:
      "Default parameters apply only when the argument is `undefined`, and are evaluated afresh on every call.",
  },
  {
    id: "js.spread-merge-order",
    feedback:
      "In object spread and `Object.assign`, later properties overwrite earlier ones with the same key.",
  },
  {
    id: "js.spread-copies-top-level",
    feedback:
      "Spread creates a new outer object: reassigning its top-level properties doesn't touch the original.",
  },
  {
    id: "js.fill-shared-reference",
    feedback:
      "`fill(obj)` puts the SAME object in every slot, so a change through one slot shows in all of them.",
  },
  {
    id: "js.async-body-sync",
    feedback: "An async function runs synchronously until its first `await`; only the rest is deferred.",
  },
  {
    id: "js.chain-interleave",
    feedback:
      "Each `.then` step is queued only when the previous one settles, so independent chains interleave one step at a time.",
  },
  {
    id: "js.array-ends",
    feedback: "`push`/`pop` work at the END of an array, `unshift`/`shift` at the FRONT.",
  },
  {
    id: "js.splice-count",
    feedback:
      "`splice(start, deleteCount, ...items)`: the second argument is how many to remove, not an end index.",
  },
  {
    id: "js.array-holes",
    feedback:
      "Holes (never-assigned slots) are skipped by `forEach`, `map` and `indexOf`, but read as `undefined` by index access and `for...of`.",
  },
  {
    id: "js.split-empty",
    feedback: "`split` keeps an empty string between two adjacent separators and at either end.",
  },
  {
    id: "js.replace-first",
    feedback:
      "`replace` with a string pattern replaces only the FIRST match; `replaceAll` replaces every one.",
  },
  {
    id: "js.no-assignment",
    feedback:
      "An expression like `x + 1` computes a value but stores nothing; only `=`, `+=`, `++` change the variable.",
  },
  {
    id: "js.property-copy",
    feedback:
      "`{ balance }` copies the variable's current value into a property; later changes to the variable don't update it (and vice versa).",
  },
  {
    id: "js.switch-strict",
    feedback: '`switch` matches cases with `===`, so the string "1" doesn\'t match `case 1`.',
  },
  {
    id: "js.to-primitive",
    feedback:
      "Arithmetic, `+` and `==` use `valueOf` first; template literals and `String()` use `toString`.",
  },
  {
    id: "js.foreach-async",
    feedback: "`forEach` ignores the promises its callback returns, so it never waits for async callbacks.",
  },
  {
    id: "js.missing-await",
    feedback:
      "Without `await`, an async call starts but the caller carries on immediately without waiting for it.",
  },
  {
    id: "js.prototype-chain",
    feedback:
      "`instanceof` walks the whole prototype chain; `Object.getPrototypeOf` returns only the immediate prototype.",
  },
  {
    id: "js.iterator-kinds",
    feedback:
      "`keys()` yields indices, `values()` the items, `entries()` [index, item] pairs; iterating an array directly yields its items.",
  },
  {
    id: "js.break-closes-iterator",
    feedback:
      "Leaving a `for...of` early calls the iterator's `return()`, which finishes a generator (running its `finally`).",
  },
  {
    id: "js.pad-args",
    feedback:
      "`padStart`/`padEnd(targetLength, padString)`: the length is the TOTAL width, and the default pad is a space.",
  },
  {
    id: "js.utf16-length",
    feedback:
      "`length` counts UTF-16 code units: an emoji outside the Basic Multilingual Plane takes two, while spreading a string yields whole code points.",
  },
  {
    id: "js.in-vs-undefined",
    feedback:
      "`in` checks whether the key exists; a key whose value is `undefined` still exists, and a missing key also reads as `undefined`.",
  },
  {
    id: "js.pending-promise",
    feedback:
      "Awaiting a promise that never settles suspends the function forever; the code after it never runs.",
  },
  {
    id: "js.promise-eager",
    feedback:
      "A promise's work starts when it is created, not when it is awaited; awaiting only waits for a result.",
  },
  {
    id: "js.methods-on-prototype",
    feedback:
      "Class methods live on the prototype and are shared; only fields set on the instance are its own (enumerable) properties.",
  },
  {
    id: "js.for-in-keys",
    feedback:
      "`for...in` iterates keys (for arrays, the indices as STRINGS); `for...of` iterates the values.",
  },
  {
    id: "js.divide-by-zero",
    feedback: "Dividing a non-zero number by 0 gives Infinity or -Infinity, not an error; only 0 / 0 is NaN.",
  },
  {
    id: "js.promise-all-order",
    feedback:
      "`Promise.all` resolves to an array in the order of its INPUT, whatever order the promises settle in.",
  },
  {
    id: "js.recursion-repeats",
    feedback:
      "Naive recursion recomputes the same subproblems: fib(n) calls fib(n - 2) directly AND again inside fib(n - 1).",
  },
  {
    id: "js.yield-star",
    feedback:
      "`yield*` delegates to another iterator and yields its values; a plain `yield` yields the generator object itself.",
  },
];
