import { useState, type FormEvent, type InputHTMLAttributes } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { isApiError } from "@/lib/api-client";
import type { LocalAuth } from "../local-auth";

const inputClasses =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 focus:outline-none dark:border-slate-700 dark:bg-slate-900 dark:text-white";

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
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await localAuth.signIn({ name, email });
      onSignedIn();
    } catch (err) {
      if (isApiError(err)) {
        setError(
          err.fieldErrors.length > 0
            ? err.fieldErrors.map((f) => f.message).join(". ")
            : (err.detail ?? err.title),
        );
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
      <Field name="name" label="Name" maxLength={80} value={name} onChange={setName} />
      <Field name="email" label="Email" type="email" maxLength={254} value={email} onChange={setEmail} />
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
  ...input
}: {
  name: "name" | "email";
  label: string;
  value: string;
  onChange: (value: string) => void;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "maxLength">) {
  const id = `local-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-200">
        {label}
      </label>
      <input
        id={id}
        name={name}
        {...input}
        autoComplete={name}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={inputClasses}
      />
    </div>
  );
}
