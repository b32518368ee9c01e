import { Link } from "@tanstack/react-router";
import { buttonClasses } from "@/components/ui/button-classes";
import { useDocumentTitle } from "@/lib/use-document-title";

const FEATURES = [
  {
    title: "Proven answers",
    body: "Every key and every wrong option comes from executing the program, so the right answer is right.",
  },
  {
    title: "Learn from the miss",
    body: "Each wrong option names the misconception behind it, and the explanation shows the real output.",
  },
  {
    title: "See your progress",
    body: "Your history, accuracy by topic and difficulty, and your streak, in one place.",
  },
] as const;

export function HomePage() {
  useDocumentTitle();
  return (
    <div className="space-y-12">
      <section aria-labelledby="home-heading" className="max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-indigo-600 uppercase dark:text-indigo-400">
          JavaScript · TypeScript · Python
        </p>
        <h1
          id="home-heading"
          className="mt-2 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-5xl dark:text-white"
        >
          Coding challenges with answers you can trust
        </h1>
        <p className="mt-4 text-lg text-slate-600 dark:text-slate-300">
          Pick a difficulty, a language and a topic, and Katagen writes you a fresh multiple-choice question —
          usually “what does this program print?”. Before you ever see it, the program has been run and the
          answer key checked.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link to="/practice" className={buttonClasses("primary", "px-5 py-2.5 text-base")}>
            Start practising
          </Link>
          <Link to="/progress" className={buttonClasses("secondary", "px-5 py-2.5 text-base")}>
            See your progress
          </Link>
        </div>
      </section>

      <section aria-labelledby="features-heading">
        <h2 id="features-heading" className="sr-only">
          Why Katagen
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {FEATURES.map((feature) => (
            <li
              key={feature.title}
              className="rounded-lg border border-slate-200 bg-slate-50 p-5 dark:border-slate-800 dark:bg-slate-900"
            >
              <h3 className="font-semibold text-slate-900 dark:text-white">{feature.title}</h3>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{feature.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
