// @vitest-environment node
import { describe, expect, it } from "vitest";
import { clerkFrontendApiOrigin, cspDirectives, serializeCsp } from "./content-security-policy";

const keyFor = (host: string, kind = "test") => `pk_${kind}_${btoa(`${host}$`)}`;

describe("content security policy", () => {
  it("decodes the Frontend API host from a publishable key, test or live", () => {
    expect(clerkFrontendApiOrigin(keyFor("happy-cat-12.clerk.accounts.dev"))).toBe(
      "https://happy-cat-12.clerk.accounts.dev",
    );
    expect(clerkFrontendApiOrigin(keyFor("clerk.katagen.dev", "live"))).toBe("https://clerk.katagen.dev");
  });

  it.each([
    ["not base64", "pk_test_@@@"],
    ["no trailing $", `pk_test_${btoa("clerk.example.com")}`],
    ["a host with a path", keyFor("clerk.example.com/evil")],
    ["a host with a quote that would break the policy", keyFor("clerk.example.com' 'unsafe-eval")],
  ])("refuses a key that is %s", (_why, key) => {
    expect(() => clerkFrontendApiOrigin(key)).toThrow(/Frontend API host/);
  });

  it("allows only the app's own origin with no variables (the API serves the SPA, local sign-in)", () => {
    const policy = serializeCsp(cspDirectives({}));
    expect(policy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-src 'self'; worker-src 'self' blob:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(policy).not.toMatch(/unsafe-eval|\*/);
  });

  it("adds exactly the API origin and Clerk's hosts for a cross-origin Clerk build", () => {
    const directives = cspDirectives({
      VITE_API_URL: "https://api.katagen.dev",
      VITE_CLERK_PUBLISHABLE_KEY: keyFor("clerk.katagen.dev", "live"),
    });
    expect(directives["connect-src"]).toEqual([
      "'self'",
      "https://api.katagen.dev",
      "https://clerk.katagen.dev",
    ]);
    expect(directives["script-src"]).toEqual([
      "'self'",
      "https://clerk.katagen.dev",
      "https://challenges.cloudflare.com",
    ]);
    expect(directives["img-src"]).toEqual(["'self'", "data:", "https://img.clerk.com"]);
    expect(directives["frame-src"]).toEqual(["'self'", "https://challenges.cloudflare.com"]);
    expect(directives["worker-src"]).toEqual(["'self'", "blob:"]);
  });

  it("lets the page start its own-origin worker but compile no WebAssembly (the worker has its own policy)", () => {
    for (const env of [{}, { VITE_CLERK_PUBLISHABLE_KEY: keyFor("clerk.katagen.dev", "live") }]) {
      const directives = cspDirectives(env);
      expect(directives["worker-src"]).toContain("'self'");
      expect(directives["script-src"]).not.toContain("'wasm-unsafe-eval'");
      expect(directives["script-src"]).not.toContain("'unsafe-eval'");
    }
  });

  it("leaves out what a meta tag cannot carry (frame-ancestors is the static host's header)", () => {
    expect(Object.keys(cspDirectives({}))).not.toContain("frame-ancestors");
  });
});
