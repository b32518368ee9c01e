/**
 * Imported first by main.tsx, before any schema parses. zod 4 compiles object parsers with `new Function`
 * unless told not to, and probes for it with a caught `new Function("")`: under the SPA's CSP (no
 * 'unsafe-eval', ADR 012) that probe fails anyway but still fires a securitypolicyviolation report on
 * every page load. jitless skips the probe and the compilation; parsing stays correct, a little slower.
 */
import { z } from "zod";

z.config({ jitless: true });
