import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, distinctInts, fill, fillPrompt, flagged, mut, predict, py, val } from "./helpers";

const T = "classes-and-dunder-methods";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const classesAndDunderMethodsRules: MisconceptionRule[] = [
  {
    id: "py.name-shares-object",
    feedback:
      "Assigning an object to a second name makes no copy: both names are the same object, so a change made through either shows through both.",
    requires: { all: ["="] },
  },
  {
    id: "py.instance-assign-own",
    feedback:
      "Assigning to an attribute through an instance creates that attribute on the instance only; the class attribute, which the other instances read, stays as it was.",
    requires: { all: ["class", "+="] },
  },
  {
    id: "py.local-not-attribute",
    feedback:
      "A plain name assigned inside a method is a local variable of that one call; only an assignment through `self` changes the object's attribute.",
    requires: { all: ["class", "self"] },
  },
  {
    id: "py.returns-local-sum",
    feedback:
      "`return` hands back the local sum computed in that call; the attribute of the same name is a different variable, which the method never changed.",
    requires: { all: ["class", "return"] },
  },
  {
    id: "py.self-is-the-instance",
    feedback:
      "Inside a method `self` is the very object the method was called on, so an attribute set on that object from outside is what the method reads through `self`.",
    requires: { all: ["class", "self"] },
  },
  {
    id: "py.attribute-stores-value-now",
    feedback:
      "Assigning to `self.number` stores the int the counter holds at that moment; later increments of the class attribute do not change it.",
    requires: { all: ["self.number ="] },
  },
  {
    id: "py.method-without-call",
    feedback:
      "Naming a method without parentheses only looks it up; nothing runs until it is called, so that last deposit never happens.",
    requires: { all: ["class", "def"] },
  },
  {
    id: "py.new-object-separate",
    feedback:
      "Calling the class builds a NEW object; the methods called on it change that new object and leave `acct` untouched.",
    requires: { all: ["acct"] },
  },
  {
    id: "py.returns-self-not-number",
    feedback:
      "`deposit` returns the account object itself (`return self`), not a number, so adding a number to its result raises TypeError; only another method call can follow it.",
    requires: { all: ["return self"] },
  },
  {
    id: "py.eq-removes-hash",
    feedback:
      "Defining `__eq__` without __hash__ sets __hash__ to None, so the instances cannot go into a set or be dict keys; a list only needs ==.",
    requires: { all: ["__eq__"] },
  },
  {
    id: "py.set-uses-hash-then-eq",
    feedback:
      "A set compares hashes first and calls `__eq__` only for equal hashes, so equal objects need equal hashes to be stored once.",
    requires: { all: ["__eq__"] },
  },
  {
    id: "py.sum-starts-at-zero",
    feedback:
      "`sum` starts from 0, so its first step is 0 + the first item; without __radd__, that int + object addition raises TypeError.",
    requires: { all: ["sum(", "__add__"] },
  },
  {
    id: "py.sum-start-added",
    feedback:
      "The second argument of `sum` is the value it starts from, so it ends up in the total too; it also replaces the 0 that fails here.",
    requires: { all: ["sum(", "__add__"] },
  },
  {
    id: "py.split-gives-strings",
    feedback:
      "`split` returns strings, so without int() the attributes hold text, and `+` joins two strings end to end.",
    requires: { all: ["split", "+"] },
  },
  {
    id: "py.classmethod-builds-with-cls",
    feedback:
      "A class method receives the class as `cls`, and only calling it runs __init__ and builds an instance; a tuple of the two numbers has no attributes.",
    requires: { all: ["classmethod", "cls"] },
  },
  {
    id: "py.init-does-not-create",
    feedback:
      "__init__ only sets up an object that already exists (its first parameter) and returns None; calling the class itself is what creates the instance.",
    requires: { all: ["__init__", "cls"] },
  },
  {
    id: "py.hash-changes-lost",
    feedback:
      "The set filed the object under the hash of its old name; after the name changes, a lookup searches under the new hash, so neither the object nor an equal new one is found.",
    requires: { all: ["__hash__", "in"] },
  },
  {
    id: "py.set-holds-the-object",
    feedback:
      "A set holds a reference to the object itself, not a copy: changing the object's attribute changes the member too.",
    requires: { all: ["class", "in"] },
  },
  {
    id: "py.cls-attr-assign-on-subclass",
    feedback:
      "`cls.count += 1` reads the inherited value but stores the result on `cls` itself, so a subclass gets its own count, starting from the parent's value at that moment.",
    requires: { all: ["cls.count += 1"] },
  },
  {
    id: "py.inherited-class-attr-read",
    feedback:
      "Until the subclass has a `count` of its own, reading it through `cls` finds the parent's value, so the subclass starts from there, not from 0.",
    requires: { all: ["cls.count"] },
  },
  {
    id: "py.exit-true-suppresses",
    feedback:
      "An __exit__ that returns True swallows the exception: the managers outside it then see no exception, and the code after the with block runs.",
    requires: { all: ["__exit__", "with"] },
  },
  {
    id: "py.inner-exit-sees-exception-first",
    feedback:
      "The inner manager exits first and sees the exception; once its __exit__ returns True the exception is gone, so the outer one gets None.",
    requires: { all: ["__exit__", "with"] },
  },
  {
    id: "py.exit-reverse-order",
    feedback: "Managers exit in reverse order of entering: the last one entered, the innermost, exits first.",
    requires: { all: ["__enter__", "with"] },
  },
];

