import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { THEME_STORAGE_KEY } from "./theme";
import { ThemeToggle } from "./theme-toggle";

/** jsdom has no matchMedia; this stands in for the OS colour-scheme setting. */
function setSystemDark(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: dark,
    media: "(prefers-color-scheme: dark)",
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  window.matchMedia = (() => query) as unknown as typeof window.matchMedia;
  return {
    change(nextDark: boolean) {
      query.matches = nextDark;
      listeners.forEach((listener) => listener());
    },
  };
}

const html = () => document.documentElement;

describe("theme toggle", () => {
  afterEach(() => {
    Reflect.deleteProperty(window, "matchMedia");
  });

  it("follows the system colour scheme until the user picks one, including live changes", async () => {
    const system = setSystemDark(true);
    render(<ThemeToggle />);
    expect(screen.getByRole("button", { name: /^Theme: System/ })).toBeInTheDocument();
    expect(html()).toHaveClass("dark");

    system.change(false);
    await screen.findByRole("button", { name: /^Theme: System/ });
    expect(html()).not.toHaveClass("dark");
  });

  it("cycles system → light → dark → system and persists the choice", async () => {
    setSystemDark(true);
    const user = userEvent.setup();
    render(<ThemeToggle />);

    await user.click(screen.getByRole("button", { name: "Theme: System. Switch to light" }));
    expect(html()).not.toHaveClass("dark");
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("light");

    await user.click(screen.getByRole("button", { name: "Theme: Light. Switch to dark" }));
    expect(html()).toHaveClass("dark");
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");

    await user.click(screen.getByRole("button", { name: "Theme: Dark. Switch to system" }));
    expect(html()).toHaveClass("dark");
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it("restores a stored choice over the system setting on the next visit", () => {
    setSystemDark(false);
    window.localStorage.setItem(THEME_STORAGE_KEY, "dark");
    render(<ThemeToggle />);
    expect(screen.getByRole("button", { name: /^Theme: Dark/ })).toBeInTheDocument();
    expect(html()).toHaveClass("dark");
  });

  it("treats an unknown stored value as the system setting", () => {
    setSystemDark(false);
    window.localStorage.setItem(THEME_STORAGE_KEY, "purple");
    render(<ThemeToggle />);
    expect(screen.getByRole("button", { name: /^Theme: System/ })).toBeInTheDocument();
    expect(html()).not.toHaveClass("dark");
  });
});
