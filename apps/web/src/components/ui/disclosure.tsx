import { Suspense, useId, useState, type ReactNode } from "react";
import { Button } from "./button";

export interface DisclosureProps {
  showLabel: string;
  hideLabel: string;
  /** Shown while a lazily loaded panel arrives. */
  pending: ReactNode;
  /** Rendered on the first open, then kept mounted while hidden. */
  children: ReactNode;
}

/**
 * A button that shows and hides a panel below it. The panel is rendered only once the learner first asks
 * for it (so a lazy chunk loads on that click), and stays mounted while hidden, so closing it keeps its
 * state: the step the learner was on, their edits, a loaded runtime.
 */
export function Disclosure({ showLabel, hideLabel, pending, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  return (
    <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setOpened(true);
        }}
      >
        {open ? hideLabel : showLabel}
      </Button>
      <div id={panelId} hidden={!open}>
        {opened ? <Suspense fallback={pending}>{children}</Suspense> : null}
      </div>
    </div>
  );
}
