import { useId, useRef, type KeyboardEvent } from "react";

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

/**
 * A radio group drawn as joined buttons. Real radio inputs give native semantics: one tab stop, arrow keys
 * move and select, and the group is announced with its legend.
 */
export function SegmentedControl<T extends string>({
  legend,
  options,
  value,
  onChange,
  name,
  disabled = false,
}: {
  legend: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  name?: string;
  disabled?: boolean;
}) {
  const generatedName = useId();
  const groupName = name ?? generatedName;
  const groupRef = useRef<HTMLFieldSetElement>(null);

  // Browsers already move between radios with arrow keys; Home/End are a convenience on top.
  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.key !== "Home" && event.key !== "End") return;
    event.preventDefault();
    const target = event.key === "Home" ? options[0] : options[options.length - 1];
    if (!target) return;
    onChange(target.value);
    groupRef.current?.querySelector<HTMLInputElement>(`input[value="${target.value}"]`)?.focus();
  }

  return (
    <fieldset ref={groupRef} onKeyDown={onKeyDown} disabled={disabled} className="min-w-0">
      <legend className="mb-1.5 text-sm font-medium text-slate-700 dark:text-slate-200">{legend}</legend>
      <div className="inline-flex w-full rounded-lg border border-slate-300 bg-slate-100 p-1 sm:w-auto dark:border-slate-700 dark:bg-slate-900">
        {options.map((option) => (
          <label
            key={option.value}
            className="relative flex-1 cursor-pointer rounded-md px-4 py-1.5 text-center text-sm font-medium text-slate-700 select-none has-checked:bg-white has-checked:text-indigo-700 has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-500 sm:flex-none dark:text-slate-300 dark:has-checked:bg-slate-700 dark:has-checked:text-white"
          >
            <input
              type="radio"
              name={groupName}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
