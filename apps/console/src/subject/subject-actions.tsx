import type { PurposeCatalogue, RecordedEvent } from '../api/wire';
import { useSession } from '../session/session';
import { erasurePlan } from './erasure/erasure-plan';
import { ErasurePanel } from './erasure/erasure-panel';
import { ObjectionsPanel } from './objections/objections-panel';
import { recordable } from './recordable';
import { RestrictionsPanel } from './restrictions/restrictions-panel';
import type { SubjectFacts } from './subject-facts';

interface SubjectActionsProps {
  subjectId: string;
  events: readonly RecordedEvent[];
  revision: number | null;
  facts: SubjectFacts;
  catalogue: PurposeCatalogue;
}

/**
 * The objections and restrictions in force, and what the role may record about them and about erasure:
 * only what the subject still takes (after an erasure, what concerns the purposes it kept).
 */
export function SubjectActions({ subjectId, events, revision, facts, catalogue }: SubjectActionsProps) {
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
      {plan && <ErasurePanel subjectId={subjectId} revision={revision} plan={plan} />}
    </>
  );
}
