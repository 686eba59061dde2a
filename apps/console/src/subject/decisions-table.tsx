import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import type { Decision, Moment } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { TableScroll } from '../ui/table-scroll';

interface DecisionsTableProps {
  decisions: readonly Decision[];
  purposes: readonly PurposeDefinition[];
  moment: Moment;
}

/**
 * For every purpose: permitted or not, the reasons (the first decides) with the ledger's explanation in the
 * reader's language, and the basis relied on.
 */
export function DecisionsTable({ decisions, purposes, moment }: DecisionsTableProps) {
  const { t, fill, date, dateTime } = useI18n();
  const description = (id: string) => purposes.find((purpose) => purpose.id === id)?.description;
  const caption =
    moment.kind === 'now'
      ? t.decisions.captionNow
      : fill(moment.kind === 'asOf' ? t.decisions.captionAsOf : t.decisions.captionAt, {
          time: dateTime(moment.time),
        });

  return (
    <TableScroll label={caption}>
      <table className="decisions stacked">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.decisions.purpose}</th>
            <th scope="col">{t.decisions.decision}</th>
            <th scope="col">{t.decisions.reasons}</th>
            <th scope="col">{t.decisions.basis}</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((decision) => (
            <tr key={decision.purpose} data-purpose={decision.purpose}>
              <th scope="row">
                <code>{decision.purpose}</code>
                <span className="description">{description(decision.purpose)}</span>
              </th>
              <td data-label={t.decisions.decision}>
                <span className={`badge ${decision.permitted ? 'permitted' : 'refused'}`}>
                  {decision.permitted ? t.decisions.permitted : t.decisions.refused}
                </span>
              </td>
              <td data-label={t.decisions.reasons}>
                <ul className="reasons">
                  {decision.reasons.map((reason) => (
                    <li key={reason.code} data-code={reason.code}>
                      <strong>{t.reason[reason.code]}</strong>
                    </li>
                  ))}
                </ul>
                <p className="detail explanation">{decision.explanation}</p>
              </td>
              <td data-label={t.decisions.basis}>
                {decision.basis ? (
                  <>
                    <strong>{t.legalBasis[decision.basis.legalBasis]}</strong>
                    <span className="detail">
                      {fill(t.decisions.since, { date: date(decision.basis.validFrom) })}
                      {decision.basis.validUntil &&
                        `, ${fill(t.decisions.until, { date: date(decision.basis.validUntil) })}`}
                    </span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
