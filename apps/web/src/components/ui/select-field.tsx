import { useId, type SelectHTMLAttributes } from "react";

export interface SelectOption {
  value: string;
  label: string;
  /** Options with a group are shown under it (an optgroup), in the order the groups first appear. */
  group?: string;
}

/** A labelled native select: keyboard, screen-reader and mobile pickers come for free. */
export function SelectField({
  label,
  options,
  className = "",
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "children"> & {
  label: string;
  options: readonly SelectOption[];
}) {
  const id = useId();
  return (
    <div className={`flex min-w-0 flex-col gap-1.5 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-700 dark:text-slate-200">
        {label}
      </label>
      <select
        id={id}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 disabled:opacity-60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        {...props}
      >
        {groupOptions(options).map(([group, items]) =>
          group === undefined ? (
            items.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))
          ) : (
            <optgroup key={group} label={group}>
              {items.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
    </div>
  );
}

/** Consecutive runs of options by group; ungrouped options stay where they are. */
function groupOptions(options: readonly SelectOption[]): [string | undefined, SelectOption[]][] {
  const runs: [string | undefined, SelectOption[]][] = [];
  for (const option of options) {
    const last = runs[runs.length - 1];
    if (last && last[0] === option.group) last[1].push(option);
    else runs.push([option.group, [option]]);
  }
  return runs;
}
