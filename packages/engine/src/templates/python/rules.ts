import type { MisconceptionRule } from "../../types";

/**
 * Python misconceptions shared by the topic files; each distractor names the one belief behind it.
 * Every rule's `requires` names the tokens its feedback talks about, and every backticked fragment in
 * a feedback is literal code that any program meeting `requires` contains (a token of `all`, or of
 * every `any` alternative). Prose notation (index j, a step) is written out in words, not quoted.
 * Note: a Python string literal (an f-string too) is one token, so a precondition cannot see inside an
 * f-string's replacement fields; the format rules therefore speak only where `.format`/`format(` is used.
 */

/** Token runs that only a slice produces: an omitted bound, a double colon, or a bound next to `:`. */
export const SLICE_BOUNDS: string[] = [
  "[:",
  ":]",
  "::",
  ...Array.from({ length: 13 }, (_, d) => [`[${d}:`, `[-${d}:`, `:${d}]`, `:-${d}]`, `:${d}:`]).flat(),
  ...["i", "j", "k", "n", "start", "end", "lo", "hi", "mid", "a", "b"].flatMap((v) => [`[${v}:`, `:${v}]`]),
];
export const SLICE_STEP: string[] = ["::", ...Array.from({ length: 13 }, (_, d) => `:${d}:`)];

