import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installFakeApi } from "@/testing/fake-api";
import { answerFixture, challengeFixture } from "@/testing/fixtures";
import { renderWithQuery } from "@/testing/render-with-query";
import { ARM_DELAY_MS } from "../utils/use-deliberate-clicks";
import { ChallengeCard, choiceForKey } from "./challenge-card";

afterEach(() => vi.unstubAllGlobals());

/** The API's answer endpoint with option A as the key. */
function answerApi() {
  return installFakeApi({
    "POST /api/challenges/ch_1/answer": (request) => ({
      body: answerFixture((request.body as { choice: number }).choice, 0),
    }),
    "POST /api/challenges/ch_2/answer": (request) => ({
      body: answerFixture((request.body as { choice: number }).choice, 0),
    }),
  });
}

/** The learner reads the question, then moves the pointer: from then on a click is a choice. */
async function readThenMovePointer() {
  await new Promise((resolve) => setTimeout(resolve, ARM_DELAY_MS));
  fireEvent.pointerMove(document, { movementX: 4, movementY: 2 });
}

describe("choiceForKey", () => {
  it("maps 1–4 and A–D (either case) to options 0–3 and ignores other keys", () => {
    expect(["1", "2", "3", "4"].map(choiceForKey)).toEqual([0, 1, 2, 3]);
    expect(["a", "B", "c", "D"].map(choiceForKey)).toEqual([0, 1, 2, 3]);
    expect(["0", "5", "e", "Enter", "ArrowDown", "Alt"].map(choiceForKey)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("ChallengeCard", () => {
  it(
    "shows the title, the markdown prompt, the highlighted code and four answer buttons",
    { timeout: 30_000 },
    async () => {
      renderWithQuery(
        <ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} topicLabel="Arrays" />,
      );
      expect(screen.getByRole("heading", { level: 2, name: "What slice() returns" })).toBeInTheDocument();
      // Markdown and highlighting load lazily; until then the raw text is already readable.
      const code = screen.getByRole("region", { name: "JavaScript program" });
      expect(code).toHaveTextContent('const fruit = ["peach", "grape", "plum"];');
      // (The first lazy import is transformed on demand, which can take seconds on a busy machine.)
      expect(
        await screen.findByText("print", { selector: "strong" }, { timeout: 15_000 }),
      ).toBeInTheDocument();
      await waitFor(() => expect(within(code).getAllByText("const")[0]).toHaveAttribute("style"), {
        timeout: 15_000,
      });
      expect(code).toHaveTextContent('const fruit = ["peach", "grape", "plum"];');
      expect(screen.getByText("Arrays")).toBeInTheDocument();
      const buttons = screen.getAllByRole("button");
      expect(buttons.map((b) => b.getAttribute("aria-label"))).toEqual([
        "A: peach, grape",
        "B: peach, grape, plum",
        "C: grape, plum",
        "D: peach",
      ]);
      expect(buttons[0]).toHaveAttribute("aria-keyshortcuts", "1 A");
    },
  );

  it("answers with a number key and reveals a wrong verdict, the key, the explanation and every option's reason", async () => {
    const user = userEvent.setup();
    const api = answerApi();
    const onAnswered = vi.fn();
    renderWithQuery(
      <ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} onAnswered={onAnswered} />,
    );

    await user.keyboard("3");

    const verdict = await screen.findByText("Wrong. You picked C; the answer is A.");
    expect(verdict.closest("[role=status]")).toHaveFocus();
    expect(api.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(api.requests[0]!.body).toEqual({ choice: 2 });
    const options = within(screen.getByRole("list", { name: "Options and why" })).getAllByRole("listitem");
    expect(options[0]).toHaveTextContent("Correct answer");
    expect(options[2]).toHaveTextContent("Your answer");
    expect(options[2]).toHaveTextContent("Indexes start at 0, not 1.");
    expect(options[1]).toHaveTextContent("slice's end index is excluded");
    expect(screen.getByRole("heading", { name: "Explanation" })).toBeInTheDocument();
    expect(
      screen.getByText("slice(0, 2) copies the items at indexes 0 and 1; the end index is excluded."),
    ).toBeInTheDocument();
    expect(onAnswered).toHaveBeenCalledWith(expect.objectContaining({ correct: false, choice: 2 }));
    // Answered: no more buttons, and further keys do nothing.
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    await user.keyboard("1");
    expect(api.requests).toHaveLength(1);
  });

  it("answers with a letter key and says right in words, not only colour", async () => {
    const user = userEvent.setup();
    answerApi();
    renderWithQuery(<ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} />);
    await user.keyboard("a");
    expect(await screen.findByText("Right! A is the answer.")).toBeInTheDocument();
  });

  it("answers by clicking an option", async () => {
    const user = userEvent.setup();
    const api = answerApi();
    renderWithQuery(<ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} />);
    await readThenMovePointer();
    await user.click(screen.getByRole("button", { name: "D: peach" }));
    expect(await screen.findByText("Wrong. You picked D; the answer is A.")).toBeInTheDocument();
    expect(api.requests[0]!.body).toEqual({ choice: 3 });
  });

  it("ignores a click that lands before the question has been on screen a moment", async () => {
    const user = userEvent.setup();
    const api = answerApi();
    renderWithQuery(<ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} />);
    await user.click(screen.getByRole("button", { name: "D: peach" }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.requests).toHaveLength(0);
    expect(screen.getByRole("button", { name: "D: peach" })).toBeInTheDocument();
  });

  it("ignores a click after the delay when the pointer has not moved since the question appeared", async () => {
    const api = answerApi();
    renderWithQuery(<ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} />);
    await new Promise((resolve) => setTimeout(resolve, ARM_DELAY_MS));
    // A click with no pointer movement before it, as the rest of a burst on Generate arrives.
    fireEvent.pointerDown(screen.getByRole("button", { name: "D: peach" }), { pointerType: "mouse" });
    fireEvent.click(screen.getByRole("button", { name: "D: peach" }), { detail: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.requests).toHaveLength(0);
    // Enter on a focused option (a click with detail 0) answers at once.
    fireEvent.click(screen.getByRole("button", { name: "D: peach" }), { detail: 0 });
    expect(await screen.findByText("Wrong. You picked D; the answer is A.")).toBeInTheDocument();
  });

  it("sends one answer for a double click", async () => {
    const api = answerApi();
    renderWithQuery(<ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} />);
    const option = screen.getByRole("button", { name: "B: peach, grape, plum" });
    await readThenMovePointer();
    fireEvent.click(option, { detail: 1 });
    fireEvent.click(option, { detail: 2 });
    await screen.findByText("Wrong. You picked B; the answer is A.");
    expect(api.requests).toHaveLength(1);
  });

  it("ignores answer keys typed into a field and keys with modifiers", async () => {
    const user = userEvent.setup();
    const api = answerApi();
    renderWithQuery(
      <>
        <input aria-label="Notes" />
        <ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} />
      </>,
    );
    await user.click(screen.getByRole("textbox", { name: "Notes" }));
    await user.keyboard("abc12");
    await user.keyboard("{Control>}2{/Control}");
    expect(api.requests).toHaveLength(0);
    expect(screen.getByRole("textbox", { name: "Notes" })).toHaveValue("abc12");
  });

  it("with focus-scoped shortcuts, answers only while focus is inside the card", async () => {
    const user = userEvent.setup();
    const api = answerApi();
    renderWithQuery(
      <>
        <button type="button">Elsewhere</button>
        <ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} shortcuts="focus" />
      </>,
    );
    screen.getByRole("button", { name: "Elsewhere" }).focus();
    await user.keyboard("2");
    expect(api.requests).toHaveLength(0);
    screen.getByRole("button", { name: "A: peach, grape" }).focus();
    await user.keyboard("2");
    await screen.findByText("Wrong. You picked B; the answer is A.");
  });

  it("with focus-scoped shortcuts, answers while focus is on the button that opened the card, or on nothing", async () => {
    const user = userEvent.setup();
    const api = answerApi();
    renderWithQuery(
      <>
        <button type="button" aria-controls="panel">
          Answer it
        </button>
        <div id="panel">
          <ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} shortcuts="focus" />
        </div>
        <input aria-label="Notes" />
      </>,
    );
    screen.getByRole("textbox", { name: "Notes" }).focus();
    await user.keyboard("b");
    expect(api.requests).toHaveLength(0);
    screen.getByRole("button", { name: "Answer it" }).focus();
    await user.keyboard("2");
    await screen.findByText("Wrong. You picked B; the answer is A.");
  });

  it("with focus-scoped shortcuts and nothing focused, the keys go to the card opened last", async () => {
    const user = userEvent.setup();
    const api = answerApi();
    renderWithQuery(
      <>
        <ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} shortcuts="focus" />
        <ChallengeCard
          languageLabel="JavaScript"
          challenge={challengeFixture({ id: "ch_2", title: "Another one" })}
          shortcuts="focus"
        />
      </>,
    );
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard("3");
    await waitFor(() => expect(api.requests).toHaveLength(1));
    expect(api.requests[0]!.path).toBe("/api/challenges/ch_2/answer");
  });

  it("starts a different challenge unanswered, even in the same place on the page", async () => {
    const user = userEvent.setup();
    answerApi();
    const { rerender } = renderWithQuery(
      <ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} />,
    );
    await user.keyboard("1");
    await screen.findByText("Right! A is the answer.");

    rerender(
      <ChallengeCard
        languageLabel="JavaScript"
        challenge={challengeFixture({ id: "ch_2", title: "Another one" })}
      />,
    );

    expect(screen.getByRole("heading", { name: "Another one" })).toBeInTheDocument();
    expect(screen.queryByText(/^(Right!|Wrong\.)/)).not.toBeInTheDocument();
    expect(screen.getAllByRole("button")).toHaveLength(4);
  });

  it("shows a stored answer straight away", () => {
    renderWithQuery(
      <ChallengeCard
        languageLabel="JavaScript"
        challenge={{ ...challengeFixture(), answer: answerFixture(1, 0) }}
      />,
    );
    expect(screen.getByText("Wrong. You picked B; the answer is A.")).toBeInTheDocument();
    expect(screen.queryAllByRole("button")).toHaveLength(0);
  });

  it("says when an answer could not be saved, and lets the learner try again", async () => {
    const user = userEvent.setup();
    let fail = true;
    installFakeApi({
      "POST /api/challenges/ch_1/answer": () => (fail ? "network-error" : { body: answerFixture(0, 0) }),
    });
    renderWithQuery(<ChallengeCard languageLabel="JavaScript" challenge={challengeFixture()} />);
    await user.keyboard("1");
    expect(await screen.findByRole("alert")).toHaveTextContent("Your answer was not saved");
    fail = false;
    await user.keyboard("1");
    await waitFor(() => expect(screen.getByText("Right! A is the answer.")).toBeInTheDocument());
  });
});
