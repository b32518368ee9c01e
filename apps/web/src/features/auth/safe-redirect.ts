/**
 * Where to go after signing in. Only same-origin paths are accepted: `?redirect=https://evil…` or
 * `//evil…` would turn the sign-in page into an open redirect.
 */
export function safeRedirect(value: unknown, fallback = "/"): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  ) {
    return fallback;
  }
  if (/^\/sign-(in|up)(\/|$|\?)/.test(value)) return fallback;
  return value;
}
