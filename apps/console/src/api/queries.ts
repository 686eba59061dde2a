import type { Language } from '../i18n/i18n';
import { queryString, subjectPath, type Transport } from './transport';
import type {
  Actor,
  ChainVerification,
  ChangesToken,
  DecisionHistoryAnswer,
  LogVerificationAnswer,
  Moment,
  ObjectionsQueue,
  PurposeCatalogue,
  SubjectDecisions,
  SubjectEvents,
} from './wire';

/**
 * What the console reads: the catalogue, a subject's decisions, events, chain, history and export, the
 * objections queue, and the whole log's verification.
 */
export function queriesOf({ get, post, file }: Transport) {
  return {
    me: () => get<Actor>('/v1/me'),
    /** A token that opens the change stream for a minute, for the browser's `EventSource` (which sends no key). */
    changesToken: () => post<ChangesToken>('/v1/changes/tokens'),
    purposes: () => get<PurposeCatalogue>('/v1/purposes'),
    /** With the explanation of each decision in the reader's language (`explain`). */
    decisions: (subjectId: string, moment: Moment, explain: Language) => {
      const time = moment.kind === 'now' ? {} : { [moment.kind]: moment.time };
      return get<SubjectDecisions>(subjectPath(subjectId, 'permissions') + queryString({ ...time, explain }));
    },
    events: (subjectId: string) => get<SubjectEvents>(subjectPath(subjectId, 'events')),
    verification: (subjectId: string) => get<ChainVerification>(subjectPath(subjectId, 'verification')),
    /** One page of the queue; `after` is the previous page's `next`. */
    pendingObjections: (after?: string) =>
      get<ObjectionsQueue>('/v1/objections' + queryString({ status: 'pending', after })),
    /** Every change of the decision on one purpose, explained in the reader's language. */
    history: (subjectId: string, purpose: string, explain: Language) =>
      get<DecisionHistoryAnswer>(subjectPath(subjectId, 'history') + queryString({ purpose, explain })),
    /** Everything held on the subject, as the API's JSON or as DPV JSON-LD (contract section 7). */
    exportFile: (subjectId: string, format: 'json' | 'dpv') =>
      file(subjectPath(subjectId, 'export') + queryString({ format })),
    logVerification: () => get<LogVerificationAnswer>('/v1/verification'),
  };
}
