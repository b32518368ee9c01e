import type { Topic } from "@katagen/contract";
import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { classesAndDunderMethodsTemplates, classesAndDunderMethodsRules } from "./classes-and-dunder-methods";
import { comprehensionsTemplates, comprehensionsRules } from "./comprehensions";
import { dictsAndSetsTemplates, dictsAndSetsRules } from "./dicts-and-sets";
import { exceptionsTemplates, exceptionsRules } from "./exceptions";
import { generatorsTemplates, generatorsRules } from "./generators";
import {
  integerAndFloatArithmeticTemplates,
  integerAndFloatArithmeticRules,
} from "./integer-and-float-arithmetic";
import { listsAndSlicingTemplates, listsAndSlicingRules } from "./lists-and-slicing";
import { mutabilityAndAliasingTemplates, mutabilityAndAliasingRules } from "./mutability-and-aliasing";
import { recursionTemplates, recursionRules } from "./recursion";
import { scopeAndClosuresTemplates, scopeAndClosuresRules } from "./scope-and-closures";
import { sortingAndKeyFunctionsTemplates, sortingAndKeyFunctionsRules } from "./sorting-and-key-functions";
import { stringFormattingTemplates, stringFormattingRules } from "./string-formatting";

import { pythonRules as sharedRules } from "./rules";

export const pythonTopics: Topic[] = [
  {
    id: "lists-and-slicing",
    name: "Lists and slicing",
    description: "Indexing, slices with steps, and the list methods that grow or shrink a list.",
  },
  {
    id: "dicts-and-sets",
    name: "Dicts and sets",
    description: "Insertion order, merging, default lookups, equal keys and set operations.",
  },
  {
    id: "mutability-and-aliasing",
    name: "Mutability and aliasing",
    description: "Names versus objects: shared lists, copies, default arguments and immutable strings.",
  },
  {
    id: "comprehensions",
    name: "Comprehensions",
    description: "List, dict and set comprehensions, filters, nested for clauses and their scope.",
  },
  {
    id: "scope-and-closures",
    name: "Scope and closures",
    description: "LEGB lookup, global and nonlocal, UnboundLocalError and late-binding closures.",
  },
  {
    id: "generators",
    name: "Generators",
    description: "Lazy evaluation, exhaustion, yield from, send and generator return values.",
  },
  {
    id: "exceptions",
    name: "Exceptions",
    description: "try/except/else/finally flow, handler order, the exception hierarchy and propagation.",
  },
  {
    id: "string-formatting",
    name: "String formatting",
    description: "f-string format specs, split, strip, join and other string methods.",
  },
  {
    id: "integer-and-float-arithmetic",
    name: "Integer and float arithmetic",
    description: "True and floor division, % with negatives, float precision and banker's rounding.",
  },
  {
    id: "sorting-and-key-functions",
    name: "Sorting and key functions",
    description: "sorted versus sort, key functions, stability, reverse and tuple ordering.",
  },
  {
    id: "classes-and-dunder-methods",
    name: "Classes and dunder methods",
    description:
      "Class versus instance attributes, __str__/__repr__, __eq__, operators, properties, super() and the MRO.",
  },
  {
    id: "recursion",
    name: "Recursion",
    description:
      "Base cases, work before and after the recursive call, call counts and recursive generators.",
  },
];

export const pythonTemplates: ChallengeTemplate[] = [
  ...listsAndSlicingTemplates,
  ...dictsAndSetsTemplates,
  ...mutabilityAndAliasingTemplates,
  ...comprehensionsTemplates,
  ...scopeAndClosuresTemplates,
  ...generatorsTemplates,
  ...exceptionsTemplates,
  ...stringFormattingTemplates,
  ...integerAndFloatArithmeticTemplates,
  ...sortingAndKeyFunctionsTemplates,
  ...classesAndDunderMethodsTemplates,
  ...recursionTemplates,
];

export const pythonRules: MisconceptionRule[] = [
  ...sharedRules,
  ...classesAndDunderMethodsRules,
  ...comprehensionsRules,
  ...dictsAndSetsRules,
  ...exceptionsRules,
  ...generatorsRules,
  ...integerAndFloatArithmeticRules,
  ...listsAndSlicingRules,
  ...mutabilityAndAliasingRules,
  ...recursionRules,
  ...scopeAndClosuresRules,
  ...sortingAndKeyFunctionsRules,
  ...stringFormattingRules,
];
