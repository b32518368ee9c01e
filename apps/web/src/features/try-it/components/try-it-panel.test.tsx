import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { RunCallbacks, RunOutcome, SandboxRunner } from "../utils/sandbox-runner";
import TryItPanel from "./try-it-panel";

/** A runner that answers each run with what `answer` says, after announcing a runtime load once. */
function fakeRunner(answer: (code: string) => RunOutcome) {
  const runs: string[] = [];
  let loaded = false;
  const runner: SandboxRunner = {
    run: async (_language, code, callbacks: RunCallbacks = {}) => {
      runs.push(code);
      if (!loaded) callbacks.onLoading?.("Python");
      loaded = true;
      callbacks.onStarted?.();
      await Promise.resolve();
      return answer(code);
    },
    dispose: vi.fn(),
  };
  return { runner, runs };
}

const challenge = {
  code: "x = 2\nprint(___)",
  kind: "fill-in-blank" as const,
  language: "python" as const,
  options: ["x + 1", "x * 3", "x", "-x"],
};

describe("TryItPanel", () => {
  it("starts from the program with the key in its blank, runs the edit, and resets to the original", async () => {
    const user = userEvent.setup();
    const { runner, runs } = fakeRunner((code) => ({
      kind: "finished",
      result: { status: "ok", stdout: code.includes("99") ? "99\n" : "6\n", ms: 1 },
    }));
    render(
      <TryItPanel
        challenge={challenge}
        result={{ correctChoice: 1 }}
        languageLabel="Python"
        createRunner={() => runner}
      />,
    );
    const editor = screen.getByRole("textbox", { name: "Python program" });
    expect(editor).toHaveValue("x = 2\nprint(x * 3)");
    expect(screen.getByRole("button", { name: "Reset" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Run" }));
    expect(await screen.findByRole("region", { name: "Output" })).toHaveTextContent("6");

    await user.clear(editor);
    await user.type(editor, "print(99)");
    await user.keyboard("{Control>}{Enter}{/Control}");
    await waitFor(() => expect(screen.getByRole("region", { name: "Output" })).toHaveTextContent("99"));
    expect(runs).toEqual(["x = 2\nprint(x * 3)", "print(99)"]);

    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(editor).toHaveValue("x = 2\nprint(x * 3)");
  });

  it("shows an uncaught error as the question's options do, with its message, and a stopped run's notice", async () => {
    const user = userEvent.setup();
    let next: RunOutcome = {
      kind: "finished",
      result: {
        status: "error",
        stdout: "1\n",
        error: "ZeroDivisionError",
        message: "division by zero",
        ms: 1,
      },
    };
    const { runner } = fakeRunner(() => next);
    render(
      <TryItPanel
        challenge={challenge}
        result={{ correctChoice: 0 }}
        languageLabel="Python"
        createRunner={() => runner}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Run" }));
    const output = await screen.findByRole("region", { name: "Output" });
    expect(output.querySelector("pre")).toHaveTextContent(/^1\s*Uncaught ZeroDivisionError$/);
    expect(output).toHaveTextContent("Message: division by zero");

    next = { kind: "stopped", afterMs: 3_000 };
    await user.click(screen.getByRole("button", { name: "Run" }));
    await waitFor(() =>
      expect(screen.getByRole("region", { name: "Output" })).toHaveTextContent(
        "Stopped after 3 s: the program did not finish.",
      ),
    );
  });

  it("makes no runner before the first Run, and drops the one it made when it goes away", async () => {
    const user = userEvent.setup();
    const { runner } = fakeRunner(() => ({ kind: "stopped", afterMs: 3_000 }));
    const createRunner = vi.fn(() => runner);
    const { unmount } = render(
      <TryItPanel
        challenge={challenge}
        result={{ correctChoice: 0 }}
        languageLabel="Python"
        createRunner={createRunner}
      />,
    );
    expect(createRunner).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Run" }));
    await screen.findByRole("region", { name: "Output" });
    expect(createRunner).toHaveBeenCalledTimes(1);
    unmount();
    expect(runner.dispose).toHaveBeenCalledTimes(1);
  });
});
