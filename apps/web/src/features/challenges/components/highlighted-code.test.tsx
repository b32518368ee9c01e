import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import HighlightedCode from "./highlighted-code";

/** WCAG relative luminance of an `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+/g)!.map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const BACKGROUND = luminance("rgb(30, 30, 30)");
const contrast = (colour: string) => {
  const l = luminance(colour);
  return (Math.max(l, BACKGROUND) + 0.05) / (Math.min(l, BACKGROUND) + 0.05);
};

describe("HighlightedCode", () => {
  it("colours every token of a program with AA contrast on the code block's background", () => {
    const code = [
      "const MAX_SIZE: number = 3; // a comment",
      'enum Color { Red = "RED" }',
      "console.log(`${MAX_SIZE}`, /ab+/g.test('abb'), Color.Red, null, true, 2 ** 8);",
    ].join("\n");
    const { container } = render(<HighlightedCode code={code} language="typescript" />);
    const colours = new Set(
      [...container.querySelectorAll<HTMLElement>("span.token")].map((t) => t.style.color).filter(Boolean),
    );
    expect(colours.size).toBeGreaterThan(3);
    for (const colour of colours) expect(contrast(colour), colour).toBeGreaterThanOrEqual(4.5);
  });
});
