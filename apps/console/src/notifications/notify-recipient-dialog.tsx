import {
  CONTACT_CHANNELS,
  type ContactChannel,
  NOTIFICATION_OUTCOMES,
  type NotificationOutcome,
} from '@ledger/domain/events';
import { useId, useState } from 'react';
import type { PendingNotification } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { useRefreshSubject } from '../subject/use-subject-command';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { FreeTextField } from '../ui/free-text-field';

interface NotifyRecipientDialogProps {
  notification: PendingNotification;
  onClose: () => void;
}

/**
 * Recording an art. 19 notification owed: the recipient was told, or one of the two exceptions art. 19
 * allows (impossible, disproportionate effort), which a note must explain.
 */
export function NotifyRecipientDialog({ notification, onClose }: NotifyRecipientDialogProps) {
  const { t, fill, date } = useI18n();
  const { api } = useSession();
  const refresh = useRefreshSubject(notification.subjectId);
  const [outcome, setOutcome] = useState<NotificationOutcome>('notified');
  const [channel, setChannel] = useState<ContactChannel>('email');
  const [note, setNote] = useState('');
  const hintId = useId();
  const notified = outcome === 'notified';
  const { subjectId, about, recipientId, recipientName } = notification;
  const event = fill(t.notifications.eventOn, {
    type: t.eventType[about.type],
    date: date(about.occurredAt),
  });

  async function record() {
    const text = note.trim();
    const body = {
      about: about.eventId,
      recipientId,
      outcome,
      ...(notified && { channel }),
      ...(text && { note: text }),
    };
    await api.notifyRecipient(subjectId, body);
    await refresh();
  }

  return (
    <ConfirmDialog
      title={fill(t.notifyDialog.title, { recipient: recipientName })}
      consequence={
        <p>
          {fill(notified ? t.notifyDialog.notified : t.notifyDialog.exception, {
            recipient: recipientName,
            event,
            outcome: t.notificationOutcome[outcome],
          })}
        </p>
      }
      confirmLabel={t.notifyDialog.confirm}
      onConfirm={record}
      onClose={onClose}
    >
      <fieldset>
        <legend>{t.notifyDialog.outcome}</legend>
        {NOTIFICATION_OUTCOMES.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="outcome"
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            {t.notificationOutcome[value]}
          </label>
        ))}
      </fieldset>
      {notified && (
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
      )}
      <FreeTextField
        label={t.fields.note}
        name="note"
        required={!notified}
        describedBy={notified ? undefined : hintId}
        value={note}
        onChange={setNote}
      />
      {!notified && (
        <p id={hintId} className="hint">
          {t.notifyDialog.noteRequired}
        </p>
      )}
    </ConfirmDialog>
  );
}
