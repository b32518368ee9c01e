import type { MisconceptionRule } from "../../types";

export const pythonRules: MisconceptionRule[] = [
  // lists and slicing
  { id: "py.slice-end-inclusive", feedback: "A slice a[i:j] stops before index j: the end is exclusive." },
  {
    id: "py.slice-start-exclusive",
    feedback: "A slice a[i:j] starts at index i itself: the start is inclusive.",
  },
  { id: "py.index-from-one", feedback: "Python indexes from 0, so a[1] is the second item." },
  {
    id: "py.negative-index",
    feedback: "Negative indices count from the end: a[-1] is the last item, a[-2] the one before.",
  },
  {
    id: "py.slice-step",
    feedback: "In a[i:j:k] the step k picks every k-th item starting at i (a negative step walks backwards).",
  },
  {
    id: "py.slice-assignment",
    feedback: "Assigning to a slice replaces those items and can change the list's length.",
  },
  // dicts and sets
  {
    id: "py.dict-order",
    feedback: "Dicts keep insertion order; updating an existing key keeps its original position.",
  },
  {
    id: "py.dict-merge-precedence",
    feedback: "When merging dicts ({**a, **b}, a | b, update), the later value wins for a duplicate key.",
  },
  {
    id: "py.dict-get-default",
    feedback: "d.get(k, default) returns the default only when k is missing; it never stores it.",
  },
  { id: "py.set-duplicates", feedback: "A set stores each value once: duplicates collapse." },
  {
    id: "py.set-operators",
    feedback: "& is intersection, | is union, - is difference and ^ is symmetric difference.",
  },
  {
    id: "py.dict-duplicate-key",
    feedback:
      "A dict stores each key once: assigning again replaces the value (the key keeps its first position), while setdefault only sets a missing key.",
  },
  {
    id: "py.dict-iter-keys",
    feedback: "Iterating a dict (or len/in on it) works on its keys, not its values.",
  },
  // mutability and aliasing
  {
    id: "py.mutable-default",
    feedback: "A default value is evaluated once when def runs; a mutable default is shared across calls.",
  },
  {
    id: "py.param-rebind-vs-mutate",
    feedback:
      "Rebinding a name (a parameter or loop variable) never changes the object it referred to; mutating the object does.",
  },
  {
    id: "py.iadd-rebinds",
    feedback: "For lists, a += b mutates in place (aliases see it); a = a + b builds a new list.",
  },
  {
    id: "py.string-immutable",
    feedback: "Strings are immutable: methods like upper() or replace() return a new string.",
  },
  {
    id: "py.tuple-contains-mutable",
    feedback: "A tuple cannot be reassigned, but a list inside it can still be mutated.",
  },
  { id: "py.is-vs-eq", feedback: "`is` tests identity (the same object); `==` tests equal values." },
  // comprehensions
  {
    id: "py.comp-filter-vs-map",
    feedback:
      "A trailing `if` filters items (testing the loop variable); `a if cond else b` before `for` maps every item, giving a when cond is True.",
  },
  {
    id: "py.nested-comp-order",
    feedback: "Nested `for` clauses run left to right, like nested loops: the first is the outer loop.",
  },
  // scope and closures
  {
    id: "py.late-binding-closure",
    feedback:
      "A closure looks names up when it is CALLED, so closures made in a loop all see the final value; a default argument captures the value at definition time.",
  },
  {
    id: "py.global-shadow",
    feedback: "Assignment inside a function binds a local name; the global of the same name is unchanged.",
  },
  {
    id: "py.unbound-local",
    feedback:
      "If a function assigns a name anywhere, that name is local everywhere in it; reading it first raises UnboundLocalError.",
  },
  {
    id: "py.closure-state-shared",
    feedback: "Each call of the outer function creates a fresh closure with its own state.",
  },
  {
    id: "py.legb-order",
    feedback: "Names resolve Local, Enclosing, Global, Built-in: the innermost definition wins.",
  },
  // generators
  {
    id: "py.generator-exhausted",
    feedback: "A generator can be iterated only once; after that it yields nothing.",
  },
  {
    id: "py.generator-eager",
    feedback:
      "A generator's body runs lazily, only as far as the next yield that someone asks for; code after the last yield runs only if another value is requested.",
  },
  {
    id: "py.generator-position",
    feedback:
      "A generator remembers where it paused; each next() continues from there instead of restarting.",
  },
  {
    id: "py.generator-return-value",
    feedback: "A generator's `return` value ends iteration; it is not yielded as an item.",
  },
  {
    id: "py.yield-from",
    feedback:
      "`yield from g` yields each item of g one by one; calling a generator function without it just creates a generator whose values are lost.",
  },
  {
    id: "py.generator-send",
    feedback:
      "send(v) resumes the generator, makes the paused `yield` expression evaluate to v, and returns the next yielded value.",
  },
  // exceptions
  {
    id: "py.except-order",
    feedback: "The first matching except clause wins; a base class listed first also catches its subclasses.",
  },
  {
    id: "py.exception-stops-block",
    feedback: "Once an exception is raised, the rest of the try block is skipped.",
  },
  {
    id: "py.exception-type",
    feedback:
      "Check which exception class this operation raises: int() rejects any string that isn't entirely an integer, and `except A or B` means just `except A`.",
  },
  {
    id: "py.exception-propagates",
    feedback:
      "An exception not caught inside a function propagates to the caller's handler; after that handler, execution continues after the try statement.",
  },
  {
    id: "py.loop-continues-after-except",
    feedback: "Catching an exception inside the loop body lets the loop continue with the next item.",
  },
  // string formatting
  {
    id: "py.format-spec",
    feedback:
      "Read the format spec: fill, align (< > ^), sign (+), width, grouping (, or _), .precision and type (f, %, x, …); {0}/{1} pick arguments by position.",
  },
  { id: "py.format-precision", feedback: ".Nf rounds to N digits after the point and pads with zeros." },
  { id: "py.join-separator", feedback: "sep.join(items) puts sep only BETWEEN items, never at the ends." },
  {
    id: "py.strip-chars",
    feedback:
      "strip(chars) removes any of those characters (not a substring) from both ends; lstrip/rstrip work on one end only.",
  },
  {
    id: "py.str-repr",
    feedback:
      "repr() (used by !r and for items inside a list) adds quotes / the constructor form; str() (used by print) does not.",
  },
  // integer and float arithmetic
  {
    id: "py.floor-div-negative",
    feedback:
      "// rounds toward negative infinity and % takes the sign of the divisor: -7 // 2 is -4 and -7 % 3 is 2.",
  },
  {
    id: "py.floor-div-float",
    feedback: "// on two ints gives an int (the floor of the quotient), not a float.",
  },
  {
    id: "py.true-division-float",
    feedback: "/ always returns a float in Python 3, even when it divides evenly.",
  },
  {
    id: "py.int-division-truncates",
    feedback: "/ is true division in Python 3; use // for integer (floor) division.",
  },
  {
    id: "py.round-half-up",
    feedback:
      "round() returns an int (without a digits argument) and sends an exact half to the EVEN neighbour.",
  },
  {
    id: "py.float-exact",
    feedback: "Floats are binary: 0.1 + 0.2 is not exactly 0.3, so == comparisons can fail.",
  },
  { id: "py.int-truncation", feedback: "int() truncates toward zero, while // and math.floor round down." },
  {
    id: "py.operator-precedence",
    feedback:
      "Check how Python groups the expression: ** binds tighter than unary minus and groups right to left, * before +, and a < b < c means (a < b) and (b < c).",
  },
  // sorting and key functions
  {
    id: "py.sort-returns-none",
    feedback: "list.sort() sorts in place and returns None; sorted() returns a new list.",
  },
  {
    id: "py.sort-stability",
    feedback:
      "Python's sort is stable: equal keys keep their previous order (also with reverse=True), so with several sorts the LAST one is the primary order.",
  },
  {
    id: "py.reverse-not-sort",
    feedback: "reverse() only flips the current order; sort(reverse=True) sorts descending.",
  },
  {
    id: "py.string-sort-lexicographic",
    feedback: "Strings compare character by character: '10' < '9' and uppercase sorts before lowercase.",
  },
  {
    id: "py.tuple-compare",
    feedback: "Tuples compare element by element: the second element only breaks ties in the first.",
  },
  { id: "py.min-max-key", feedback: "min/max with key return the first item with the extreme key." },
  {
    id: "py.truthiness",
    feedback:
      "0, empty containers and None are falsy: `if n % k` keeps the items that are NOT multiples of k.",
  },
  {
    id: "py.mod-vs-floordiv",
    feedback: "% gives the remainder and // the quotient; divisibility is `n % k == 0`.",
  },
  {
    id: "py.global-vs-nonlocal",
    feedback:
      "global refers to the module-level name (skipping enclosing functions); nonlocal refers to the nearest enclosing FUNCTION's variable.",
  },
  {
    id: "py.closure-state-persists",
    feedback: "A closure's variable keeps its value between calls; it is not reset each time.",
  },
  {
    id: "py.exception-class-name",
    feedback: "type(e) is the class actually raised, not the class named in the except clause.",
  },
  {
    id: "py.key-function",
    feedback:
      "The key function decides the order (items are compared by key(item)), but the items themselves are returned.",
  },
  { id: "py.string-concat", feedback: "+ on two strings concatenates them; it does not add numbers." },
  // classes and dunder methods
  {
    id: "py.class-attr-shared",
    feedback:
      "A class attribute is shared by all instances until an instance assigns its own attribute of that name.",
  },
  {
    id: "py.instance-attr-shadows",
    feedback:
      "Assigning self.x (or obj.x) creates an instance attribute that hides the class attribute for that object only.",
  },
  {
    id: "py.dunder-dispatch",
    feedback:
      "Operators and built-ins call special methods: == (and so `in` and count()) uses __eq__, len() uses __len__, str() uses __str__.",
  },
  {
    id: "py.iadd-fallback",
    feedback: "Without __iadd__, a += b runs a = a + b, which binds a to a NEW object.",
  },
  {
    id: "py.super-init",
    feedback:
      "A subclass __init__ replaces the parent's; call super().__init__() to run the parent's setup too.",
  },
  // recursion
  {
    id: "py.recursion-order",
    feedback: "Code after the recursive call runs while the calls return, in reverse order.",
  },
  {
    id: "py.recursion-base-case",
    feedback: "Check exactly when the base case stops the recursion and what it returns.",
  },
  {
    id: "py.recursion-calls",
    feedback: "Each call that is not a base case makes further calls; nothing is reused unless you cache it.",
  },
  {
    id: "py.bool-is-int",
    feedback:
      "bool is a subclass of int: True == 1 (so True and 1 are the same dict key) and True adds as 1.",
  },
  {
    id: "py.comprehension-scope",
    feedback:
      "A comprehension has its own scope: its loop variable doesn't leak, and a generator expression evaluates only its FIRST iterable immediately.",
  },
  {
    id: "py.alias-vs-copy",
    feedback:
      "b = a names the SAME object; copy(), [:] and list() make a new outer list that still shares the nested objects (deepcopy shares nothing).",
  },
  {
    id: "py.zip-enumerate",
    feedback:
      "zip stops at the shortest input (after pulling one more item from earlier iterators), and enumerate(xs, start=k) counts from k.",
  },
  {
    id: "py.try-flow",
    feedback:
      "try/except/else/finally: else runs only when no exception occurred, finally ALWAYS runs, and a return inside finally replaces the pending result.",
  },
  {
    id: "py.str-method-args",
    feedback:
      "Read the extra arguments: split(sep, 1) splits once, replace(old, new, 2) replaces twice, and find() returns a 0-based index.",
  },
  {
    id: "py.shared-inner-list",
    feedback:
      "[[0] * n] * m and dict.fromkeys(keys, []) store ONE inner list many times, so a change through one slot shows in all.",
  },
  {
    id: "py.mro-super",
    feedback:
      "Lookup follows the MRO (the class, then its bases left to right, each class once), and super() moves to the NEXT class in that order, not simply the parent.",
  },
  {
    id: "py.attribute-lookup",
    feedback:
      "Assigning to a property (even in __init__) calls its setter, and __getattr__ runs only when normal lookup fails.",
  },
  {
    id: "py.list-methods",
    feedback:
      "append adds its argument as ONE item, extend adds each item, insert(i, x) puts x before index i, and pop() removes the LAST item.",
  },
  {
    id: "py.nested-lists",
    feedback:
      "len() of a list of lists counts the inner lists, and a[1:][0] is the first item of the slice, i.e. a[1].",
  },
  // general tracing
  {
    id: "py.off-by-one",
    feedback:
      "Count the boundary carefully: range(a, b) and comparisons like > vs >= decide whether the last value is included.",
  },
  { id: "py.loop-trace", feedback: "Trace the loop step by step; this value skips or repeats a step." },
];
