import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Moment } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ProblemMessage } from '../ui/problem-message';
import { ChainStatus } from './chain-status';
import { DecisionsTable } from './decisions-table';
import { ExportPanel } from './export-panel';
import { MomentPicker } from './moment-picker';
import { purposesNamed } from './purposes-in-view';
import { SubjectSidePanels } from './subject-side-panels';
import { subjectFacts } from './subject-facts';
import { EventTimeline } from './timeline/event-timeline';
import { useLiveSubject } from './use-live-subject';
import { useSubjectQueries } from './use-subject-queries';

/** One subject: its decisions now or at any past moment, and for auditors and the DPO its history. */
export function SubjectPage() {
  const { subjectId = '' } = useParams();
  // A fresh view per subject: the moment and open dialogs of one subject never carry over to the next.
  return <SubjectView key={subjectId} subjectId={subjectId} />;
}

function SubjectView({ subjectId }: { subjectId: string }) {
  const { t, fill, date } = useI18n();
  const { can } = useSession();
  const [moment, setMoment] = useState<Moment>({ kind: 'now' });
  const { catalogue, decisions, events, verification } = useSubjectQueries(subjectId, moment);
  useLiveSubject(subjectId);

  const history = events.data?.events ?? [];
  const facts = subjectFacts(history);
  const erasure = facts.erasure;

  if (can.audit && events.isPending) return <p>{t.app.loading}</p>;
  // A subject the ledger has no event of is most likely a mistyped id: nothing to show, nothing to offer.
  if (events.data?.revision === null) return <UnknownSubject subjectId={subjectId} />;

  return (
    <div className="subject">
      <h1>{fill(t.subject.title, { id: subjectId })}</h1>
      {erasure && (
        <p className="banner" role="status">
          {fill(erasure.data.retain.length > 0 ? t.subject.erased : t.subject.erasedKeepingNothing, {
            date: date(erasure.occurredAt),
          })}
        </p>
      )}
      <div className="subject-grid">
        <div className="subject-main">
          <section aria-labelledby="decisions-title" className="panel">
            <h2 id="decisions-title">{t.decisions.title}</h2>
            <MomentPicker moment={moment} onChange={setMoment} events={history} />
            <ProblemMessage error={decisions.error ?? catalogue.error} />
            {decisions.isPending && <p>{t.app.loading}</p>}
            {decisions.data && (
              <DecisionsTable
                subjectId={subjectId}
                decisions={decisions.data.decisions}
                purposes={catalogue.data?.purposes ?? []}
                moment={moment}
                named={events.data ? purposesNamed(history) : null}
                objections={facts.objections}
              />
            )}
          </section>
          {can.audit && (
            <section aria-labelledby="events-title" className="panel events-panel">
              <h2 id="events-title">{t.timeline.title}</h2>
              <ProblemMessage error={events.error} />
              {events.data && (
                <EventTimeline events={history} recipients={catalogue.data?.recipients ?? []} />
              )}
            </section>
          )}
        </div>
        {can.audit && (
          <div className="subject-side">
            <section aria-labelledby="chain-title" className="panel">
              <h2 id="chain-title">{t.chain.title}</h2>
              <ProblemMessage error={verification.error} />
              {verification.data && <ChainStatus verification={verification.data} />}
            </section>
            <ExportPanel subjectId={subjectId} />
            {events.isSuccess && catalogue.data && (
              <SubjectSidePanels
                subjectId={subjectId}
                events={history}
                revision={events.data.revision}
                facts={facts}
                catalogue={catalogue.data}
              />
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function UnknownSubject({ subjectId }: { subjectId: string }) {
  const { t, fill } = useI18n();
  return (
    <section aria-labelledby="unknown-title" className="narrow">
      <h1 id="unknown-title">{fill(t.unknownSubject.title, { id: subjectId })}</h1>
      <p>{t.unknownSubject.body}</p>
      <Link to="/">{t.unknownSubject.again}</Link>
    </section>
  );
}
