import type { Topic } from "@katagen/contract";
import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { arraysTemplates, arraysRules } from "./arrays";
import { asyncEventLoopTemplates, asyncEventLoopRules } from "./async-event-loop";
import { classesAndPrototypesTemplates, classesAndPrototypesRules } from "./classes-and-prototypes";
import { closuresAndScopeTemplates, closuresAndScopeRules } from "./closures-and-scope";
import { enumsTemplates, enumsRules } from "./enums";
import { genericsTemplates, genericsRules } from "./generics";
import { iteratorsAndGeneratorsTemplates, iteratorsAndGeneratorsRules } from "./iterators-and-generators";
import { objectsAndReferencesTemplates, objectsAndReferencesRules } from "./objects-and-references";
import { typescriptRules as sharedRules } from "./rules";
import { typeNarrowingTemplates, typeNarrowingRules } from "./type-narrowing";
import { unionsAndLiteralTypesTemplates, unionsAndLiteralTypesRules } from "./unions-and-literal-types";

export const typescriptTopics: Topic[] = [
  {
    id: "arrays",
    name: "Arrays",
    description: "Typed arrays in practice: slice vs splice, in-place sort, fill, reduce and friends.",
  },
  {
    id: "objects-and-references",
    name: "Objects and references",
    description: "Aliasing, shallow copies, readonly and const that do not freeze at runtime.",
  },
  {
    id: "closures-and-scope",
    name: "Closures and scope",
    description: "What closures capture, let vs var in loops, shadowing, hoisting and this.",
  },
  {
    id: "async-event-loop",
    name: "Async and the event loop",
    description: "Typed promises and async/await: microtasks, timers and the order things print.",
  },
  {
    id: "classes-and-prototypes",
    name: "Classes and prototypes",
    description:
      "Field initialisation order, parameter properties, private vs #private, overrides and static.",
  },
  {
    id: "iterators-and-generators",
    name: "Iterators and generators",
    description: "Typed generators: laziness, next(value), return values and one-shot iterators.",
  },
  {
    id: "type-narrowing",
    name: "Type narrowing",
    description:
      "typeof, in, instanceof, truthiness and discriminants as they behave at runtime; assertions that convert nothing.",
  },
  {
    id: "generics",
    name: "Generics",
    description: "Generic functions and classes whose type arguments are erased: what actually runs.",
  },
  {
    id: "enums",
    name: "Enums",
    description: "Numeric and string enums at runtime: auto-increment, reverse mapping and iteration.",
  },
  {
    id: "unions-and-literal-types",
    name: "Unions and literal types",
    description:
      "Discriminated unions, literal types, as const and never: what they check and what they don't.",
  },
];

export const typescriptTemplates: ChallengeTemplate[] = [
  ...arraysTemplates,
  ...objectsAndReferencesTemplates,
  ...closuresAndScopeTemplates,
  ...asyncEventLoopTemplates,
  ...classesAndPrototypesTemplates,
  ...iteratorsAndGeneratorsTemplates,
  ...typeNarrowingTemplates,
  ...genericsTemplates,
  ...enumsTemplates,
  ...unionsAndLiteralTypesTemplates,
];

export const typescriptRules: MisconceptionRule[] = [
  ...sharedRules,
  ...arraysRules,
  ...asyncEventLoopRules,
  ...classesAndPrototypesRules,
  ...closuresAndScopeRules,
  ...enumsRules,
  ...genericsRules,
  ...iteratorsAndGeneratorsRules,
  ...objectsAndReferencesRules,
  ...typeNarrowingRules,
  ...unionsAndLiteralTypesRules,
];
