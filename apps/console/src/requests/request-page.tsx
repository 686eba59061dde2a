import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCatalogue } from '../catalogue/use-catalogue';
import { useI18n } from '../i18n/i18n';
import { useSubjectEvents, useSubjectRequests } from '../subject/use-subject-queries';
import { EventTimeline } from '../subject/timeline/event-timeline';
import { ProblemMessage } from '../ui/problem-message';
import { RequestFacts } from './request-facts';
import { RequestStepButtons } from './request-step-buttons';

/** One data-subject request: where it stands, the steps the role may record, and what was recorded for it. */
export function RequestPage() {
  const { subjectId = '', requestId = '' } = useParams();
  const { t, fill } = useI18n();
  const catalogue = useCatalogue();
  const requests = useSubjectRequests(subjectId);
  const events = useSubjectEvents(subjectId);
  const request = requests.data?.requests.find((candidate) => candidate.requestId === requestId);
  const history = events.data?.events ?? [];
  const own = history.filter((event) => 'requestId' in event.data && event.data.requestId === requestId);
  const [now] = useState(() => new Date().toISOString());

  return (
    <div className="request">
      <p>
        <Link to={`/subjects/${encodeURIComponent(subjectId)}`}>
          {fill(t.requests.backToSubject, { id: subjectId })}
        </Link>
      </p>
      <ProblemMessage error={requests.error ?? events.error} />
      {requests.isPending && <p>{t.app.loading}</p>}
      {requests.isSuccess && !request && <p>{t.requests.notFound}</p>}
      {request && (
        <>
          <h1>{fill(t.requests.pageTitle, { right: t.right[request.right], id: subjectId })}</h1>
          <section aria-labelledby="request-steps-title" className="panel">
            <h2 id="request-steps-title">{t.requests.steps}</h2>
            <RequestFacts request={request} />
            {events.isSuccess && (
              <RequestStepButtons request={request} revision={events.data.revision} now={now} />
            )}
          </section>
          <section aria-labelledby="request-history-title" className="panel">
            <h2 id="request-history-title">{t.requests.history}</h2>
            <EventTimeline events={own} stream={history} recipients={catalogue.data?.recipients ?? []} />
          </section>
        </>
      )}
    </div>
  );
}
