import { useQuery } from '@tanstack/react-query';
import type { RecipientView } from '../../api/wire';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { ProblemMessage } from '../../ui/problem-message';
import { PurposeList } from '../../ui/purpose-list';

/** To whom the subject's data went, with what and when, and who may receive it (art. 15(1)(c)). */
export function RecipientsPanel({ subjectId }: { subjectId: string }) {
  const { t } = useI18n();
  const { api } = useSession();
  const recipients = useQuery({
    queryKey: ['subject', subjectId, 'recipients'],
    queryFn: () => api.subjectRecipients(subjectId),
  });
  const list = recipients.data?.recipients ?? [];
  return (
    <section aria-labelledby="recipients-title" className="panel">
      <h2 id="recipients-title">{t.recipientsPanel.title}</h2>
      <ProblemMessage error={recipients.error} />
      {recipients.isSuccess && list.length === 0 && <p>{t.recipientsPanel.none}</p>}
      <ul className="cards">
        {list.map((recipient) => (
          <RecipientCard key={recipient.recipientId} recipient={recipient} />
        ))}
      </ul>
    </section>
  );
}

function RecipientCard({ recipient }: { recipient: RecipientView }) {
  const { t, fill, date } = useI18n();
  return (
    <li data-recipient={recipient.recipientId}>
      <strong>{recipient.name}</strong>
      {recipient.kind && <span className="detail">{t.recipientsPanel.kind[recipient.kind]}</span>}
      <PurposeList purposes={recipient.purposes} />
      {recipient.disclosures.length === 0 ? (
        <p className="detail">{t.recipientsPanel.mayReceive}</p>
      ) : (
        <>
          <p className="detail">{t.recipientsPanel.received}</p>
          <ul className="disclosures">
            {recipient.disclosures.map((disclosure) => (
              <li key={disclosure.disclosureId}>
                {fill(t.recipientsPanel.disclosure, {
                  date: date(disclosure.occurredAt),
                  purpose: disclosure.purpose,
                })}
                <PurposeList purposes={disclosure.dataCategories} />
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
