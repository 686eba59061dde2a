import type { ReactNode } from 'react';

/**
 * A table that may be wider than the screen (a phone): it scrolls sideways, and can be focused to scroll it
 * with the keyboard, so it is named like a landmark.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
