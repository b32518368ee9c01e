import type { Catalog, Stats } from "@katagen/contract";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installFakeApi } from "@/testing/fake-api";
import { catalogFixture, emptyStats, quotaFixture } from "@/testing/fixtures";
import { renderApp } from "@/testing/render-app";

function activity(days: number, today: string, filled: Record<string, [number, number]>) {
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    const [answered, correct] = filled[date] ?? [0, 0];
    return { date, answered, correct };
  });
}

// Recursion exists in both languages: its rows must stay apart.
const catalog: Catalog = {
  ...catalogFixture,
  languages: [
    {
      id: "javascript",
      name: "JavaScript",
      topics: [
        { id: "arrays", name: "Arrays", description: "" },
        { id: "recursion", name: "Recursion", description: "" },
      ],
    },
    {
      id: "python",
      name: "Python",
      topics: [
        { id: "generators", name: "Generators", description: "" },
        { id: "recursion", name: "Recursion", description: "" },
      ],
    },
  ],
};

const stats: Stats = {
  totalChallenges: 12,
  overall: { answered: 10, correct: 7, accuracy: 0.7 },
  byDifficulty: {
    hard: { answered: 4, correct: 1, accuracy: 0.25 },
    easy: { answered: 6, correct: 6, accuracy: 1 },
  },
  byLanguage: {
    python: { answered: 4, correct: 1, accuracy: 0.25 },
    javascript: { answered: 6, correct: 6, accuracy: 1 },
  },
  byTopic: {
    arrays: { answered: 3, correct: 3, accuracy: 1 },
    recursion: { answered: 6, correct: 4, accuracy: 4 / 6 },
    generators: { answered: 1, correct: 0, accuracy: 0 },
  },
  byLanguageTopic: {
    javascript: {
      arrays: { answered: 3, correct: 3, accuracy: 1 },
      recursion: { answered: 3, correct: 3, accuracy: 1 },
    },
    python: {
      generators: { answered: 1, correct: 0, accuracy: 0 },
      recursion: { answered: 3, correct: 1, accuracy: 1 / 3 },
    },
  },
  currentStreak: 2,
  longestStreak: 5,
  activity: activity(30, "2026-11-26", { "2026-11-25": [4, 2], "2026-11-26": [6, 5] }),
};

afterEach(() => vi.unstubAllGlobals());

/** The progress page as the app renders it (its rows are router links), on a fake API. */
async function renderProgress(body: Stats = stats) {
  installFakeApi({
    "GET /api/stats": () => ({ body }),
    "GET /api/catalog": () => ({ body: catalog }),
    "GET /api/quota": () => ({ body: quotaFixture() }),
  });
  const result = await renderApp("/progress");
  await screen.findByRole("region", { name: "Accuracy by topic" });
  return result;
}

const rowTexts = (region: HTMLElement) =>
  within(region)
    .getAllByRole("listitem")
    .map((r) => r.textContent);

describe("ProgressView", () => {
  it("shows overall accuracy and both streaks as figures", async () => {
    await renderProgress();
    expect(screen.getByText("70%")).toBeInTheDocument();
    expect(screen.getByText("7 of 10 right")).toBeInTheDocument();
    expect(screen.getByText("2 days")).toBeInTheDocument();
    expect(screen.getByText("5 days")).toBeInTheDocument();
  });

  it("draws accuracy bars by difficulty (in difficulty order), with the figures in words", async () => {
    await renderProgress();
    const difficulty = screen.getByRole("region", { name: "Accuracy by difficulty" });
    const rows = within(difficulty).getAllByRole("listitem");
    expect(rows.map((r) => r.textContent)).toEqual(["Easy100% · 6 of 6 right", "Hard25% · 1 of 4 right"]);
    expect(rows[1]!.querySelector("[style]")).toHaveStyle({ width: "25%" });
    expect(within(difficulty).queryAllByRole("link")).toEqual([]);
  });

  it("draws accuracy by language with the catalog's names, each row a link to practise that language", async () => {
    await renderProgress();
    const language = screen.getByRole("region", { name: "Accuracy by language" });
    expect(rowTexts(language)).toEqual(["JavaScript100% · 6 of 6 right", "Python25% · 1 of 4 right"]);
    const python = within(language).getByRole("link", { name: "Practise Python" });
    expect(python).toHaveAttribute("href", "/practice?language=python");
    expect(python).toHaveAccessibleDescription("25% · 1 of 4 right");
    expect(python.querySelector("[style]")).toHaveStyle({ width: "25%" });
  });

  it("keeps a topic that two languages share apart, under each language, each row a link to practise it there", async () => {
    await renderProgress();
    const topic = screen.getByRole("region", { name: "Accuracy by topic" });
    expect(
      within(topic)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(["JavaScript", "Python"]);
    // Most answered first, then by name.
    expect(rowTexts(within(topic).getByRole("list", { name: "JavaScript" }))).toEqual([
      "Arrays100% · 3 of 3 right",
      "Recursion100% · 3 of 3 right",
    ]);
    expect(rowTexts(within(topic).getByRole("list", { name: "Python" }))).toEqual([
      "Recursion33% · 1 of 3 right",
      "Generators0% · 0 of 1 right",
    ]);
    const recursion = within(topic).getByRole("link", { name: "Practise Recursion in Python" });
    expect(recursion).toHaveAttribute("href", "/practice?language=python&topic=recursion");
    expect(recursion).toHaveAccessibleDescription("33% · 1 of 3 right");
    expect(recursion.querySelector("[style]")).toHaveStyle({ width: "33%" });
    expect(within(topic).getByRole("link", { name: "Practise Recursion in JavaScript" })).toHaveAttribute(
      "href",
      "/practice?language=javascript&topic=recursion",
    );
  });

  it("a topic row opens Practice with its language and topic selected", async () => {
    const user = userEvent.setup();
    const { router } = await renderProgress();
    await user.click(screen.getByRole("link", { name: "Practise Recursion in Python" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Practice" })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ language: "python", topic: "recursion" });
    await screen.findByRole("option", { name: "Generators" });
    expect(screen.getByLabelText("Language")).toHaveValue("python");
    expect(screen.getByLabelText("Topic")).toHaveValue("recursion");
  });

  it("draws 30 days of activity as an image with a summary, and gives every day in a table", async () => {
    await renderProgress();
    const chart = screen.getByRole("img", { name: /10 answers on 2 of 30 days\.$/ });
    expect(chart.querySelectorAll("title")).toHaveLength(30);
    expect(chart.querySelectorAll("title")[29]).toHaveTextContent(/6 answered, 5 right$/);
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(31);
    expect(rows[30]).toHaveTextContent(/65$/);
  });

  it("on the progress page, invites a first answer when nothing is answered yet", async () => {
    await renderProgress(emptyStats);
    expect(await screen.findByText(/Answer a challenge and your accuracy appears here/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Start practising" })).toHaveAttribute("href", "/practice");
    expect(screen.getByRole("img", { name: "No activity yet." })).toBeInTheDocument();
    for (const name of ["Accuracy by difficulty", "Accuracy by language", "Accuracy by topic"]) {
      expect(screen.getByRole("region", { name })).toHaveTextContent("Nothing answered yet.");
    }
  });
});
