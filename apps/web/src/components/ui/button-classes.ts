export type ButtonVariant = "primary" | "secondary" | "ghost";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-50";

const variants: Record<ButtonVariant, string> = {
  // Hover goes darker, never lighter: white on indigo-400 (and, in light mode, on indigo-500) is below
  // AA's 4.5:1, which axe reported whenever the pointer happened to rest on a primary button.
  primary: "bg-indigo-600 text-white hover:bg-indigo-700 dark:bg-indigo-500 dark:hover:bg-indigo-600",
  secondary:
    "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  ghost: "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800",
};

/** Class names only, so links (router or plain anchors) and buttons share one look. */
export function buttonClasses(variant: ButtonVariant = "primary", extra = ""): string {
  return [base, variants[variant], extra].filter(Boolean).join(" ");
}
