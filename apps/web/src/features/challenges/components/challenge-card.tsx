import type { AnswerResult, Challenge } from "@katagen/contract";
import { useEffect, useRef, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DIFFICULTY_LABELS } from "@/components/ui/labels";
import { Markdown } from "@/components/ui/markdown";
import { Spinner } from "@/components/ui/spinner";
import { useAnswerChallenge } from "../api/answer-challenge";
import { useDeliberateClicks } from "../utils/use-deliberate-clicks";
import { CodeBlock } from "./code-block";

const LETTERS = ["A", "B", "C", "D"] as const;

/** Which option a key press picks: 1–4 or A–D (either case); null for any other key. */
export function choiceForKey(key: string): number | null {
  if (/^[1-4]$/.test(key)) return Number(key) - 1;
  const index = LETTERS.indexOf(key.toUpperCase() as (typeof LETTERS)[number]);
  return key.length === 1 && index >= 0 ? index : null;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName);
}

/** Whether the element a key was pressed on opened this card (the History row's Answer button does). */
function controlsCard(target: EventTarget | null, card: HTMLElement): boolean {
  if (!(target instanceof Element)) return false;
  const ids = target.closest("[aria-controls]")?.getAttribute("aria-controls")?.split(/\s+/) ?? [];
  return ids.some((id) => document.getElementById(id)?.contains(card) ?? false);
}

/**
 * With focus-scoped shortcuts, the card a key goes to when nothing has focus: the one opened or clicked
 * last. Clicking a card's text moves focus to the page itself, and that must not silence its keys.
 */
let lastEngagedCard: string | null = null;

type HeadingLevel = "h1" | "h2" | "h3";

export interface SkipControl {
  /** Leaves the challenge unanswered (it stays in History) and moves on. */
  onSkip: () => void;
  pending?: boolean;
  /** Why skipping is impossible now (no quota left for the next one). */
  disabledReason?: string;
  /** What went wrong with the last skip, shown under the button. */
  error?: ReactNode;
}

export interface ChallengeCardProps {
  challenge: Challenge & { answer?: AnswerResult | null };
  /** Display name for the language (the catalog knows it). */
  languageLabel: string;
  /** Display name for the topic (the catalog knows it); the id is shown otherwise. */
  topicLabel?: string;
  titleAs?: HeadingLevel;
  /**
   * "page": number/letter keys answer from anywhere on the page (one card per page).
   * "focus": several cards on one page: while focus is inside this card or on the control that opened
   * it, or when nothing has focus and this card was the last one opened or clicked.
   */
  shortcuts?: "page" | "focus";
  onAnswered?: (result: AnswerResult) => void;
  /**
   * Tools for the answered program, shown under the explanation (the app passes "Try it yourself"; the
   * card cannot import another feature).
   */
  answerTools?: (result: AnswerResult) => ReactNode;
  /** Shown under the explanation once answered, e.g. a "Next challenge" button. */
  afterAnswer?: ReactNode;
  /** A Skip button under the options while unanswered. */
  skip?: SkipControl;
}

/** Keyed by id, so a different challenge always starts unanswered, with no state left from the last one. */
export function ChallengeCard(props: ChallengeCardProps) {
  return <ChallengeCardBody key={props.challenge.id} {...props} />;
}

