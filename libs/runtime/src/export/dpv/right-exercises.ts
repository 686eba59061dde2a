import { RecordedEvent, RequestView } from '@ledger/domain';
import { JsonLdNode, ledgerIri, RIGHT } from './dpv-context';

/** What a step of a right's exercise became in DPV, by the event that records it. */
const REQUEST_OUTCOME: Readonly<Record<RequestView['outcome'] & string, string[]>> = {
  granted: ['dpv:RequestFulfilled'],
  'partly-granted': ['dpv:RequestFulfilled', 'dpv:RequestRejected'],
  refused: ['dpv:RequestRejected'],
};

/**
 * The rights the subject exercised, as DPV's rights guide records them: each step a `dpv:RightExerciseActivity`
 * with its status and time, after the step before (`dpv:isAfter`). A request of the register is initiated with
 * its deadline, its identity check is the required action performed, its extension a delay to the extended
 * deadline, its completion fulfilled or rejected (both, when partly granted). An objection is initiated, then
 * upheld (fulfilled), overridden (rejected) or withdrawn (halted); a restriction is ongoing until lifted.
 */
export function rightExercises(
  subjectId: string,
  events: readonly RecordedEvent[],
  requests: readonly RequestView[],
) {
  const activities: JsonLdNode[] = [];
  const last = new Map<string, string>();
  const step = (thing: string, id: string, part: string | null, at: string, fields: JsonLdNode) => {
    const subject = ledgerIri(thing, id);
    const iri = part === null ? subject : `${subject}:${part}`;
    const previous = last.get(subject);
    activities.push({
      '@id': iri,
      '@type': 'dpv:RightExerciseActivity',
      'dpv:hasDataSubject': ledgerIri('subject', subjectId),
      'dct:created': at,
      ...(previous && { 'dpv:isAfter': previous }),
      ...fields,
    });
    last.set(subject, iri);
  };
  const relation = (requestId: string | undefined) =>
    requestId && { 'dct:relation': ledgerIri('request', requestId) };
  const purposes = (ids: readonly string[] | undefined) =>
    ids?.length ? { 'dpv:hasPurpose': ids.map((id) => ({ '@id': ledgerIri('purpose', id) })) } : undefined;
  const until = (end: string) => ({
    'dpv:hasDuration': { '@type': 'dpv:UntilTimeDuration', 'time:hasEnd': end },
  });
  const request = (id: string) => requests.find((view) => view.requestId === id) as RequestView;

  for (const event of events) {
    const at = event.occurredAt;
    switch (event.type) {
      case 'RequestReceived': {
        const { requestId, right } = event.data;
        const fields = {
          'dct:identifier': requestId,
          'dpv:hasRight': RIGHT[right],
          'dpv:hasStatus': 'dpv:RequestInitiated',
        };
        step('request', requestId, null, at, { ...fields, ...until(request(requestId).deadline) });
        break;
      }
      case 'IdentityVerified':
        step('request', event.data.requestId, 'identity', at, {
          'dpv:hasStatus': 'dpv:RequestRequiredActionPerformed',
          'dct:description': event.data.method,
        });
        break;
      case 'RequestExtended':
        step('request', event.data.requestId, 'extension', at, {
          'dpv:hasStatus': 'dpv:RequestActionDelayed',
          ...until(event.data.extendedUntil),
        });
        break;
      case 'RequestCompleted': {
        const { requestId, outcome, refusalGround } = event.data;
        step('request', requestId, 'completion', at, {
          'dpv:hasStatus': REQUEST_OUTCOME[outcome],
          'dct:description': refusalGround ? `${outcome}: ${refusalGround}` : outcome,
        });
        break;
      }
      case 'ObjectionFiled': {
        const { objectionId, requestId } = event.data;
        step('objection', objectionId, null, at, {
          'dct:identifier': objectionId,
          'dpv:hasRight': RIGHT.objection,
          'dpv:hasStatus': 'dpv:RequestInitiated',
          ...purposes(event.data.purposes),
          ...relation(requestId),
        });
        break;
      }
      case 'ObjectionUpheld':
      case 'ObjectionOverridden':
        step('objection', event.data.objectionId, 'decision', at, {
          'dpv:hasStatus': event.type === 'ObjectionUpheld' ? 'dpv:RequestFulfilled' : 'dpv:RequestRejected',
        });
        break;
      case 'ObjectionWithdrawn':
        step('objection', event.data.objectionId, 'withdrawal', at, {
          'dpv:hasStatus': 'dpv:ActivityHalted',
        });
        break;
      case 'RestrictionApplied': {
        const { restrictionId, ground, requestId } = event.data;
        step('restriction', restrictionId, null, at, {
          'dct:identifier': restrictionId,
          'dpv:hasRight': RIGHT.restriction,
          'dpv:hasStatus': 'dpv:ActivityOngoing',
          'dct:description': ground,
          ...purposes(event.data.purposes),
          ...relation(requestId),
        });
        break;
      }
      case 'RestrictionLifted':
        step('restriction', event.data.restrictionId, 'lifting', at, {
          'dpv:hasStatus': 'dpv:ActivityCompleted',
        });
        break;
    }
  }
  return activities;
}
