import type { MisconceptionRule } from "../../types";

/**
 * JavaScript misconceptions; each distractor names the one belief that would produce it.
 * Every rule's `requires` names the tokens its feedback talks about, and every backticked fragment in
 * a feedback is literal code that any program meeting `requires` contains (usually a token of `all`).
 */
export const javascriptRules: MisconceptionRule[] = [
  {
    id: "js.off-by-one",
    feedback: "Off by one: count again where the range starts and whether its last step is included.",
    requires: {
      any: ["<", "<=", ">", ">=", "length", ".slice", ".splice", ".substring", "[", "+", "-", "++", "--"],
    },
  },
  {
    id: "js.slice-end-exclusive",
    feedback: "The end index is exclusive: the result stops just BEFORE it.",
    requires: { any: [".slice", ".substring"] },
  },
  {
    id: "js.substr-length",
    feedback: "The second argument of `substr` is a LENGTH, not an end index (and `substr` is deprecated).",
    requires: { all: ["substr"] },
  },
  {
    id: "js.alias-as-copy",
    feedback:
      "Assigning an array or object copies the reference, not the value: both names see every mutation.",
    requires: { any: ["= [", "= {", "new", "=> [", "=> ({"] },
  },
  {
    id: "js.shallow-copy",
    feedback: "A spread or copy method copies only the top level; nested objects are still shared.",
    requires: { any: ["...", "Object.assign", ".slice", "Array.from", ".concat", ".map"] },
  },
  {
    id: "js.argument-reassign",
    feedback:
      "Reassigning a parameter only rebinds the local name; mutating through it changes the caller's object.",
    requires: { any: ["function", "=>"] },
  },
  {
    id: "js.const-immutable",
    feedback: "`const` stops reassigning the binding, not mutating the object it points to.",
    requires: { all: ["const"] },
  },
  {
    id: "js.mutating-method",
    feedback:
      "Methods like sort, reverse, splice and push change the array in place; slice, map and concat return new arrays.",
    requires: {
      any: [
        ".sort",
        ".reverse",
        ".splice",
        ".push",
        ".pop",
        ".shift",
        ".unshift",
        ".fill",
        ".slice",
        ".map",
        ".concat",
      ],
    },
  },
  {
    id: "js.non-mutating-method",
    feedback:
      "Methods like map, filter, slice and concat, and every string method, return a new value and leave the original untouched.",
    requires: {
      any: [
        ".map",
        ".filter",
        ".slice",
        ".concat",
        ".toSorted",
        ".toReversed",
        ".with",
        ".toUpperCase",
        ".toLowerCase",
        ".trim",
        ".replace",
        ".padStart",
        ".padEnd",
      ],
    },
  },
  {
    id: "js.return-value",
    feedback:
      "Check what the method returns: push returns the new length, splice the removed items, forEach undefined.",
    requires: {
      any: [".push", ".unshift", ".splice", ".forEach", ".pop", ".shift", ".sort", ".set", ".add"],
    },
  },
  {
    id: "js.integer-division",
    feedback:
      "JavaScript has no integer division: `/` gives a fractional result unless you truncate it yourself.",
    requires: { all: ["/"] },
  },
  {
    id: "js.negative-modulo",
    feedback: "`%` keeps the sign of the left operand, so a negative left side gives a negative remainder.",
    requires: { all: ["%"] },
  },
  {
    id: "js.rounding",
    feedback:
      "Rounding functions differ: Math.round rounds halves up towards +Infinity, and floor and trunc disagree on negative numbers.",
    requires: { any: ["Math.round", "Math.floor", "Math.trunc", "Math.ceil", ".toFixed"] },
  },
  {
    id: "js.var-loop-capture",
    feedback:
      "A `var` loop variable is one binding for the whole function, so every closure sees its final value; a let loop variable is fresh per iteration.",
    requires: { all: ["var", "for"] },
  },
  {
    id: "js.closure-snapshot",
    feedback:
      "A closure captures the variable itself, not a snapshot of its value when the closure was created.",
    requires: { any: ["function", "=>"] },
  },
  {
    id: "js.closure-shared-state",
    feedback: "Each call of a factory creates fresh variables; closures made by the same call share them.",
    requires: { any: ["function", "=>"] },
  },
  {
    id: "js.block-scope",
    feedback:
      "A let or const is scoped to its block (a loop body, an if, a bare braces pair); a var is scoped to the whole function.",
    requires: { any: ["let", "const", "var"] },
  },
  {
    id: "js.shadowing",
    feedback: "An inner declaration with the same name shadows the outer one only inside its own scope.",
    requires: { any: ["let", "const", "var", "function"] },
  },
  {
    id: "js.loose-equality",
    feedback:
      "Loose equality (and a comparison like < or >=) converts the operands' types before comparing; strict equality compares without conversion.",
    requires: { any: ["==", "!=", "<", ">", "<=", ">="] },
  },
  {
    id: "js.reference-equality",
    feedback:
      "Objects and arrays compare by identity: two separately created but equal-looking values are not equal.",
    requires: { any: ["===", "==", "!==", "!=", "Object.is", ".includes", ".indexOf", "Set", "Map"] },
  },
  {
    id: "js.nan-equality",
    feedback: "`NaN` is not equal to anything, itself included; only Number.isNaN or Object.is detect it.",
    requires: { all: ["NaN"] },
  },
  {
    id: "js.truthiness",
    feedback:
      'Only false, 0, -0, 0n, "", null, undefined and NaN are falsy; every object and array (even an empty one) and every non-empty string is truthy.',
    requires: { any: ["if", "?", "!", "&&", "||", "Boolean", "==", "filter", "while"] },
  },
  {
    id: "js.or-vs-nullish",
    feedback:
      'The || operator falls back on ANY falsy value (0, ""), while ?? falls back only on null and undefined.',
    requires: { any: ["||", "??"] },
  },
  {
    id: "js.typeof-null",
    feedback:
      '`typeof` answers "object" for null (a historical quirk) and for arrays, and "function" for classes.',
    requires: { all: ["typeof"] },
  },
  {
    id: "js.float-exact",
    feedback:
      "Binary floating point can't represent most decimals exactly, so arithmetic on decimals picks up tiny errors.",
    requires: { any: ["+", "-", "*", "/"] },
  },
  {
    id: "js.safe-integer",
    feedback:
      "Above 2^53 - 1 (Number.MAX_SAFE_INTEGER) not every integer can be represented, so adding 1 may do nothing.",
    requires: { any: ["MAX_SAFE_INTEGER", "**", "isSafeInteger"] },
  },
  {
    id: "js.to-fixed",
    feedback:
      "`toFixed` rounds the binary value (which may lie just below the half) and returns a string, not a number.",
    requires: { all: ["toFixed"] },
  },
  {
    id: "js.parse-int",
    feedback:
      "parseInt and parseFloat read a leading number and stop at the first invalid character; Number() needs the whole string.",
    requires: { any: ["parseInt", "parseFloat", "Number"] },
  },
  {
    id: "js.concat-precedence",
    feedback:
      "`+` runs left to right: numbers add until a string appears, after which everything concatenates.",
    requires: { all: ["+"] },
  },
  {
    id: "js.string-number-coercion",
    feedback:
      "Subtraction, multiplication, division and comparison with a number convert strings to numbers, while + concatenates if either side is a string.",
    requires: { any: ["+", "-", "*", "/", "<", ">", "<=", ">="] },
  },
  {
    id: "js.operator-precedence",
    feedback: "Check precedence: multiplication binds tighter than addition, and && tighter than ||.",
    requires: { any: ["*", "+", "&&", "||", "-", "/", "%", "??"] },
  },
  {
    id: "js.postfix-increment",
    feedback: "A postfix increment evaluates to the OLD value; the prefix form evaluates to the new one.",
    requires: { any: ["++", "--"] },
  },
  {
    id: "js.lexicographic-sort",
    feedback:
      "Without a comparator, `sort` compares values as strings, character by character, so a number that starts with a smaller digit sorts first, however large it is.",
    requires: { all: ["sort"] },
  },
  {
    id: "js.string-compare",
    feedback:
      "Strings compare character by character by code unit: the first differing character decides, whatever the lengths, and every uppercase letter sorts before every lowercase one.",
    requires: { any: ["<", ">", "<=", ">=", "sort", "localeCompare"] },
  },
  {
    id: "js.string-immutable",
    feedback: "Strings are immutable: their methods return new strings and never change the original.",
    requires: {
      any: [
        ".toUpperCase",
        ".toLowerCase",
        ".concat",
        ".trim",
        ".replace",
        ".slice",
        ".padStart",
        ".padEnd",
        ".repeat",
      ],
    },
  },
  {
    id: "js.async-order",
    feedback:
      "Order is: all synchronous code first, then every queued microtask (promise callbacks), then timers.",
    requires: { any: ["then", "await", "setTimeout", "queueMicrotask", "Promise"] },
  },
  {
    id: "js.timers-before-promises",
    feedback:
      "Promise callbacks are microtasks and run before any `setTimeout` callback, even one with delay 0.",
    requires: { all: ["setTimeout"], any: ["then", "await", "queueMicrotask", "Promise"] },
  },
  {
    id: "js.await-sync",
    feedback:
      "`await` always pauses the async function; the caller carries on synchronously before it resumes.",
    requires: { all: ["await"] },
  },
  {
    id: "js.executor-async",
    feedback:
      "A Promise executor runs synchronously inside `new Promise`; only the callbacks registered with then are deferred.",
    requires: { all: ["new Promise"] },
  },
  {
    id: "js.then-sync",
    feedback:
      "A `then` callback never runs immediately, even on an already resolved promise: it waits until the current synchronous code finishes.",
    requires: { all: ["then"] },
  },
  {
    id: "js.timeout-zero-sync",
    feedback:
      "`setTimeout` never runs its callback right away, whatever the delay: it waits for the current code and every pending promise callback.",
    requires: { all: ["setTimeout"] },
  },
  {
    id: "js.timer-order",
    feedback: "Timers fire in order of due time (delay), then in the order they were scheduled.",
    requires: { any: ["setTimeout", "setInterval"] },
  },
  {
    id: "js.async-returns-promise",
    feedback: "An `async` function always returns a Promise, even when its body returns a plain value.",
    requires: { all: ["async"] },
  },
  {
    id: "js.var-hoisting",
    feedback:
      "`var` declarations are hoisted and initialised to undefined, so reading one early gives undefined.",
    requires: { all: ["var"] },
  },
  {
    id: "js.tdz",
    feedback:
      "let, const and class declarations are hoisted but uninitialised: touching one before its declaration throws a ReferenceError.",
    requires: { any: ["let", "const", "class"] },
  },
  {
    id: "js.function-hoisting",
    feedback:
      "Function declarations are hoisted with their body; a function stored in a variable (a function expression or an arrow) is there only once its assignment has run.",
    requires: { all: ["function"] },
  },
  {
    id: "js.lost-this",
    feedback: "`this` is set by the call site: a method called without its object loses `this`.",
    requires: { all: ["this"] },
  },
  {
    id: "js.arrow-this",
    feedback: "Arrow functions have no `this` of their own; they use the `this` of the enclosing scope.",
    requires: { all: ["this", "=>"] },
  },
  {
    id: "js.prototype-shadowing",
    feedback:
      "Assigning to an instance creates an own property that shadows the prototype's; the prototype is unchanged.",
    requires: { any: ["prototype", "class", "Object.create"] },
  },
  {
    id: "js.shared-prototype-state",
    feedback:
      "An object or array on the prototype is shared by every instance, so mutating it affects them all.",
    requires: { any: ["prototype", "Object.create", "static"] },
  },
  {
    id: "js.dynamic-dispatch",
    feedback:
      "Methods are looked up on the actual object, so a subclass override wins even when called from parent code.",
    requires: { all: ["extends"] },
  },
  {
    id: "js.constructor-order",
    feedback:
      "The parent constructor runs first (called by super, explicitly or implicitly); subclass field initialisers run only after it returns.",
    requires: { all: ["extends"] },
  },
  {
    id: "js.static-member",
    feedback: "Static members belong to the class itself, not to its instances.",
    requires: { all: ["static"] },
  },
  {
    id: "js.generator-lazy",
    feedback: "A generator body doesn't run until next() is called, and it pauses at every `yield`.",
    requires: { all: ["yield"] },
  },
  {
    id: "js.generator-return",
    feedback: "A generator's return value arrives with done: true, which for...of and spread ignore.",
    requires: { all: ["function*"] },
  },
  {
    id: "js.iterator-exhausted",
    feedback: "An iterator can be consumed only once; a second pass over the same iterator sees nothing.",
    requires: { any: ["function*", "Symbol.iterator", ".values", ".entries", ".keys", "next"] },
  },
  {
    id: "js.generator-next-arg",
    feedback:
      "The value passed to `next` becomes the result of the paused `yield`; the first call's argument is discarded.",
    requires: { all: ["next", "yield"] },
  },
  {
    id: "js.object-key-order",
    feedback: "Integer-like keys come first in ascending order, then other string keys in insertion order.",
    requires: { any: ["Object.keys", "Object.entries", "Object.values", "for", "JSON.stringify"] },
  },
  {
    id: "js.object-keys-are-strings",
    feedback:
      'Plain-object keys are strings: a number and the string of the same digits are one key, and an object used as a key becomes "[object Object]".',
    requires: { all: ["["] },
  },
  {
    id: "js.array-length",
    feedback: "An array's `length` is one more than its highest index, holes included.",
    requires: { all: ["length"] },
  },
  {
    id: "js.callback-args",
    feedback:
      "Array methods like map and forEach pass (value, index, array) to the callback, so extra parameters receive the index.",
    requires: { any: [".map", ".forEach", ".filter", ".reduce", ".some", ".every", ".find"] },
  },
  {
    id: "js.foreach-return",
    feedback:
      "`return` inside a `forEach` callback only ends that callback; it doesn't stop the loop or return from the outer function.",
    requires: { all: ["forEach", "return"] },
  },
  {
    id: "js.switch-fallthrough",
    feedback: "Without a break, a `switch` case falls through into the cases below it.",
    requires: { all: ["switch"] },
  },
  {
    id: "js.finally-runs",
    feedback: "A `finally` block always runs, even after a return or a throw, and a return inside it wins.",
    requires: { all: ["finally"] },
  },
  {
    id: "js.error-propagation",
    feedback: "A thrown error skips the rest of the `try` block and every caller until a catch handles it.",
    requires: { all: ["try"] },
  },
  {
    id: "js.error-type",
    feedback:
      'Check which error is actually thrown and what its name is: an undeclared name is a ReferenceError, using undefined or null as an object or function a TypeError, and a subclass keeps the name "Error" unless it sets its own.',
    requires: { any: ["catch", "throw", "Error", "name"] },
  },
  {
    id: "js.recursion-order",
    feedback: "Code after the recursive call runs while the calls unwind, in reverse order.",
    requires: { any: ["function", "=>"] },
  },
  {
    id: "js.recursion-base-case",
    feedback: "Trace the base case exactly: which argument stops the recursion, and what it returns.",
    requires: { any: ["function", "=>"] },
  },
  {
    id: "js.default-params",
    feedback:
      "A default value (of a parameter or in destructuring) applies only when the value is undefined, not null, and is evaluated afresh each time.",
    requires: { any: ["function", "=>", "const [", "const {", "let [", "let {"] },
  },
  {
    id: "js.spread-merge-order",
    feedback:
      "In an object spread or Object.assign, later properties overwrite earlier ones with the same key.",
    requires: { any: ["...", "Object.assign"] },
  },
  {
    id: "js.spread-copies-top-level",
    feedback:
      "Spread creates a new outer object: reassigning its top-level properties doesn't touch the original.",
    requires: { all: ["..."] },
  },
  {
    id: "js.fill-shared-reference",
    feedback: "`fill` puts the SAME object in every slot, so a change through one slot shows in all of them.",
    requires: { all: ["fill"] },
  },
  {
    id: "js.async-body-sync",
    feedback: "An `async` function runs synchronously until its first `await`; only the rest is deferred.",
    requires: { all: ["async", "await"] },
  },
  {
    id: "js.chain-interleave",
    feedback:
      "Each `then` step is queued only when the previous one settles, so independent chains interleave one step at a time.",
    requires: { all: ["then"] },
  },
  {
    id: "js.array-ends",
    feedback: "push and pop work at the END of an array, unshift and shift at the FRONT.",
    requires: { any: [".push", ".pop", ".shift", ".unshift"] },
  },
  {
    id: "js.splice-count",
    feedback: "The second argument of `splice` is how many items to remove, not an end index.",
    requires: { all: ["splice"] },
  },
  {
    id: "js.array-holes",
    feedback:
      "Holes (never-assigned slots) are skipped by forEach, map and indexOf, but read as undefined by index access and for...of.",
    requires: { any: [", ,", "[ ,", "new Array", "Array(", "length =", "delete"] },
  },
  {
    id: "js.split-empty",
    feedback: "`split` keeps an empty string between two adjacent separators and at either end.",
    requires: { all: ["split"] },
  },
  {
    id: "js.replace-first",
    feedback: "`replace` with a string pattern replaces only the FIRST match; replaceAll replaces every one.",
    requires: { all: ["replace"] },
  },
  {
    id: "js.no-assignment",
    feedback:
      "An expression that computes a value stores nothing; only an assignment (=, +=, ++) changes the variable.",
    requires: { any: ["+", "-", "*", "+=", "-=", "++", ".concat", ".toUpperCase", ".trim", ".slice"] },
  },
  {
    id: "js.property-copy",
    feedback:
      "Shorthand or assigned properties copy the variable's current value; later changes to the variable don't update the property (and vice versa).",
    requires: { all: ["{"] },
  },
  {
    id: "js.switch-strict",
    feedback:
      "A `switch` matches its cases with strict equality, so a string never matches a number case, even one with the same digits.",
    requires: { all: ["switch", "case"] },
  },
  {
    id: "js.to-primitive",
    feedback:
      "Arithmetic, + and loose equality use valueOf first; template literals and String() use toString.",
    requires: { any: ["valueOf", "toString", "Symbol.toPrimitive"] },
  },
  {
    id: "js.foreach-async",
    feedback: "`forEach` ignores the promises its callback returns, so it never waits for async callbacks.",
    requires: { all: ["forEach", "async"] },
  },
  {
    id: "js.missing-await",
    feedback:
      "Without await, an async call starts but the caller carries on immediately without waiting for it.",
    requires: { all: ["async"] },
  },
  {
    id: "js.prototype-chain",
    feedback:
      "instanceof walks the whole prototype chain, so an object is an instance of its own class and of every class that class extends.",
    requires: { any: ["instanceof", "getPrototypeOf", "isPrototypeOf", "extends", "prototype"] },
  },
  {
    id: "js.iterator-kinds",
    feedback:
      "keys() yields indices, values() the items and entries() [index, item] pairs; iterating an array directly yields its items.",
    requires: { any: [".keys", ".values", ".entries", "for"] },
  },
  {
    id: "js.break-closes-iterator",
    feedback:
      "Leaving a for...of early calls the iterator's return(), which finishes a generator (running its finally).",
    requires: { all: ["for"], any: ["break", "return", "throw"] },
  },
  {
    id: "js.pad-args",
    feedback: "The first argument of padStart and padEnd is the TOTAL width, and the default pad is a space.",
    requires: { any: ["padStart", "padEnd"] },
  },
  {
    id: "js.utf16-length",
    feedback:
      "`length` counts UTF-16 code units: an emoji outside the Basic Multilingual Plane takes two, while spreading a string yields whole code points.",
    requires: { all: ["length"] },
  },
  {
    id: "js.in-vs-undefined",
    feedback:
      "`in` checks whether the key exists; a key whose value is undefined still exists, and a missing key also reads as undefined.",
    requires: { all: ["in"] },
  },
  {
    id: "js.pending-promise",
    feedback:
      "Awaiting a promise that never settles suspends the function forever; the code after it never runs.",
    requires: { all: ["await"] },
  },
  {
    id: "js.promise-eager",
    feedback:
      "A promise's work starts when it is created, not when it is awaited; awaiting only waits for a result.",
    requires: { any: ["await", "then"] },
  },
  {
    id: "js.methods-on-prototype",
    feedback:
      "Class methods live on the prototype and are shared; only fields set on the instance are its own (enumerable) properties.",
    requires: { all: ["class"] },
  },
  {
    id: "js.for-in-keys",
    feedback: "for...in iterates keys (for arrays, the indices as STRINGS); for...of iterates the values.",
    requires: { all: ["for", "in"] },
  },
  {
    id: "js.divide-by-zero",
    feedback: "Dividing a non-zero number by 0 gives Infinity or -Infinity, not an error; only 0 / 0 is NaN.",
    requires: { any: ["/", "%"] },
  },
  {
    id: "js.promise-all-order",
    feedback:
      "`Promise.all` resolves to an array in the order of its INPUT, whatever order the promises settle in.",
    requires: { all: ["Promise.all"] },
  },
  {
    id: "js.recursion-repeats",
    feedback:
      "Naive recursion recomputes the same subproblems: a call that recurses twice repeats work the other branch already did.",
    requires: { any: ["function", "=>"] },
  },
  {
    id: "js.yield-star",
    feedback:
      "`yield*` delegates to another iterator and yields its values; a plain yield yields the generator object itself.",
    requires: { all: ["yield*"] },
  },
  {
    id: "js.param-left-to-right",
    feedback:
      "Parameters are set up left to right, so a default may use the parameters before it, but one that names a later parameter finds it in its temporal dead zone and throws.",
    requires: { all: ["function", "="] },
  },
  {
    id: "js.super-reaches-parent",
    feedback:
      "Only a call through super runs the parent's version of an overridden method; super looks on the parent's prototype, where methods live, not at the fields each instance gets.",
    requires: { all: ["extends"] },
  },
  {
    id: "js.finally-on-jump",
    feedback:
      "`continue` and `break` leave the `try` block at once, skipping the rest of it, but its `finally` still runs on the way out.",
    requires: { all: ["finally"], any: ["continue", "break"] },
  },
  {
    id: "js.split-limit",
    feedback:
      "The second argument of `split` caps how many pieces it returns; the rest of the string is dropped, not joined onto the last piece.",
    requires: { all: ["split"] },
  },
  {
    id: "js.chain-needs-this",
    feedback:
      "`return this` hands back the very object the method was called on, so every call in a chain changes that one object.",
    requires: { all: ["return this"] },
  },
];
