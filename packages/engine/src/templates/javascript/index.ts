import type { Topic } from "@katagen/contract";
import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { arraysTemplates, arraysRules } from "./arrays";
import { asyncEventLoopTemplates, asyncEventLoopRules } from "./async-event-loop";
import { classesAndPrototypesTemplates, classesAndPrototypesRules } from "./classes-and-prototypes";
import { closuresAndScopeTemplates, closuresAndScopeRules } from "./closures-and-scope";
import { equalityAndCoercionTemplates, equalityAndCoercionRules } from "./equality-and-coercion";
import { errorsTemplates, errorsRules } from "./errors";
import { hoistingAndTdzTemplates, hoistingAndTdzRules } from "./hoisting-and-tdz";
import { iteratorsAndGeneratorsTemplates, iteratorsAndGeneratorsRules } from "./iterators-and-generators";
import { numbersAndFloatingPointTemplates, numbersAndFloatingPointRules } from "./numbers-and-floating-point";
import { objectsAndReferencesTemplates, objectsAndReferencesRules } from "./objects-and-references";
import { recursionTemplates, recursionRules } from "./recursion";
import { stringsTemplates, stringsRules } from "./strings";

import { javascriptRules as sharedRules } from "./rules";

export const javascriptTopics: Topic[] = [
  {
    id: "arrays",
    name: "Arrays",
    description: "Indexing, slicing, sorting and which array methods mutate in place.",
  },
  {
    id: "strings",
    name: "Strings",
    description: "Immutable strings, slicing, splitting, comparing and building text.",
  },
  {
    id: "objects-and-references",
    name: "Objects and references",
    description: "Aliasing, shallow versus deep copies and mutation through references.",
  },
  {
    id: "closures-and-scope",
    name: "Closures and scope",
    description: "What functions capture, block versus function scope, and shadowing.",
  },
  {
    id: "hoisting-and-tdz",
    name: "Hoisting and the TDZ",
    description: "var hoisting, function declarations and the temporal dead zone of let, const and class.",
  },
  {
    id: "equality-and-coercion",
    name: "Equality and coercion",
    description: "== versus ===, truthiness, NaN and how + and - convert their operands.",
  },
  {
    id: "async-event-loop",
    name: "Async and the event loop",
    description: "Ordering of synchronous code, promise microtasks, timers and await.",
  },
  {
    id: "classes-and-prototypes",
    name: "Classes and prototypes",
    description: "Prototype lookup, this binding, inheritance, overriding and static members.",
  },
  {
    id: "iterators-and-generators",
    name: "Iterators and generators",
    description: "Lazy generators, the iterator protocol, exhaustion and yield.",
  },
  {
    id: "numbers-and-floating-point",
    name: "Numbers and floating point",
    description: "Floating-point error, rounding, division, parsing and the safe-integer limit.",
  },
  {
    id: "errors",
    name: "Errors",
    description: "try/catch/finally flow, error classes, rethrowing and rejected promises.",
  },
  {
    id: "recursion",
    name: "Recursion",
    description: "Base cases, call order, repeated work, backtracking and recursive generators.",
  },
];

export const javascriptTemplates: ChallengeTemplate[] = [
  ...arraysTemplates,
  ...stringsTemplates,
  ...objectsAndReferencesTemplates,
  ...closuresAndScopeTemplates,
  ...hoistingAndTdzTemplates,
  ...equalityAndCoercionTemplates,
  ...asyncEventLoopTemplates,
  ...classesAndPrototypesTemplates,
  ...iteratorsAndGeneratorsTemplates,
  ...numbersAndFloatingPointTemplates,
  ...errorsTemplates,
  ...recursionTemplates,
];

export const javascriptRules: MisconceptionRule[] = [
  ...sharedRules,
  ...arraysRules,
  ...asyncEventLoopRules,
  ...classesAndPrototypesRules,
  ...closuresAndScopeRules,
  ...equalityAndCoercionRules,
  ...errorsRules,
  ...hoistingAndTdzRules,
  ...iteratorsAndGeneratorsRules,
  ...numbersAndFloatingPointRules,
  ...objectsAndReferencesRules,
  ...recursionRules,
  ...stringsRules,
];
