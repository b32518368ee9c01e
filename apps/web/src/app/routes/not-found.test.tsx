import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "@/testing/render-app";

describe("not-found route", () => {
  it("shows a not-found page inside the normal layout for an unknown path", async () => {
    await renderApp("/no/such/page");

    const main = screen.getByRole("main");
    expect(within(main).getByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
    expect(document.title).toBe("Page not found · Katagen");
  });

  it("links back to the home page", async () => {
    const user = userEvent.setup();
    const { router } = await renderApp("/missing");

    await user.click(screen.getByRole("link", { name: "Back to the home page" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: /answers you can trust/ }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
  });
});
