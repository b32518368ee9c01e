import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "@/testing/render-app";
import { createStaticAuthStore } from "./auth-store";

describe("protected pages", () => {
  it("send a signed-out visitor to sign-in, remembering where they were going", async () => {
    const { router } = await renderApp("/history?page=2", { auth: createStaticAuthStore({ user: null }) });
    expect(router.state.location.pathname).toBe("/sign-in");
    expect(router.state.location.search).toEqual({ redirect: "/history?page=2" });
    expect(within(screen.getByRole("banner")).getByRole("link", { name: "Sign in" })).toBeInTheDocument();
  });

  it("render for a signed-in user, whose name is in the header", async () => {
    const auth = createStaticAuthStore({
      user: { id: "user_1", name: "Ada Lovelace", email: "ada@example.com" },
    });
    await renderApp("/progress", { auth });
    expect(screen.getByRole("heading", { level: 1, name: "Progress" })).toBeInTheDocument();
    expect(within(screen.getByRole("banner")).getByText("Ada Lovelace")).toBeInTheDocument();
  });

  it("send the user to sign-in when they sign out on one", async () => {
    const user = userEvent.setup();
    const auth = createStaticAuthStore({ user: { id: "user_1", name: "Ada Lovelace", email: null } });
    const { router } = await renderApp("/practice", { auth });
    await user.click(within(screen.getByRole("banner")).getByRole("button", { name: "Sign out" }));
    await screen.findByRole("link", { name: "Sign in" });
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/sign-in"));
    expect(router.state.location.search).toEqual({ redirect: "/practice" });
  });
});
