import type { ChallengeRun } from "@katagen/contract";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installFakeApi } from "@/testing/fake-api";
import { renderWithQuery } from "@/testing/render-with-query";
import { SeeTheRun } from "./see-the-run";

afterEach(() => vi.unstubAllGlobals());

const CODE = [
  "const log = [];",
  "setTimeout(() => console.log(log.join(' ')), 0);",
  "Promise.resolve().then(() => log.push('b'));",
  "log.push('a');",
  "console.log(log.length);",
].join("\n");

const RUN: ChallengeRun = {
  trace: {
    language: "javascript",
    code: CODE,
    steps: [
      { line: 5, output: "1\n", values: [{ name: "log", value: "[ 'a' ]" }], queue: "sync" },
      { line: 2, output: "a b\n", values: [{ name: "log", value: "[ 'a', 'b' ]" }], queue: "timer" },
    ],
  },
};

function open(run: ChallengeRun | { status: number; body: unknown }) {
  const api = installFakeApi({
    "GET /api/challenges/ch_1/run": () => ("trace" in run ? { body: run } : run),
  });
  renderWithQuery(<SeeTheRun challenge={{ id: "ch_1", code: CODE }} languageLabel="JavaScript" />);
  return api;
}

describe("SeeTheRun", () => {
  it("fetches the run only when opened, then steps with → and ← from the keyboard", async () => {
    const user = userEvent.setup();
    const api = open(RUN);
    expect(api.requests).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "See the run" }));

    const view = await screen.findByRole("group", { name: "Run of the program, step by step" });
    expect(view).toHaveFocus();
    expect(within(view).getByText("Step 1 of 2")).toBeInTheDocument();
    expect(within(view).getByText("Ran from synchronous code")).toBeInTheDocument();
    expect(screen.getByTestId("printed-so-far")).toHaveTextContent(/^1$/);
    const current = () => view.querySelector('[aria-current="step"]');
    expect(current()).toHaveTextContent("console.log(log.length);");
    const values = within(view).getByRole("region", { name: "Values on line 5" });
    expect(values).toHaveTextContent("log= [ 'a' ]");

    await user.keyboard("{ArrowRight}");
    expect(within(view).getByText("Step 2 of 2")).toBeInTheDocument();
    expect(within(view).getByText("Ran from a timer callback")).toBeInTheDocument();
    expect(screen.getByTestId("printed-so-far").textContent).toBe("1\na b");
    expect(current()).toHaveTextContent("setTimeout(");
    // Past the last step nothing moves.
    await user.keyboard("{ArrowRight}");
    expect(within(view).getByText("Step 2 of 2")).toBeInTheDocument();

    await user.keyboard("{ArrowLeft}");
    expect(within(view).getByText("Step 1 of 2")).toBeInTheDocument();
    await user.click(within(view).getByRole("button", { name: /Next/ }));
    expect(within(view).getByText("Step 2 of 2")).toBeInTheDocument();
    expect(api.requests.map((r) => r.path)).toEqual(["/api/challenges/ch_1/run"]);
  });

  it("says so when the run cannot be shown faithfully", async () => {
    const user = userEvent.setup();
    open({ trace: null });
    await user.click(screen.getByRole("button", { name: "See the run" }));
    expect(await screen.findByText("This run cannot be shown step by step")).toBeInTheDocument();
  });

  it("shows the API's problem when the run is refused", async () => {
    const user = userEvent.setup();
    open({
      status: 409,
      body: { type: "about:blank", title: "Not answered yet", status: 409, detail: "Answer it first." },
    });
    await user.click(screen.getByRole("button", { name: "See the run" }));
    expect(await screen.findByText("Answer it first.")).toBeInTheDocument();
  });

  it("is not offered for a challenge without a program", () => {
    installFakeApi({});
    renderWithQuery(<SeeTheRun challenge={{ id: "ch_2", code: null }} languageLabel="JavaScript" />);
    expect(screen.queryByRole("button", { name: "See the run" })).toBeNull();
  });
});
