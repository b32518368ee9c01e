/**
 * The parts of Clerk's webhook payloads we use (docs/clerk-auth.md §5.2). Schemas are loose: Clerk adds
 * fields over time and the signature already vouches for the sender.
 */
import { z } from "zod";

// Clerk timestamps are Unix milliseconds; bound them so Date stays valid (year 2000 to 2200).
const epochMs = z.number().int().min(946_684_800_000).max(7_258_118_400_000);

export const ClerkEventSchema = z
  .looseObject({
    type: z.string().min(1).max(100),
    object: z.literal("event").optional(),
    data: z.unknown(),
    timestamp: z.number().optional(),
    instance_id: z.string().optional(),
  })
  .meta({
    id: "ClerkWebhookEvent",
    description:
      "A Clerk webhook event as Svix delivers it. user.created and user.updated carry the User object in data; user.deleted carries {object, id, deleted}.",
  });
export type ClerkEvent = z.infer<typeof ClerkEventSchema>;

const EmailAddressSchema = z.looseObject({ id: z.string(), email_address: z.string() });

const userId = z.string().min(1).max(255);

export const ClerkUserSchema = z.looseObject({
  id: userId,
  email_addresses: z.array(EmailAddressSchema).default([]),
  primary_email_address_id: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  username: z.string().nullish(),
  updated_at: epochMs,
});
export type ClerkUser = z.infer<typeof ClerkUserSchema>;

export const ClerkDeletedUserSchema = z.looseObject({ id: userId.optional() });

/** What we store about a Clerk user. */
export interface UserProfile {
  id: string;
  email: string | null;
  name: string | null;
  /** Clerk's updated_at as ISO-8601 UTC: orders out-of-order events. */
  updatedAt: string;
}

const MAX_FIELD = 320;
const clip = (value: string) => value.slice(0, MAX_FIELD);

/** The primary address only: a secondary address may be unverified or someone else's old one. */
export function primaryEmail(user: ClerkUser): string | null {
  const primary = user.email_addresses.find((e) => e.id === user.primary_email_address_id);
  return primary ? clip(primary.email_address) : null;
}

/** "First Last", else the username, else null. */
export function displayName(user: ClerkUser): string | null {
  const full = [user.first_name, user.last_name]
    .map((part) => part?.trim() ?? "")
    .filter(Boolean)
    .join(" ");
  if (full) return clip(full);
  const username = user.username?.trim();
  return username ? clip(username) : null;
}

export function toProfile(user: ClerkUser): UserProfile {
  return {
    id: user.id,
    email: primaryEmail(user),
    name: displayName(user),
    updatedAt: new Date(user.updated_at).toISOString(),
  };
}

/** The event's own timestamp (ms) as ISO, or undefined when absent or out of range. */
export function eventTime(event: ClerkEvent): string | undefined {
  const parsed = epochMs.safeParse(event.timestamp);
  return parsed.success ? new Date(parsed.data).toISOString() : undefined;
}
