// Runs before the app bundle so a dark-mode user never sees a white flash; keep in sync with
// src/features/theme/theme.ts (same storage key and values).
(function () {
  var dark;
  try {
    var stored = window.localStorage.getItem("katagen-theme");
    dark =
      stored === "dark" || (stored !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  } catch (_error) {
    dark = false;
  }
  document.documentElement.classList.toggle("dark", dark);
})();
