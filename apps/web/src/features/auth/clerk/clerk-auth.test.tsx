import { render, waitFor } from "@testing-library/react";
import type { AnyRouter } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createAuthStore } from "../auth-store";

// Clerk's UI and session live on Clerk's servers, so UI tests stub its hooks (docs/clerk-auth.md §4).
const clerk = vi.hoisted(() => ({
  providerProps: {} as Record<string, unknown>,
  auth: {
    isLoaded: true,
    isSignedIn: true as boolean | undefined,
    getToken: async (_options?: unknown): Promise<string | null> => "clerk-token",
    signOut: async () => {},
  },
  user: {
    id: "user_2abc",
    fullName: "Ada Lovelace",
    username: null,
    imageUrl: "https://img.clerk.com/a",
    primaryEmailAddress: { emailAddress: "ada@example.com" },
  } as Record<string, unknown> | null,
}));

vi.mock("@clerk/react", () => ({
  ClerkProvider: (props: Record<string, unknown> & { children: ReactNode }) => {
    clerk.providerProps = props;
    return <>{props.children}</>;
  },
  useAuth: () => clerk.auth,
  useUser: () => ({ user: clerk.user }),
  SignIn: () => null,
  SignUp: () => null,
  UserButton: () => null,
}));

const { ClerkAuthProvider, CLERK_TEMPLATE } = await import("./clerk-auth");

function renderProvider() {
  const store = createAuthStore("clerk");
  const router = { navigate: vi.fn(async () => {}) };
  render(
    <ClerkAuthProvider store={store} router={router as unknown as AnyRouter} publishableKey="pk_test_x">
      <p>app</p>
    </ClerkAuthProvider>,
  );
  return { store, router };
}

beforeEach(() => {
  clerk.auth.isSignedIn = true;
  clerk.auth.getToken = vi.fn(async () => "clerk-token");
});

describe("Clerk auth implementation", () => {
  it("publishes Clerk's signed-in user to the auth store", async () => {
    const { store } = renderProvider();
    await waitFor(() => expect(store.getSnapshot().isSignedIn).toBe(true));
    expect(store.getSnapshot()).toEqual({
      mode: "clerk",
      isLoaded: true,
      isSignedIn: true,
      user: {
        id: "user_2abc",
        name: "Ada Lovelace",
        email: "ada@example.com",
        imageUrl: "https://img.clerk.com/a",
      },
    });
  });

  it("asks Clerk for the backend template token, passing skipCache through on retries", async () => {
    const { store } = renderProvider();
    await waitFor(() => expect(store.getSnapshot().isSignedIn).toBe(true));
    expect(await store.getToken()).toBe("clerk-token");
    await store.getToken({ skipCache: true });
    expect(clerk.auth.getToken).toHaveBeenNthCalledWith(1, {
      template: CLERK_TEMPLATE,
      skipCache: undefined,
    });
    expect(clerk.auth.getToken).toHaveBeenNthCalledWith(2, { template: "backend", skipCache: true });
  });

  it("returns no token when Clerk says signed out", async () => {
    clerk.auth.isSignedIn = false;
    const { store } = renderProvider();
    await waitFor(() => expect(store.getSnapshot().isLoaded).toBe(true));
    expect(await store.getToken()).toBeNull();
    expect(clerk.auth.getToken).not.toHaveBeenCalled();
  });

  it("wires Clerk's navigation to the router (push and replace) and the sign-in/up URLs", async () => {
    const { router } = renderProvider();
    const push = clerk.providerProps.routerPush as (to: string) => unknown;
    const replace = clerk.providerProps.routerReplace as (to: string) => unknown;
    await push("/sign-in/factor-one?redirect_url=%2F");
    await replace("/practice");
    expect(router.navigate).toHaveBeenNthCalledWith(1, { href: "/sign-in/factor-one?redirect_url=%2F" });
    expect(router.navigate).toHaveBeenNthCalledWith(2, { href: "/practice", replace: true });
    expect(clerk.providerProps).toMatchObject({
      signInUrl: "/sign-in",
      signUpUrl: "/sign-up",
      publishableKey: "pk_test_x",
    });
  });
});
