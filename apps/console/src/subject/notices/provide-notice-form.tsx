import { CONTACT_CHANNELS, type ContactChannel } from '@ledger/domain/events';
import { type FormEvent, useState } from 'react';
import type { Notice } from '../../api/wire';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useSubjectCommand } from '../use-subject-command';

interface ProvideNoticeFormProps {
  subjectId: string;
  revision: number | null;
  notices: readonly Notice[];
}

/** Recording that the person was given a version of the privacy statement, and by which channel. */
export function ProvideNoticeForm({ subjectId, revision, notices }: ProvideNoticeFormProps) {
  const { t, fill, date } = useI18n();
  const run = useSubjectCommand(subjectId, revision);
  const [version, setVersion] = useState(notices.at(-1)?.version ?? '');
  const [channel, setChannel] = useState<ContactChannel>('letter');
  const [confirming, setConfirming] = useState(false);
  const notice = notices.find((candidate) => candidate.version === version);

  return (
    <details className="action-form">
      <summary>{t.notices.recordTitle}</summary>
      <form
        aria-label={t.notices.recordTitle}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          setConfirming(true);
        }}
      >
        <label className="field">
          {t.notices.version}
          <select name="noticeVersion" value={version} onChange={(event) => setVersion(event.target.value)}>
            {notices.map((candidate) => (
              <option key={candidate.version} value={candidate.version}>
                {candidate.version} ({candidate.language})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t.fields.channel}
          <select
            name="channel"
            value={channel}
            onChange={(event) => setChannel(event.target.value as ContactChannel)}
          >
            {CONTACT_CHANNELS.map((value) => (
              <option key={value} value={value}>
                {t.channel[value]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t.notices.record}
        </button>
      </form>
      {confirming && notice && (
        <ConfirmDialog
          title={fill(t.notices.dialogTitle, { id: subjectId })}
          consequence={
            <p>
              {fill(t.notices.consequence, {
                version: notice.version,
                language: notice.language,
                published: date(notice.publishedAt),
                channel: t.channel[channel],
              })}
            </p>
          }
          confirmLabel={t.notices.confirm}
          onConfirm={() =>
            run((api, expectedRevision) =>
              api.provideNotice(subjectId, { noticeVersion: notice.version, channel }, { expectedRevision }),
            )
          }
          onClose={() => setConfirming(false)}
        />
      )}
    </details>
  );
}
