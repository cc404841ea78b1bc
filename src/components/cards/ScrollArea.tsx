// A box that scrolls sideways (a wide table, the heatmap) and shows it: shadows on the side where
// more is hidden (cards.css, .defile-x), a line « Faites défiler… » while it does not fit, a
// name and a tab stop so that the keyboard can scroll it. `atEnd` opens it scrolled to the end
// (the heatmap's today).
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

interface Props {
  /** The accessible name of the scrolling region. */
  label: string;
  /** Said above the box while it is narrower than its content. */
  hint: string;
  atEnd?: boolean;
  class?: string;
  children: ComponentChildren;
}

export function ScrollArea({ label, hint, atEnd = false, class: extra = '', children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  const hintId = useId();

  useEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    if (atEnd) box.scrollLeft = box.scrollWidth;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  return (
    <>
      {overflows && (
        <p class="defile-indication" id={hintId}>
          {hint}
        </p>
      )}
      <div
        ref={ref}
        class={`defile-x ${extra}`.trim()}
        role="region"
        tabIndex={0}
        aria-label={label}
        aria-describedby={overflows ? hintId : undefined}
      >
        {children}
      </div>
    </>
  );
}
