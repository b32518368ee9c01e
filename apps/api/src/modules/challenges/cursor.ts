import { badRequest } from "../../plugins/errors";

/** Challenge ids are UUIDv7 (db/ids.ts); anything else cannot name a challenge. */
export const CHALLENGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keyset position in a newest-first list: the last item's (created_at, id). */
export interface Cursor {
  createdAt: string;
  id: string;
}

// Opaque to clients: base64url JSON, so its shape can change without breaking anyone.
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString("base64url");
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function decodeCursor(raw: string): Cursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== "string" ||
    typeof value[1] !== "string" ||
    !ISO.test(value[0]) ||
    !CHALLENGE_ID.test(value[1])
  ) {
    throw badRequest("The cursor is not one this API handed out; start again without it.", [
      { path: "querystring.cursor", message: "Invalid cursor" },
    ]);
  }
  return { createdAt: value[0], id: value[1] };
}
