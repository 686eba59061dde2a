import type { DataSubjectRequest } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { DateTime } from '../ui/date-time';
import { RequestStatus } from './request-status';

/** Where a request stands: how and when it came in, its deadlines, the identity check, the answer. */
export function RequestFacts({ request }: { request: DataSubjectRequest }) {
  const { t, fill, date } = useI18n();
  return (
    <dl className="facts request-facts">
      <dt>{t.requests.received}</dt>
      <dd>
        <DateTime iso={request.receivedAt} />
        {request.channel && ` · ${t.channel[request.channel]}`}
      </dd>
      <dt>{t.requests.deadline}</dt>
      <dd>
        <DateTime iso={request.deadline} dateOnly />
      </dd>
      <dt>{t.requests.extendedUntil}</dt>
      <dd>
        {request.extendedUntil ? <DateTime iso={request.extendedUntil} dateOnly /> : t.requests.notExtended}
      </dd>
      <dt>{t.requests.identity}</dt>
      <dd>
        {request.identityVerifiedAt
          ? fill(t.requests.verifiedOn, { date: date(request.identityVerifiedAt) })
          : t.requests.notVerified}
      </dd>
      <dt>{t.requests.remaining}</dt>
      <dd>
        <RequestStatus request={request} />
      </dd>
    </dl>
  );
}
