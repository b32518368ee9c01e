import type { Topic } from "@katagen/contract";
import type { ChallengeTemplate } from "../../types";
import { arraysTemplates } from "./arrays";
import { asyncEventLoopTemplates } from "./async-event-loop";
import { classesAndPrototypesTemplates } from "./classes-and-prototypes";
import { closuresAndScopeTemplates } from "./closures-and-scope";
import { enumsTemplates } from "./enums";
import { genericsTemplates } from "./generics";
import { iteratorsAndGeneratorsTemplates } from "./iterators-and-generators";
import { objectsAndReferencesTemplates } from "./objects-and-references";
import { typescriptRules } from "./rules";
import { typeNarrowingTemplates } from "./type-narrowing";
import { unionsAndLiteralTypesTemplates } from "./unions-and-literal-types";

export { typescriptRules };

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
