import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("accepts no variables at all: same-origin API and local sign-in", () => {
    expect(parseEnv({})).toEqual({ VITE_API_URL: undefined, VITE_CLERK_PUBLISHABLE_KEY: undefined });
  });

  it("treats empty strings as unset, as Vite passes them for blank .env lines", () => {
    expect(parseEnv({ VITE_API_URL: "", VITE_CLERK_PUBLISHABLE_KEY: "" })).toEqual({
      VITE_API_URL: undefined,
      VITE_CLERK_PUBLISHABLE_KEY: undefined,
    });
  });

  it("keeps a valid API origin without its trailing slash and a Clerk key", () => {
    expect(
      parseEnv({
        VITE_API_URL: "https://api.example.com/",
        VITE_CLERK_PUBLISHABLE_KEY: "pk_test_Y2xlcmsuZXhhbXBsZSQ",
      }),
    ).toEqual({
      VITE_API_URL: "https://api.example.com",
      VITE_CLERK_PUBLISHABLE_KEY: "pk_test_Y2xlcmsuZXhhbXBsZSQ",
    });
  });

  it("rejects bad values with one error naming every bad key", () => {
    expect(() =>
      parseEnv({ VITE_API_URL: "ftp://example.com", VITE_CLERK_PUBLISHABLE_KEY: "sk_test_secret" }),
    ).toThrow(
      /VITE_API_URL: must be an http\(s\) URL[\s\S]*VITE_CLERK_PUBLISHABLE_KEY: must be a Clerk publishable key/,
    );
  });
});
