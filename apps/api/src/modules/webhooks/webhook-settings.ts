/**
 * CLERK_WEBHOOK_SIGNING_SECRET rules, used by config.ts (the only env reader). Messages never echo
 * the value: it is a credential.
 */
import { z } from "zod";
import type { AuthMode } from "../auth/auth-settings";

const VARIABLE = "CLERK_WEBHOOK_SIGNING_SECRET";
const PREFIX = "whsec_";
// Svix secrets are whsec_ + standard base64 of the HMAC key (Clerk's are 24 bytes).
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const webhookSecretSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!value.startsWith(PREFIX)) {
      ctx.addIssue({
        code: "custom",
        message: `must start with ${PREFIX} (Clerk dashboard → Webhooks → your endpoint → Signing Secret)`,
      });
      return;
    }
    const key = value.slice(PREFIX.length);
    if (key.length < 16 || !BASE64.test(key)) {
      ctx.addIssue({ code: "custom", message: `must be ${PREFIX} followed by a base64 key` });
    }
  });

export interface WebhookEnv {
  NODE_ENV?: string;
  AUTH_MODE?: string;
  CLERK_ISSUER?: string;
  CLERK_WEBHOOK_SIGNING_SECRET?: string;
}

/**
 * In Clerk mode users are created and deleted by Clerk's webhooks, so a server that cannot verify
 * them must not start. `mode` is the resolved auth mode; when the auth variables are themselves
 * invalid it is undefined and we infer it the way auth-settings does, so every problem is listed.
 */
export function webhookSecretIssues(
  env: WebhookEnv,
  mode: AuthMode | undefined,
): { variable: string; message: string }[] {
  const clerk =
    mode === "clerk" ||
    (mode === undefined &&
      (env.AUTH_MODE === "clerk" ||
        (env.AUTH_MODE === undefined && (env.CLERK_ISSUER !== undefined || env.NODE_ENV === "production"))));
  if (clerk && env.CLERK_WEBHOOK_SIGNING_SECRET === undefined) {
    return [
      {
        variable: VARIABLE,
        message: `required in Clerk mode: the ${PREFIX}… signing secret of the endpoint that receives user.created/updated/deleted (POST /webhooks/clerk)`,
      },
    ];
  }
  return [];
}
