import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "@/testing/render-app";

describe("root layout", () => {
  it("renders a banner with the app name, a main navigation, a main region and a footer", async () => {
    await renderApp("/");

    const banner = screen.getByRole("banner");
    expect(within(banner).getByRole("link", { name: "Katagen" })).toHaveAttribute("href", "/");
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Home", "Practice", "History", "Progress"]);
    expect(screen.getByRole("main")).toHaveAttribute("id", "main");
    expect(screen.getByRole("contentinfo")).toHaveTextContent("proven by running the code");
  });

  it("offers a skip link that targets the main region", async () => {
    await renderApp("/");
    const skip = screen.getByRole("link", { name: "Skip to main content" });
    expect(skip).toHaveAttribute("href", "#main");
    expect(document.getElementById("main")).toBe(screen.getByRole("main"));
  });

  it("marks only the current page's nav link with aria-current", async () => {
    await renderApp("/history");
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "History" })).toHaveAttribute("aria-current", "page");
    for (const name of ["Home", "Practice", "Progress"]) {
      expect(within(nav).getByRole("link", { name })).not.toHaveAttribute("aria-current");
    }
  });

  it("shows the home pitch with a call to action at /", async () => {
    await renderApp("/");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Coding challenges with answers you can trust",
    );
    expect(screen.getByRole("link", { name: "Start practising" })).toHaveAttribute("href", "/practice");
    expect(document.title).toBe("Katagen");
  });

  it("navigates client-side from the nav, updates the title and moves focus to the main region", async () => {
    const user = userEvent.setup();
    const { router } = await renderApp("/");

    await user.click(screen.getByRole("link", { name: "Practice" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Practice" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/practice");
    expect(document.title).toBe("Practice · Katagen");
    expect(screen.getByRole("main")).toHaveFocus();
  });
});
