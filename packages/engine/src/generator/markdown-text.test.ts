import { describe, expect, it } from "vitest";
import { escapeDunders } from "./markdown-text";

describe("escapeDunders", () => {
  it("escapes a bare dunder name so Markdown shows it instead of bold text", () => {
    expect(escapeDunders("sum() starts at 0, so it needs __radd__ too.")).toBe(
      "sum() starts at 0, so it needs \\_\\_radd\\_\\_ too.",
    );
    expect(escapeDunders("__eq__ without __hash__")).toBe("\\_\\_eq\\_\\_ without \\_\\_hash\\_\\_");
    expect(escapeDunders("__class_getitem__(")).toBe("\\_\\_class_getitem\\_\\_(");
  });

  it("leaves code spans, fenced blocks, snake_case and strong emphasis alone", () => {
    const text = "In `def __init__(self)` and\n```python\nx.__dict__\n```\nmy_var, **bold**, __ ok";
    expect(escapeDunders(text)).toBe(text);
    expect(escapeDunders("``a `__x__` b``")).toBe("``a `__x__` b``");
  });
});
