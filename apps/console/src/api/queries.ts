import type { Language } from '../i18n/i18n';
import { queryString, subjectPath, type Transport } from './transport';
import type {
  Actor,
  ChainVerification,
  Moment,
  ObjectionsQueue,
  PurposeCatalogue,
  SubjectDecisions,
  SubjectEvents,
} from './wire';

/** What the console reads: the catalogue, a subject's decisions, events and chain, the objections queue. */
export function queriesOf({ get }: Transport) {
  return {
    me: () => get<Actor>('/v1/me'),
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
  };
}
