/**
 * CLERK_WEBHOOK_SIGNING_SECRET rules, used by config.ts (the only env reader). Messages never echo
 * the value: it is a credential.
 */
import { z } from "zod";
import type { ConfigIssue } from "./config-issue";
import { authMode, type AuthVariables } from "./auth-settings";

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

/**
 * In Clerk mode users are created and deleted by Clerk's webhooks, so a server that cannot verify
 * them must not start.
 */
export function webhookSecretIssues(
  vars: AuthVariables & { CLERK_WEBHOOK_SIGNING_SECRET?: string },
): ConfigIssue[] {
  if (authMode(vars) === "clerk" && vars.CLERK_WEBHOOK_SIGNING_SECRET === undefined) {
    return [
      {
        variable: VARIABLE,
        message: `required in Clerk mode: the ${PREFIX}… signing secret of the endpoint that receives user.created/updated/deleted (POST /webhooks/clerk)`,
      },
    ];
  }
  return [];
}
