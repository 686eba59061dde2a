import type { PurposeCatalogue, RecordedEvent } from '../api/wire';
import { useSession } from '../session/session';
import { erasurePlan } from './erasure/erasure-plan';
import { ErasurePanel } from './erasure/erasure-panel';
import { NoticesPanel } from './notices/notices-panel';
import { ObjectionsPanel } from './objections/objections-panel';
import { RecipientsPanel } from './recipients/recipients-panel';
import { recordable } from './recordable';
import { RequestsPanel } from './requests/requests-panel';
import { RestrictionsPanel } from './restrictions/restrictions-panel';
import type { SubjectFacts } from './subject-facts';

interface SubjectSidePanelsProps {
  subjectId: string;
  events: readonly RecordedEvent[];
  revision: number | null;
  facts: SubjectFacts;
  catalogue: PurposeCatalogue;
}

/**
 * What stands for the subject (objections, restrictions, requests, privacy statements given, recipients) and
 * what the role may record about it and about erasure: only what the subject still takes (after an erasure,
 * what concerns the purposes it kept).
 */
export function SubjectSidePanels({ subjectId, events, revision, facts, catalogue }: SubjectSidePanelsProps) {
  const { can } = useSession();
  const takes = recordable(events, catalogue);
  const plan = can.decide ? erasurePlan(facts, catalogue.purposes, new Date().toISOString()) : null;
  return (
    <>
      <ObjectionsPanel
        subjectId={subjectId}
        revision={revision}
        objections={facts.objections}
        recordable={takes.objection}
      />
      <RestrictionsPanel
        subjectId={subjectId}
        revision={revision}
        restrictions={facts.restrictions}
        purposes={catalogue.purposes}
        recordable={can.decide ? takes : null}
        erased={facts.erasure !== undefined}
      />
      <RequestsPanel subjectId={subjectId} revision={revision} />
      <NoticesPanel
        subjectId={subjectId}
        revision={revision}
        given={facts.notices}
        notices={catalogue.notices}
        recordable={takes.notice}
      />
      <RecipientsPanel subjectId={subjectId} />
      {plan && <ErasurePanel subjectId={subjectId} revision={revision} plan={plan} />}
    </>
  );
}
