import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiTarget = process.env.KATAGEN_DEV_API ?? "http://127.0.0.1:3000";

// Everything the API owns (whole segments only, so an SPA route like /authors is not swallowed by /auth);
// the SPA handles every other path.
const apiPaths = [
  "^/(?:api|auth|webhooks|docs|\\.well-known)(?:[/?].*)?$",
  "^/(?:healthz|readyz|openapi\\.json)(?:\\?.*)?$",
];

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // One .env at the repo root serves the API and the SPA; only VITE_ variables reach the bundle.
  envDir: process.env.KATAGEN_SKIP_DOTENV === "1" ? false : fileURLToPath(new URL("../..", import.meta.url)),
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
  preview: { host: "127.0.0.1", port: 4173 },
  build: { sourcemap: true },
});
