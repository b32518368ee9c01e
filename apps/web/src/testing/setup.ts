import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";

// Files that opt into the node environment (real HTTP servers) share this setup but have no DOM.
if (typeof window !== "undefined") {
  const { cleanup } = await import("@testing-library/react");

  // jsdom has no layout engine, so scrollTo (called by the router's scroll restoration) only logs noise.
  window.scrollTo = () => {};

  afterEach(() => {
    cleanup();
    window.localStorage.clear();
    // A generate a test left pending would otherwise be resumed by the next test's page (pending-generate.ts).
    window.sessionStorage.clear();
    document.documentElement.classList.remove("dark");
  });
}
