import { z } from "zod";

export const QuotaSchema = z.object({
  limit: z.number().int().nonnegative(),
  remaining: z.number().int().nonnegative(),
  lastResetAt: z.iso.datetime(),
  nextResetAt: z.iso.datetime(),
});
export type Quota = z.infer<typeof QuotaSchema>;

export const QUOTA_PATH = "/api/quota";
