import { createContext, useContext, useSyncExternalStore } from "react";
import type { AuthSnapshot, AuthStore, GetTokenOptions } from "./auth-store";
import type { LocalAuth } from "./local-auth";

export const AuthStoreContext = createContext<AuthStore | null>(null);
export const LocalAuthContext = createContext<LocalAuth | null>(null);

export function useAuthStore(): AuthStore {
  const store = useContext(AuthStoreContext);
  if (!store) throw new Error("useAuth must be used inside <AuthProvider>");
  return store;
}

export interface UseAuthResult extends AuthSnapshot {
  getToken(options?: GetTokenOptions): Promise<string | null>;
  signOut(): Promise<void>;
}

/** The signed-in state and token source, the same for Clerk and local sign-in. */
export function useAuth(): UseAuthResult {
  const store = useAuthStore();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { ...snapshot, getToken: store.getToken, signOut: store.signOut };
}

/** Local sign-in's extra operations (sign in with name + email); null in Clerk mode. */
export function useLocalAuth(): LocalAuth | null {
  return useContext(LocalAuthContext);
}
