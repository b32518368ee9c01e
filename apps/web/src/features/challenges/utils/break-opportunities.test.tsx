import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { withBreakOpportunities } from "./break-opportunities";

const html = (text: string) => render(<code>{withBreakOpportunities(text)}</code>).container.innerHTML;

describe("withBreakOpportunities", () => {
  it("lets a line without spaces wrap after dots, opening brackets and commas instead of inside a name", () => {
    expect(html("console.log(inputs.filter(Boolean).length);")).toBe(
      "<code>console.<wbr>log(<wbr>inputs.<wbr>filter(<wbr>Boolean).<wbr>length);</code>",
    );
    expect(html("f(a,b)")).toBe("<code>f(<wbr>a,<wbr>b)</code>");
  });

  it("adds nothing where a space already allows a wrap, and keeps the text a learner copies unchanged", () => {
    expect(html("x = [1, 2]")).toBe("<code>x = [<wbr>1, 2]</code>");
    expect(html("plain words")).toBe("<code>plain words</code>");
    const { container } = render(<code>{withBreakOpportunities("a.b(c,d)")}</code>);
    expect(container.textContent).toBe("a.b(c,d)");
  });

  it("ends a token that ends in a dot or an opening bracket with an opportunity before the next token", () => {
    expect(html("console.")).toBe("<code>console.<wbr></code>");
    expect(html("(")).toBe("<code>(<wbr></code>");
  });
});