export const pythonRules: MisconceptionRule[] = [
  // lists and slicing
  {
    id: "py.slice-end-inclusive",
    feedback: "The end index of a slice is exclusive: the slice stops just before that index.",
    requires: { any: SLICE_BOUNDS },
  },
  {
    id: "py.slice-start-exclusive",
    feedback: "The start index of a slice is inclusive: the item at that index is the first one taken.",
    requires: { any: SLICE_BOUNDS },
  },
  {
    id: "py.index-from-one",
    feedback: "Python counts positions from 0, so index 1 is the second item and index 0 the first.",
    requires: { any: ["[", "enumerate", "range", ".index", ".insert", ".pop"] },
  },
  {
    id: "py.negative-index",
    feedback: "Negative indices count from the end: -1 is the last item, -2 the one before it.",
    requires: { any: ["[-", ":-", "(-", ", -"] },
  },
  {
    id: "py.slice-step",
    feedback:
      "A slice's third number is its step: it takes every step-th item from the start, and a negative step walks backwards from the end.",
    requires: { any: SLICE_STEP },
  },
  {
    id: "py.slice-assignment",
    feedback:
      "Assigning to a slice replaces exactly the items in that slice with all the new ones, so the list can grow or shrink.",
    requires: { all: ["] ="], any: SLICE_BOUNDS },
  },
  // dicts and sets
  {
    id: "py.dict-order",
    feedback: "Dicts keep insertion order, and updating an existing key leaves it in its original position.",
    requires: { any: ["{", "dict"] },
  },
  {
    id: "py.dict-merge-precedence",
    feedback: "When dicts are merged, the later value wins for a key that appears in both.",
    requires: { any: ["{**", ", **", "|", "|=", ".update"] },
  },
  {
    id: "py.dict-get-default",
    feedback: "`get` returns the default only when the key is missing, and it never stores the default.",
    requires: { all: [".get"] },
  },
  {
    id: "py.set-duplicates",
    feedback: "A set stores each value once: duplicates collapse into one.",
    requires: { any: ["set", "{"] },
  },
  {
    id: "py.set-operators",
    feedback:
      "On sets, & is intersection, | is union, - is difference (what only the left set has) and ^ is symmetric difference.",
    requires: { any: ["&", "|", "^", "&=", "|=", "-=", "^=", "set"] },
  },
  {
    id: "py.dict-duplicate-key",
    feedback:
      "A dict stores each key once: assigning to an existing key replaces its value (the key keeps its first position), while setdefault only sets a missing key.",
    requires: { any: ["{", "dict", "setdefault"] },
  },
  {
    id: "py.dict-iter-keys",
    feedback: "Looping over a dict, or using len or in on it, works on its keys, not its values.",
    requires: { any: ["{", "dict"], all: ["in"] },
  },
  // mutability and aliasing
  {
    id: "py.mutable-default",
    feedback:
      "A default value is evaluated once, when `def` runs, so a mutable default is shared by every call that relies on it.",
    requires: { all: ["def"], any: ["=[]):", "=[],", "={}):", "={},", "=set()):", "=set(),"] },
  },
  {
    id: "py.param-rebind-vs-mutate",
    feedback:
      "Rebinding a name (a parameter or a loop variable) never changes the object it referred to; only mutating that object does.",
    requires: { all: ["="], any: ["def", "for"] },
  },
  {
    id: "py.iadd-rebinds",
    feedback:
      "On a list, `+=` extends that same list in place, so every alias sees it; writing the name = name + other builds a new list instead.",
    requires: { all: ["+="] },
  },
  {
    id: "py.string-immutable",
    feedback:
      "Strings are immutable: methods such as upper and replace return a new string and leave the original as it was.",
    requires: {
      any: [".upper", ".lower", ".replace", ".strip", ".title", ".capitalize", ".swapcase", "+="],
    },
  },
  {
    id: "py.tuple-contains-mutable",
    feedback: "A tuple's slots cannot be reassigned, but a list stored in a tuple can still be mutated.",
    requires: { any: ["tuple", "([", ", [])", "([],"] },
  },
  {
    id: "py.is-vs-eq",
    feedback: "`is` tests identity (whether both sides are the very same object), not equal values.",
    requires: { all: ["is"] },
  },
  // comprehensions
  {
    id: "py.comp-filter-vs-map",
    feedback:
      "An `if` after the `for` drops the items whose test is false; a conditional expression before the `for` keeps every item and picks one of two values for each.",
    requires: { all: ["for", "if"] },
  },
  {
    id: "py.nested-comp-order",
    feedback: "Several `for` clauses run left to right like nested loops: the first one is the outer loop.",
    requires: { all: ["for", "in"] },
  },
  // scope and closures
  {
    id: "py.late-binding-closure",
    feedback:
      "A closure looks a name up when it is called, not when it is made, so closures made in a loop all see the loop variable's final value unless a default argument captured it.",
    requires: { all: ["for"], any: ["lambda", "def"] },
  },
  {
    id: "py.global-shadow",
    feedback:
      "Assigning to a name inside a function makes it local there; the global of the same name is unchanged.",
    requires: { all: ["def", "="] },
  },
  {
    id: "py.unbound-local",
    feedback:
      "If a function assigns a name anywhere in its body, that name is local throughout it, so reading it before the assignment raises UnboundLocalError.",
    requires: { all: ["def", "="] },
  },
  {
    id: "py.closure-state-shared",
    feedback: "Each call of the outer function creates a fresh closure with its own variables.",
    requires: { all: ["def", "return"] },
  },
  {
    id: "py.legb-order",
    feedback:
      "Names resolve Local, then Enclosing, then Global, then Built-in: the innermost definition wins.",
    requires: { all: ["def"] },
  },
  // generators
  {
    id: "py.generator-exhausted",
    feedback: "A generator can be iterated only once; after that it yields nothing.",
    requires: { any: ["yield", "for"] },
  },
  {
    id: "py.generator-eager",
    feedback:
      "A generator runs lazily: its code runs only as far as the next value someone asks for, and code after the last value runs only if another one is requested.",
    requires: { any: ["yield", "for"] },
  },
  {
    id: "py.generator-position",
    feedback:
      "A generator remembers where it paused; asking for the next value continues from there instead of restarting.",
    requires: { any: ["yield", "next"] },
  },
  {
    id: "py.generator-return-value",
    feedback: "A generator's `return` value ends the iteration; it is not yielded as an item.",
    requires: { all: ["yield", "return"] },
  },
  {
    id: "py.yield-from",
    feedback:
      "`yield from` yields each item of the inner iterable one by one; calling a generator function without it just creates a generator whose values are lost.",
    requires: { all: ["yield from"] },
  },
  {
    id: "py.generator-send",
    feedback:
      "`send` resumes the generator, makes the paused `yield` expression evaluate to the value sent, and returns the next yielded value.",
    requires: { all: [".send", "yield"] },
  },
  // exceptions
  {
    id: "py.except-order",
    feedback:
      "The first matching `except` clause wins, and a base class listed first also catches its subclasses.",
    requires: { all: ["except"] },
  },
  {
    id: "py.exception-stops-block",
    feedback: "Once an exception is raised, the rest of the `try` block is skipped.",
    requires: { all: ["try"] },
  },
  {
    id: "py.exception-type",
    feedback:
      "Check which exception class the failing operation raises: only an `except` clause naming that class (or one of its bases) catches it.",
    requires: { all: ["except"] },
  },
  {
    id: "py.exception-propagates",
    feedback:
      "An exception not caught inside a function propagates to the caller's handler; after that handler, execution continues after its `try` statement.",
    requires: { all: ["def", "try"] },
  },
  {
    id: "py.loop-continues-after-except",
    feedback: "Catching an exception inside the loop body lets the loop go on with the next item.",
    requires: { all: ["except"], any: ["for", "while"] },
  },
  // string formatting
  {
    id: "py.format-spec",
    feedback:
      "Read the format spec after the colon piece by piece: fill and alignment, sign, width, grouping, precision and type; a number inside the braces picks an argument by position.",
    requires: { any: [".format", "format("] },
  },
  {
    id: "py.format-precision",
    feedback: "A precision such as .2f rounds to that many digits after the point and pads with zeros.",
    requires: { any: [".format", "format("] },
  },
  {
    id: "py.join-separator",
    feedback: "`join` puts its separator only between the items, never before the first or after the last.",
    requires: { all: [".join"] },
  },
  {
    id: "py.strip-chars",
    feedback:
      "With an argument, strip removes any of the given characters (not that substring) from both ends; lstrip and rstrip work on one end only.",
    requires: { any: [".strip", ".lstrip", ".rstrip"] },
  },
  {
    id: "py.str-repr",
    feedback:
      "repr (used by !r and for the items printed inside a list) adds quotes or the constructor form; str, which print uses, does not.",
    requires: { any: ["repr", "__repr__", "__str__", "str"] },
  },
  // integer and float arithmetic
  {
    id: "py.floor-div-negative",
    feedback:
      "Floor division rounds toward negative infinity and the remainder takes the sign of the divisor, so with a negative operand neither matches plain truncation.",
    requires: { all: ["-"], any: ["//", "%", "//=", "%=", "divmod"] },
  },
  {
    id: "py.floor-div-float",
    feedback: "Floor division of two ints gives an int (the floor of the quotient), not a float.",
    requires: { any: ["//", "//="] },
  },
  {
    id: "py.true-division-float",
    feedback: "`/` always returns a float in Python 3, even when it divides evenly.",
    requires: { all: ["/"] },
  },
  {
    id: "py.int-division-truncates",
    feedback: "`/` is true division in Python 3: it keeps the fraction; only floor division drops it.",
    requires: { all: ["/"] },
  },
  {
    id: "py.round-half-up",
    feedback:
      "`round` without a digits argument returns an int, and an exact half goes to the EVEN neighbour, not always up.",
    requires: { all: ["round"] },
  },
  {
    id: "py.float-exact",
    feedback:
      "Floats are stored in binary, so most decimals are only approximated; sums, comparisons and roundings follow the stored value, not the written one.",
    requires: { any: ["0.1", "0.2", "0.3", "round", "float", "Decimal"] },
  },
  {
    id: "py.int-truncation",
    feedback: "`int` truncates toward zero, while floor division and math.floor round down.",
    requires: { all: ["int"] },
  },
  {
    id: "py.operator-precedence",
    feedback:
      "Check how Python groups the expression: ** binds tighter than a unary minus and groups right to left, * and / come before + and -, and a chained comparison compares each neighbouring pair.",
    requires: { any: ["**", "*", "/", "//", "%", "<", ">", "<=", ">=", "==", "and", "or", "not"] },
  },
  // sorting and key functions
  {
    id: "py.sort-returns-none",
    feedback: "The list method sort sorts in place and returns None; sorted returns a new list.",
    requires: { all: [".sort"] },
  },
  {
    id: "py.sort-stability",
    feedback:
      "Python's sort is stable: equal keys keep their previous order (also with reverse=True), so after several sorts the LAST one sets the primary order.",
    requires: { any: ["sort", "sorted"] },
  },
  {
    id: "py.reverse-not-sort",
    feedback: "Reversing only flips the current order; sorting with reverse=True sorts descending.",
    requires: { any: ["reverse", "reversed"] },
  },
  {
    id: "py.string-sort-lexicographic",
    feedback:
      "Strings compare character by character: the first character that differs decides, whatever the lengths, and uppercase letters come before lowercase ones.",
    requires: { any: ["sort", "sorted", "min", "max", "<", ">", "<=", ">="] },
  },
  {
    id: "py.tuple-compare",
    feedback: "Tuples compare item by item: the second item only breaks ties in the first.",
    requires: { any: ["sort", "sorted", "min", "max", "<", ">", "<=", ">=", "=="] },
  },
  {
    id: "py.min-max-key",
    feedback: "With a key, min and max return the first item that has the extreme key.",
    requires: { all: ["key"], any: ["min", "max"] },
  },
  {
    id: "py.truthiness",
    feedback: "0, empty containers, the empty string and None are falsy; every other value is truthy.",
    requires: { any: ["if", "while", "and", "or", "not", "bool", "filter"] },
  },
  {
    id: "py.mod-vs-floordiv",
    feedback: "The % operator gives the remainder of a division, and floor division gives the quotient.",
    requires: { any: ["%", "//", "%=", "//="] },
  },
  {
    id: "py.global-vs-nonlocal",
    feedback:
      "global refers to the module-level name (skipping enclosing functions); nonlocal refers to the nearest enclosing function's variable.",
    requires: { any: ["global", "nonlocal"] },
  },
  {
    id: "py.closure-state-persists",
    feedback:
      "A closure's or a paused generator's variables keep their values between calls; they are not reset each time.",
    requires: { any: ["nonlocal", "yield", "global"] },
  },
  {
    id: "py.exception-class-name",
    feedback:
      "type(e) is the class actually raised, not the class named in the except clause that caught it.",
    requires: { all: ["except"], any: ["type", "__class__"] },
  },
  {
    id: "py.key-function",
    feedback:
      "The key function decides the order (items are compared by their keys), but the items themselves are returned.",
    requires: { all: ["key"] },
  },
  {
    id: "py.string-concat",
    feedback: "`+` on two strings joins them end to end; it does not add numbers.",
    requires: { all: ["+"] },
  },
  // classes and dunder methods
  {
    id: "py.class-attr-shared",
    feedback:
      "A class attribute is shared by all instances until an instance assigns its own attribute of that name.",
    requires: { all: ["class"] },
  },
  {
    id: "py.instance-attr-shadows",
    feedback:
      "Assigning an attribute through an instance creates an instance attribute that hides the class attribute for that object only.",
    requires: { all: ["class", "="] },
  },
  {
    id: "py.dunder-dispatch",
    feedback:
      "Operators and built-ins call special methods: == (and so in and count) calls __eq__, len calls __len__, str calls __str__.",
    requires: {
      any: [
        "__eq__",
        "__len__",
        "__str__",
        "__repr__",
        "__add__",
        "__lt__",
        "__contains__",
        "__iter__",
        "__getitem__",
        "__hash__",
        "__bool__",
      ],
    },
  },
  {
    id: "py.iadd-fallback",
    feedback: "Without __iadd__, `+=` falls back to __add__ and binds the name to the NEW object it returns.",
    requires: { all: ["+=", "__add__"] },
  },
  {
    id: "py.super-init",
    feedback:
      "A subclass's __init__ replaces the parent's; only a call to super().__init__() runs the parent's setup too.",
    requires: { all: ["class", "__init__"] },
  },
  // recursion
  {
    id: "py.recursion-order",
    feedback: "Code after the recursive call runs while the calls return, so in reverse order.",
    requires: { all: ["def"] },
  },
  {
    id: "py.recursion-base-case",
    feedback: "Check exactly when the base case stops the recursion and what it returns.",
    requires: { all: ["def", "if", "return"] },
  },
  {
    id: "py.recursion-calls",
    feedback: "Each call that is not a base case makes further calls; nothing is reused unless it is cached.",
    requires: { all: ["def"] },
  },
  {
    id: "py.bool-is-int",
    feedback:
      "bool is a subclass of int: True equals 1 (so True and 1 are the same dict key) and True adds as 1.",
    requires: { any: ["True", "False", "==", "<", ">", "!="] },
  },
  {
    id: "py.comprehension-scope",
    feedback:
      "A comprehension has its own scope: its loop variable doesn't leak out, and a generator expression evaluates only its FIRST iterable immediately.",
    requires: { all: ["for", "in"] },
  },
  {
    id: "py.alias-vs-copy",
    feedback:
      "Assigning a list to a second name shares the SAME object; copy(), a full slice and list() make a new outer list that still shares the nested objects, and only deepcopy shares nothing.",
    requires: { any: ["=", "copy", "deepcopy", "list("] },
  },
  {
    id: "py.zip-enumerate",
    feedback:
      "zip stops as soon as its shortest input runs out, and enumerate counts from its start value (0 unless one is given).",
    requires: { any: ["zip", "enumerate"] },
  },
  {
    id: "py.try-flow",
    feedback:
      "In try/except/else/finally, else runs only when no exception occurred, finally ALWAYS runs, and a return inside finally replaces the pending result.",
    requires: { all: ["try"], any: ["else", "finally"] },
  },
  {
    id: "py.str-method-args",
    feedback:
      "Read the extra arguments: a maxsplit stops after that many cuts, a replace count changes only that many matches, and find returns a 0-based index.",
    requires: { any: [".split", ".rsplit", ".replace", ".find", ".rfind", ".index", ".count"] },
  },
  {
    id: "py.shared-inner-list",
    feedback:
      "Multiplying a list that holds a list, or dict.fromkeys with a list value, stores ONE inner list many times, so a change through one slot shows in all.",
    requires: { any: ["] *", "fromkeys"] },
  },
  {
    id: "py.mro-super",
    feedback:
      "Lookup follows the MRO (the class, then its bases left to right, each class once), and super() moves to the NEXT class in that order, not simply the parent.",
    requires: { all: ["class"] },
  },
  {
    id: "py.attribute-lookup",
    feedback:
      "Assigning to a property (even in __init__) calls its setter, and __getattr__ runs only when normal lookup fails.",
    requires: { any: ["property", ".setter", "__getattr__"] },
  },
  {
    id: "py.list-methods",
    feedback:
      "append adds its argument as ONE item, extend adds each of its items, insert puts the new item before the given index, and pop() with no argument removes the LAST item.",
    requires: { any: [".append", ".extend", ".insert", ".pop", ".remove"] },
  },
  {
    id: "py.nested-lists",
    feedback:
      "len of a list of lists counts the inner lists, and indexing a slice of it picks a whole inner list.",
    requires: { any: ["[[", "]["] },
  },
  // general tracing
  {
    id: "py.off-by-one",
    feedback: "Off by one: check where the count starts and whether the last value is included.",
    requires: { any: ["range", "<", "<=", ">", ">=", "len", "[", "+ 1", "- 1", "+= 1", "-= 1"] },
  },
  {
    id: "py.loop-trace",
    feedback: "Trace the loop one turn at a time; this value skips or repeats a step.",
    requires: { any: ["for", "while"] },
  },
];
