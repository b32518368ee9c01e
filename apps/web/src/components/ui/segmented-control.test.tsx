import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { SegmentedControl } from "./segmented-control";

const OPTIONS = [
  { value: "easy", label: "Easy" },
  { value: "medium", label: "Medium" },
  { value: "hard", label: "Hard" },
] as const;

function Harness({ initial = "easy" }: { initial?: "easy" | "medium" | "hard" }) {
  const [value, setValue] = useState<"easy" | "medium" | "hard">(initial);
  return (
    <>
      <SegmentedControl legend="Difficulty" options={OPTIONS} value={value} onChange={setValue} />
      <output>{value}</output>
    </>
  );
}

describe("SegmentedControl", () => {
  it("is a named radio group with exactly the current value checked", () => {
    render(<Harness initial="medium" />);
    const group = screen.getByRole("group", { name: "Difficulty" });
    expect(group).toBeInTheDocument();
    const radios = screen.getAllByRole("radio");
    expect(radios.map((r) => r.getAttribute("value"))).toEqual(["easy", "medium", "hard"]);
    expect(screen.getByRole("radio", { name: "Medium" })).toBeChecked();
    expect(radios.filter((r) => (r as HTMLInputElement).checked)).toHaveLength(1);
    // One group name, so the browser gives the whole group a single tab stop and arrow-key movement.
    expect(new Set(radios.map((r) => r.getAttribute("name"))).size).toBe(1);
  });

  it("selects a segment when its label is clicked", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByText("Hard"));
    expect(screen.getByRole("radio", { name: "Hard" })).toBeChecked();
    expect(screen.getByRole("status")).toHaveTextContent("hard");
  });

  it("jumps to the first and last segment with Home and End", async () => {
    const user = userEvent.setup();
    render(<Harness initial="medium" />);
    screen.getByRole("radio", { name: "Medium" }).focus();
    await user.keyboard("{End}");
    expect(screen.getByRole("radio", { name: "Hard" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Hard" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(screen.getByRole("radio", { name: "Easy" })).toBeChecked();
  });
});
