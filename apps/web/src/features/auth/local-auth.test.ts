// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createAuthStore } from "./auth-store";
import { createLocalAuth } from "./local-auth";

const user = {
  id: "user_local1",
  email: "ada@example.com",
  name: "Ada",
  createdAt: "2026-01-01T00:00:00.000Z",
};

/** A fetch that answers the local routes and records each call's URL and credentials mode. */
function recordingFetch() {
  const calls: { url: string; credentials: RequestCredentials | undefined }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    calls.push({ url, credentials: init?.credentials });
    const body = url.endsWith("/session") ? { user } : url.endsWith("/token") ? { token: "t" } : user;
    return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  };
  return { calls, fetch };
}

describe("local auth client", () => {
  it("sends credentials on every local auth call when the API is on another origin", async () => {
    const { calls, fetch } = recordingFetch();
    const auth = createLocalAuth(createAuthStore("local"), { baseUrl: "http://127.0.0.1:4001", fetch });
    await auth.load();
    await auth.signIn({ name: "Ada", email: "ada@example.com" });
    await auth.signOut();
    expect(calls.map((c) => c.url)).toEqual([
      "http://127.0.0.1:4001/auth/local/session",
      "http://127.0.0.1:4001/auth/local/sign-in",
      "http://127.0.0.1:4001/auth/local/sign-out",
    ]);
    expect(calls.every((c) => c.credentials === "include")).toBe(true);
  });

  it("leaves fetch's same-origin default alone when the API serves the SPA", async () => {
    const { calls, fetch } = recordingFetch();
    await createLocalAuth(createAuthStore("local"), { fetch }).load();
    expect(calls).toEqual([{ url: "/auth/local/session", credentials: undefined }]);
  });

  it("says the session could not be checked when the API does not answer, and signs back in once it does", async () => {
    const store = createAuthStore("local");
    let up = false;
    const fetch: typeof globalThis.fetch = async () => {
      if (!up) throw new TypeError("Failed to fetch");
      return new Response(JSON.stringify({ user }), { headers: { "content-type": "application/json" } });
    };
    const auth = createLocalAuth(store, { baseUrl: "http://127.0.0.1:4001", fetch });
    await auth.load();
    expect(store.getSnapshot()).toMatchObject({ isLoaded: true, isSignedIn: false });
    expect(store.getSnapshot().unreachable).toMatch(/not answering/);

    up = true;
    await auth.load();
    expect(store.getSnapshot()).toMatchObject({ isSignedIn: true, user: { id: "user_local1" } });
    expect(store.getSnapshot().unreachable).toBeUndefined();
  });

  it("looks plainly signed out when the API answers that there is no session", async () => {
    const store = createAuthStore("local");
    const fetch: typeof globalThis.fetch = async () =>
      new Response(JSON.stringify({ user: null }), { headers: { "content-type": "application/json" } });
    await createLocalAuth(store, { fetch }).load();
    expect(store.getSnapshot()).toMatchObject({ isLoaded: true, isSignedIn: false });
    expect(store.getSnapshot().unreachable).toBeUndefined();
  });
});
