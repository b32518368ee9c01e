import { PROBLEM_TYPES } from "@katagen/contract";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installFakeApi } from "@/testing/fake-api";
import { catalogFixture, challengeFixture, quotaFixture } from "@/testing/fixtures";
import { renderApp } from "@/testing/render-app";

afterEach(() => vi.unstubAllGlobals());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const inFiveHours = () => new Date(Date.now() + (5 * 60 + 12) * 60_000 + 20_000).toISOString();

function practiceApi(generate: Parameters<typeof installFakeApi>[0][string], quota = quotaFixture()) {
  return installFakeApi({
    "GET /api/catalog": () => ({ body: catalogFixture }),
    "GET /api/quota": () => ({ body: { ...quota, nextResetAt: inFiveHours() } }),
    "POST /api/generate-challenge": generate,
    "GET /api/challenges/ch_1": () => ({ body: challengeFixture() }),
  });
}

async function ready() {
  await screen.findByText(/^3 of 10 left · resets in 5 h 12 min$/);
  await screen.findByRole("option", { name: "Arrays" });
}

describe("practice page", () => {
  it("generates with the chosen settings and a fresh Idempotency-Key per click, then opens the challenge's own URL", async () => {
    const user = userEvent.setup();
    const api = practiceApi(() => ({ status: 201, body: challengeFixture() }));
    const { router } = await renderApp("/practice");
    await ready();

    await user.click(screen.getByText("Hard"));
    await user.selectOptions(screen.getByLabelText("Topic"), "arrays");
    await user.click(screen.getByRole("button", { name: "Generate challenge" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "What slice() returns" }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/challenges/ch_1");
    const post = api.requests.find((r) => r.method === "POST")!;
    expect(post.body).toEqual({ difficulty: "hard", language: "javascript", topic: "arrays" });
    expect(post.headers.get("idempotency-key")).toMatch(UUID);
    // The meter is refetched after generating.
    expect(api.requests.filter((r) => r.path === "/api/quota").length).toBeGreaterThanOrEqual(2);
  });

  it("explains a 429 with the reset time, and sends a new key on the next click", async () => {
    const user = userEvent.setup();
    const api = practiceApi(() => ({
      status: 429,
      headers: { "retry-after": String(5 * 3600 + 12 * 60) },
      body: {
        type: PROBLEM_TYPES.quotaExceeded,
        title: "Daily quota exceeded",
        status: 429,
        detail: "You have used all 10 challenge generations for this 24-hour window.",
        nextResetAt: inFiveHours(),
      },
    }));
    await renderApp("/practice");
    await ready();

    await user.click(screen.getByRole("button", { name: "Generate challenge" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("You have used this 24-hour window's challenges");
    expect(alert).toHaveTextContent(/More in 5 h 12 min \(at [^)]+\)\./);

    await user.click(screen.getByRole("button", { name: "Generate challenge" }));
    await vi.waitFor(() => expect(api.requests.filter((r) => r.method === "POST")).toHaveLength(2));
    const [first, second] = api.requests.filter((r) => r.method === "POST");
    expect(first!.headers.get("idempotency-key")).not.toBe(second!.headers.get("idempotency-key"));
  });

  it("says a 503 was not charged", async () => {
    const user = userEvent.setup();
    practiceApi(() => ({
      status: 503,
      headers: { "retry-after": "5" },
      body: {
        type: PROBLEM_TYPES.generationFailed,
        title: "Generation failed",
        status: 503,
        detail:
          "The generator could not produce a verified challenge. Your quota was not charged; try again.",
      },
    }));
    await renderApp("/practice");
    await ready();
    await user.click(screen.getByRole("button", { name: "Generate challenge" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The generator is unavailable");
    expect(alert).toHaveTextContent("Your quota was not charged; try again.");
  });

  it("says when the server cannot be reached", async () => {
    const user = userEvent.setup();
    practiceApi(() => "network-error");
    await renderApp("/practice");
    await ready();
    await user.click(screen.getByRole("button", { name: "Generate challenge" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not reach the server");
  });

  it("disables Generate at zero quota and says why, with the reset time", async () => {
    const api = practiceApi(
      () => ({ status: 201, body: challengeFixture() }),
      quotaFixture({ remaining: 0 }),
    );
    await renderApp("/practice");
    await screen.findByText(/^0 of 10 left/);
    const button = screen.getByRole("button", { name: "Generate challenge" });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      /^No generations left in this 24-hour window\. More in 5 h 12 min \(at [^)]+\)\.$/,
    );
    expect(api.requests.some((r) => r.method === "POST")).toBe(false);
  });

  it("a link's language and topic are preselected over the remembered ones, and generated with", async () => {
    const user = userEvent.setup();
    const api = practiceApi(() => ({ status: 201, body: challengeFixture() }));
    window.sessionStorage.setItem(
      "katagen.practice-settings",
      JSON.stringify({ difficulty: "hard", language: "javascript", topic: "arrays" }),
    );
    await renderApp("/practice?language=python&topic=generators");
    await screen.findByText(/^3 of 10 left/);
    expect(await screen.findByRole("option", { name: "Generators" })).toBeInTheDocument();
    expect(screen.getByLabelText("Language")).toHaveValue("python");
    expect(screen.getByLabelText("Topic")).toHaveValue("generators");
    expect(screen.getByRole("radio", { name: "Hard" })).toBeChecked();

    await user.click(screen.getByRole("button", { name: "Generate challenge" }));
    await screen.findByRole("heading", { level: 1, name: "What slice() returns" });
    const post = api.requests.find((r) => r.method === "POST")!;
    expect(post.body).toEqual({ difficulty: "hard", language: "python", topic: "generators" });
  });

  it("a language alone means any of its topics, and unknown search values are ignored", async () => {
    practiceApi(() => ({ status: 201, body: challengeFixture() }));
    window.sessionStorage.setItem(
      "katagen.practice-settings",
      JSON.stringify({ difficulty: "easy", language: "javascript", topic: "arrays" }),
    );
    const first = await renderApp("/practice?language=python");
    await screen.findByRole("option", { name: "Generators" });
    expect(screen.getByLabelText("Language")).toHaveValue("python");
    expect(screen.getByLabelText("Topic")).toHaveValue("");
    first.unmount();

    // Python has no "arrays": the topic is dropped rather than sent.
    const second = await renderApp("/practice?language=python&topic=arrays");
    await screen.findByRole("option", { name: "Generators" });
    expect(screen.getByLabelText("Language")).toHaveValue("python");
    expect(screen.getByLabelText("Topic")).toHaveValue("");
    second.unmount();

    // Not a language, not a topic id: the remembered settings stand, and the page is no error page.
    await renderApp("/practice?language=cobol&topic=Not%20a%20slug");
    await screen.findByRole("option", { name: "Arrays" });
    expect(screen.getByRole("heading", { level: 1, name: "Practice" })).toBeInTheDocument();
    expect(screen.getByLabelText("Language")).toHaveValue("javascript");
    expect(screen.getByLabelText("Topic")).toHaveValue("arrays");
  });
});
