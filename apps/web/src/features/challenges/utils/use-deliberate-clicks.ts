import { useCallback, useEffect, useRef, type MouseEvent } from "react";

/** How long a question is on screen before a pointer click on it counts. */
export const ARM_DELAY_MS = 500;

/**
 * Tells a click meant for what is on screen from one left over from a burst (issue 12): a burst of clicks
 * on Generate keeps landing where the pointer rests, on whatever the next page puts there, and answered an
 * unread question. A pointer click counts only when its press came ARM_DELAY_MS after this component
 * appeared and, for a mouse, once the pointer has moved since (or a key was pressed). A touch or pen tap is
 * lifted between presses, so the delay alone covers it. Keyboard activation (Enter or Space on a focused
 * button, a click with detail 0) always counts at once.
 */
export function useDeliberateClicks(delayMs = ARM_DELAY_MS) {
  const shownAt = useRef(Number.POSITIVE_INFINITY);
  const engaged = useRef(false);
  const press = useRef<{ at: number; type: string } | null>(null);

  useEffect(() => {
    shownAt.current = performance.now();
    engaged.current = false;
    press.current = null;
    const onMove = (event: PointerEvent) => {
      // Chrome may report a move of no distance when the page changes under a pointer that stays put.
      if (event.movementX !== 0 || event.movementY !== 0) engaged.current = true;
    };
    const onKey = () => {
      engaged.current = true;
    };
    const onDown = (event: PointerEvent) => {
      press.current = { at: performance.now(), type: event.pointerType || "mouse" };
    };
    document.addEventListener("pointermove", onMove, { passive: true });
    document.addEventListener("pointerdown", onDown, { capture: true, passive: true });
    document.addEventListener("keydown", onKey, { capture: true });
    return () => {
      document.removeEventListener("pointermove", onMove);
      document.removeEventListener("pointerdown", onDown, { capture: true });
      document.removeEventListener("keydown", onKey, { capture: true });
    };
  }, []);

  return useCallback(
    (event: MouseEvent) => {
      if (event.detail === 0) return true;
      const pressed = press.current ?? { at: performance.now(), type: "mouse" };
      if (pressed.at - shownAt.current < delayMs) return false;
      return pressed.type !== "mouse" || engaged.current;
    },
    [delayMs],
  );
}
