// First: configures zod before any module parses with it (see the file).
import "./config/zod-jitless";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { createAppRouter } from "./app/router";
import { createQueryClient } from "./lib/query-client";
import "./index.css";

const queryClient = createQueryClient();
const router = createAppRouter({ queryClient });

const container = document.getElementById("root");
if (!container) throw new Error('index.html must contain <div id="root">');

createRoot(container).render(
  <StrictMode>
    <App router={router} queryClient={queryClient} />
  </StrictMode>,
);
