const DAY_MS = 86_400_000;

/** Where a deadline stands at `now`: whole days left, due within the day, or whole days overdue. */
export type DeadlineStatus =
  { kind: 'left'; days: number } | { kind: 'due-today' } | { kind: 'overdue'; days: number };

/**
 * Days left are whole days still ahead (2.9 days ahead: 2 days left); a deadline less than a day ahead is due
 * today; once it has passed, every started day counts as overdue (an hour late: 1 day overdue).
 */
export function deadlineStatus(deadline: string, now: number): DeadlineStatus {
  const ahead = Date.parse(deadline) - now;
  if (ahead < 0) return { kind: 'overdue', days: Math.ceil(-ahead / DAY_MS) };
  const days = Math.floor(ahead / DAY_MS);
  return days === 0 ? { kind: 'due-today' } : { kind: 'left', days };
}

/** A week or less to go, or overdue: shown as urgent. */
export const isUrgent = (status: DeadlineStatus) => status.kind !== 'left' || status.days <= 7;
