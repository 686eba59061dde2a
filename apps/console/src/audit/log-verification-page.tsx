import { useMutation } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ProblemMessage } from '../ui/problem-message';
import { TableScroll } from '../ui/table-scroll';
import type { LogVerificationAnswer } from '../api/wire';

/**
 * For auditors: the whole log checked (`GET /v1/verification`). It reads every event, so it runs when asked,
 * not on every visit.
 */
export function LogVerificationPage() {
  const { t } = useI18n();
  const { api } = useSession();
  const verification = useMutation({ mutationFn: () => api.logVerification() });

  return (
    <section aria-labelledby="log-verification-title" className="narrow">
      <h1 id="log-verification-title">{t.logVerification.title}</h1>
      <p className="hint">{t.logVerification.intro}</p>
      <button
        type="button"
        className="primary"
        disabled={verification.isPending}
        onClick={() => verification.mutate()}
      >
        {t.logVerification.run}
      </button>
      <div role="status" className="log-verification">
        {verification.isPending && <p>{t.logVerification.running}</p>}
        {verification.data && <Outcome answer={verification.data} checkedAt={verification.submittedAt} />}
      </div>
      <ProblemMessage error={verification.error} />
      {verification.data && verification.data.breaks.length > 0 && <Breaks answer={verification.data} />}
    </section>
  );
}

function Outcome({ answer, checkedAt }: { answer: LogVerificationAnswer; checkedAt: number }) {
  const { t, fill, dateTime } = useI18n();
  const { streams, events, breakCount, headPosition } = answer;
  const text = !answer.valid
    ? fill(t.logVerification.broken, { count: breakCount, events, streams })
    : headPosition === null
      ? t.logVerification.empty
      : fill(t.logVerification.valid, { events, streams, position: headPosition });
  return (
    <p>
      <span className={`badge ${answer.valid ? 'permitted' : 'refused'}`}>{text}</span>{' '}
      <span className="detail">
        {fill(t.logVerification.checkedAt, { time: dateTime(new Date(checkedAt).toISOString()) })}
      </span>
    </p>
  );
}

function Breaks({ answer }: { answer: LogVerificationAnswer }) {
  const { t } = useI18n();
  return (
    <TableScroll label={t.logVerification.breaks}>
      <table className="stacked">
        <caption>{t.logVerification.breaks}</caption>
        <thead>
          <tr>
            <th scope="col">{t.logVerification.subject}</th>
            <th scope="col">{t.logVerification.revision}</th>
            <th scope="col">{t.logVerification.position}</th>
            <th scope="col">{t.logVerification.problem}</th>
          </tr>
        </thead>
        <tbody>
          {answer.breaks.map((found) => (
            <tr key={`${found.position}/${found.problem}`}>
              <th scope="row">{found.subjectId ?? '?'}</th>
              <td data-label={t.logVerification.revision}>{found.revision ?? '?'}</td>
              <td data-label={t.logVerification.position}>{found.position}</td>
              <td data-label={t.logVerification.problem}>
                <code>{found.problem}</code> <span className="detail">{found.detail}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
