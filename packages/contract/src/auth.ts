import { z } from "zod";
import { UserSchema } from "./users";

/** Local sign-in (development identity provider): the API signs its own template-shaped tokens. */
export const LocalSignInBodySchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(80),
    email: z.email("Enter a valid email address").max(254),
  })
  .strict();
export type LocalSignInBody = z.infer<typeof LocalSignInBodySchema>;

export const LocalSessionSchema = z.object({ user: UserSchema.nullable() });
export type LocalSession = z.infer<typeof LocalSessionSchema>;

/** A fresh 60-second Bearer token with exactly Clerk's `backend` template claims. */
export const LocalTokenSchema = z.object({ token: z.string() });
export type LocalToken = z.infer<typeof LocalTokenSchema>;

export const LOCAL_SIGN_IN_PATH = "/auth/local/sign-in";
export const LOCAL_SIGN_OUT_PATH = "/auth/local/sign-out";
export const LOCAL_SESSION_PATH = "/auth/local/session";
export const LOCAL_TOKEN_PATH = "/auth/local/token";
export const JWKS_PATH = "/.well-known/jwks.json";
