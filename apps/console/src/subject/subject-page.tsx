import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { Moment } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ProblemMessage } from '../ui/problem-message';
import { ChainStatus } from './chain-status';
import { DecisionsTable } from './decisions-table';
import { ErasurePanel } from './erasure-panel';
import { EventTimeline } from './event-timeline';
import { MomentPicker } from './moment-picker';
import { OpenObjectionsPanel } from './open-objections-panel';
import { RestrictionsPanel } from './restrictions-panel';
import { subjectFacts } from './subject-facts';

/** One subject: its decisions now or at any past moment, and for auditors and the DPO its history. */
export function SubjectPage() {
  const { subjectId = '' } = useParams();
  // A fresh view per subject: the moment and open dialogs of one subject never carry over to the next.
  return <SubjectView key={subjectId} subjectId={subjectId} />;
}

function SubjectView({ subjectId }: { subjectId: string }) {
  const { t, fill, date } = useI18n();
  const { api, can } = useSession();
  const [moment, setMoment] = useState<Moment>({ kind: 'now' });

  const purposes = useQuery({ queryKey: ['purposes'], queryFn: () => api.purposes(), staleTime: Infinity });
  const decisions = useQuery({
    queryKey: ['subject', subjectId, 'decisions', moment],
    queryFn: () => api.decisions(subjectId, moment),
    // While another moment loads, the table keeps showing the last one instead of flickering empty.
    placeholderData: (previous) => previous,
  });
  const events = useQuery({
    queryKey: ['subject', subjectId, 'events'],
    queryFn: () => api.events(subjectId),
    enabled: can.audit,
  });
  const verification = useQuery({
    queryKey: ['subject', subjectId, 'verification'],
    queryFn: () => api.verification(subjectId),
    enabled: can.audit,
  });

  const history = events.data?.events ?? [];
  const facts = subjectFacts(history);
  const revision = events.data?.revision ?? null;
  const catalogue = purposes.data?.purposes ?? [];
  const mayChange = can.decide && events.isSuccess && !facts.erasure;

  return (
    <div className="subject">
      <h1>{fill(t.subject.title, { id: subjectId })}</h1>
      {facts.erasure && (
        <p className="banner" role="status">
          {fill(t.subject.erased, { date: date(facts.erasure.occurredAt) })}
        </p>
      )}
      <div className="subject-grid">
        <div className="subject-main">
          <section aria-labelledby="decisions-title" className="panel">
            <h2 id="decisions-title">{t.decisions.title}</h2>
            <MomentPicker moment={moment} onChange={setMoment} events={history} />
            <ProblemMessage error={decisions.error ?? purposes.error} />
            {decisions.isPending && <p>{t.app.loading}</p>}
            {decisions.data && (
              <DecisionsTable decisions={decisions.data.decisions} purposes={catalogue} moment={moment} />
            )}
          </section>
          {can.audit && (
            <section aria-labelledby="events-title" className="panel events-panel">
              <h2 id="events-title">{t.timeline.title}</h2>
              <ProblemMessage error={events.error} />
              {events.data && <EventTimeline events={history} />}
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
            <OpenObjectionsPanel
              subjectId={subjectId}
              objections={facts.openObjections}
              canDecide={mayChange}
            />
            <RestrictionsPanel
              subjectId={subjectId}
              revision={revision}
              restrictions={facts.restrictions}
              purposes={catalogue}
              canChange={mayChange}
            />
            {mayChange && <ErasurePanel subjectId={subjectId} revision={revision} purposes={catalogue} />}
          </div>
        )}
      </div>
    </div>
  );
}
