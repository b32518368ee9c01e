import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { catalogFixture, languageLabelFixture as languageLabel } from "@/testing/fixtures";
import { HistorySearchSchema } from "../utils/history-search";
import { HistoryFilters } from "./history-filters";

const optionLabels = (select: HTMLElement) =>
  within(select)
    .getAllByRole("option")
    .map((o) => o.textContent);

describe("HistoryFilters", () => {
  it("reports each choice as search params, dropping the 'any' ones", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <HistoryFilters
        value={{ difficulty: "hard" }}
        catalog={catalogFixture}
        languageLabel={languageLabel}
        onChange={onChange}
      />,
    );

    await user.selectOptions(screen.getByLabelText("Status"), "wrong");
    expect(onChange).toHaveBeenLastCalledWith({ difficulty: "hard", status: "wrong" });

    await user.selectOptions(screen.getByLabelText("Difficulty"), "");
    expect(onChange).toHaveBeenLastCalledWith({});
  });

  it("offers only the chosen language's topics, and clears the topic when the language changes", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(
      <HistoryFilters
        value={{}}
        catalog={catalogFixture}
        languageLabel={languageLabel}
        onChange={onChange}
      />,
    );
    // Any language: each language's topics under its name, so same-named topics stay apart.
    const topic = screen.getByLabelText("Topic");
    const groups = within(topic).getAllByRole("group");
    expect(groups.map((g) => g.getAttribute("label"))).toEqual(
      catalogFixture.languages.map((l) => languageLabel(l.id)),
    );
    expect(optionLabels(topic)).toEqual([
      "Any topic",
      ...catalogFixture.languages.flatMap((l) => l.topics.map((t) => t.name)),
    ]);
    // Picking one sets its language as well.
    const first = catalogFixture.languages[0]!;
    await user.selectOptions(topic, `${first.id}/${first.topics[0]!.id}`);
    expect(onChange).toHaveBeenLastCalledWith({ language: first.id, topic: first.topics[0]!.id });

    rerender(
      <HistoryFilters
        value={{ language: "python" }}
        catalog={catalogFixture}
        languageLabel={languageLabel}
        onChange={onChange}
      />,
    );
    expect(optionLabels(screen.getByLabelText("Topic"))).toEqual(["Any topic", "Generators"]);

    rerender(
      <HistoryFilters
        value={{ language: "python", topic: "generators" }}
        catalog={catalogFixture}
        languageLabel={languageLabel}
        onChange={onChange}
      />,
    );
    await user.selectOptions(screen.getByLabelText("Language"), "javascript");
    expect(onChange).toHaveBeenLastCalledWith({ language: "javascript" });
  });

  it("shows the current filters as selected and clears them all at once", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <HistoryFilters
        value={{ difficulty: "easy", language: "javascript", topic: "arrays", status: "unanswered" }}
        catalog={catalogFixture}
        languageLabel={languageLabel}
        onChange={onChange}
      />,
    );
    expect(screen.getByLabelText("Difficulty")).toHaveValue("easy");
    expect(screen.getByLabelText("Language")).toHaveValue("javascript");
    expect(screen.getByLabelText("Topic")).toHaveValue("arrays");
    expect(screen.getByLabelText("Status")).toHaveValue("unanswered");

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(onChange).toHaveBeenLastCalledWith({});
  });

  it("disables 'Clear filters' when nothing is filtered", () => {
    render(
      <HistoryFilters
        value={{}}
        catalog={catalogFixture}
        languageLabel={languageLabel}
        onChange={() => {}}
      />,
    );
    expect(screen.getByRole("button", { name: "Clear filters" })).toBeDisabled();
  });
});

describe("HistorySearchSchema", () => {
  it("keeps valid filters and drops invalid ones instead of failing the page", () => {
    expect(
      HistorySearchSchema.parse({
        difficulty: "impossible",
        language: "python",
        topic: "Not A Slug!",
        status: "right",
      }),
    ).toEqual({ language: "python", status: "right" });
  });
});
