import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installFakeApi } from "@/testing/fake-api";
import { answerFixture, historyItemFixture, languageLabelFixture as languageLabel } from "@/testing/fixtures";
import { renderWithQuery } from "@/testing/render-with-query";
import { codePreview, HistoryList } from "./history-list";

afterEach(() => vi.unstubAllGlobals());

describe("HistoryList", () => {
  it("loads the next page by cursor with 'Load more' and appends it", async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      "GET /api/my-history": (request) =>
        request.search.get("cursor") === "page-2"
          ? { body: { items: [historyItemFixture(1)], nextCursor: null } }
          : {
              body: {
                items: [
                  historyItemFixture(3, answerFixture(0, 0)),
                  historyItemFixture(2, answerFixture(1, 0)),
                ],
                nextCursor: "page-2",
              },
            },
    });
    renderWithQuery(
      <HistoryList
        languageLabel={languageLabel}
        filters={{ status: "right" }}
        renderChallenge={() => null}
      />,
    );

    const list = await screen.findByRole("list", { name: "Your challenges, newest first" });
    expect(
      within(list)
        .getAllByRole("heading")
        .map((h) => h.textContent),
    ).toEqual(["Challenge 3", "Challenge 2"]);
    expect(within(list).getByText("Right")).toBeInTheDocument();
    expect(within(list).getByText("Wrong")).toBeInTheDocument();
    expect(api.requests[0]!.search.get("status")).toBe("right");
    expect(api.requests[0]!.search.has("cursor")).toBe(false);

    await user.click(screen.getByRole("button", { name: "Load more" }));

    await screen.findByRole("heading", { name: "Challenge 1" });
    expect(
      within(list)
        .getAllByRole("heading")
        .map((h) => h.textContent),
    ).toEqual(["Challenge 3", "Challenge 2", "Challenge 1"]);
    expect(api.requests[1]!.search.get("cursor")).toBe("page-2");
    expect(api.requests[1]!.search.get("status")).toBe("right");
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
    expect(screen.getByText(/That is all 3 matching these filters/)).toBeInTheDocument();
  });

  it("expands an unanswered item into the challenge card, and collapses it again", async () => {
    const user = userEvent.setup();
    installFakeApi({
      "GET /api/my-history": () => ({ body: { items: [historyItemFixture(7)], nextCursor: null } }),
    });
    renderWithQuery(
      <HistoryList
        languageLabel={languageLabel}
        filters={{}}
        renderChallenge={(item) => <p>card for {item.id}</p>}
      />,
    );
    const toggle = await screen.findByRole("button", { name: "Answer Challenge 7" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByText("Unanswered")).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(document.getElementById(toggle.getAttribute("aria-controls")!)).toHaveTextContent("card for ch_7");

    await user.click(screen.getByRole("button", { name: "Hide Challenge 7" }));
    expect(screen.queryByText("card for ch_7")).not.toBeInTheDocument();
  });

  it("says when nothing matches the filters", async () => {
    installFakeApi({ "GET /api/my-history": () => ({ body: { items: [], nextCursor: null } }) });
    renderWithQuery(
      <HistoryList
        languageLabel={languageLabel}
        filters={{ status: "wrong" }}
        renderChallenge={() => null}
      />,
    );
    expect(await screen.findByText("No challenges match these filters.")).toBeInTheDocument();
  });

  it("tells two challenges of one template apart by the program's last line", () => {
    const a = "function series(n) {\n  return n;\n}\nconsole.log(series(11));\n";
    const b = "function series(n) {\n  return n;\n}\nconsole.log(series(7));\n";
    expect(codePreview(a)).toBe("console.log(series(11));");
    expect(codePreview(b)).not.toBe(codePreview(a));
    expect(codePreview("for x in xs:\n    print(x)\n\n")).toBe("print(x)");
  });
});
