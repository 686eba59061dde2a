import type { Notice } from '../../api/wire';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import type { NoticeFact } from '../subject-facts';
import { ProvideNoticeForm } from './provide-notice-form';

interface NoticesPanelProps {
  subjectId: string;
  revision: number | null;
  given: readonly NoticeFact[];
  /** The catalogue's versions of the privacy statement. */
  notices: readonly Notice[];
  /** Whether the subject still takes a notice: not once erased. */
  recordable: boolean;
}

/** The privacy statements the person was given (arts. 13, 14), and recording one. */
export function NoticesPanel({ subjectId, revision, given, notices, recordable }: NoticesPanelProps) {
  const { t, fill, date } = useI18n();
  const { can } = useSession();
  return (
    <section aria-labelledby="notices-title" className="panel">
      <h2 id="notices-title">{t.notices.title}</h2>
      {given.length === 0 && <p>{t.notices.none}</p>}
      <ul className="cards">
        {given.map((notice) => (
          <li key={`${notice.noticeVersion} ${notice.occurredAt}`}>
            {fill(t.notices.given, {
              version: notice.noticeVersion,
              date: date(notice.occurredAt),
              channel: t.channel[notice.channel],
            })}
          </li>
        ))}
      </ul>
      {can.record && recordable && notices.length > 0 && (
        <ProvideNoticeForm subjectId={subjectId} revision={revision} notices={notices} />
      )}
    </section>
  );
}
