import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import type { Decision, Moment } from '../api/wire';
import { useI18n } from '../i18n/i18n';

interface DecisionsTableProps {
  decisions: readonly Decision[];
  purposes: readonly PurposeDefinition[];
  moment: Moment;
}

/** For every purpose: permitted or not, the reasons (the first decides), and the basis relied on. */
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
    <div className="table-scroll">
      <table className="decisions">
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
              <td>
                <span className={`badge ${decision.permitted ? 'permitted' : 'refused'}`}>
                  {decision.permitted ? t.decisions.permitted : t.decisions.refused}
                </span>
              </td>
              <td>
                <ul className="reasons">
                  {decision.reasons.map((reason) => (
                    <li key={reason.code} data-code={reason.code}>
                      <strong>{t.reason[reason.code]}</strong>
                      <span className="detail">{reason.message}</span>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
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
    </div>
  );
}
