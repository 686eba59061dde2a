import { CONTACT_CHANNELS, type ContactChannel, RIGHTS, type Right } from '@ledger/domain/events';
import { responseDeadline } from '@ledger/domain/rights/response-deadline';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { fromTyped } from '../../format/typed-time';
import { useI18n } from '../../i18n/i18n';
import { requestPath } from '../../requests/request-path';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FreeTextField } from '../../ui/free-text-field';
import { LocalTimeField } from '../../ui/local-time-field';
import { useSubjectCommand } from '../use-subject-command';

/** Recording a request as it came in, by any channel, possibly days ago: its deadline runs from receipt. */
export function ReceiveRequestForm({ subjectId, revision }: { subjectId: string; revision: number | null }) {
  const { t, fill, date, dateTime } = useI18n();
  const navigate = useNavigate();
  const run = useSubjectCommand(subjectId, revision);
  const [right, setRight] = useState<Right>('access');
  const [channel, setChannel] = useState<ContactChannel>('letter');
  const [received, setReceived] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [latest] = useState(() => new Date().toISOString());

  async function record(receivedAt: string) {
    const text = note.trim();
    const occurredAt = received ? { occurredAt: receivedAt } : {};
    const body = { right, channel, ...occurredAt, ...(text && { note: text }) };
    const answer = await run((api, expectedRevision) =>
      api.receiveRequest(subjectId, body, { expectedRevision }),
    );
    navigate(requestPath({ subjectId, requestId: answer.requestId }));
  }

  return (
    <details className="action-form">
      <summary>{t.requests.receiveTitle}</summary>
      <form
        aria-label={t.requests.receiveTitle}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          setConfirming(fromTyped(received) ?? new Date().toISOString());
        }}
      >
        <label className="field">
          {t.fields.right}
          <select name="right" value={right} onChange={(event) => setRight(event.target.value as Right)}>
            {RIGHTS.map((value) => (
              <option key={value} value={value}>
                {t.right[value]}
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
        <LocalTimeField
          label={t.requests.receivedAt}
          name="receivedAt"
          latest={latest}
          value={received}
          onChange={setReceived}
        />
        <FreeTextField label={t.fields.note} name="note" value={note} onChange={setNote} />
        <button type="submit" className="primary">
          {t.requests.receive}
        </button>
      </form>
      {confirming && (
        <ConfirmDialog
          title={fill(t.requestDialogs.receiveTitle, { right: t.right[right], id: subjectId })}
          consequence={
            <p>
              {fill(t.requestDialogs.receiveConsequence, {
                date: dateTime(confirming),
                deadline: date(responseDeadline(confirming)),
              })}
            </p>
          }
          confirmLabel={t.requestDialogs.receiveConfirm}
          onConfirm={() => record(confirming)}
          onClose={() => setConfirming(null)}
        />
      )}
    </details>
  );
}
