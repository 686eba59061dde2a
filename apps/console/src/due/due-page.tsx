import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { DateTime } from '../ui/date-time';
import { ProblemMessage } from '../ui/problem-message';
import { QueueTable, SubjectCell } from '../ui/queue-table';

interface DueTableProps<S extends { subjectId: string; since: string }> {
  label: string;
  empty: string;
  subjects: readonly S[];
  /** Why each subject is due, when the list says. */
  why?: (subject: S) => string;
}

/** What is due across all subjects: erasures (art. 5(1)(e)) and privacy statements (art. 14(3)(a)). */
export function DuePage() {
  const { t } = useI18n();
  const { api } = useSession();
  const erasures = useQuery({ queryKey: ['queue', 'erasures-due'], queryFn: () => api.erasuresDue() });
  const notices = useQuery({ queryKey: ['queue', 'notices-due'], queryFn: () => api.noticesDue() });
  return (
    <div className="due">
      <h1>{t.due.title}</h1>
      <section aria-labelledby="erasures-due-title" className="panel">
        <h2 id="erasures-due-title">{t.due.erasuresTitle}</h2>
        <p className="hint">{t.due.erasuresIntro}</p>
        <ProblemMessage error={erasures.error} />
        {erasures.data && (
          <DueTable
            label={t.due.erasuresTitle}
            empty={t.due.erasuresEmpty}
            subjects={erasures.data.subjects}
            why={(subject) =>
              subject.why === 'retention-ended' ? t.due.retentionEnded : t.due.noActiveBasis
            }
          />
        )}
      </section>
      <section aria-labelledby="notices-due-title" className="panel">
        <h2 id="notices-due-title">{t.due.noticesTitle}</h2>
        <p className="hint">{t.due.noticesIntro}</p>
        <ProblemMessage error={notices.error} />
        {notices.data && (
          <DueTable label={t.due.noticesTitle} empty={t.due.noticesEmpty} subjects={notices.data.subjects} />
        )}
      </section>
    </div>
  );
}

function DueTable<S extends { subjectId: string; since: string }>({
  label,
  empty,
  subjects,
  why,
}: DueTableProps<S>) {
  const { t } = useI18n();
  if (subjects.length === 0) return <p>{empty}</p>;
  return (
    <QueueTable label={label} columns={[t.due.subject, t.due.since, !!why && t.due.why]}>
      {subjects.map((subject) => (
        <tr key={subject.subjectId}>
          <SubjectCell subjectId={subject.subjectId} />
          <td data-label={t.due.since}>
            <DateTime iso={subject.since} dateOnly />
          </td>
          {why && <td data-label={t.due.why}>{why(subject)}</td>}
        </tr>
      ))}
    </QueueTable>
  );
}
