import type { Stats } from "@katagen/contract";
import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installFakeApi } from "@/testing/fake-api";
import { catalogFixture, emptyStats } from "@/testing/fixtures";
import { renderApp } from "@/testing/render-app";
import { ProgressView } from "./progress-overview";

function activity(days: number, today: string, filled: Record<string, [number, number]>) {
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    const [answered, correct] = filled[date] ?? [0, 0];
    return { date, answered, correct };
  });
}

const stats: Stats = {
  totalChallenges: 12,
  overall: { answered: 10, correct: 7, accuracy: 0.7 },
  byDifficulty: {
    hard: { answered: 4, correct: 1, accuracy: 0.25 },
    easy: { answered: 6, correct: 6, accuracy: 1 },
  },
  byLanguage: { javascript: { answered: 10, correct: 7, accuracy: 0.7 } },
  byTopic: {
    arrays: { answered: 7, correct: 5, accuracy: 5 / 7 },
    "closures-and-scope": { answered: 3, correct: 2, accuracy: 2 / 3 },
  },
  byLanguageTopic: {
    javascript: {
      arrays: { answered: 7, correct: 5, accuracy: 5 / 7 },
      "closures-and-scope": { answered: 3, correct: 2, accuracy: 2 / 3 },
    },
  },
  currentStreak: 2,
  longestStreak: 5,
  activity: activity(30, "2026-11-26", { "2026-11-25": [4, 2], "2026-11-26": [6, 5] }),
};

afterEach(() => vi.unstubAllGlobals());

const names: Record<string, string> = { arrays: "Arrays", "closures-and-scope": "Closures and scope" };

describe("ProgressView", () => {
  it("shows overall accuracy and both streaks as figures", () => {
    render(<ProgressView stats={stats} topicLabel={(id) => names[id] ?? id} />);
    expect(screen.getByText("70%")).toBeInTheDocument();
    expect(screen.getByText("7 of 10 right")).toBeInTheDocument();
    expect(screen.getByText("2 days")).toBeInTheDocument();
    expect(screen.getByText("5 days")).toBeInTheDocument();
  });

  it("draws accuracy bars by difficulty (in difficulty order) and by topic, with the figures in words", () => {
    render(<ProgressView stats={stats} topicLabel={(id) => names[id] ?? id} />);
    const difficulty = screen.getByRole("region", { name: "Accuracy by difficulty" });
    const rows = within(difficulty).getAllByRole("listitem");
    expect(rows.map((r) => r.textContent)).toEqual(["Easy100% · 6 of 6 right", "Hard25% · 1 of 4 right"]);
    expect(rows[1]!.querySelector("[style]")).toHaveStyle({ width: "25%" });
    const topic = screen.getByRole("region", { name: "Accuracy by topic" });
    expect(
      within(topic)
        .getAllByRole("listitem")
        .map((r) => r.textContent),
    ).toEqual(["Arrays71% · 5 of 7 right", "Closures and scope67% · 2 of 3 right"]);
  });

  it("draws 30 days of activity as an image with a summary, and gives every day in a table", () => {
    render(<ProgressView stats={stats} topicLabel={(id) => id} />);
    const chart = screen.getByRole("img", { name: /10 answers on 2 of 30 days\.$/ });
    expect(chart.querySelectorAll("title")).toHaveLength(30);
    expect(chart.querySelectorAll("title")[29]).toHaveTextContent(/6 answered, 5 right$/);
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(31);
    expect(rows[30]).toHaveTextContent(/65$/);
  });

  it("on the progress page, invites a first answer when nothing is answered yet", async () => {
    installFakeApi({
      "GET /api/stats": () => ({ body: emptyStats }),
      "GET /api/catalog": () => ({ body: catalogFixture }),
    });
    await renderApp("/progress");
    expect(await screen.findByText(/Answer a challenge and your accuracy appears here/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Start practising" })).toHaveAttribute("href", "/practice");
    expect(screen.getByRole("img", { name: "No activity yet." })).toBeInTheDocument();
  });
});
