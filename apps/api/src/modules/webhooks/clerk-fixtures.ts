/**
 * Clerk-shaped events signed the way Svix signs them: used by `npm run webhook` and by the tests.
 * Shapes follow Clerk's webhook payloads (docs/clerk-auth.md §5.2): an event envelope around the User
 * object, timestamps in Unix milliseconds.
 */
import { randomBytes } from "node:crypto";
import { Webhook } from "svix";

export interface FixtureUser {
  id: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  username?: string;
  /** Clerk's updated_at, Unix ms (default: now). */
  updatedAt?: number;
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A Clerk/Svix-style id such as msg_2fV8k…: prefix + 27 base62 characters. */
export function randomId(prefix: string): string {
  const bytes = randomBytes(27);
  let out = "";
  for (const byte of bytes) out += BASE62[byte % 62];
  return `${prefix}_${out}`;
}

/** A new Svix signing secret: whsec_ + base64 of 24 random bytes, like Clerk's. */
export function randomWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

function envelope<T>(type: string, data: T, now: number) {
  return {
    data,
    event_attributes: { http_request: { client_ip: "127.0.0.1", user_agent: "katagen-webhook-cli" } },
    instance_id: "ins_katagen_local",
    object: "event",
    timestamp: now,
    type,
  };
}

/** The User object as Clerk sends it in user.created / user.updated (fields we don't read included). */
export function clerkUser(user: FixtureUser, now = Date.now()) {
  const emailId = user.email === undefined ? null : randomId("idn");
  return {
    backup_code_enabled: false,
    banned: false,
    created_at: now,
    email_addresses:
      user.email === undefined
        ? []
        : [
            {
              email_address: user.email,
              id: emailId,
              linked_to: [],
              object: "email_address",
              verification: { status: "verified", strategy: "email_code" },
            },
          ],
    external_accounts: [],
    external_id: null,
    first_name: user.firstName ?? null,
    has_image: false,
    id: user.id,
    image_url: "https://img.clerk.com/placeholder",
    last_name: user.lastName ?? null,
    last_sign_in_at: null,
    object: "user",
    password_enabled: false,
    phone_numbers: [],
    primary_email_address_id: emailId,
    primary_phone_number_id: null,
    private_metadata: {},
    public_metadata: {},
    two_factor_enabled: false,
    unsafe_metadata: {},
    updated_at: user.updatedAt ?? now,
    username: user.username ?? null,
  };
}

export function userEvent(type: "user.created" | "user.updated", user: FixtureUser, now = Date.now()) {
  return envelope(type, clerkUser(user, now), now);
}

/** user.deleted: Clerk types data.id as optional; pass undefined to leave it out. */
export function userDeletedEvent(id: string | undefined, now = Date.now()) {
  return envelope(
    "user.deleted",
    { deleted: true, ...(id === undefined ? {} : { id }), object: "user" },
    now,
  );
}

export function otherEvent(type: string, data: unknown = {}, now = Date.now()) {
  return envelope(type, data, now);
}

export interface SignedDelivery {
  body: string;
  headers: { "content-type": string; "svix-id": string; "svix-timestamp": string; "svix-signature": string };
}

/** Signs exactly `body` with svix's own Webhook.sign, as Svix does when it delivers. */
export function signDelivery(
  secret: string,
  body: string,
  options: { svixId?: string; timestamp?: Date } = {},
): SignedDelivery {
  const svixId = options.svixId ?? randomId("msg");
  const timestamp = options.timestamp ?? new Date();
  return {
    body,
    headers: {
      "content-type": "application/json",
      "svix-id": svixId,
      "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
      "svix-signature": new Webhook(secret).sign(svixId, timestamp, body),
    },
  };
}
