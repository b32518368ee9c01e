import type { ReactNode } from "react";

const tones = {
  error: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100",
  warning:
    "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100",
  info: "border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
} as const;

/** A message box; `role="alert"` makes screen readers announce it as soon as it appears. */
export function Alert({
  tone = "error",
  title,
  children,
  className = "",
}: {
  tone?: keyof typeof tones;
  title: string;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div role="alert" className={`rounded-md border p-4 text-sm ${tones[tone]} ${className}`}>
      <p className="font-semibold">{title}</p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