export const classesAndDunderMethodsTemplates: ChallengeTemplate[] = [
  predict(T, "class-versus-instance-attribute", "easy", (rng) => {
    const cls = rng.pick(["Counter", "Ticket", "Player", "Widget"]);
    const attr = rng.pick(["count", "level", "total", "size"]);
    const [c0, x] = distinctInts(rng, 2, 1, 99);
    const prog = flagged((o: { classAssign?: boolean; iaddShared?: boolean }) =>
      py(
        `class ${cls}:`,
        `    ${attr} = ${c0}`,
        "",
        `a = ${cls}()`,
        `b = ${cls}()`,
        o.classAssign ? `${cls}.${attr} = ${x}` : `a.${attr} = ${x}`,
        o.iaddShared ? `${cls}.${attr} += 1` : `b.${attr} += 1`,
        `print(a.${attr}, b.${attr}, ${cls}.${attr})`,
      ),
    );
    return {
      title: "Class attribute versus instance attribute",
      code: prog({}),
      distractors: [
        mut("py.instance-assign-own", prog({ classAssign: true })),
        mut("py.instance-attr-shadows", prog({ iaddShared: true })),
        mut("py.class-attr-shared", prog({ classAssign: true, iaddShared: true })),
      ],
      trap: `b.${attr} += 1`,
      explanation: `\`b.${attr} += 1\` is the trap, with \`a.${attr} = ${x}\` before it: the assignment creates an attribute on \`a\` only; \`b.${attr} += 1\` reads the class value (${c0}) and stores ${c0 + 1} on \`b\`; the class attribute itself never changes. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "str-versus-repr", "medium", (rng) => {
    const cls = rng.pick(["Point", "Vec", "Pair", "Coord"]);
    const [x, y] = distinctInts(rng, 2, -20, 99);
    const prog = flagged((o: { listUsesStr?: boolean; printUsesRepr?: boolean; bangRIgnored?: boolean }) =>
      py(
        `class ${cls}:`,
        "    def __init__(self, x, y):",
        "        self.x, self.y = x, y",
        "    def __repr__(self):",
        `        return f"${cls}({self.x}, {self.y})"`,
        "    def __str__(self):",
        '        return f"({self.x}, {self.y})"',
        "",
        `p = ${cls}(${x}, ${y})`,
        o.printUsesRepr ? "print(repr(p))" : "print(p)",
        o.listUsesStr ? 'print("[" + str(p) + "]")' : "print([p])",
        o.bangRIgnored ? 'print(f"{p}")' : 'print(f"{p!r}")',
      ),
    );
    return {
      title: "__str__ and __repr__",
      code: prog({}),
      distractors: [
        mut("py.str-repr", prog({ listUsesStr: true })),
        mut("py.dunder-dispatch", prog({ printUsesRepr: true })),
        mut("py.str-repr", prog({ bangRIgnored: true })),
        mut("py.str-repr", prog({ listUsesStr: true, printUsesRepr: true })),
      ],
      trap: "print(p)",
      explanation:
        "`print(p)` is the first trap: it uses `__str__`; a list displays its items with `__repr__`; and `!r` in an f-string asks for `repr()`. Output:\n\n```\n{{output}}\n```",
    };
  }),

  fill(T, "call-the-method", "easy", (rng) => {
    const cls = rng.pick(["Greeter", "Host", "Bot", "Clerk"]);
    const [g1, g2] = rng.sample(["hi", "yo", "hey", "hello", "howdy", "welcome"], 2);
    const name = rng.pick(["ana", "ben", "cleo", "dev", "eli", "fay"]);
    const n = rng.int(1, 9);
    return {
      title: "Call the method on the right object",
      prompt: fillPrompt("expression"),
      code: py(
        `class ${cls}:`,
        `    greeting = "${g1}"`,
        "    def greet(self, name):",
        `        return self.greeting + ", " + name + "!" * ${n}`,
        "",
        `g = ${cls}()`,
        `g.greeting = "${g2}"`,
        `print(${BLANK})`,
      ),
      answer: `g.greet("${name}")`,
      wrong: [
        { fragment: `${cls}().greet("${name}")`, rule: "py.instance-attr-shadows" },
        { fragment: `${cls}.greeting + ", ${name}"`, rule: "py.class-attr-shared" },
        { fragment: `g.greeting + "${name}"`, rule: "py.string-concat" },
      ],
      trap: `g.greeting = "${g2}"`,
      explanation: `\`g.greeting = "${g2}"\` is the trap: it gives \`g\` its own attribute, and inside \`greet\`, \`self\` is \`g\`, so \`self.greeting\` finds "${g2}"; a fresh \`${cls}()\` still sees the class value "${g1}".`,
    };
  }),

  predict(T, "objects-are-shared-by-reference", "easy", (rng) => {
    const cls = rng.pick(["Box", "Crate", "Parcel", "Tray"]);
    const attr = rng.pick(["size", "weight", "items", "label_no"]);
    const [x, y] = distinctInts(rng, 2, 1, 99);
    const prog = flagged((o: { copies?: boolean; onClass?: boolean; sameObject?: boolean }) =>
      py(
        o.copies ? "import copy\n" : null,
        `class ${cls}:`,
        "    pass",
        "",
        `a = ${cls}()`,
        o.copies ? "b = copy.copy(a)" : "b = a",
        o.sameObject ? "c = a" : `c = ${cls}()`,
        o.onClass ? `${cls}.${attr} = ${x}` : `a.${attr} = ${x}`,
        o.copies ? `b.${attr} = ${x}` : null,
        o.onClass ? `${cls}.${attr} = ${y}` : `c.${attr} = ${y}`,
        `b.${attr} += 1`,
        `print(a.${attr}, c.${attr})`,
      ),
    );
    return {
      title: "Two names for one object",
      code: prog({}),
      distractors: [
        mut("py.name-shares-object", prog({ copies: true })),
        mut("py.class-attr-shared", prog({ onClass: true })),
        mut("py.instance-attr-shadows", prog({ sameObject: true })),
      ],
      trap: "b = a",
      explanation: `\`b = a\` is the trap: it gives the same object a second name, so \`b.${attr} += 1\` changes \`a.${attr}\`; \`c\` is a different object with its own attribute. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "eq-in-and-count", "medium", (rng) => {
    const cls = rng.pick(["Card", "Token", "Coin", "Tile"]);
    const attr = rng.pick(["rank", "value", "kind", "code"]);
    const r = rng.int(1, 99);
    const other = r + rng.int(1, 9);
    const prog = flagged((o: { noEq?: boolean; identityIn?: boolean; isAsEq?: boolean }) =>
      py(
        `class ${cls}:`,
        `    def __init__(self, ${attr}):`,
        `        self.${attr} = ${attr}`,
        o.noEq ? null : "    def __eq__(self, other):",
        o.noEq ? null : `        return self.${attr} == other.${attr}`,
        "",
        `a = ${cls}(${r})`,
        `b = ${cls}(${r})`,
        `hand = [b, ${cls}(${other}), ${cls}(${r})]`,
        `print(a == b, a ${o.isAsEq ? "==" : "is"} b)`,
        o.identityIn
          ? `print(any(c is a for c in hand), sum(c is a for c in hand))`
          : "print(a in hand, hand.count(a))",
      ),
    );
    return {
      title: "__eq__, in and count",
      code: prog({}),
      distractors: [
        mut("py.dunder-dispatch", prog({ noEq: true })),
        mut("py.dunder-dispatch", prog({ identityIn: true })),
        mut("py.is-vs-eq", prog({ isAsEq: true })),
      ],
      trap: "__eq__",
      explanation: `\`__eq__\` is the trap: with it defined, \`==\`, \`in\` and \`count()\` compare by \`${attr}\`, so two cards of rank ${r} are equal; \`is\` still compares identity, and \`a\` and \`b\` are different objects. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "add-without-iadd", "medium", (rng) => {
    const cls = rng.pick(["Money", "Points", "Score", "Credits"]);
    const [x, y] = distinctInts(rng, 2, 1, 99);
    const prog = flagged((o: { inPlace?: boolean }) =>
      py(
        `class ${cls}:`,
        "    def __init__(self, cents):",
        "        self.cents = cents",
        "    def __add__(self, other):",
        `        return ${cls}(self.cents + other.cents)`,
        o.inPlace
          ? "    def __iadd__(self, other):\n        self.cents += other.cents\n        return self"
          : null,
        "",
        `a = ${cls}(${x})`,
        "b = a",
        `a += ${cls}(${y})`,
        "c = a + b",
        "print(a.cents, b.cents, c.cents, a is b)",
      ),
    );
    return {
      title: "+= on a class with only __add__",
      code: prog({}),
      distractors: [
        mut("py.iadd-fallback", prog({ inPlace: true })),
        val("py.iadd-fallback", `${x + y} ${x} ${2 * x + y} True`),
        val("py.iadd-fallback", `${x + y} ${x + y} ${2 * x + y} False`),
      ],
      trap: "__add__",
      explanation: `Only \`__add__\` is defined, which is the trap: there is no \`__iadd__\`, so \`a += ...\` becomes \`a = a + ...\`: \`__add__\` builds a NEW object (${x + y}) and rebinds \`a\`, while \`b\` still names the old one (${x}). Output: \`{{output}}\`.`,
    };
  }),

  fill(T, "call-the-parent-init", "medium", (rng) => {
    const [base, child] = rng.pick([
      ["Base", "Child"],
      ["Shape", "Square"],
      ["Vehicle", "Bike"],
      ["Account", "Savings"],
    ] as const);
    const [t1, t2] = rng.sample(["base", "core", "root", "setup", "extra", "child", "local"], 2);
    const n = rng.int(1, 99);
    return {
      title: "Run the parent's __init__",
      prompt: fillPrompt("line"),
      code: py(
        `class ${base}:`,
        "    def __init__(self):",
        `        self.tags = ["${t1}"]`,
        "",
        `class ${child}(${base}):`,
        "    def __init__(self, n):",
        `        ${BLANK}`,
        `        self.tags.append("${t2}")`,
        "        self.n = n",
        "",
        "try:",
        `    obj = ${child}(${n})`,
        "    print(obj.tags, obj.n)",
        "except AttributeError as e:",
        "    print(type(e).__name__)",
      ),
      answer: "super().__init__()",
      wrong: [
        { fragment: "self.n = n", rule: "py.super-init" },
        { fragment: "self.tags = []", rule: "py.super-init" },
        { fragment: `obj = ${base}()`, rule: "py.super-init" },
        { fragment: "super().__init__", rule: "py.super-init" },
      ],
      trap: "super().__init__()",
      explanation: `The blank needs \`super().__init__()\`: \`${child}.__init__\` replaces \`${base}.__init__\`, so the parent's setup only runs if you call it: \`super().__init__()\` creates \`self.tags\` before the child appends to it. (\`${base}()\` builds a separate object.)`,
    };
  }),

  predict(T, "diamond-mro-and-super", "hard", (rng) => {
    const [A, B, C, D] = rng.sample(
      ["Base", "Left", "Right", "Leaf", "Root", "Web", "Api", "App", "Core", "Mixin", "View", "Model"],
      4,
    ) as [string, string, string, string];
    const m = rng.pick(["who", "name", "tag", "trace"]);
    const sep = rng.pick(["", "-", ">", "."]);
    const prog = flagged((o: { parentCall?: boolean; swapBases?: boolean }) =>
      py(
        `class ${A}:`,
        `    def ${m}(self):`,
        `        return "${A}"`,
        `class ${B}(${A}):`,
        `    def ${m}(self):`,
        o.parentCall
          ? `        return "${B}${sep}" + ${A}.${m}(self)`
          : `        return "${B}${sep}" + super().${m}()`,
        `class ${C}(${A}):`,
        `    def ${m}(self):`,
        `        return "${C}${sep}" + super().${m}()`,
        `class ${D}(${o.swapBases ? `${C}, ${B}` : `${B}, ${C}`}):`,
        `    def ${m}(self):`,
        `        return "${D}${sep}" + super().${m}()`,
        "",
        `print(${D}().${m}())`,
        `print([k.__name__ for k in ${D}.__mro__][:-1])`,
      ),
    );
    return {
      title: "super() in a diamond",
      code: prog({}),
      distractors: [
        mut("py.mro-super", prog({ parentCall: true })),
        mut("py.mro-super", prog({ swapBases: true })),
        val("py.mro-super", `${[D, B, A].join(sep)}\n['${D}', '${B}', '${A}', '${C}']`),
        mut("py.mro-super", prog({ swapBases: true, parentCall: true })),
      ],
      trap: "super()",
      explanation: `\`super()\` is the trap: the MRO of \`${D}\` is ${D}, ${B}, ${C}, ${A} (each class once, parents after all their children), and \`super()\` in \`${B}\` moves to the NEXT class in that order, \`${C}\`, not to \`${B}\`'s own parent. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "shared-class-list", "hard", (rng) => {
    const cls = rng.pick(["Cart", "Basket", "Queue", "Log"]);
    const attr = rng.pick(["items", "entries", "lines", "data"]);
    const [x, y, z] = distinctInts(rng, 3, 1, 99);
    const prog = flagged((o: { perInstance?: boolean; clears?: boolean; noReset?: boolean }) =>
      py(
        `class ${cls}:`,
        o.perInstance ? `    def __init__(self):\n        self.${attr} = []` : `    ${attr} = []`,
        "    def add(self, x):",
        `        self.${attr}.append(x)`,
        "        return self",
        "    def reset(self):",
        o.clears ? `        self.${attr}.clear()` : `        self.${attr} = []`,
        "",
        `a, b = ${cls}(), ${cls}()`,
        `a.add(${x}).add(${y})`,
        o.noReset ? null : "b.reset()",
        `b.add(${z})`,
        `print(a.${attr}, b.${attr})`,
        o.perInstance
          ? `print(getattr(${cls}, "${attr}", None) is a.${attr})`
          : `print(${cls}.${attr} is a.${attr})`,
      ),
    );
    return {
      title: "A list as a class attribute",
      code: prog({}),
      distractors: [
        mut("py.class-attr-shared", prog({ perInstance: true })),
        mut("py.instance-attr-shadows", prog({ clears: true })),
        mut("py.instance-attr-shadows", prog({ noReset: true })),
      ],
      trap: `self.${attr} = []`,
      explanation: `\`self.${attr} = []\` in \`reset\` is the trap: \`${attr}\` is ONE list on the class, so \`a.add\` appends to the shared list; \`b.reset()\` assigns \`self.${attr} = []\`, giving \`b\` its own list that hides the class one, so ${z} goes only there. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "property-and-getattr", "hard", (rng) => {
    const cls = rng.pick(["Temp", "Gauge", "Sensor", "Reading"]);
    const floor = -rng.int(10, 99);
    const start = floor - rng.int(1, 50);
    const later = rng.int(1, 60);
    const [m1, m2] = rng.sample(["kelvin", "unit", "label", "scale", "max"], 2);
    const prog = flagged((o: { bypass?: boolean; always?: boolean; minInstead?: boolean }) =>
      py(
        `class ${cls}:`,
        "    def __init__(self, value):",
        o.bypass ? "        self._v = value" : "        self.value = value",
        "    @property",
        "    def value(self):",
        "        return self._v",
        "    @value.setter",
        "    def value(self, v):",
        `        self._v = ${o.minInstead ? "min" : "max"}(v, ${floor})`,
        `    def ${o.always ? "__getattribute__" : "__getattr__"}(self, name):`,
        '        return f"no {name}"',
        "",
        `t = ${cls}(${start})`,
        `print(t.value, t.${m1})`,
        `t.value = ${later}`,
        `print(t._v, t.${m2})`,
      ),
    );
    return {
      title: "A property setter and __getattr__",
      code: prog({}),
      distractors: [
        mut("py.attribute-lookup", prog({ bypass: true })),
        mut("py.attribute-lookup", prog({ always: true })),
        mut("py.attribute-lookup", prog({ minInstead: true })),
      ],
      trap: "self.value = value",
      explanation: `\`self.value = value\` is the trap: in \`__init__\` it already goes through the setter, which clamps ${start} up to ${floor}; \`__getattr__\` is only consulted for names that normal lookup cannot find, such as \`${m1}\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
  predict(T, "method-that-forgets-self", "easy", (rng) => {
    const cls = rng.pick(["Wallet", "Tally", "Meter", "Piggy"]);
    const attr = rng.pick(["total", "amount", "level", "sum_so_far"]);
    const [start, x, y, z] = distinctInts(rng, 4, 1, 40);
    const prog = flagged((o: { stores?: boolean; returnsAttr?: boolean; otherObject?: boolean }) =>
      py(
        `class ${cls}:`,
        `    ${attr} = ${start}`,
        "    def add(self, n):",
        o.stores ? `        self.${attr} = self.${attr} + n` : `        ${attr} = self.${attr} + n`,
        o.stores || o.returnsAttr ? `        return self.${attr}` : `        return ${attr}`,
        "",
        `c = ${cls}()`,
        `first = c.add(${x})`,
        o.otherObject ? `${cls}().${attr} = ${z}` : `c.${attr} = ${z}`,
        `print(first, c.add(${y}), c.${attr})`,
      ),
    );
    return {
      title: "A method that forgets self",
      code: prog({}),
      distractors: [
        mut("py.local-not-attribute", prog({ stores: true })),
        mut("py.returns-local-sum", prog({ returnsAttr: true })),
        mut("py.self-is-the-instance", prog({ otherObject: true })),
      ],
      trap: `${attr} = self.${attr} + n`,
      explanation: `\`${attr} = self.${attr} + n\` is the trap: it assigns a LOCAL variable, so \`add\` returns the sum but never changes \`self.${attr}\`, which still reads the class value ${start}. The object's attribute changes only when \`c.${attr} = ${z}\` sets it from outside, and the next \`add\` reads that value through \`self\`. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "numbering-with-a-class-counter", "easy", (rng) => {
    const cls = rng.pick(["Ticket", "Order", "Badge", "Invoice"]);
    const start = rng.pick([0, 100, 500, 1000]) + rng.int(0, 9);
    const count = rng.int(3, 4);
    const names = ["a", "b", "c", "d"].slice(0, count);
    const last = names[count - 1]!;
    const prog = flagged((o: { onSelf?: boolean; live?: boolean; early?: boolean }) => {
      const owner = o.onSelf ? "self" : cls;
      const count = `        ${owner}.issued += 1`;
      const store = o.live ? null : `        self.number = ${owner}.issued`;
      return py(
        `class ${cls}:`,
        `    issued = ${start}`,
        "    def __init__(self):",
        o.early ? store : count,
        o.early ? count : store,
        o.live ? `    @property\n    def number(self):\n        return ${cls}.issued` : null,
        "",
        `${names.join(", ")} = ${names.map(() => `${cls}()`).join(", ")}`,
        `print(a.number, ${last}.number, ${cls}.issued)`,
      );
    });
    return {
      title: "Numbering objects with a class counter",
      code: prog({}),
      distractors: [
        mut("py.instance-attr-shadows", prog({ onSelf: true })),
        mut("py.attribute-stores-value-now", prog({ live: true })),
        mut("py.off-by-one", prog({ early: true })),
      ],
      trap: `self.number = ${cls}.issued`,
      explanation: `\`self.number = ${cls}.issued\` is the trap: each \`__init__\` first raises the ONE class counter (\`${cls}.issued += 1\` changes the class attribute, not the object), then copies its current value into the new object; that copy does not follow later increments. Output: \`{{output}}\`.`,
    };
  }),

  fill(T, "chain-methods-that-return-self", "easy", (rng) => {
    const cls = rng.pick(["Account", "Wallet", "Jar", "Fund"]);
    const [b, x, y] = distinctInts(rng, 3, 2, 60);
    return {
      title: "Chaining methods that return self",
      prompt: fillPrompt("line"),
      code: py(
        `class ${cls}:`,
        `    balance = ${b}`,
        "    def deposit(self, amount):",
        "        self.balance += amount",
        "        return self",
        "",
        `acct = ${cls}()`,
        BLANK,
        "print(acct.balance)",
      ),
      answer: `acct.deposit(${x}).deposit(${y})`,
      wrong: [
        { fragment: `acct.deposit(${x}).deposit`, rule: "py.method-without-call" },
        { fragment: `${cls}().deposit(${x}).deposit(${y})`, rule: "py.new-object-separate" },
        { fragment: `acct.deposit(${x}) + ${y}`, rule: "py.returns-self-not-number" },
      ],
      trap: "return self",
      explanation: `The blank needs \`acct.deposit(${x}).deposit(${y})\`: \`deposit\` ends with \`return self\`, so its result is \`acct\` itself and the second \`.deposit(${y})\` adds to the same balance. Without the final parentheses the second deposit never runs, and \`${cls}()\` would be a different account, whose deposits \`acct\` never sees.`,
    };
  }),

  predict(T, "eq-without-hash", "medium", (rng) => {
    const cls = rng.pick(["Point", "Cell", "Spot", "Pos"]);
    const [x, y] = distinctInts(rng, 2, -9, 40);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["p", "q"],
      ["first", "second"],
      ["left", "right"],
    ] as const);
    const prog = flagged((o: { withHash?: boolean; noEq?: boolean; idHash?: boolean }) =>
      py(
        `class ${cls}:`,
        "    def __init__(self, x, y):",
        "        self.x, self.y = x, y",
        o.noEq ? null : "    def __eq__(self, other):",
        o.noEq ? null : "        return (self.x, self.y) == (other.x, other.y)",
        o.withHash ? "    def __hash__(self):\n        return hash((self.x, self.y))" : null,
        o.idHash ? "    __hash__ = object.__hash__" : null,
        "",
        `${a}, ${b} = ${cls}(${x}, ${y}), ${cls}(${x}, ${y})`,
        `print(${a} == ${b}, ${a} is ${b}, ${a} in [${b}])`,
        "try:",
        `    print(len({${a}, ${b}}))`,
        "except TypeError:",
        '    print("unhashable")',
      ),
    );
    return {
      title: "__eq__ without __hash__",
      code: prog({}),
      distractors: [
        mut("py.eq-removes-hash", prog({ withHash: true })),
        mut("py.dunder-dispatch", prog({ noEq: true })),
        mut("py.set-uses-hash-then-eq", prog({ idHash: true })),
      ],
      trap: `{${a}, ${b}}`,
      explanation: `\`{${a}, ${b}}\` is the trap: a class that defines \`__eq__\` but no \`__hash__\` gets \`__hash__ = None\`, so its instances are unhashable and building the set raises TypeError. \`==\` and \`in\` on a list only need \`__eq__\`, which compares the coordinates, while \`is\` still sees two objects. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "sum-of-objects-starts-at-zero", "medium", (rng) => {
    const cls = rng.pick(["Money", "Cost", "Points", "Coins"]);
    const w = rng.pick(["wallet", "items", "parts", "bills"]);
    const [p, q, r, s] = distinctInts(rng, 4, 1, 50);
    const prog = flagged((o: { radd?: boolean; startIgnored?: boolean; allInTry?: boolean }) =>
      py(
        `class ${cls}:`,
        "    def __init__(self, cents):",
        "        self.cents = cents",
        "    def __add__(self, other):",
        `        return ${cls}(self.cents + other.cents)`,
        o.radd ? `    def __radd__(self, other):\n        return ${cls}(self.cents + other)` : null,
        "",
        `${w} = [${cls}(${p}), ${cls}(${q}), ${cls}(${r})]`,
        "try:",
        `    print(sum(${w}).cents)`,
        o.allInTry
          ? `    print(sum(${w}, ${cls}(${s})).cents)\nexcept TypeError:\n    print("TypeError")`
          : 'except TypeError:\n    print("TypeError")',
        o.allInTry
          ? null
          : o.startIgnored
            ? `print(sum(${w}[1:], ${w}[0]).cents)`
            : `print(sum(${w}, ${cls}(${s})).cents)`,
      ),
    );
    return {
      title: "sum() over objects that only have __add__",
      code: prog({}),
      distractors: [
        mut("py.sum-starts-at-zero", prog({ radd: true })),
        mut("py.sum-start-added", prog({ startIgnored: true })),
        mut("py.exception-stops-block", prog({ allInTry: true })),
      ],
      trap: `sum(${w})`,
      explanation: `\`sum(${w})\` is the trap: \`sum\` starts from 0, so its first step is \`0 + ${cls}(${p})\`; int cannot add a ${cls} and the class has no \`__radd__\`, so it raises TypeError, which the except prints. \`sum(${w}, ${cls}(${s}))\` starts from a ${cls} instead, so every step is ${cls} + ${cls}, which \`__add__\` handles, and the start counts in the total. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "classmethod-alternative-constructor", "medium", (rng) => {
    const cls = rng.pick(["Point", "Size", "Pair", "Span"]);
    const sep = rng.pick([",", ";", "x", ":"]);
    const [a, b] = distinctInts(rng, 2, 2, 60);
    return {
      title: "Building an object in a class method",
      prompt: fillPrompt("expression"),
      code: py(
        `class ${cls}:`,
        "    def __init__(self, x, y):",
        "        self.x = x",
        "        self.y = y",
        "    @classmethod",
        "    def from_text(cls, text):",
        `        x, y = text.split("${sep}")`,
        `        return ${BLANK}`,
        "",
        `p = ${cls}.from_text("${a}${sep}${b}")`,
        "print(p.x + p.y, type(p).__name__)",
      ),
      answer: "cls(int(x), int(y))",
      wrong: [
        { fragment: "cls(x, y)", rule: "py.split-gives-strings" },
        { fragment: "(int(x), int(y))", rule: "py.classmethod-builds-with-cls" },
        { fragment: "cls.__init__(int(x), int(y))", rule: "py.init-does-not-create" },
      ],
      trap: "cls(int(x), int(y))",
      explanation: `The blank needs \`cls(int(x), int(y))\`: a class method receives the class itself as \`cls\`, and calling it runs \`__init__\` to build a new ${cls}; \`split\` returns strings, so \`int()\` is what makes \`p.x + p.y\` add numbers (${a} + ${b}) instead of joining text.`,
    };
  }),

  predict(T, "changing-a-hashed-object", "hard", (rng) => {
    const cls = rng.pick(["Tag", "Label", "Key", "Token"]);
    const [n1, n2, n3] = rng.sample(["red", "blue", "gold", "mint", "rust", "sand", "jade", "plum"], 3);
    const t = rng.pick(["t", "tag", "item", "k"]);
    const prog = flagged((o: { constHash?: boolean; plain?: boolean; copied?: boolean }) =>
      py(
        `class ${cls}:`,
        "    def __init__(self, name):",
        "        self.name = name",
        o.plain ? null : "    def __eq__(self, other):",
        o.plain ? null : "        return self.name == other.name",
        o.plain ? null : "    def __hash__(self):",
        o.plain ? null : o.constHash ? "        return 0" : "        return hash(self.name)",
        "",
        `${t} = ${cls}("${n1}")`,
        `s = {${o.copied ? `${cls}(${t}.name)` : t}, ${cls}("${n1}"), ${cls}("${n2}")}`,
        "print(len(s))",
        `${t}.name = "${n3}"`,
        `print(${t} in s, ${cls}("${n1}") in s, ${cls}("${n3}") in s)`,
      ),
    );
    return {
      title: "Changing an object inside a set",
      code: prog({}),
      distractors: [
        mut("py.hash-changes-lost", prog({ constHash: true })),
        mut("py.dunder-dispatch", prog({ plain: true })),
        mut("py.set-holds-the-object", prog({ copied: true })),
      ],
      trap: `${t}.name = "${n3}"`,
      explanation: `\`${t}.name = "${n3}"\` is the trap: the set holds \`${t}\` itself (the equal \`${cls}("${n1}")\` was not added again, so the length is 2), filed under the hash of "${n1}". After the name changes, \`${t} in s\` looks under the hash of "${n3}" and finds nothing there, and \`${cls}("${n1}")\` finds the old slot but the member is no longer equal to it. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "class-counter-in-a-subclass", "hard", (rng) => {
    const [B, C] = rng.pick([
      ["Base", "Child"],
      ["Shape", "Circle"],
      ["Animal", "Dog"],
      ["Widget", "Button"],
    ] as const);
    const start = rng.pick([0, 0, 10, 100]);
    const sim = (seq: string[], mode: "real" | "shared" | "childZero" | "instance") => {
      let b = start;
      let c: number | null = mode === "childZero" ? 0 : null;
      for (const k of seq) {
        if (mode === "instance") continue;
        if (mode === "shared" || k === B) b++;
        else c = (c ?? b) + 1;
      }
      return `${b} ${c ?? b} ${c !== null}`;
    };
    let seq: string[] = [];
    // The subclass must be made after the base class has counted something, and again after that.
    for (let attempt = 0; attempt < 60; attempt++) {
      seq = Array.from({ length: rng.int(4, 5) }, () => rng.pick([B, C]));
      const outs = (["real", "shared", "childZero", "instance"] as const).map((m) => sim(seq, m));
      if (seq[0] === B && seq.includes(C) && new Set(outs).size === 4) break;
    }
    const prog = flagged((o: { shared?: boolean; childZero?: boolean; instance?: boolean }) =>
      py(
        `class ${B}:`,
        `    count = ${start}`,
        "    @classmethod",
        "    def make(cls):",
        o.instance ? "        obj = cls()\n        obj.count += 1\n        return obj" : null,
        o.instance ? null : o.shared ? `        ${B}.count += 1` : "        cls.count += 1",
        o.instance ? null : "        return cls()",
        "",
        `class ${C}(${B}):`,
        o.childZero ? "    count = 0" : "    pass",
        "",
        `for k in [${seq.join(", ")}]:`,
        "    k.make()",
        `print(${B}.count, ${C}.count, "count" in ${C}.__dict__)`,
      ),
    );
    return {
      title: "A class counter in a subclass",
      code: prog({}),
      distractors: [
        mut("py.cls-attr-assign-on-subclass", prog({ shared: true })),
        mut("py.inherited-class-attr-read", prog({ childZero: true })),
        mut("py.instance-attr-shadows", prog({ instance: true })),
      ],
      trap: "cls.count += 1",
      explanation: `\`cls.count += 1\` is the trap: for \`${C}.make()\`, \`cls\` is ${C}; the first time, reading \`cls.count\` finds ${B}'s value, and the sum is stored on ${C} ITSELF, so from then on ${C} has its own counter (\`"count" in ${C}.__dict__\`) while \`${B}.make()\` keeps counting separately. Output: \`{{output}}\`.`,
    };
  }),

  predict(T, "nested-context-managers", "hard", (rng) => {
    const cls = rng.pick(["Step", "Scope", "Guard", "Stage"]);
    const [a, b] = rng.sample(["outer", "inner", "db", "file", "lock", "log", "net", "tmp"], 2);
    const err = rng.pick(["ValueError", "KeyError", "RuntimeError"]);
    const exitLine = (name: string, kind: string) => `exit ${name} ${kind}`;
    const prog = flagged((o: { none?: boolean; outerSwallows?: boolean }) =>
      py(
        `class ${cls}:`,
        "    def __init__(self, name):",
        "        self.name = name",
        "    def __enter__(self):",
        '        print("enter", self.name)',
        "        return self",
        "    def __exit__(self, kind, exc, tb):",
        '        print("exit", self.name, kind.__name__ if kind else None)',
        o.none ? "        return False" : `        return self.name == "${o.outerSwallows ? a : b}"`,
        "",
        `with ${cls}("${a}") as first, ${cls}("${b}"):`,
        '    print("body", first.name)',
        `    raise ${err}("stop")`,
        'print("after")',
      ),
    );
    return {
      title: "Two context managers and an exception",
      code: prog({}),
      distractors: [
        mut("py.exit-true-suppresses", prog({ none: true })),
        mut("py.inner-exit-sees-exception-first", prog({ outerSwallows: true })),
        val(
          "py.exit-reverse-order",
          [`enter ${a}`, `enter ${b}`, `body ${a}`, exitLine(a, "None"), exitLine(b, err), "after"].join(
            "\n",
          ),
        ),
      ],
      trap: `return self.name == "${b}"`,
      explanation: `\`return self.name == "${b}"\` is the trap: the managers exit in reverse order, so "${b}" exits first and sees the ${err}; its \`__exit__\` returns True, which swallows the exception, so "${a}" exits with no exception (None) and the program goes on after the with block. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
