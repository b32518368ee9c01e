import type { GenerateChallengeBody } from "@katagen/contract";

/**
 * One click intent, one generation (issue 12): a double click on Generate or "Next challenge" must not
 * cost two units. An intent opens with a key and stays open until its request settles and the new
 * challenge is open; clicks meanwhile belong to it and send nothing (the API would answer 409 for a key in
 * flight). A request that got no answer at all may still have been served, so the next click for the same
 * settings retries with the same key, and the API replays that challenge instead of charging again; any
 * answer from the server (a 429, a 503) closes the intent, and the next click is a new one.
 */
export function createGenerateIntent(newKey: () => string) {
  let open = false;
  let unanswered: { key: string; body: string } | null = null;

  return {
    /** The key to send for a click, or null when the click belongs to an intent already in flight. */
    begin(body: GenerateChallengeBody): string | null {
      if (open) return null;
      open = true;
      const settings = JSON.stringify(body);
      const key = unanswered?.body === settings ? unanswered.key : newKey();
      unanswered = { key, body: settings };
      return key;
    },
    /**
     * A request this tab sent before a reload (utils/pending-generate.ts): it becomes the open intent,
     * with its own key, so the API replays what it made. Null when an intent is already open.
     */
    resume(pending: { key: string; body: GenerateChallengeBody }): string | null {
      if (open) return null;
      open = true;
      unanswered = { key: pending.key, body: JSON.stringify(pending.body) };
      return pending.key;
    },
    /** The server answered, or the request never reached it: retrying must be a new intent only in the first case. */
    fail({ answered }: { answered: boolean }) {
      open = false;
      if (answered) unanswered = null;
    },
    /** The challenge is open: the next click is a new intent. */
    finish() {
      open = false;
      unanswered = null;
    },
  };
}
