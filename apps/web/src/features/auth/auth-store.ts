/**
 * The one AuthProvider interface the app sees, whichever identity provider is behind it (Clerk or
 * the API's local sign-in). It is a small external store rather than only React context so that
 * the router's beforeLoad guards and the API client can read it outside React.
 */

export interface AuthUser {
  id: string;
  name: string | null;
  email: string | null;
  imageUrl?: string | null;
}

export interface GetTokenOptions {
  /** Bypass any cached token (the API client sets it when retrying after a 401). */
  skipCache?: boolean;
}

export interface AuthSnapshot {
  /** "static": a fixed state with no provider behind it (UI tests, Storybook-like rendering). */
  mode: "local" | "clerk" | "static";
  isLoaded: boolean;
  isSignedIn: boolean;
  user: AuthUser | null;
  /**
   * Set when the provider could not tell whether anyone is signed in (the API did not answer): the
   * user may well still have a session, so the sign-in page says so instead of looking signed out.
   */
  unreachable?: string;
}

/** What an implementation provides. */
export interface AuthImplementation {
  /** A Bearer token for the API, or null when signed out. Never throws for "signed out". */
  getToken(options?: GetTokenOptions): Promise<string | null>;
  signOut(): Promise<void>;
}

export interface AuthStore extends AuthImplementation {
  getSnapshot(): AuthSnapshot;
  subscribe(listener: () => void): () => void;
  /** Resolves once the provider knows whether someone is signed in. */
  whenLoaded(): Promise<AuthSnapshot>;
  /** Called by the implementation whenever its state changes. */
  publish(next: AuthSnapshot): void;
  /** Called by the implementation once it can mint tokens. */
  attach(implementation: AuthImplementation): void;
}

export function createAuthStore(mode: AuthSnapshot["mode"]): AuthStore {
  let snapshot: AuthSnapshot = { mode, isLoaded: false, isSignedIn: false, user: null };
  let implementation: AuthImplementation | null = null;
  const listeners = new Set<() => void>();
  let waiters: ((s: AuthSnapshot) => void)[] = [];

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenLoaded() {
      if (snapshot.isLoaded) return Promise.resolve(snapshot);
      return new Promise((resolve) => waiters.push(resolve));
    },
    publish(next) {
      const same =
        next.isLoaded === snapshot.isLoaded &&
        next.isSignedIn === snapshot.isSignedIn &&
        next.user?.id === snapshot.user?.id &&
        next.user?.name === snapshot.user?.name &&
        next.user?.email === snapshot.user?.email &&
        next.user?.imageUrl === snapshot.user?.imageUrl;
      if (same) return;
      snapshot = next;
      if (snapshot.isLoaded) {
        const ready = waiters;
        waiters = [];
        for (const resolve of ready) resolve(snapshot);
      }
      for (const listener of [...listeners]) listener();
    },
    attach(next) {
      implementation = next;
    },
    async getToken(options) {
      if (!implementation || !snapshot.isSignedIn) return null;
      return implementation.getToken(options);
    },
    async signOut() {
      await implementation?.signOut();
    },
  };
}

/** A store frozen in one state, for UI tests: tokens come from `token` (default: none). */
export function createStaticAuthStore(
  state: { user: AuthUser | null; token?: string | null } = {
    user: { id: "user_test", name: "Test User", email: "test@example.com" },
  },
): AuthStore {
  const store = createAuthStore("static");
  store.attach({
    getToken: async () => state.token ?? null,
    signOut: async () => store.publish({ ...store.getSnapshot(), isSignedIn: false, user: null }),
  });
  store.publish({ mode: "static", isLoaded: true, isSignedIn: state.user !== null, user: state.user });
  return store;
}
