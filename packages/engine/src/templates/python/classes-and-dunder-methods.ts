import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, distinctInts, fill, fillPrompt, flagged, mut, predict, py, val } from "./helpers";

const T = "classes-and-dunder-methods";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const classesAndDunderMethodsRules: MisconceptionRule[] = [
  {
    id: "py.instance-assign-own",
    feedback:
      "Assigning to an attribute through an instance creates that attribute on the instance only; the class attribute, which the other instances read, stays as it was.",
    requires: { all: ["class", "+="] },
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
        mut("py.alias-vs-copy", prog({ copies: true })),
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
        val("py.alias-vs-copy", `${x + y} ${x} ${2 * x + y} True`),
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
];
