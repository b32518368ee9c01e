// Plain module with no import.meta.env: vite.config.ts (Node, at build time) validates the same variables.
import { z } from "zod";

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

const EnvSchema = z.object({
  /** Origin of the API when it is not served from the same origin as the SPA (e.g. a Vercel + Render split). */
  VITE_API_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://api.example.com" })
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
  ),
  /** Clerk publishable key; without it the SPA uses the API's local sign-in. */
  VITE_CLERK_PUBLISHABLE_KEY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^pk_(test|live)_[A-Za-z0-9+/=_-]+$/, "must be a Clerk publishable key (pk_test_… or pk_live_…)")
      .optional(),
  ),
});

export type Env = z.infer<typeof EnvSchema>;

/** Parses the VITE_ variables; throws one error that lists every bad key so a misconfigured deploy fails loudly. */
export function parseEnv(raw: Record<string, unknown>): Env {
  const result = EnvSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid web environment variables:\n  ${problems.join("\n  ")}`);
}
