import { useEffect, useRef, useState, type FormEvent, type InputHTMLAttributes, type RefObject } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { isApiError } from "@/lib/api-client";
import type { LocalAuth } from "../local-auth";

const inputClasses =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 focus:outline-none dark:border-slate-700 dark:bg-slate-900 dark:text-white";

type FieldName = "name" | "email";
type FieldErrors = Partial<Record<FieldName, string>>;
const FIELD_ORDER: readonly FieldName[] = ["name", "email"];
/** What each input is: the form renders them in FIELD_ORDER from this one list. */
const FIELD_SPECS: Record<FieldName, { label: string; type?: "email"; maxLength: number }> = {
  name: { label: "Name", maxLength: 80 },
  email: { label: "Email", type: "email", maxLength: 254 },
};

/** What the browser can tell before asking the API; the API checks again and its field errors map back. */
function validate(name: string, email: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!name.trim()) errors.name = "Enter your name.";
  if (!email.trim()) errors.email = "Enter your email address.";
  else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim()))
    errors.email = "Enter a valid email address, like ada@example.com.";
  return errors;
}

/** Local (development) sign-in: whoever you say you are. Same email, same account. */
export function LocalSignInForm({
  localAuth,
  unreachable,
  onSignedIn,
}: {
  localAuth: LocalAuth;
  /** The session could not be checked because the API did not answer (see AuthSnapshot). */
  unreachable?: string;
  onSignedIn: () => void;
}) {
  const [checking, setChecking] = useState(false);
  const [values, setValues] = useState<Record<FieldName, string>>({ name: "", email: "" });
  const { name, email } = values;
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const refs: Record<FieldName, RefObject<HTMLInputElement | null>> = {
    name: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
  };

  // The form is the page's only task: start in its first field (the layout's focus-on-navigation runs first).
  useEffect(() => {
    refs.name.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  /** Shows each field's message beside its field, and puts the cursor in the first one to fix. */
  function showFieldErrors(errors: FieldErrors) {
    setFieldErrors(errors);
    const first = FIELD_ORDER.find((field) => errors[field]);
    if (first) refs[first].current?.focus();
    return first !== undefined;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (showFieldErrors(validate(name, email))) return;
    setBusy(true);
    try {
      await localAuth.signIn({ name, email });
      onSignedIn();
    } catch (err) {
      if (isApiError(err)) {
        const byField: FieldErrors = {};
        for (const f of err.fieldErrors) {
          const field = FIELD_ORDER.find(
            (candidate) => f.path === candidate || f.path.endsWith(`.${candidate}`),
          );
          if (field) byField[field] ??= f.message;
        }
        if (!showFieldErrors(byField)) setError(err.detail ?? err.title);
      } else {
        setError("Could not sign in. Try again.");
      }
    } finally {
      setBusy(false);
    }
  }

  async function checkAgain() {
    setChecking(true);
    try {
      // A session that is still valid signs the user straight back in (SignInPage then redirects).
      await localAuth.load();
    } finally {
      setChecking(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {unreachable && (
        <div
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <p>{unreachable} You may still be signed in.</p>
          <button
            type="button"
            onClick={() => void checkAgain()}
            disabled={checking}
            className={buttonClasses("secondary", "mt-2 px-3 py-1")}
          >
            {checking ? "Checking…" : "Check again"}
          </button>
        </div>
      )}
      {FIELD_ORDER.map((field) => (
        <Field
          key={field}
          name={field}
          {...FIELD_SPECS[field]}
          value={values[field]}
          onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
          error={fieldErrors[field]}
          inputRef={refs[field]}
        />
      ))}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className={buttonClasses("primary", "w-full px-4 py-2")}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

/** A required, labelled input of the form; its name is also its autocomplete token ("name", "email"). */
function Field({
  name,
  label,
  value,
  onChange,
  error,
  inputRef,
  ...input
}: {
  name: FieldName;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** This field's message: tied to the input (aria-describedby), which is marked invalid. */
  error?: string;
  inputRef: RefObject<HTMLInputElement | null>;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "maxLength">) {
  const id = `local-${name}`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-200">
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        name={name}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        autoComplete={name}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`${inputClasses} ${error ? "border-red-600 dark:border-red-400" : ""}`}
      />
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