function ChallengeCardBody({
  challenge,
  languageLabel,
  topicLabel,
  titleAs: Title = "h2",
  shortcuts = "page",
  onAnswered,
  answerTools,
  afterAnswer,
  skip,
}: ChallengeCardProps) {
  const answer = useAnswerChallenge(challenge.id, { onAnswered });
  const result = challenge.answer ?? answer.data ?? null;
  const cardRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const answeredHere = useRef(false);
  // Set in the click itself: the second click of a double click comes before the re-render that disables.
  const sending = useRef(false);
  const isDeliberate = useDeliberateClicks();

  const canAnswer = !result && !answer.isPending;
  const choose = (choice: number) => {
    if (!canAnswer || sending.current) return;
    sending.current = true;
    answeredHere.current = true;
    answer.mutate(choice, {
      onSettled: () => {
        sending.current = false;
      },
    });
  };
  const chooseRef = useRef(choose);
  chooseRef.current = choose;

  // Opening a card in History engages it: its keys work straight away (issue 12).
  useEffect(() => {
    if (shortcuts !== "focus") return;
    lastEngagedCard = challenge.id;
    return () => {
      if (lastEngagedCard === challenge.id) lastEngagedCard = null;
    };
  }, [shortcuts, challenge.id]);

  useEffect(() => {
    const card = cardRef.current;
    if (result || !card) return;
    const inScope = (target: EventTarget | null) =>
      shortcuts === "page" ||
      (target instanceof Node && card.contains(target)) ||
      controlsCard(target, card) ||
      ((target === document.body || target === document.documentElement) && lastEngagedCard === challenge.id);
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      const choice = choiceForKey(e.key);
      if (choice === null || !inScope(e.target)) return;
      e.preventDefault();
      chooseRef.current(choice);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [result, shortcuts, challenge.id]);

  // Keyboard and screen-reader users land on the verdict they just caused.
  useEffect(() => {
    if (result && answeredHere.current) resultRef.current?.focus();
  }, [result]);

  const titleId = `challenge-${challenge.id}-title`;
  return (
    <article
      ref={cardRef}
      aria-labelledby={titleId}
      onPointerDown={() => {
        if (shortcuts === "focus") lastEngagedCard = challenge.id;
      }}
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-950"
    >
      <ul className="flex flex-wrap gap-2 text-xs font-medium" aria-label="About this challenge">
        <li className="rounded-full bg-indigo-50 px-2.5 py-1 text-indigo-800 dark:bg-indigo-500/15 dark:text-indigo-200">
          {DIFFICULTY_LABELS[challenge.difficulty]}
        </li>
        <li className="rounded-full bg-slate-100 px-2.5 py-1 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          {languageLabel}
        </li>
        <li className="rounded-full bg-slate-100 px-2.5 py-1 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          {topicLabel ?? challenge.topic}
        </li>
        {challenge.verified ? (
          <li className="rounded-full bg-emerald-50 px-2.5 py-1 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-200">
            Answer proven by running the code
          </li>
        ) : null}
      </ul>

      <Title
        id={titleId}
        className="mt-3 text-xl font-bold tracking-tight text-slate-900 sm:text-2xl dark:text-white"
      >
        {challenge.title}
      </Title>
      <Markdown className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{challenge.prompt}</Markdown>
      {challenge.code ? (
        <div className="mt-4">
          <CodeBlock code={challenge.code} language={challenge.language} languageLabel={languageLabel} />
        </div>
      ) : null}

      {result ? (
        <AnsweredOptions challenge={challenge} result={result} />
      ) : (
        <fieldset className="mt-5 min-w-0" disabled={answer.isPending}>
          <legend className="text-sm font-medium text-slate-700 dark:text-slate-200">
            Your answer{" "}
            <span className="font-normal text-slate-600 dark:text-slate-400">(press 1–4 or A–D)</span>
          </legend>
          {/* grid-cols-1 is minmax(0, 1fr): a long unbreakable token cannot widen the column past the page. */}
          <ol className="mt-2 grid grid-cols-1 gap-2">
            {challenge.options.map((option, index) => (
              <li key={index}>
                <button
                  type="button"
                  // A click left over from a burst on Generate lands here unread: it does not count.
                  onClick={(event) => {
                    if (isDeliberate(event)) choose(index);
                  }}
                  aria-keyshortcuts={`${index + 1} ${LETTERS[index]}`}
                  aria-label={`${LETTERS[index]}: ${option}`}
                  className="flex w-full items-start gap-3 rounded-lg border border-slate-300 bg-white p-3 text-left hover:border-indigo-500 hover:bg-indigo-50 disabled:cursor-wait dark:border-slate-700 dark:bg-slate-900 dark:hover:border-indigo-400 dark:hover:bg-indigo-500/10"
                >
                  <OptionLetter index={index} />
                  <span className="min-w-0 flex-1 font-mono text-sm break-words whitespace-pre-wrap text-slate-900 dark:text-slate-100">
                    {option}
                  </span>
                  {answer.isPending && answer.variables === index ? <Spinner className="mt-1" /> : null}
                </button>
              </li>
            ))}
          </ol>
          {answer.isError ? (
            <Alert className="mt-3" title="Your answer was not saved">
              {answer.error.detail ?? answer.error.title} Pick an option to try again.
            </Alert>
          ) : null}
        </fieldset>
      )}
      {!result && skip ? <SkipButton skip={skip} titleId={titleId} isDeliberate={isDeliberate} /> : null}

      {result ? (
        <div className="mt-5 space-y-4">
          <div
            ref={resultRef}
            tabIndex={-1}
            role="status"
            className={`flex items-start gap-3 rounded-lg border p-4 ${
              result.correct
                ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100"
                : "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100"
            }`}
          >
            <VerdictIcon correct={result.correct} />
            <p className="font-semibold">
              {result.correct
                ? `Right! ${LETTERS[result.correctChoice]} is the answer.`
                : `Wrong. You picked ${LETTERS[result.choice]}; the answer is ${LETTERS[result.correctChoice]}.`}
            </p>
          </div>
          <section aria-labelledby={`${titleId}-why`}>
            <h3 id={`${titleId}-why`} className="font-semibold text-slate-900 dark:text-white">
              Explanation
            </h3>
            <Markdown className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
              {result.explanation}
            </Markdown>
          </section>
          {answerTools?.(result)}
          {afterAnswer}
        </div>
      ) : null}
    </article>
  );
}

function SkipButton({
  skip,
  titleId,
  isDeliberate,
}: {
  skip: SkipControl;
  titleId: string;
  isDeliberate: ReturnType<typeof useDeliberateClicks>;
}) {
  const hintId = `${titleId}-skip`;
  return (
    <div className="mt-4 space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Button
          variant="secondary"
          // It sits where the next question's Skip will be: one more click of a burst must not skip that too.
          onClick={(event) => {
            if (isDeliberate(event)) skip.onSkip();
          }}
          disabled={skip.pending || Boolean(skip.disabledReason)}
          aria-busy={skip.pending || undefined}
          aria-describedby={hintId}
        >
          {skip.pending ? <Spinner /> : null}
          {skip.pending ? "Skipping…" : "Skip for now"}
        </Button>
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {skip.disabledReason ??
            "Leaves this one unanswered and opens the next; you can still answer it from History."}
        </p>
      </div>
      {skip.error}
    </div>
  );
}

function OptionLetter({ index }: { index: number }) {
  return (
    <span
      aria-hidden="true"
      className="flex size-6 shrink-0 items-center justify-center rounded-md bg-slate-100 text-xs font-bold text-slate-700 dark:bg-slate-800 dark:text-slate-200"
    >
      {LETTERS[index]}
    </span>
  );
}

function AnsweredOptions({ challenge, result }: { challenge: Challenge; result: AnswerResult }) {
  return (
    <ol className="mt-5 grid grid-cols-1 gap-2" aria-label="Options and why">
      {challenge.options.map((option, index) => {
        const isKey = index === result.correctChoice;
        const isChoice = index === result.choice;
        const tone = isKey
          ? "border-emerald-500 bg-emerald-50 dark:border-emerald-600 dark:bg-emerald-950/40"
          : isChoice
            ? "border-red-400 bg-red-50 dark:border-red-700 dark:bg-red-950/40"
            : "border-slate-200 dark:border-slate-800";
        return (
          <li key={index} className={`rounded-lg border p-3 ${tone}`}>
            <div className="flex items-start gap-3">
              <OptionLetter index={index} />
              <span className="sr-only">{LETTERS[index]}: </span>
              <span className="min-w-0 flex-1 font-mono text-sm break-words whitespace-pre-wrap text-slate-900 dark:text-slate-100">
                {option}
              </span>
            </div>
            <div className="mt-2 flex flex-wrap gap-2 pl-9">
              {isKey ? (
                <span className="inline-flex items-center gap-1 rounded-full bg-emerald-700 px-2 py-0.5 text-xs font-semibold text-white">
                  <CheckIcon /> Correct answer
                </span>
              ) : null}
              {isChoice ? (
                <span className="inline-flex items-center gap-1 rounded-full bg-slate-700 px-2 py-0.5 text-xs font-semibold text-white dark:bg-slate-200 dark:text-slate-900">
                  Your answer
                </span>
              ) : null}
            </div>
            {result.optionExplanations[index] ? (
              <Markdown className="mt-2 pl-9 text-sm text-slate-700 dark:text-slate-300">
                {result.optionExplanations[index]}
              </Markdown>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** A decorative line icon drawn in the text colour; the words next to it say what it means. */
function LineIcon({
  viewBox,
  className,
  strokeWidth,
  children,
}: {
  viewBox: string;
  className: string;
  strokeWidth: string;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={viewBox}
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

function CheckIcon() {
  return (
    <LineIcon viewBox="0 0 20 20" className="size-3.5" strokeWidth="3">
      <path d="m4 10 4 4 8-8" strokeLinecap="round" strokeLinejoin="round" />
    </LineIcon>
  );
}

function VerdictIcon({ correct }: { correct: boolean }) {
  return (
    <LineIcon viewBox="0 0 24 24" className="mt-0.5 size-5 shrink-0" strokeWidth="2.5">
      <circle cx="12" cy="12" r="10" />
      {correct ? (
        <path d="m7.5 12 3 3 6-6" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <path d="m9 9 6 6m0-6-6 6" strokeLinecap="round" />
      )}
    </LineIcon>
  );
}
