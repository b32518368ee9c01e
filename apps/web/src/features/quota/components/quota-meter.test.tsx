import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { quotaFixture } from "@/testing/fixtures";
import { QuotaMeterView } from "./quota-meter";

const now = new Date("2026-11-27T02:48:00.000Z");

describe("QuotaMeterView", () => {
  it("shows 'N of L left · resets in 5 h 12 min' as text and as a meter with the same words", () => {
    render(<QuotaMeterView quota={quotaFixture({ limit: 10, remaining: 3 })} now={now} />);
    expect(screen.getByText("3 of 10 left · resets in 5 h 12 min")).toBeInTheDocument();
    const meter = screen.getByRole("meter", { name: "Challenge generations left in this 24-hour window" });
    expect(meter).toHaveAttribute("aria-valuenow", "3");
    expect(meter).toHaveAttribute("aria-valuemin", "0");
    expect(meter).toHaveAttribute("aria-valuemax", "10");
    expect(meter).toHaveAttribute("aria-valuetext", "3 of 10 left · resets in 5 h 12 min");
    expect(meter.firstElementChild).toHaveStyle({ width: "30%" });
  });

  it("draws an empty bar at zero quota and with a zero limit", () => {
    const { rerender } = render(<QuotaMeterView quota={quotaFixture({ remaining: 0 })} now={now} />);
    expect(screen.getByRole("meter").firstElementChild).toHaveStyle({ width: "0%" });
    rerender(<QuotaMeterView quota={quotaFixture({ limit: 0, remaining: 0 })} now={now} />);
    expect(screen.getByText(/^0 of 0 left/)).toBeInTheDocument();
    expect(screen.getByRole("meter").firstElementChild).toHaveStyle({ width: "0%" });
  });
});
