/**
 * Local sign-in (the API's development identity provider): a cookie session on the API, from which
 * short-lived Bearer tokens are obtained. The cookie never goes to /api routes' auth; tokens do.
 */
import {
  LOCAL_SESSION_PATH,
  LOCAL_SIGN_IN_PATH,
  LOCAL_SIGN_OUT_PATH,
  LOCAL_TOKEN_PATH,
  LocalSessionSchema,
  LocalTokenSchema,
  UserSchema,
  type LocalSignInBody,
  type User,
} from "@katagen/contract";
import { createApiClient, isApiError, type ApiClient } from "@/lib/api-client";
import type { AuthStore, AuthUser } from "./auth-store";
import { createTokenCache } from "./local-token-cache";

export interface LocalAuth {
  /** Reads the session cookie's user; publishes the result. */
  load(): Promise<void>;
  signIn(body: LocalSignInBody): Promise<AuthUser>;
  signOut(): Promise<void>;
}

/** BroadcastChannel name shared by every tab of this origin. */
const AUTH_CHANNEL = "katagen.local-auth";

const toAuthUser = (user: User): AuthUser => ({ id: user.id, name: user.name, email: user.email });

export function createLocalAuth(
  store: AuthStore,
  options: { baseUrl?: string; fetch?: typeof fetch } = {},
): LocalAuth {
  // A client of its own, without Bearer tokens: these routes are authenticated by the cookie. With the API
  // on another origin the cookie only travels on a credentialed fetch, which the API allows on these routes
  // alone (ADR 012); the Bearer client for /api never sends credentials.
  const client: ApiClient = createApiClient({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    ...(options.baseUrl && { credentials: "include" as const }),
  });

  const signedOut = () => store.publish({ mode: "local", isLoaded: true, isSignedIn: false, user: null });
  const signedIn = (user: AuthUser) =>
    store.publish({ mode: "local", isLoaded: true, isSignedIn: true, user });

  const tokens = createTokenCache(async () => {
    try {
      // JSON body: the API's CSRF rule for cookie-authenticated POSTs (see local-routes.ts).
      const { token } = await client.request(LOCAL_TOKEN_PATH, {
        method: "POST",
        body: {},
        schema: LocalTokenSchema,
      });
      return token;
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        signedOut();
        return null;
      }
      throw error;
    }
  });

  // The session is one cookie shared by every tab of the browser: when one tab signs in or out, the others
  // re-read it, so a signed-out tab does not keep showing (and acting as) the previous user.
  const tabs = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(AUTH_CHANNEL);
  if (tabs) {
    tabs.onmessage = () => {
      tokens.clear();
      void localAuth.load();
    };
  }
  const tellOtherTabs = () => tabs?.postMessage("session-changed");

  store.attach({
    getToken: (opts) => tokens.get(opts),
    signOut: () => localAuth.signOut(),
  });

  const localAuth: LocalAuth = {
    async load() {
      try {
        const { user } = await client.request(LOCAL_SESSION_PATH, { schema: LocalSessionSchema });
        if (user) signedIn(toAuthUser(user));
        else signedOut();
      } catch (error) {
        // No answer, or the API failing: nobody is known to be signed in, but a session may exist.
        // With the SPA on another origin the page loads while the API is down (a cold start, an
        // outage), so the sign-in page must say that rather than look like a signed-out state.
        const down = !isApiError(error) || error.status === 0 || error.status >= 500;
        store.publish({
          mode: "local",
          isLoaded: true,
          isSignedIn: false,
          user: null,
          ...(down && {
            unreachable: "The Katagen API is not answering, so your session could not be checked.",
          }),
        });
      }
    },
    async signIn(body) {
      const user = toAuthUser(
        await client.request(LOCAL_SIGN_IN_PATH, { method: "POST", body, schema: UserSchema }),
      );
      tokens.clear();
      signedIn(user);
      tellOtherTabs();
      return user;
    },
    async signOut() {
      tokens.clear();
      try {
        await client.request(LOCAL_SIGN_OUT_PATH, { method: "POST", body: {} });
      } finally {
        signedOut();
        tellOtherTabs();
      }
    },
  };
  return localAuth;
}
