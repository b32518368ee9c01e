import { describe, expect, it } from "vitest";
import { createGenerateIntent } from "./generate-intent";

function intent() {
  let n = 0;
  return createGenerateIntent(() => `key-${++n}`);
}
const easy = { difficulty: "easy" as const };

describe("generate intent", () => {
  it("sends nothing for clicks while the first click's request is in flight", () => {
    const clicks = intent();
    expect(clicks.begin(easy)).toBe("key-1");
    expect(clicks.begin(easy)).toBeNull();
    expect(clicks.begin(easy)).toBeNull();
  });

  it("starts a new intent with a new key once the challenge is open", () => {
    const clicks = intent();
    clicks.begin(easy);
    clicks.finish();
    expect(clicks.begin(easy)).toBe("key-2");
  });

  it("retries with the same key after a request that got no answer, for the same settings only", () => {
    const clicks = intent();
    clicks.begin(easy);
    clicks.fail({ answered: false });
    expect(clicks.begin(easy)).toBe("key-1");
    clicks.fail({ answered: false });
    expect(clicks.begin({ difficulty: "hard" })).toBe("key-2");
  });

  it("uses a new key after the server answered with an error", () => {
    const clicks = intent();
    clicks.begin(easy);
    clicks.fail({ answered: true });
    expect(clicks.begin(easy)).toBe("key-2");
  });

  it("resumes a request sent before a reload with its key, and treats clicks meanwhile as part of it", () => {
    const clicks = intent();
    expect(clicks.resume({ key: "saved", body: easy })).toBe("saved");
    expect(clicks.begin(easy)).toBeNull();
    expect(clicks.resume({ key: "other", body: easy })).toBeNull();
    clicks.fail({ answered: false });
    expect(clicks.begin(easy)).toBe("saved");
  });
});
