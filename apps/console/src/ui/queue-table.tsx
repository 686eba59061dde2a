import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TableScroll } from './table-scroll';

/**
 * A list of all subjects' open items (objections, requests, notifications, what is due): a named table that
 * scrolls sideways on a wide screen and stacks its cells on a phone, one row per item.
 */
export function QueueTable({
  label,
  columns,
  children,
}: {
  label: string;
  /** The column headings; `false` leaves a column out (one the key's role has no use for). */
  columns: readonly (string | false)[];
  children: ReactNode;
}) {
  return (
    <TableScroll label={label}>
      <table className="queue stacked">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {columns.map(
              (column, index) =>
                column !== false && (
                  <th key={index} scope="col">
                    {column}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** A row's heading: the subject it is about, linked to the subject's page. */
export function SubjectCell({ subjectId }: { subjectId: string }) {
  return (
    <th scope="row">
      <Link to={`/subjects/${encodeURIComponent(subjectId)}`}>{subjectId}</Link>
    </th>
  );
}
