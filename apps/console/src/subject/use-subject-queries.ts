import { useQuery } from '@tanstack/react-query';
import type { Moment } from '../api/wire';
import { useCatalogue } from '../catalogue/use-catalogue';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';

/** The subject's events (auditors and the DPO): its history, and the revision commands expect. */
export function useSubjectEvents(subjectId: string) {
  const { api, can } = useSession();
  return useQuery({
    queryKey: ['subject', subjectId, 'events'],
    queryFn: () => api.events(subjectId),
    enabled: can.audit,
  });
}

/** The subject's data-subject requests, oldest first, with their deadlines (auditors and the DPO). */
export function useSubjectRequests(subjectId: string) {
  const { api, can } = useSession();
  return useQuery({
    queryKey: ['subject', subjectId, 'requests'],
    queryFn: () => api.subjectRequests(subjectId),
    enabled: can.audit,
  });
}

/** What the subject page reads: the catalogue, the decisions at a moment, and for auditors the events and chain. */
export function useSubjectQueries(subjectId: string, moment: Moment) {
  const { api, can } = useSession();
  const { lang } = useI18n();
  const catalogue = useCatalogue();
  const decisions = useQuery({
    queryKey: ['subject', subjectId, 'decisions', moment, lang],
    queryFn: () => api.decisions(subjectId, moment, lang),
    // While another moment loads, the table keeps showing the last one instead of flickering empty.
    placeholderData: (previous) => previous,
  });
  const events = useSubjectEvents(subjectId);
  const verification = useQuery({
    queryKey: ['subject', subjectId, 'verification'],
    queryFn: () => api.verification(subjectId),
    enabled: can.audit,
  });
  return { catalogue, decisions, events, verification };
}
